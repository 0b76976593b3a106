"""Comments on the headline and the sapo, made in the real window.

Words are selected with the keyboard in the sapo or the headline, and the comment is made with
the Review tab's button, with Ctrl+Alt+M, or with "Comment…" in the field's right-click menu.
The comment read back from the library quotes exactly the words selected, in the field they
were selected in — never the body's earlier selection — and travels in a bundle with that
field. With nothing selected the panel says so and no comment is made.
"""

from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from gui_support import close_window, open_window, press, type_text
from newsdesk.domain import Article
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

HEADLINE = "Cầu Rồng phun lửa dịp cuối tuần"
SAPO = "Ban tổ chức cho biết Cầu Rồng sẽ phun lửa và phun nước vào 21h tối thứ Bảy."
BODY = ("Đà Nẵng — Hàng nghìn du khách đổ về hai bờ sông Hàn.\n\n"
        "Cầu Rồng dài 666 m, được khánh thành năm 2013.\n")


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    w.library.settings.user_name, w.library.settings.user_initials = "Trần Thu Hà", "TTH"
    yield w
    close_window(w)


def open_article(qtbot, window):
    article = window.library.save(Article(headline=HEADLINE, sapo=SAPO, body=BODY))
    window.open_article(article)
    window.side.show()
    window.side.set_current_tab("review")
    qtbot.waitUntil(lambda: window.side.review_tab.widget is not None, timeout=5000)
    review = window.side.review_tab.widget
    review.tabs.setCurrentWidget(review.comments)
    return article, window.article_view, review.comments


def comments(window, article_id):
    return Review(window.library).comments(article_id)


def select_in_body(body, words: str) -> None:
    found = body.document().find(words)
    body.setTextCursor(found)


def keyboard_select(qtbot, widget, before: int, length: int) -> None:
    """Click into ``widget``, go to its start, move ``before`` characters, select ``length``."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    press(widget, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(before):
        press(widget, Qt.Key.Key_Right)
    for _ in range(length):
        press(widget, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def add_with_button(qtbot, window, panel, article_id, text: str) -> None:
    before = len(comments(window, article_id))
    qtbot.mouseClick(panel.editor, Qt.MouseButton.LeftButton)
    type_text(panel.editor, text)
    assert panel.add.isEnabled()
    qtbot.mouseClick(panel.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(comments(window, article_id)) == before + 1
                    and panel.list.count() == before + 1, timeout=5000)


def comment_by_text(window, article_id, text):
    return next(v for v in comments(window, article_id) if v.comment.text == text)


def test_the_button_comments_the_sapo_selection_not_the_body_s_earlier_one(qtbot, window,
                                                                           tmp_path):
    article, view, panel = open_article(qtbot, window)
    select_in_body(view.body, "sông Hàn")  # an earlier selection in the body…
    keyboard_select(qtbot, view.form.sapo, 0, len("Ban tổ chức cho biết"))  # …then the sapo
    assert view.form.sapo.textCursor().selectedText() == "Ban tổ chức cho biết"
    assert panel.target.text() == "On the sapo: “Ban tổ chức cho biết”"
    add_with_button(qtbot, window, panel, article.id, "Ban tổ chức nào?")
    found = comment_by_text(window, article.id, "Ban tổ chức nào?")
    assert found.comment.anchor.field == "sapo"
    assert found.comment.anchor.quote == "Ban tổ chức cho biết"
    assert found.location is not None and SAPO[found.location.start:found.location.end] \
        == "Ban tổ chức cho biết"

    # the headline: selected with the keyboard, commented with the button
    keyboard_select(qtbot, view.form.headline, len("Cầu Rồng "), len("phun lửa"))
    add_with_button(qtbot, window, panel, article.id, "Mấy giờ?")
    found = comment_by_text(window, article.id, "Mấy giờ?")
    assert (found.comment.anchor.field, found.comment.anchor.quote) == ("headline", "phun lửa")

    # and the body still works as before
    select_in_body(view.body, "sông Hàn")
    view.body.setFocus()
    add_with_button(qtbot, window, panel, article.id, "Sông nào?")
    found = comment_by_text(window, article.id, "Sông nào?")
    assert (found.comment.anchor.field, found.comment.anchor.quote) == ("body", "sông Hàn")

    # the panel tells which field each comment is on
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any("Sapo" in t and "“Ban tổ chức cho biết”" in t for t in texts)
    assert any("Headline" in t and "“phun lửa”" in t for t in texts)
    assert any("Body" in t and "“sông Hàn”" in t for t in texts)

    # the fields travel in the bundle
    target = tmp_path / "cau-rong.newsdesk"
    window.library.export(article.id, "bundle", target)
    with zipfile.ZipFile(target) as archive:
        stored = {c["text"]: c["anchor"] for c in json.loads(archive.read("comments.json"))}
    assert (stored["Ban tổ chức nào?"]["field"], stored["Ban tổ chức nào?"]["quote"]) == \
        ("sapo", "Ban tổ chức cho biết")
    assert (stored["Mấy giờ?"]["field"], stored["Mấy giờ?"]["quote"]) == ("headline", "phun lửa")


def test_ctrl_alt_m_comments_the_headline_selection(qtbot, window):
    article, view, panel = open_article(qtbot, window)
    select_in_body(view.body, "Hàng nghìn du khách")
    keyboard_select(qtbot, view.form.headline, 0, len("Cầu Rồng"))
    press(view.form.headline, Qt.Key.Key_M,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.editor.hasFocus, timeout=2000)
    assert panel.target.text() == "On the headline: “Cầu Rồng”"
    type_text(panel.editor, "Viết hoa đúng chưa?")
    press(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(comments(window, article.id)) == 1, timeout=5000)
    (found,) = comments(window, article.id)
    assert (found.comment.anchor.field, found.comment.anchor.quote) == ("headline", "Cầu Rồng")


def test_nothing_selected_is_said_and_no_comment_is_made(qtbot, window):
    article, view, panel = open_article(qtbot, window)
    sapo = view.form.sapo
    sapo.setFocus()
    cursor = sapo.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    sapo.setTextCursor(cursor)  # the caret after the last full stop: no word there
    type_text(sapo, " ")
    qtbot.waitUntil(lambda: "Nothing is selected" in panel.target.text(), timeout=2000)
    qtbot.mouseClick(panel.editor, Qt.MouseButton.LeftButton)
    type_text(panel.editor, "Góp ý không có chỗ")
    assert not panel.add.isEnabled()
    press(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.message.isVisible() and "Nothing is selected" in panel.message.text()
    qtbot.wait(200)
    assert comments(window, article.id) == []


def test_ctrl_alt_m_with_the_caret_in_a_word_comments_that_word(qtbot, window):
    article, view, panel = open_article(qtbot, window)
    keyboard_select(qtbot, view.form.sapo, len("Ban tổ chức cho biết Cầu Rồ"), 0)
    window.actions_["comment"].trigger()
    assert view.form.sapo.textCursor().selectedText() == "Rồng"
    type_text(panel.editor, "Tên riêng")
    press(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(comments(window, article.id)) == 1, timeout=5000)
    (found,) = comments(window, article.id)
    assert (found.comment.anchor.field, found.comment.anchor.quote) == ("sapo", "Rồng")


def right_click_menu(qtbot, window, widget, pos: QPoint):
    """Right-click ``widget`` at ``pos`` (a text edit's viewport or a line edit); its menu."""
    window.comment_menus.menu = None
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                     widget.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: window.comment_menus.menu is not None
                    and window.comment_menus.menu.isVisible(), timeout=2000)
    return window.comment_menus.menu


def choose_last(qtbot, menu, entry) -> None:
    """Choose the menu's last entry with the keyboard (Up from the top wraps to it)."""
    press(menu, Qt.Key.Key_Up)
    assert menu.activeAction() is entry
    press(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)
    window = menu.parentWidget().window()
    window.activateWindow()  # the window manager's part: the offscreen platform has none
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def comment_entry(menu):
    (entry,) = [a for a in menu.actions() if a.text().startswith("Comment…")]
    return entry


@pytest.mark.parametrize("field", ["body", "sapo", "headline"])
def test_comment_from_the_right_click_menu(qtbot, window, field):
    article, view, panel = open_article(qtbot, window)
    words = {"body": "khánh thành", "sapo": "phun nước", "headline": "cuối tuần"}[field]
    if field == "headline":
        line = view.form.headline
        start = HEADLINE.index(words)
        line.setFocus()
        line.setSelection(start, len(words))
        clicked, pos = line, QPoint(line.cursorRect().center())
    else:
        edit = view.body if field == "body" else view.form.sapo
        edit.setFocus()
        found = edit.document().find(words)
        edit.setTextCursor(found)
        clicked, pos = edit.viewport(), edit.cursorRect(found).center()
    menu = right_click_menu(qtbot, window, clicked, pos)
    entry = comment_entry(menu)
    assert entry.text() == "Comment…\tCtrl+Alt+M"  # the shortcut shown beside it
    assert any(a.text() for a in menu.actions() if "Copy" in a.text())  # the usual entries
    choose_last(qtbot, menu, entry)
    qtbot.waitUntil(panel.editor.hasFocus, timeout=2000)
    type_text(panel.editor, "Kiểm tra lại")
    press(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(comments(window, article.id)) == 1, timeout=5000)
    (found,) = comments(window, article.id)
    assert (found.comment.anchor.field, found.comment.anchor.quote) == (field, words)


def test_right_click_on_a_word_with_nothing_selected_comments_that_word(qtbot, window):
    article, view, panel = open_article(qtbot, window)
    body = view.body
    body.setFocus()
    word = body.document().find("nghìn")
    middle = QTextCursor(body.document())
    middle.setPosition(word.selectionStart() + 2)
    pos = body.cursorRect(middle).center()
    menu = right_click_menu(qtbot, window, body.viewport(), pos)
    choose_last(qtbot, menu, comment_entry(menu))
    qtbot.waitUntil(panel.editor.hasFocus, timeout=2000)
    type_text(panel.editor, "Con số?")
    press(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(comments(window, article.id)) == 1, timeout=5000)
    (found,) = comments(window, article.id)
    assert (found.comment.anchor.field, found.comment.anchor.quote) == ("body", "nghìn")
