"""Everyday editing in the real main window that must never lose or invent text: Tab from a
photo's caption to its credit and on out of the figure (nothing typed lands in a field that
does not show it), pasted plain text giving exactly the paragraphs the Markdown keeps, and
Find with tones ignored matching a word typed with some marks only, a two-line subheading
coming back as it was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from body_walk import focused, key, press, save_and_read, shortcut, start_article, typed
from figure_support import blocks_of, photo_article
from gui_support import close_window, open_window
from newsdesk.qt.editor.formats import CAPTION, CREDIT, kind_of

pytestmark = pytest.mark.qt

BODY = ("Cảng Lạch Huyện đón tàu lớn.\n\n"
        "![](images/tau.jpg)\n\n"
        "Hải Phòng mở rộng bến.\n")


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    w.activateWindow()
    yield w
    close_window(w)


def to_caption(qtbot, window):
    photo_article(window, BODY, ("tau.jpg",))
    body = window.article_view.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    cursor = QTextCursor(blocks_of(body.document(), CAPTION)[0])
    body.setTextCursor(cursor)
    return body


def test_tab_goes_from_caption_to_credit_and_out_of_the_figure(qtbot, window):
    body = to_caption(qtbot, window)
    typed("Tàu cập cảng")
    press(Qt.Key.Key_Tab)
    assert focused() is body
    assert kind_of(body.textCursor().block().blockFormat()) == CREDIT
    typed("Ảnh: Nguyễn Thu Hà")
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the caption
    assert focused() is body
    assert kind_of(body.textCursor().block().blockFormat()) == CAPTION
    typed(" Lạch Huyện")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)  # the credit, then out of the figure: the paragraph after it
    assert focused() is body
    typed("Mới: ")
    assert save_and_read(qtbot, window) == (
        "Cảng Lạch Huyện đón tàu lớn.\n\n"
        "![Tàu cập cảng Lạch Huyện](images/tau.jpg \"Ảnh: Nguyễn Thu Hà\")\n\n"
        "Mới: Hải Phòng mở rộng bến.\n")


@pytest.mark.parametrize("tab", ["print_tab", "web_tab"])
def test_tab_from_the_body_never_stops_where_typing_vanishes(qtbot, window, tab):
    """From the body, Tab visits only widgets that take what is typed or show their focus:
    never a preview's page (read-only, no focus frame)."""
    body = to_caption(qtbot, window)
    side = window.side
    lazy = getattr(side, tab)
    side.setCurrentWidget(lazy)
    qtbot.waitUntil(lambda: lazy.widget is not None, timeout=10000)
    preview = lazy.widget
    if tab == "web_tab":
        qtbot.waitUntil(lambda: preview.loads > 0, timeout=20000)
    page = [preview.view, *preview.view.findChildren(QWidget)]
    qtbot.waitUntil(preview.view.isVisible)
    body.moveCursor(QTextCursor.MoveOperation.Start)
    stops = []
    for _ in range(40):
        press(Qt.Key.Key_Tab)
        widget = focused()
        if widget is body:
            break
        stops.append(widget)
        assert widget.isVisible() and widget.width() > 0 and widget.height() > 0
    assert stops and not any(widget in page for widget in stops)


def test_pasted_plain_text_has_the_paragraphs_the_markdown_keeps(qtbot, window):
    body = start_article(qtbot, window, "Dán")
    typed("Mở đầu.\n")
    QApplication.clipboard().setText("Đoạn một.\r\n\r\nĐoạn hai.\n\n\n  \nĐoạn ba.\n\n")
    key(QKeySequence.StandardKey.Paste)
    typed(" Hết.")
    doc = body.document()
    shown = [doc.findBlockByNumber(i).text() for i in range(doc.blockCount())]
    assert shown == ["Mở đầu.", "Đoạn một.", "Đoạn hai.", "Đoạn ba. Hết."]  # no empty gap
    assert save_and_read(qtbot, window) == (
        "Mở đầu.\n\nĐoạn một.\n\nĐoạn hai.\n\nĐoạn ba. Hết.\n")


@pytest.mark.parametrize("query", ["đươc", "dươc", "duoc", "được", "ĐƯỢC"])
def test_find_ignoring_tones_finds_a_word_typed_with_some_marks(qtbot, window, query):
    start_article(qtbot, window, "Tìm")
    typed("Dự án được duyệt. Vốn được giải ngân; ĐƯỢC mùa. Đường mới.")
    key(shortcut(window, "find"))
    bar = window.article_view.find_bar
    assert bar.ignore_tones.isChecked()  # "Bỏ qua dấu", the default
    typed(query)
    assert bar.count.text().endswith("of 3")
    assert window.article_view.body.textCursor().selectedText().casefold() == "được"


def test_marks_typed_in_a_search_must_be_there(qtbot, window):
    start_article(qtbot, window, "Tìm")
    typed("Mỗi năm du lịch mới, duoc khách khen.")
    key(shortcut(window, "replace"))
    bar = window.article_view.find_bar
    typed("đươc")  # "duoc" has no stroke nor horns: not what was asked for
    assert bar.count.text() == "No match"
    bar.query.selectAll()
    typed("mõi")  # the tilde is on "Mỗi" (with its circumflex), not on "mới"
    assert bar.count.text() == "1 of 1"
    qtbot.mouseClick(bar.replace, Qt.MouseButton.LeftButton)
    typed("Hằng")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert save_and_read(qtbot, window) == "Hằng năm du lịch mới, duoc khách khen.\n"


def test_ctrl_home_shows_the_margin_above_the_first_line(qtbot, window):
    from newsdesk.qt.editor.body_editor import DOCUMENT_MARGIN

    body = start_article(qtbot, window, "Dài")
    for n in range(40):
        typed(f"Đoạn {n} của bài viết dài.\n")
    key("Ctrl+End")
    assert body.verticalScrollBar().value() > 0
    key("Ctrl+Home")
    assert body.verticalScrollBar().value() == 0
    assert body.cursorRect().top() >= DOCUMENT_MARGIN


def test_a_small_window_narrows_the_previews_before_the_body(qtbot, window):
    body = start_article(qtbot, window, "Cửa sổ nhỏ")
    side = window.side
    side.setCurrentWidget(side.print_tab)
    qtbot.waitUntil(lambda: side.print_tab.widget is not None, timeout=10000)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() <= 1000)
    QApplication.processEvents()
    _library, centre, previews = window.splitter.sizes()
    assert centre > previews
    assert body.width() >= 400


def test_the_headline_shows_its_last_letter_at_end(qtbot, window):
    start_article(qtbot, window, "Tìm")
    headline = window.article_view.form.headline
    headline.setFocus()
    qtbot.waitUntil(headline.hasFocus)
    typed(" Hà Nội khởi công dự án metro mới với Siemens và Alstom hôm nay WWM")
    press(Qt.Key.Key_End)
    image = headline.grab().toImage()
    inked = [x for x in range(image.width()) for y in range(image.height())
             if image.pixelColor(x, y).lightness() < 100]
    assert inked and max(inked) < image.width() - 3  # not cut by the edge


def test_a_long_headline_left_with_tab_shows_its_start(qtbot, window):
    """Typed past the box's width and left with Tab, the headline shows its first words
    ("Hà Nội…"), not the middle the caret left in view."""
    start_article(qtbot, window, "Tìm")
    headline = window.article_view.form.headline
    headline.setFocus()
    qtbot.waitUntil(headline.hasFocus)
    typed(" Hà Nội khởi công dự án metro mới với Siemens và Alstom hôm nay, nối sân bay Nội Bài")
    assert headline.cursorRect().left() > headline.width() / 2  # the caret at the far end
    press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not headline.hasFocus())
    assert headline.cursorPosition() == 0
    assert headline.cursorRect().left() < 20  # scrolled back: the first letter at the left


def test_a_long_headline_is_set_smaller_to_be_seen_whole(qtbot, window):
    """A headline of some fifty characters ran past the box ("…nối ngoại th"): the box sets
    it smaller, never below the other fields' size, until it fits; one longer still is whole
    in the tooltip; a short one stays large, and the box keeps its height."""
    start_article(qtbot, window, "Tìm")
    form = window.article_view.form
    headline = form.headline
    large, small, height = headline.font().pointSizeF(), form.byline.font().pointSizeF(), \
        headline.height()
    headline.setFocus()
    qtbot.waitUntil(headline.hasFocus)
    headline.selectAll()
    text = "Hà Nội mở thêm ba tuyến xe buýt điện nối ngoại thành"
    typed(text)
    assert headline.text() == text

    def seen_whole() -> bool:
        room = headline.contentsRect().width() - headline.textMargins().left() - \
            headline.textMargins().right()
        return QFontMetricsF(headline.font()).horizontalAdvance(text) <= room

    big = QFont(headline.font())
    big.setPointSizeF(large)
    # narrow enough for it not to fit large, as the form stands beside the side panel
    window.article_view.form.setFixedWidth(int(QFontMetricsF(big).horizontalAdvance(text) * 0.85))
    qtbot.waitUntil(seen_whole, timeout=3000)
    assert small <= headline.font().pointSizeF() < large and headline.font().bold()
    assert headline.height() == height and headline.toolTip() == ""
    longer = text + ", giảm ùn tắc cho cầu Chương Dương và cầu Long Biên vào giờ cao điểm"
    headline.selectAll()
    typed(longer)  # too long even at the fields' size: the whole of it in the tooltip
    qtbot.waitUntil(lambda: headline.font().pointSizeF() == small, timeout=3000)
    assert headline.toolTip() == longer
    headline.selectAll()
    typed("Mưa lớn")
    qtbot.waitUntil(lambda: headline.font().pointSizeF() == large, timeout=3000)


def test_a_pasted_line_break_at_the_end_still_splits_the_paragraph(qtbot, window):
    body = start_article(qtbot, window, "Dán")
    typed("Mở đầu.Kết.")
    press(Qt.Key.Key_Left, times=4)
    QApplication.clipboard().setText("\n\nChen vào.\n\n")
    key(QKeySequence.StandardKey.Paste)
    assert body.document().blockCount() == 3
    assert save_and_read(qtbot, window) == "Mở đầu.\n\nChen vào.\n\nKết.\n"


def test_a_two_line_subheading_ending_in_a_pipe_comes_back_a_subheading(qtbot, window):
    """Heading 2 over a line break (Shift+Enter) whose last line holds a pipe: saved, then
    opened again, it is still that subheading, not a paragraph and a one-cell table."""
    body = start_article(qtbot, window, "Tiêu đề phụ")
    typed("Giá vé")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    typed("người lớn, trẻ em|")
    key(shortcut(window, "heading2"))
    stored = save_and_read(qtbot, window)
    assert stored.endswith("\n---\n"), stored
    window.open_article(window.library.get(window.article_view.base.id))
    first = body.document().firstBlock()
    assert first.blockFormat().headingLevel() == 2
    text = first.text().replace("\u2028", "\n")
    assert text == "Giá vé\nngười lớn, trẻ em|"
