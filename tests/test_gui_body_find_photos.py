"""Find as you type in the real main window (counts, next/previous keys, Escape back to the
body), and how the body shows what is not text yet: the empty body's hint, a new photo's
caption and credit hints, and a photo's width that does not depend on the window's past."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog

from body_walk import key, press, save_and_read, shortcut, start_article, typed
from gui_support import close_window, jpeg_bytes, open_window
from newsdesk.domain import Article
from newsdesk.qt.editor.formats import CAPTION, CREDIT, FIGURE, kind_of

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    w.activateWindow()
    yield w
    close_window(w)


def test_find_as_you_type_and_escape_back_to_the_body(qtbot, window):
    body = start_article(qtbot, window, "Hải Phòng")
    typed("Cảng Hải Phòng.\nHải Phòng mở rộng.\nTin Hải Phòng quan trọng nhất.")
    press(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    press(Qt.Key.Key_Down)
    key(shortcut(window, "find"))
    bar = window.article_view.find_bar
    typed("hai phong")  # tones ignored: found while typing, from the cursor on
    assert bar.count.text() == "2 of 3"
    assert len(body.extraSelections()) == 3  # every match highlighted
    cursor = body.textCursor()
    assert cursor.selectedText() == "Hải Phòng" and cursor.block().text().startswith("Hải")
    press(Qt.Key.Key_Return)
    assert bar.count.text() == "3 of 3"
    press(Qt.Key.Key_Return)
    assert bar.count.text() == "1 of 3"  # wraps around
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "3 of 3"
    key(shortcut(window, "find").fromString("F3")[0])
    assert bar.count.text() == "1 of 3"
    key("Shift+F3")
    assert bar.count.text() == "3 of 3"
    typed("x")
    assert bar.count.text() == "No match" and body.extraSelections() == []
    press(Qt.Key.Key_Backspace)
    assert bar.count.text() == "3 of 3"
    press(Qt.Key.Key_Escape)
    assert not bar.isVisible() and QApplication.focusWidget() is body
    assert body.textCursor().selectedText() == "Hải Phòng"  # the match stays selected
    assert body.extraSelections() == []
    press(Qt.Key.Key_End)
    typed(" Đã cập nhật")
    assert window.library_panel.search.text() == ""
    assert save_and_read(qtbot, window) == (
        "Cảng Hải Phòng.\n\nHải Phòng mở rộng.\n\nTin Hải Phòng quan trọng nhất. Đã cập nhật\n")
    assert not window.library_panel.empty.isVisible()  # no "No article matches"


def test_escape_with_nothing_found_keeps_the_cursor(qtbot, window):
    body = start_article(qtbot, window, "Tìm")
    typed("Hải Phòng quan trọng")
    press(Qt.Key.Key_Left, times=3)
    key(shortcut(window, "find"))
    typed("Đà Nẵng")
    press(Qt.Key.Key_Escape)
    typed("X")  # goes where the caret was, not into the library's search box
    assert QApplication.focusWidget() is body
    assert save_and_read(qtbot, window) == "Hải Phòng quan trXọng\n"
    assert window.article_view.find_bar.count.text() == "No match"


def grey_pixels(widget, rect: QRect) -> int:
    """Pixels of hint grey (not black text, not white paper) in ``rect`` of ``widget``."""
    image = widget.grab().toImage()
    count = 0
    for x in range(max(rect.left(), 0), min(rect.right(), image.width())):
        for y in range(max(rect.top(), 0), min(rect.bottom(), image.height())):
            c = QColor(image.pixel(x, y))
            if 110 < c.red() < 225 and abs(c.red() - c.blue()) < 12 and abs(c.red() - c.green()) < 12:
                count += 1
    return count


def block_of(body, kind: str):
    block = body.document().firstBlock()
    while block.isValid() and kind_of(block.blockFormat()) != kind:
        block = block.next()
    return block


def test_hints_for_an_empty_body_caption_and_credit(qtbot, window, tmp_path, monkeypatch):
    body = start_article(qtbot, window, "Ảnh")
    assert body.placeholderText() == "Write the article here…"
    top = QRect(0, 0, 300, 40)
    assert grey_pixels(body.viewport(), top) > 20  # shown while the body is empty
    photo = tmp_path / "cang.jpg"
    photo.write_bytes(jpeg_bytes(1600, 900))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    window.actions_["insert_photo"].trigger()
    qtbot.waitUntil(lambda: block_of(body, CAPTION).isValid(), timeout=5000)
    qtbot.wait(50)
    for kind in (CAPTION, CREDIT):
        line = body.cursorRect(QTextCursor(block_of(body, kind)))
        band = QRect(line.center().x() - 60, line.top(), 120, line.height())
        assert grey_pixels(body.viewport(), band) > 20, f"no hint in the empty {kind}"
    # caption and credit sit under the photo, centred on it like the photo
    aligns = {kind: block_of(body, kind).blockFormat().alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
              for kind in (FIGURE, CAPTION, CREDIT)}
    assert set(aligns.values()) == {Qt.AlignmentFlag.AlignHCenter}
    typed("Cảng Hải Phòng")
    body_md = save_and_read(qtbot, window)
    assert "Caption" not in body_md and "Credit" not in body_md
    assert "![Cảng Hải Phòng](images/cang-" in body_md


def photo_width(body) -> float:
    return block_of(body, FIGURE).layout().lineAt(0).naturalTextWidth()


def test_a_photo_is_shown_at_the_same_width_however_it_was_opened(qtbot, window):
    sha = window.library.add_photo(jpeg_bytes(1600, 900), "cang.jpg")
    article = window.library.save(Article(headline="Cảng", body="![Cảng](images/cang.jpg)\n",
                                          assets={"images/cang.jpg": sha}))
    window.resize(1024, 700)  # the smallest window, previews shown: a narrow editor
    qtbot.wait(50)
    window.open_article(window.library.get(article.id))  # opened in a narrow window…
    body = window.article_view.body
    qtbot.wait(50)
    narrow, first = body.viewport().width(), photo_width(body)
    window.actions_["show_side"].trigger()  # …then previews hidden and the window widened
    window.resize(1500, 900)
    qtbot.waitUntil(lambda: body.viewport().width() > narrow)
    qtbot.wait(50)
    widened = photo_width(body)
    window.open_article(Article(headline="Khác"))
    window.open_article(window.library.get(article.id))  # opened in the wide window
    qtbot.wait(50)
    assert photo_width(body) == widened >= first
    assert widened <= 720  # its own reading width at most, never the window's
