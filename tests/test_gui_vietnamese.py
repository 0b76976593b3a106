"""In Vietnamese, no English is left on screen: the real window with an article, its panels
and find bar, and every dialog the menus open (preferences, export, link, delete, about, the
file dialogs of import and insert photo, an error message), walked with the Vietnamese translation loaded. Any visible text — labels,
buttons (Qt's own Cancel/Yes/No too), menu entries, tooltips, placeholders, combo items, tab and
window titles — that is still an English source text of the translations fails the test.

Also: every error code raised anywhere in newsdesk has a sentence for the user, translated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from gui_support import close_window, open_window, type_text
from newsdesk.qt.error_messages import SOURCES, message_for

pytestmark = pytest.mark.qt

ROOT = Path(__file__).resolve().parents[1]
# the same in both languages: names and words Vietnamese newsrooms use as they are
SAME = {"OK", "PDF", "HTML", "URL", "QR", "Sapo", "Letter", "Legal", "Tabloid", "English",
        "newsdesk", "Newsdesk", "Markdown", "https://", "ninjs"}


def english_sources() -> set[str]:
    """Source texts whose Vietnamese differs from them (mnemonic '&' dropped)."""
    found: set[str] = set()
    for name in ("newsdesk_vi.ts", "qt_vi.ts"):
        for message in ET.parse(ROOT / "resources" / "i18n" / name).iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""]
            if source.replace("&", "") not in SAME and all(f != source for f in forms):
                found.add(source.replace("&", ""))
    return found


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        if widget.isWindow():
            shown.append((kind + " title", widget.windowTitle()))
        shown.append((kind + " tooltip", widget.toolTip()))
        if isinstance(widget, QAbstractButton | QLabel):
            shown.append((kind, widget.text()))
        if isinstance(widget, QGroupBox):
            shown.append((kind, widget.title()))
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            shown.append((kind + " placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            shown += [(kind + " item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            shown += [(kind + " tab", widget.tabText(i)) for i in range(widget.count())]
    for menu in top.findChildren(QMenu):
        for action in menu.actions():
            shown += [("menu", action.text()), ("menu tooltip", action.toolTip())]
    return [(kind, text) for kind, text in shown if text]


def english_left(top: QWidget, sources: set[str]) -> list[tuple[str, str]]:
    left = []
    for kind, text in visible_texts(top):
        plain = re.sub(r"\s*\(?(Ctrl|Shift|Alt|F\d)[^)]*\)?$", "", text.replace("&", "")).strip()
        if plain in sources or text.replace("&", "") in sources:
            left.append((kind, text))
    return left


@pytest.fixture
def vietnamese_window(qtbot):
    window = open_window(qtbot, autosave_seconds=60)
    window.translations.switch("vi")
    yield window
    window.translations.switch("en")
    close_window(window)


def test_no_english_is_left_on_screen_in_vietnamese(qtbot, vietnamese_window):
    window = vietnamese_window
    sources = english_sources()
    assert "Cancel" in sources and "Save" in sources  # the check can see English
    found: dict[str, list[tuple[str, str]]] = {}

    window.new_article()
    view = window.article_view
    type_text(view.form.headline, "Khánh thành cầu đi bộ qua sông Hàn")
    view.body.setFocus()
    type_text(view.body, "Sáng nay, cây cầu dài 1,2 km chính thức thông xe.")
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: bool(window.library.list()), timeout=5000)
    found["window"] = english_left(window, sources)

    for name in ("find", "replace"):
        window.actions_[name].trigger()
        found[name] = english_left(window, sources)
    for tab in ("print", "web", "qr", "review"):
        window.side.set_current_tab(tab)
        qtbot.wait(400)
        found["tab " + tab] = english_left(window, sources)

    def walk(name: str) -> None:
        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(50, look)
                return
            found[name] = english_left(dialog, sources)
            found[name + " opened"] = [("dialog", type(dialog).__name__)]
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
        QTimer.singleShot(50, look)

    cursor = view.body.textCursor()
    cursor.select(QTextCursor.SelectionType.WordUnderCursor)
    view.body.setTextCursor(cursor)
    # (import and insert photo: Qt's own file dialog, where the desktop offers none)
    for name in ("preferences", "export", "link", "delete", "about", "import", "insert_photo"):
        walk(name)
        window.actions_[name].trigger()
        qtbot.waitUntil(lambda name=name: name in found, timeout=10000)
        qtbot.wait(50)
    view.form.headline.clear()  # an error: saving without a headline
    walk("save error")
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: "save error" in found, timeout=10000)

    opened = [name for name in found if name.endswith(" opened")]
    assert len(opened) == 8, opened
    left = {name: texts for name, texts in found.items()
            if texts and not name.endswith(" opened")}
    assert left == {}, left


def test_every_error_code_has_a_vietnamese_sentence(qtbot, vietnamese_window):
    raised = set()
    pattern = re.compile(r'\bcode\s*=\s*"([a-z_]+(?:\.[a-z_]+)*)"'
                         r'(?:\s+if [^\n]+? else "([a-z_]+(?:\.[a-z_]+)*)")?')
    problems = re.compile(r'Problem\(\s*"([a-z_]+\.[a-z_]+)"')
    for path in (ROOT / "src" / "newsdesk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        raised |= {code for pair in pattern.findall(text) for code in pair if code}
        raised |= set(problems.findall(text))
    raised.discard("error")
    assert len(raised) > 80 and "storage.damaged" in raised and "url.scheme" in raised
    missing = sorted(code for code in raised if message_for(code) is None)
    assert missing == []
    untranslated = sorted(code for code in raised if message_for(code) == SOURCES.get(code))
    assert untranslated == []
    assert message_for("tags.type") == message_for("field.type") != SOURCES["field.type"]
