"""Every shortcut the README lists for the body editor, pressed on the focused body of the
real main window and checked in the Markdown the library stored after Ctrl+S."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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
