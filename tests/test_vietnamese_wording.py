"""One word per concept in Vietnamese, and the small things a new user sees first: a status
reads the same in the library, the review bar and the history; a comment is always "góp ý";
"xuất bản" (publish) is never used for exporting; the offset beside the publication time and
the Preferences title read whole."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gui_support import close_window, open_window

VI = Path(__file__).parents[1] / "resources" / "i18n" / "newsdesk_vi.ts"


def translations() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(VI).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("vanished", "obsolete"):
                continue
            text = node.text or " ".join(f.text or "" for f in node.iter("numerusform"))
            found[(name, message.findtext("source"))] = text
    return found


def test_a_status_reads_the_same_everywhere():
    vi = translations()
    for status in ("Draft", "Submitted", "In review", "Approved", "Published", "Archived"):
        assert vi[("Status", status)] == vi[("WorkflowBar", status)], status


def test_one_word_per_concept():
    vi = translations()
    comments = [key for key, text in vi.items() if re.search(r"bình luận", text, re.I)]
    assert not comments, f"a comment is “góp ý”, not “bình luận”: {comments}"
    exports = [key for key, text in vi.items()
               if "Export" in key[1] and re.search(r"xuất bản", text, re.I)]
    assert not exports, f"exporting is “xuất”, publishing “xuất bản”: {exports}"
    assert vi[("BodyEditor", "Heading 2")].startswith("Tiêu đề phụ")  # the headline is "Tiêu đề"
    assert vi[("BodyEditor", "Bulleted list")] == vi[("MainActions", "B&ulleted list")].replace(
        "&", "")


def test_the_publication_offset_reads_as_people_write_it():
    from newsdesk.qt.article_form import offset_label

    assert offset_label(7 * 3600) == "UTC+7"
    assert offset_label(int(5.5 * 3600)) == "UTC+5:30"
    assert offset_label(-3 * 3600) == "UTC\u22123"
    assert offset_label(0) == "UTC"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_preferences_has_room_for_its_title(qtbot, language):
    from newsdesk.qt.preferences import PreferencesDialog

    window = open_window(qtbot)
    window.translations.switch(language)
    try:
        dialog = PreferencesDialog(window.settings, window)
        qtbot.addWidget(dialog)
        dialog.show()
        title = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle() + " — Newsdesk")
        assert dialog.width() >= title + 120  # the title bar's icon and buttons beside it
        dialog.reject()
    finally:
        window.translations.switch("en")
        close_window(window)
