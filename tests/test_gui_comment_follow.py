"""A commented passage keeps its comment while the text above it is edited, in the real window.

A passage below a photo is commented; then, above it, a paragraph is typed, another is
deleted, and the photo is replaced by a new one with its own caption (Insert photo…, the
caption typed, the old figure selected and deleted). The highlight stays on the same words,
and once saved the stored anchor points at them: its offset and context are those of the text
now, so a bundle carries offsets that are right. After reopening the article the same words
are highlighted again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog

from gui_support import close_window, jpeg_bytes, open_window, press, type_text
from newsdesk.bodymodel.reading import body_reading_text
from newsdesk.domain import Article
from newsdesk.domain.comments import CONTEXT
from newsdesk.qt.editor.figures import figure_blocks
from newsdesk.qt.review.comment_marks import P_COMMENT_MARK
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

QUOTE = "phun lửa và phun nước"
BODY = ("Đà Nẵng — Hàng nghìn du khách đổ về hai bờ sông Hàn.\n\n"
        '![Cầu Rồng về đêm](images/cau.jpg "Ảnh: Lê Minh")\n\n'
        "Đoạn này sẽ bị xoá.\n\n"
        f"Đúng 21 giờ, Cầu Rồng {QUOTE} trong khoảng 15 phút.\n")


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def marked(body) -> list[str]:
    return [s.cursor.selectedText() for s in body.extraSelections()
            if s.format.hasProperty(P_COMMENT_MARK)]


def put_cursor(body, position: int) -> None:
    cursor = body.textCursor()
    cursor.setPosition(position)
    body.setTextCursor(cursor)  # where a click puts the caret


def test_anchor_follows_paragraphs_and_a_photo_replaced_above_it(qtbot, window, tmp_path,
                                                                  monkeypatch):
    library = window.library
    photo = library.add_photo(jpeg_bytes(), "cau.jpg")
    article = library.save(Article(headline="Cầu Rồng phun lửa dịp cuối tuần",
                                   sapo="Ban tổ chức cho biết…", body=BODY,
                                   assets={"images/cau.jpg": photo}))
    window.open_article(library.get(article.id))
    body = window.article_view.body
    body.setFocus()
    body.setTextCursor(body.document().find(QUOTE))
    window.actions_["comment"].trigger()
    panel = window.side.review_tab.widget.comments
    type_text(panel.editor, "Có an toàn không?")
    press(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: marked(body) == [QUOTE], timeout=5000)

    # a paragraph typed at the top
    body.setFocus()
    press(body, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    type_text(body, "Tin nóng: khán giả đông nghịt.\n")
    # a paragraph deleted: selected with the keyboard, Delete, then the empty line joined
    put_cursor(body, body.document().find("Đoạn này sẽ bị xoá.").selectionStart())
    press(body, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    press(body, Qt.Key.Key_Delete)
    press(body, Qt.Key.Key_Delete)
    # the photo replaced: a new one inserted above the old one, captioned, the old one deleted
    new_photo = tmp_path / "phao-hoa.jpg"
    new_photo.write_bytes(jpeg_bytes(800, 500, (200, 60, 30)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(new_photo), ""))
    put_cursor(body, body.document().find("sông Hàn.").selectionEnd())
    window.actions_["insert_photo"].trigger()
    qtbot.waitUntil(lambda: "phao-hoa" in body.markdown(), timeout=5000)
    type_text(body, "Pháo hoa bên sông Hàn")
    old = figure_blocks(body.document().find("Cầu Rồng về đêm").block())
    assert old, "the old figure is in the editor"
    cursor = body.textCursor()
    cursor.setPosition(old[0].position())
    cursor.setPosition(old[-1].position() + old[-1].length() - 1,
                       QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    press(body, Qt.Key.Key_Delete)
    markdown = body.markdown()
    assert "Cầu Rồng về đêm" not in markdown and "![Pháo hoa bên sông Hàn](" in markdown
    assert "Đoạn này sẽ bị xoá" not in markdown and markdown.startswith("Tin nóng:")
    qtbot.waitUntil(lambda: marked(body) == [QUOTE], timeout=5000)  # the same words

    # saved: the stored anchor is where the words are now
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: "Pháo hoa" in library.get(article.id).body, timeout=5000)
    stored = library.get(article.id)
    reading = body_reading_text(stored.body)
    (view,) = Review(library).comments(article.id)
    anchor = view.comment.anchor
    start = reading.index(QUOTE)
    assert anchor.quote == QUOTE and anchor.start == start
    assert anchor.prefix == reading[max(0, start - CONTEXT):start]
    assert anchor.suffix == reading[start + len(QUOTE):start + len(QUOTE) + CONTEXT]
    assert view.location is not None and view.location.exact
    assert reading[view.location.start:view.location.end] == QUOTE
    assert start != BODY.index(QUOTE)  # the offset really moved

    # reopened: the same words are highlighted and clicking the comment selects them
    other = library.save(Article(headline="Bài khác", body="Nội dung khác.\n"))
    window.open_article_id(other.id)
    qtbot.waitUntil(lambda: window.article_view.base.id == other.id, timeout=5000)
    window.open_article_id(article.id)
    qtbot.waitUntil(lambda: window.article_view.base.id == article.id, timeout=5000)
    body = window.article_view.body
    qtbot.waitUntil(lambda: marked(body) == [QUOTE], timeout=5000)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    rect = panel.list.visualItemRect(panel.list.item(0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: body.textCursor().selectedText() == QUOTE, timeout=5000)
