"""Links and quotes in the body of the real main window, typed in Vietnamese: Ctrl+K asks for
the address (and edits or removes a link), a refused address is explained in the dialog, and a
quote ends the way a list does. Results are read from the library after Ctrl+S."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from body_walk import (
    answer_dialog,
    focus_back,
    key,
    press,
    save_and_read,
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


def test_link_add_edit_refuse_and_remove(qtbot, window):
    body = start_article(qtbot, window, "Cảng Hải Phòng")
    typed("Đây là tin quan trọng nhất")
    press(Qt.Key.Key_Left, CTRL_SHIFT, times=3)
    assert body.textCursor().selectedText() == "quan trọng nhất"

    def add(dialog) -> None:
        assert dialog.address.text() == "" and dialog.remove_button is None
        assert dialog.text is None  # the selection is the link's text
        typed("vnexpress.net/hai-phong")  # no scheme: a site, so https:// is meant
        press(Qt.Key.Key_Tab)
        typed("Tin Hải Phòng")
        press(Qt.Key.Key_Return)

    answer_dialog(qtbot, add)
    key("Ctrl+K")
    focus_back(qtbot, body)
    assert save_and_read(qtbot, window) == (
        'Đây là tin [quan trọng nhất](https://vnexpress.net/hai-phong "Tin Hải Phòng")\n')

    # Ctrl+K with the cursor inside the link edits the whole link; a bad address is explained
    press(Qt.Key.Key_Left, times=4)
    messages = []

    def edit(dialog) -> None:
        assert dialog.address.text() == "https://vnexpress.net/hai-phong"
        assert dialog.title.text() == "Tin Hải Phòng"
        dialog.address.selectAll()
        typed("javascript:alert(1)")
        press(Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.message.isVisible()  # still open, nothing lost
        messages.append(dialog.message.text())
        assert dialog.address.text() == "javascript:alert(1)"
        dialog.address.selectAll()
        typed("https://haiphong.gov.vn tức")
        press(Qt.Key.Key_Return)
        assert dialog.isVisible()
        messages.append(dialog.message.text())
        press(Qt.Key.Key_Backspace, times=len(" tức"))
        press(Qt.Key.Key_Return)

    answer_dialog(qtbot, edit)
    key("Ctrl+K")
    focus_back(qtbot, body)
    assert "javascript" in messages[0] and "https://" in messages[0]
    assert "spaces" in messages[1]
    assert save_and_read(qtbot, window) == (
        'Đây là tin [quan trọng nhất](https://haiphong.gov.vn "Tin Hải Phòng")\n')

    # the toolbar's Link button on a link offers to remove it
    def remove(dialog) -> None:
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)

    answer_dialog(qtbot, remove)
    window.actions_["link"].trigger()
    focus_back(qtbot, body)
    assert save_and_read(qtbot, window) == "Đây là tin quan trọng nhất\n"

    # with nothing selected the address itself becomes the link; typing goes on after it
    press(Qt.Key.Key_End)
    typed(" ")
    answer_dialog(qtbot, lambda dialog: (typed("https://a.vn"), press(Qt.Key.Key_Return)))
    key("Ctrl+K")
    focus_back(qtbot, body)
    typed(" nhé")
    assert save_and_read(qtbot, window) == (
        "Đây là tin quan trọng nhất <https://a.vn> nhé\n")

    # or the words typed in the dialog's Text field, after the address
    typed(" ")

    def with_text(dialog) -> None:
        assert dialog.text is not None and dialog.text.isVisible()
        typed("https://b.vn")
        press(Qt.Key.Key_Tab)
        typed("Báo Hải Phòng")
        press(Qt.Key.Key_Return)

    answer_dialog(qtbot, with_text)
    key("Ctrl+K")
    focus_back(qtbot, body)
    typed(" ơi")
    assert save_and_read(qtbot, window) == (
        "Đây là tin quan trọng nhất <https://a.vn> nhé [Báo Hải Phòng](https://b.vn) ơi\n")


def test_cancelling_the_link_dialog_changes_nothing(qtbot, window):
    body = start_article(qtbot, window, "Hủy")
    typed("Hải Phòng")
    press(Qt.Key.Key_Left, CTRL_SHIFT)
    answer_dialog(qtbot, lambda dialog: (typed("https://a.vn"), press(Qt.Key.Key_Escape)))
    key("Ctrl+K")
    focus_back(qtbot, body)
    assert save_and_read(qtbot, window) == "Hải Phòng\n"


def test_a_quote_ends_like_a_list(qtbot, window):
    start_article(qtbot, window, "Trích dẫn")
    typed("Ông nói:\n")
    key("Ctrl+Shift+9")
    typed("Hải Phòng là quan trọng nhất\n\n")  # Enter on the empty quote line leaves it
    typed("Sau trích dẫn\n")
    key("Ctrl+Shift+9")
    typed("Câu hai")
    key("Ctrl+Alt+0")  # Paragraph: out of the quote
    typed("\nCâu ba\n")
    key("Ctrl+Shift+9")
    typed("Câu bốn")
    key("Ctrl+Shift+9")  # toggled off again
    typed("\n")
    key("Ctrl+Shift+8")
    typed("một\nhai\n\nHết")
    assert save_and_read(qtbot, window) == (
        "Ông nói:\n\n> Hải Phòng là quan trọng nhất\n\nSau trích dẫn\n\nCâu hai\n\n"
        "Câu ba\n\nCâu bốn\n\n- một\n- hai\n\nHết\n")


def test_a_quote_looks_like_a_quote(qtbot, window):
    from PySide6.QtGui import QColor, QTextCursor

    from newsdesk.qt.editor.decorations import QUOTE_BAR

    body = start_article(qtbot, window, "Trích dẫn")
    typed("Mở đầu\n")
    key("Ctrl+Shift+9")
    typed("Hải Phòng")
    quoted = body.textCursor().block()
    assert quoted.blockFormat().background().color() != QColor(Qt.GlobalColor.black)
    assert quoted.blockFormat().hasProperty(quoted.blockFormat().Property.BackgroundBrush)
    rect = body.cursorRect(QTextCursor(quoted))
    image = body.viewport().grab().toImage()
    row = rect.center().y()
    bar = [x for x in range(0, rect.left()) if QColor(image.pixel(x, row)) == QUOTE_BAR]
    assert bar, "no bar left of the quoted line"
    plain = body.cursorRect(QTextCursor(quoted.previous()))
    assert not [x for x in range(0, plain.left() + 40)
                if QColor(image.pixel(x, plain.center().y())) == QUOTE_BAR]
    assert save_and_read(qtbot, window) == "Mở đầu\n\n> Hải Phòng\n"
