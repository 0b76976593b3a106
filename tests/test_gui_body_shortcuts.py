"""Every shortcut the README lists for the body editor, pressed on the focused body of the
real main window and checked in the Markdown the library stored after Ctrl+S."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from body_walk import (
    answer_dialog,
    focus_back,
    key,
    press,
    save_and_read,
    shortcut,
    start_article,
    typed,
)
from gui_support import close_window, open_window

pytestmark = pytest.mark.qt

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    w.activateWindow()
    yield w
    close_window(w)


def link_to(address: str):
    def answer(dialog) -> None:
        typed(address)  # the address field has the focus
        press(Qt.Key.Key_Return)
    return answer


def test_every_readme_shortcut_reaches_the_saved_markdown(qtbot, window):
    body = start_article(qtbot, window, "Bản tin sáng")
    key(shortcut(window, "bold"))
    typed("Nóng")
    key(shortcut(window, "bold"))
    typed(" và ")
    key(shortcut(window, "italic"))
    typed("ẩm")
    key(shortcut(window, "italic"))
    typed(" ")
    key("Ctrl+Shift+X")
    typed("cũ")
    key("Ctrl+Shift+X")
    typed("\nMục lớn")
    key("Ctrl+Alt+2")
    typed("\nMục nhỏ")
    key("Ctrl+Alt+3")
    typed("\nThường")
    key("Ctrl+Alt+2")
    key("Ctrl+Alt+0")
    typed("\n")
    key("Ctrl+Shift+9")
    typed("Trích dẫn\n\n")
    key("Ctrl+Shift+8")
    typed("một\nhai\n\n")
    key("Ctrl+Shift+7")
    typed("ba\n\nXem Hải Phòng")
    press(Qt.Key.Key_Left, CTRL_SHIFT, times=2)
    assert body.textCursor().selectedText() == "Hải Phòng"
    answer_dialog(qtbot, link_to("https://baohaiphong.vn"))
    key("Ctrl+K")
    focus_back(qtbot, body)
    linked = "Xem [Hải Phòng](https://baohaiphong.vn)"
    assert body.markdown().endswith(linked + "\n")
    key(shortcut(window, "undo"))
    assert body.markdown().endswith("\nXem Hải Phòng\n")
    key(shortcut(window, "redo"))
    assert body.markdown().endswith(linked + "\n")
    # find, then replace (Ctrl+H), from the keyboard
    key(shortcut(window, "find"))
    bar = window.article_view.find_bar
    assert QApplication.focusWidget() is bar.query
    typed("mục")
    assert bar.count.text() == "1 of 2"
    press(Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is body and not bar.isVisible()
    key(shortcut(window, "replace"))
    assert bar.isVisible() and bar.replace.isVisible() and QApplication.focusWidget() is bar.query
    typed("Thường")
    qtbot.mouseClick(bar.replace, Qt.MouseButton.LeftButton)
    typed("Bình thường")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert save_and_read(qtbot, window) == (
        "**Nóng** và *ẩm* ~~cũ~~\n\n## Mục lớn\n\n### Mục nhỏ\n\nBình thường\n\n"
        "> Trích dẫn\n\n- một\n- hai\n\n1. ba\n\n" + linked + "\n")


def test_replace_has_the_platform_key(window):
    import sys

    replace = shortcut(window, "replace").toString()
    assert replace == ("Ctrl+Alt+F" if sys.platform == "darwin" else "Ctrl+H")
    assert shortcut(window, "find").toString() == "Ctrl+F"


# -- the README's table of shortcuts, row by row --------------------------------------------------
README = Path(__file__).resolve().parents[1] / "README.md"
WORD = "Hải Phòng"


def readme_shortcuts() -> list[str]:
    """The keys column of the README's shortcut table."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("**Keyboard shortcuts**"):]
    rows = []
    for line in table.splitlines()[1:]:
        line = line.strip()
        if not line:
            if rows:
                break
            continue
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if cells[0] not in ("Keys", "---"):
            rows.append(cells[0])
    return rows


def open_stored(qtbot, window):
    """The stored article open, the caret on a new last paragraph holding WORD, selected."""
    from action_walk import stored_article

    article = stored_article(window.library)
    window.open_article(window.library.get(article.id))
    body = window.article_view.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    typed("\n" + WORD)
    press(Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert body.textCursor().selectedText() == WORD
    return body


def last_block(markdown: str) -> str:
    return markdown.rstrip("\n").split("\n\n")[-1]


def formats(wanted: str, first: str | None = None):
    def check(qtbot, window, keys, _tmp):
        open_stored(qtbot, window)
        if first:
            key(first)
        key(keys)
        assert last_block(save_and_read(qtbot, window)) == wanted
    return check


def check_link(qtbot, window, keys, _tmp):
    open_stored(qtbot, window)
    body = window.article_view.body
    answer_dialog(qtbot, link_to("https://baohaiphong.vn"))
    key(keys)
    focus_back(qtbot, body)
    assert last_block(save_and_read(qtbot, window)) == f"[{WORD}](https://baohaiphong.vn)"


def check_undo(qtbot, window, keys, _tmp):
    open_stored(qtbot, window)
    key(shortcut(window, "bold"))
    key(keys)
    assert last_block(save_and_read(qtbot, window)) == WORD


def check_redo(qtbot, window, keys, _tmp):
    open_stored(qtbot, window)
    key(shortcut(window, "bold"))
    key(shortcut(window, "undo"))
    key(keys)
    assert last_block(save_and_read(qtbot, window)) == f"**{WORD}**"


def check_save(qtbot, window, keys, _tmp):
    body = open_stored(qtbot, window)
    view = window.article_view
    key(keys)
    qtbot.waitUntil(lambda: not view.saving and window.library.get(view.base.id).body
                    == body.markdown(), timeout=10000)
    assert last_block(window.library.get(view.base.id).body) == WORD


def check_new(qtbot, window, keys, _tmp):
    open_stored(qtbot, window)
    key(keys)
    form = window.article_view.form
    qtbot.waitUntil(form.headline.hasFocus)
    assert form.headline.text() == "" and window.article_view.body.markdown() == ""


def check_close(qtbot, window, keys, _tmp):
    body = open_stored(qtbot, window)
    view = window.article_view
    article_id = view.base.id
    press(Qt.Key.Key_End)  # after the selected word
    typed(" nữa")
    key(keys)
    assert not view.has_article and window.centre.currentWidget() is window.start_page
    assert not window.actions_["save"].isEnabled()
    qtbot.waitUntil(lambda: not view.saving, timeout=10000)
    assert window.library.get(article_id).body.rstrip().endswith(f"{WORD} nữa")  # kept
    assert body is not None


def opens_dialog(kind: str):
    def check(qtbot, window, keys, _tmp):
        open_stored(qtbot, window)
        seen = answer_dialog(qtbot, lambda dialog: dialog.reject())
        key(keys)
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert type(seen[0]).__name__ == kind
        focus_back(qtbot, window.article_view.body)  # cancelled: the typing goes on
    return check


def check_photo(qtbot, window, keys, tmp_path):
    from gui_support import jpeg_bytes

    open_stored(qtbot, window)
    photo = tmp_path / "ben-xe.jpg"
    photo.write_bytes(jpeg_bytes(900, 600))

    def choose(dialog) -> None:
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(photo))
        dialog.accept()

    answer_dialog(qtbot, choose)
    key(keys)
    focus_back(qtbot, window.article_view.body)
    qtbot.waitUntil(lambda: "ben-xe" in window.article_view.body.markdown(), timeout=10000)
    assert "](images/ben-xe" in save_and_read(qtbot, window)


def check_find(replace: bool):
    def check(qtbot, window, keys, _tmp):
        open_stored(qtbot, window)
        key(keys)
        bar = window.article_view.find_bar
        assert bar.isVisible() and QApplication.focusWidget() is bar.query
        assert bar.replace.isVisible() == replace
        assert bar.query.text() == WORD  # the selection is what is looked for
    return check


def find_twice(qtbot, window):
    """The find bar on a word the body holds twice, the second match current."""
    open_stored(qtbot, window)
    key(shortcut(window, "find"))
    bar = window.article_view.find_bar
    bar.query.selectAll()
    typed("buýt")
    qtbot.waitUntil(lambda: bar.count.text() == "1 of 2")
    return bar


def check_next(qtbot, window, keys, _tmp):
    bar = find_twice(qtbot, window)
    key(keys)
    assert bar.count.text() == "2 of 2"


def check_previous(qtbot, window, keys, _tmp):
    bar = find_twice(qtbot, window)
    key(keys)
    assert bar.count.text() == "2 of 2"  # before the first: the last
    key(shortcut(window, "find"))


def check_escape(qtbot, window, keys, _tmp):
    bar = find_twice(qtbot, window)
    key(keys)
    assert not bar.isVisible() and QApplication.focusWidget() is window.article_view.body


def check_comment(qtbot, window, keys, _tmp):
    open_stored(qtbot, window)
    key(keys)
    qtbot.waitUntil(lambda: window.side.current_tab() == "review" and window.side.isVisible())


def toggles(panel: str):
    def check(qtbot, window, keys, _tmp):
        open_stored(qtbot, window)
        widget = getattr(window, panel)
        assert widget.isVisible()
        key(keys)
        assert not widget.isVisible()
        key(keys)
        assert widget.isVisible()
    return check


def check_refresh(qtbot, window, keys, _tmp):
    from newsdesk.domain import Article
    from newsdesk.services.library import Library

    body = open_stored(qtbot, window)  # typing in the body, not saved yet
    window.library_watch.timer.stop()  # only the key may find it
    with Library.open(window.library.paths.data) as other:  # another program
        other.save(Article(headline="Tin từ máy khác"))
    key(keys)
    panel = window.library_panel
    qtbot.waitUntil(lambda: "Tin từ máy khác" in panel.headlines(), timeout=1200)  # at once
    assert body.hasFocus() and last_block(body.markdown()) == WORD  # the typing untouched


def zooms(step: int):
    def check(qtbot, window, keys, _tmp):
        open_stored(qtbot, window)
        window.side.set_current_tab("print")
        qtbot.waitUntil(lambda: window.side.print_tab.widget is not None)
        preview = window.side.print_tab.widget
        qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=60000)
        preview.view.setFocus()
        qtbot.waitUntil(preview.view.hasFocus)
        before = preview.zoom_factor()
        key(keys)
        after = preview.zoom_factor()
        assert (after > before) if step > 0 else (after < before), (before, after)
        assert (after > before) if step > 0 else (after < before)
        assert preview.zoom.currentData() == after  # the zoom box shows the step
    return check


CHECKS = {
    "Ctrl+N": check_new,
    "Ctrl+O": opens_dialog("QFileDialog"),
    "Ctrl+S": check_save,
    "Ctrl+W": check_close,
    "Ctrl+E": opens_dialog("ExportDialog"),
    "Ctrl+Z": check_undo,
    "Ctrl+Shift+Z": check_redo,
    "Ctrl+F": check_find(replace=False),
    "Ctrl+H": check_find(replace=True),
    "F3": check_next,
    "Shift+F3": check_previous,
    "Escape": check_escape,
    "Ctrl+B": formats(f"**{WORD}**"),
    "Ctrl+I": formats(f"*{WORD}*"),
    "Ctrl+Shift+X": formats(f"~~{WORD}~~"),
    "Ctrl+K": check_link,
    "Ctrl+Alt+2": formats(f"## {WORD}"),
    "Ctrl+Alt+3": formats(f"### {WORD}"),
    "Ctrl+Alt+0": formats(WORD, first="Ctrl+Alt+2"),
    "Ctrl+Shift+9": formats(f"> {WORD}"),
    "Ctrl+Shift+8": formats(f"- {WORD}"),
    "Ctrl+Shift+7": formats(f"1. {WORD}"),
    "Ctrl+Shift+I": check_photo,
    "Ctrl+Alt+M": check_comment,
    "Ctrl+Shift+L": toggles("library_panel"),
    "Ctrl+Shift+P": toggles("side"),
    "F5": check_refresh,
    "Ctrl++": zooms(1),
    "Ctrl+-": zooms(-1),
}


def test_the_readme_lists_its_shortcuts_in_a_table():
    rows = readme_shortcuts()
    assert len(rows) >= 20
    unknown = [row for row in rows if row not in CHECKS]
    assert not unknown, f"README shortcuts this test cannot check yet: {unknown}"


@pytest.mark.parametrize("keys", readme_shortcuts())
def test_each_readme_shortcut_does_what_the_readme_says(qtbot, window, keys, tmp_path):
    if keys not in CHECKS:
        pytest.fail(f"the README lists {keys}, which no check covers")
    CHECKS[keys](qtbot, window, keys, tmp_path)


def test_a_search_typed_with_tones_replaces_only_those_words(qtbot, window):
    """"mỗi" typed with its tones never matches "mới" (Replace all once changed a quote that
    way); typed without tones, "moi" still finds both."""
    body = start_article(qtbot, window, "Du lịch Đà Nẵng")
    typed("Mỗi năm có một lễ hội. Khách nói: du lịch mới hấp dẫn.")
    key(shortcut(window, "replace"))
    bar = window.article_view.find_bar
    assert bar.ignore_tones.isChecked()  # the default
    typed("mỗi")
    assert bar.count.text() == "1 of 1"
    qtbot.mouseClick(bar.replace, Qt.MouseButton.LeftButton)
    typed("Hằng")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert save_and_read(qtbot, window) == (
        "Hằng năm có một lễ hội. Khách nói: du lịch mới hấp dẫn.\n")
    bar.query.selectAll()
    bar.query.setFocus()
    typed("moi")
    assert bar.count.text() == "1 of 1"  # "mới"; "Mỗi" was replaced
    assert body.markdown().startswith("Hằng năm")
