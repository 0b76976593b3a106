"""Deleting a photo in the real main window takes its caption and credit with it — in the
editor, in the library's Markdown and in what reopening shows — and one Undo brings the whole
figure back: Delete before the photo, Backspace after it, a selection across it (deleted,
typed over or cut), and a selection that starts at the photo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from body_walk import press, save_and_read, typed
from figure_support import blocks_of, click_photo, photo_article, reopened, shown
from gui_support import close_window, open_window
from newsdesk.qt.editor.formats import CAPTION, CREDIT, FIGURE, kind_of
from newsdesk.qt.status_bar import SaveState

pytestmark = pytest.mark.qt

BODY = ("Cảng Lạch Huyện đón tàu lớn.\n\n"
        "![Tàu cập cảng Lạch Huyện](images/tau.jpg \"Ảnh: Lê Hoa\")\n\n"
        "Hải Phòng mở rộng bến.\n")
WITHOUT = "Cảng Lạch Huyện đón tàu lớn.\n\nHải Phòng mở rộng bến.\n"


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    w.activateWindow()
    photo_article(w, BODY, ("tau.jpg",))
    body = w.article_view.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    yield w
    close_window(w)


def undo(window) -> None:
    window.actions_["undo"].trigger()


def assert_agree(qtbot, window, expected: str) -> None:
    """The library holds ``expected``, and the editor shows exactly what it holds."""
    body = window.article_view.body
    assert save_and_read(qtbot, window) == expected
    assert shown(body.document()) == reopened(expected)
    qtbot.waitUntil(lambda: window.status.state is SaveState.SAVED)  # "Saved" is now true


def assert_figure_back(qtbot, window) -> None:
    body = window.article_view.body
    assert save_and_read(qtbot, window) == BODY
    assert shown(body.document()) == reopened(BODY)
    photo = blocks_of(body.document(), FIGURE)[0]
    assert kind_of(photo.next().blockFormat()) == CAPTION
    assert kind_of(photo.next().next().blockFormat()) == CREDIT


def test_delete_before_the_photo_takes_caption_and_credit(qtbot, window):
    body = window.article_view.body
    click_photo(qtbot, body, side="left")
    assert kind_of(body.textCursor().block().blockFormat()) == FIGURE
    assert body.textCursor().atBlockStart()
    press(Qt.Key.Key_Delete)
    assert "Tàu cập cảng" not in body.toPlainText() and "Lê Hoa" not in body.toPlainText()
    assert_agree(qtbot, window, WITHOUT)
    typed("Mới: ")  # the caret is where the figure was: at the start of the next paragraph
    assert save_and_read(qtbot, window) == (
        "Cảng Lạch Huyện đón tàu lớn.\n\nMới: Hải Phòng mở rộng bến.\n")
    undo(window)
    undo(window)
    assert_figure_back(qtbot, window)


def test_backspace_after_the_photo_takes_caption_and_credit(qtbot, window):
    body = window.article_view.body
    click_photo(qtbot, body, side="right")
    assert body.textCursor().atBlockEnd()
    press(Qt.Key.Key_Backspace)
    assert_agree(qtbot, window, WITHOUT)
    undo(window)
    assert_figure_back(qtbot, window)


def test_backspace_through_the_caption_then_the_photo(qtbot, window):
    body = window.article_view.body
    cursor = QTextCursor(blocks_of(body.document(), CAPTION)[0])
    body.setTextCursor(cursor)
    press(Qt.Key.Key_Backspace)  # at the caption's start: the caret steps over to the photo
    assert "Tàu cập cảng" in body.toPlainText()
    press(Qt.Key.Key_Backspace)  # then the photo goes, caption and credit with it
    assert_agree(qtbot, window, WITHOUT)


def select(body, start: int, end: int) -> None:
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)


def test_a_selection_across_the_photo_takes_the_whole_figure(qtbot, window):
    body = window.article_view.body
    select(body, len("Cảng Lạch Huyện"), body.document().characterCount() - 1 - len(" bến."))
    press(Qt.Key.Key_Delete)
    assert_agree(qtbot, window, "Cảng Lạch Huyện bến.\n")
    undo(window)
    assert_figure_back(qtbot, window)


def test_a_selection_starting_at_the_photo_leaves_the_next_paragraph_a_paragraph(qtbot, window):
    body = window.article_view.body
    photo = blocks_of(body.document(), FIGURE)[0]
    after = blocks_of(body.document(), CREDIT)[0].next()
    select(body, photo.position(), after.position() + len("Hải Phòng "))
    press(Qt.Key.Key_Backspace)
    assert kind_of(body.textCursor().block().blockFormat()) == ""
    assert_agree(qtbot, window, "Cảng Lạch Huyện đón tàu lớn.\n\nmở rộng bến.\n")
    undo(window)
    assert_figure_back(qtbot, window)


def test_typing_over_a_selection_with_the_photo(qtbot, window):
    body = window.article_view.body
    credit = blocks_of(body.document(), CREDIT)[0]
    select(body, len("Cảng Lạch Huyện đón "), credit.position() + credit.length() - 1)
    typed("xe")
    assert_agree(qtbot, window, "Cảng Lạch Huyện đón xe\n\nHải Phòng mở rộng bến.\n")
    undo(window)
    undo(window)
    assert_figure_back(qtbot, window)


def test_cut_and_paste_move_the_whole_figure(qtbot, window):
    body = window.article_view.body
    photo = blocks_of(body.document(), FIGURE)[0]
    select(body, photo.position(), photo.position() + 1)  # the photo alone, as a drag selects
    window.actions_["cut"].trigger()
    assert_agree(qtbot, window, WITHOUT)
    assert "images/tau.jpg" in QApplication.clipboard().mimeData().data("text/markdown").data().decode()
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    window.actions_["paste"].trigger()
    stored = save_and_read(qtbot, window)
    assert stored == WITHOUT + "\n![Tàu cập cảng Lạch Huyện](images/tau.jpg \"Ảnh: Lê Hoa\")\n"
    assert shown(body.document()) == reopened(stored)


def test_selecting_exactly_the_figure_leaves_no_empty_credit(qtbot, window):
    body = window.article_view.body
    photo = blocks_of(body.document(), FIGURE)[0]
    credit = blocks_of(body.document(), CREDIT)[0]
    select(body, photo.position(), credit.position() + credit.length() - 1)
    press(Qt.Key.Key_Delete)
    assert blocks_of(body.document(), CREDIT) == []
    assert_agree(qtbot, window, WITHOUT)
    undo(window)
    assert_figure_back(qtbot, window)


def test_a_figure_whose_photo_is_gone_is_stored_as_the_text_it_shows(qapp):
    from newsdesk.qt.editor.document_bridge import document_to_markdown, markdown_to_document

    doc = markdown_to_document(BODY.replace("Tàu cập", "Tàu\\\ncập"))
    cursor = QTextCursor(blocks_of(doc, FIGURE)[0])
    cursor.deleteChar()  # the photo taken out by some other way than the keys
    assert document_to_markdown(doc) == (
        "Cảng Lạch Huyện đón tàu lớn.\n\nTàu\\\ncập cảng Lạch Huyện\n\nẢnh: Lê Hoa\n\n"
        "Hải Phòng mở rộng bến.\n")


def test_a_selection_from_the_caption_on_keeps_the_figure_and_the_next_paragraph(qtbot, window):
    body = window.article_view.body
    caption = blocks_of(body.document(), CAPTION)[0]
    after = blocks_of(body.document(), CREDIT)[0].next()
    select(body, caption.position() + len("Tàu"), after.position() + len("Hải Phòng "))
    press(Qt.Key.Key_Delete)
    assert_agree(qtbot, window, "Cảng Lạch Huyện đón tàu lớn.\n\n![Tàu](images/tau.jpg)\n\n"
                                "mở rộng bến.\n")
    undo(window)
    assert_figure_back(qtbot, window)


def test_select_all_and_type_leaves_a_paragraph(qtbot, window):
    body = window.article_view.body
    body.selectAll()
    typed("Viết lại")
    assert_agree(qtbot, window, "Viết lại\n")
    assert kind_of(body.textCursor().block().blockFormat()) == ""


def test_a_clicked_photo_shows_it_is_selected(qtbot, window):
    """A click on the photo frames it in the selection colour, as word processors show a
    selected picture (Delete or Backspace then takes it); the frame goes with the caret."""
    from newsdesk.qt.editor.decorations import photo_at_caret, visible_blocks

    body = window.article_view.body

    def frame_pixel():
        block = blocks_of(body.document(), FIGURE)[0]
        rect = next(r for b, r in visible_blocks(body) if b == block)
        photo = block.layout().lineAt(0).naturalTextRect().translated(rect.topLeft())
        image = body.viewport().grab().toImage()
        ratio = image.devicePixelRatio()
        x, y = photo.left() - 2, photo.center().y()
        return image.pixelColor(int(x * ratio), int(y * ratio))

    highlight = body.palette().highlight().color()
    assert frame_pixel() != highlight  # nothing framed while the caret is in the text
    click_photo(qtbot, body, side="right")
    assert photo_at_caret(body) is not None
    qtbot.waitUntil(lambda: frame_pixel() == highlight, timeout=2000)
    press(Qt.Key.Key_Down)  # to the caption: the frame goes
    assert photo_at_caret(body) is None
    qtbot.waitUntil(lambda: frame_pixel() != highlight, timeout=2000)


def test_the_app_exits_cleanly_with_a_copy_on_the_clipboard():
    """A copy from the body leaves Markdown on the clipboard; the process holding it must
    still exit cleanly (a QMimeData made in Python crashed it at exit: status 139)."""
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from newsdesk.qt.editor.body_editor import BodyEditor\n"
        "editor = BodyEditor()\n"
        "editor.set_markdown('Cảng **Lạch Huyện** đón tàu.')\n"
        "editor.selectAll()\n"
        "editor.copy()\n"
        "mime = QApplication.clipboard().mimeData()\n"
        "assert '**Lạch Huyện**' in bytes(mime.data('text/markdown')).decode(), mime.formats()\n"
        "assert 'Lạch Huyện' in mime.text()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
