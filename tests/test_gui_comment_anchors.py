"""Comments made in the real window anchor to the words the writer selected.

An article with bold, italics, a link, a photo, a list and a quote is opened; passages are
selected in the body editor with a QTextCursor (what a mouse drag does), a comment is typed
into the Review tab and the "Comment on selection" button clicked. The comment read back
from the library quotes exactly the selected words, a bundle carries them, and the editor
paints the commented words (and only while the comment is open).
"""

from __future__ import annotations

import json
import unicodedata
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from gui_support import close_window, jpeg_bytes, open_window, press, type_text
from newsdesk.bodymodel.reading import body_reading_text
from newsdesk.domain import Article
from newsdesk.qt.review.comment_marks import P_COMMENT_MARK
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

BODY = """Hà Nội — Đây là điều **quan trọng nhất** trong kỳ họp, theo [Chủ tịch UBND thành phố](https://hanoi.gov.vn) vào giờ cao điểm sáng nay.

![Cầu Long Biên lúc sáng sớm](images/cau.jpg "Ảnh: Lê Minh")

Sau bức ảnh, *giao thông* ổn định trở lại.

- Mục thứ nhất về **ngân sách** năm nay
- Mục thứ hai về đầu tư công

> Trích dẫn lời *ông Nguyễn Văn A* tại hội nghị.

Đoạn cuối \\_có dấu gạch\\_ & ký hiệu \\* đặc biệt.
"""

# (first words, last words) of each selection: the quote runs from one to the other
SELECTIONS = [
    ("quan trọng nhất", None),
    ("Chủ tịch UBND thành phố", None),
    ("nhất trong kỳ họp, theo Chủ tịch", None),
    ("giao thông ổn định", None),
    ("ngân sách năm nay", None),
    ("ông Nguyễn Văn A tại", None),
    ("trở lại.", "Mục thứ nhất"),
    ("_có dấu gạch_ & ký hiệu *", None),
    ("Long Biên", None),
]


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def open_commented_article(qtbot, window, body: str = BODY):
    photo = window.library.add_photo(jpeg_bytes(), "cau.jpg")
    article = window.library.save(Article(headline="Kỳ họp thường kỳ", body=body,
                                          assets={"images/cau.jpg": photo}))
    window.open_article(article)
    window.side.show()
    window.side.set_current_tab("review")
    qtbot.waitUntil(lambda: window.side.review_tab.widget is not None, timeout=5000)
    review = window.side.review_tab.widget
    review.tabs.setCurrentWidget(review.comments)
    return article, window.article_view.body, review.comments


def select(body, first: str, last: str | None = None) -> str:
    """Select from ``first`` to the end of ``last`` the way a mouse drag does; the words."""
    doc = body.document()
    found = doc.find(first)
    assert not found.isNull(), first
    start, end = found.selectionStart(), found.selectionEnd()
    if last is not None:
        end = doc.find(last, found).selectionEnd()
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    return cursor.selectedText().replace("\u2029", "\n").replace("\ufffc", "")


def comment(qtbot, window, panel, article_id: str, text: str) -> None:
    before = len(Review(window.library).comments(article_id))
    panel.editor.setFocus()
    type_text(panel.editor, text)
    assert panel.add.isEnabled()
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(Review(window.library).comments(article_id)) == before + 1
                    and not panel.editor.toPlainText() and panel.list.count() == before + 1,
                    timeout=5000)


def marked_words(body) -> list[str]:
    return [s.cursor.selectedText() for s in body.extraSelections()
            if s.format.hasProperty(P_COMMENT_MARK)]


def test_comments_quote_exactly_the_selected_words_and_travel_in_the_bundle(qtbot, window,
                                                                             tmp_path):
    article, body, panel = open_commented_article(qtbot, window)
    expected = []
    for n, (first, last) in enumerate(SELECTIONS):
        words = select(body, first, last)
        expected.append(words)
        comment(qtbot, window, panel, article.id, f"Kiểm tra đoạn {n}")
    assert expected[6] == "trở lại.\nMục thứ nhất"
    views = Review(window.library).comments(article.id)
    by_text = {v.comment.text: v for v in views}
    reading = body_reading_text(window.library.get(article.id).body)
    for n, words in enumerate(expected):
        view = by_text[f"Kiểm tra đoạn {n}"]
        assert view.comment.anchor.quote == words
        assert view.location is not None and reading[view.location.start:view.location.end] \
            == words
        assert view.comment.anchor.start == reading.index(words)

    target = tmp_path / "ky-hop.newsdesk"
    window.library.export(article.id, "bundle", target)
    with zipfile.ZipFile(target) as archive:
        stored = json.loads(archive.read("comments.json"))
    quotes = {c["text"]: c["anchor"] for c in stored}
    for n, words in enumerate(expected):
        anchor = quotes[f"Kiểm tra đoạn {n}"]
        assert anchor["quote"] == words and anchor["basis"] == "reading"
        assert anchor["start"] == reading.index(words)


def test_text_typed_decomposed_is_quoted_in_nfc(qtbot, window):
    article, body, panel = open_commented_article(qtbot, window, "Mở đầu.\n")
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    typed = unicodedata.normalize("NFD", "Chủ tịch UBND tỉnh")
    type_text(body, " Ông " + typed + " phát biểu.")
    start = body.document().find(" Ông ").selectionEnd()
    cursor = body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(typed), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    comment(qtbot, window, panel, article.id, "Ai?")
    (view,) = Review(window.library).comments(article.id)
    assert view.comment.anchor.quote == "Chủ tịch UBND tỉnh"
    assert unicodedata.is_normalized("NFC", view.comment.anchor.prefix)


def test_commented_words_are_highlighted_follow_edits_and_clear_when_resolved(qtbot, window):
    article, body, panel = open_commented_article(qtbot, window)
    select(body, "giao thông ổn định")
    comment(qtbot, window, panel, article.id, "Nguồn?")
    select(body, "ngân sách năm nay")
    comment(qtbot, window, panel, article.id, "Bao nhiêu?")
    qtbot.waitUntil(lambda: sorted(marked_words(body)) == ["giao thông ổn định",
                                                          "ngân sách năm nay"], timeout=5000)
    doc = body.document()
    undo_steps, modified = doc.availableUndoSteps(), doc.isModified()
    markdown = body.markdown()
    assert "giao thông" in markdown and "background" not in body.markdown()
    assert (doc.availableUndoSteps(), doc.isModified()) == (undo_steps, modified)

    # typing before the passages moves the highlight with the words
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(body, "Tin mới: ")
    qtbot.waitUntil(lambda: sorted(marked_words(body)) == ["giao thông ổn định",
                                                          "ngân sách năm nay"], timeout=5000)

    # clicking a comment selects its passage in the editor
    panel.list.clearSelection()
    item = next(panel.list.item(i) for i in range(panel.list.count())
                if "Bao nhiêu?" in panel.list.item(i).text())
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: body.textCursor().selectedText() == "ngân sách năm nay",
                    timeout=5000)

    # resolving a comment takes its highlight away
    item.setSelected(True)
    qtbot.mouseClick(panel.resolve, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: marked_words(body) == ["giao thông ổn định"], timeout=5000)


def test_a_bundle_from_before_reading_anchors_still_imports(qtbot, window, tmp_path):
    article, _body, _panel = open_commented_article(qtbot, window)
    target = tmp_path / "cu.newsdesk"
    window.library.export(article.id, "bundle", target)
    old = [{"id": "c1", "text": "Cũ", "anchor": {"field": "body", "quote": "**quan trọng n",
                                                 "prefix": "Hà Nội — Đây là điều ",
                                                 "suffix": "hất** trong", "start": 30}}]
    rewritten = tmp_path / "cu2.newsdesk"
    with zipfile.ZipFile(target) as src, zipfile.ZipFile(rewritten, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "comments.json":
                data = json.dumps(old).encode()
            out.writestr(info, data)
    window.library.import_file(Path(rewritten))
    (view,) = Review(window.library).comments(article.id)
    assert view.comment.anchor.quote == "quan trọng n" and view.comment.anchor.basis == "reading"
    assert view.location is not None and view.location.exact


def test_keyboard_comment_then_delete_takes_the_highlight_away(qtbot, window):
    article, body, panel = open_commented_article(qtbot, window)
    window.side.set_current_tab("print")
    select(body, "Chủ tịch UBND thành phố")
    body.setFocus()
    window.actions_["comment"].trigger()  # Ctrl+Alt+M
    assert window.side.current_tab() == "review" and panel.editor.hasFocus()
    type_text(panel.editor, "Ghi đủ chức danh")
    press(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(Review(window.library).comments(article.id)) == 1, timeout=5000)
    (view,) = Review(window.library).comments(article.id)
    assert view.comment.anchor.quote == "Chủ tịch UBND thành phố"
    assert view.comment.text == "Ghi đủ chức danh"
    qtbot.waitUntil(lambda: marked_words(body) == ["Chủ tịch UBND thành phố"], timeout=5000)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    panel.list.item(0).setSelected(True)
    qtbot.mouseClick(panel.delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not Review(window.library).comments(article.id), timeout=5000)
    qtbot.waitUntil(lambda: marked_words(body) == [], timeout=5000)
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=5000)  # the list reloads in the background


def test_deleting_the_last_of_several_comments_keeps_the_others_listed(qtbot, window):
    """The list is filled anew after a delete; the comment last in it, selected, had its row
    read against the shorter list while the rows were cleared (an error box, the list
    showing the deleted comment and missing another until it was closed)."""
    article, body, panel = open_commented_article(qtbot, window)
    for words, text in (("quan trọng nhất", "Một"), ("giao thông ổn định", "Hai"),
                        ("ngân sách năm nay", "Ba")):
        select(body, words)
        body.setFocus()
        window.actions_["comment"].trigger()  # Ctrl+Alt+M
        type_text(panel.editor, text)
        press(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: panel.editor.toPlainText() == "", timeout=5000)
    qtbot.waitUntil(lambda: panel.list.count() == 3, timeout=5000)
    panel.list.item(2).setSelected(True)
    assert panel.delete.isEnabled()
    qtbot.mouseClick(panel.delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(Review(window.library).comments(article.id)) == 2, timeout=5000)
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=5000)
    assert [view.comment.text for view in Review(window.library).comments(article.id)] == \
        ["Một", "Hai"]
    assert ["Một" in panel.list.item(0).text(), "Hai" in panel.list.item(1).text()] == [True, True]
    assert not panel.list.selectedItems() and not panel.delete.isEnabled()
