"""Comments show who made them and when, and have replies, in the real window.

A comment is made on the sapo, the reviewer's reply is typed in the reply box under the list
and sent with the Reply button (and another with Ctrl+Enter); the panel shows both under the
comment with their authors and local times written 10/10/2023 16:35, the library keeps them,
and a bundle carries them to another library, where importing it twice adds nothing twice.
A bundle written before replies existed still imports.
"""

from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtCore import Qt

from gui_support import close_window, open_window, press, type_text
from newsdesk.domain import Article
from newsdesk.services.library import Library
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

SAPO = "Ban tổ chức cho biết Cầu Rồng sẽ phun lửa và phun nước vào 21h tối thứ Bảy."


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    w.library.settings.user_name, w.library.settings.user_initials = "Trần Thu Hà", "TTH"
    yield w
    close_window(w)


def local(moment) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def test_replies_are_threaded_dated_stored_and_travel(qtbot, window, tmp_path):
    article = window.library.save(Article(headline="Cầu Rồng phun lửa dịp cuối tuần",
                                          sapo=SAPO, body="Đà Nẵng — Tối thứ Bảy.\n"))
    window.open_article(article)
    sapo = window.article_view.form.sapo
    sapo.setFocus()
    sapo.setTextCursor(sapo.document().find("21h tối thứ Bảy"))
    window.actions_["comment"].trigger()
    review = window.side.review_tab.widget
    panel = review.comments
    type_text(panel.editor, "Giờ nào chính xác?")
    press(panel.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    (view,) = Review(window.library).comments(article.id)
    first = panel.list.item(0).text().splitlines()
    assert first[0] == f"TTH · Trần Thu Hà · {local(view.comment.created)} · Sapo"
    assert first[1:] == ["Giờ nào chính xác?", "“21h tối thứ Bảy”"]

    assert not panel.reply_row.isVisible()  # the reply box shows with a comment selected
    rect = panel.list.visualItemRect(panel.list.item(0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(panel.reply_row.isVisible, timeout=2000)
    window.library.settings.user_name, window.library.settings.user_initials = "Lê Minh", "LM"
    qtbot.mouseClick(panel.reply_editor, Qt.MouseButton.LeftButton)
    type_text(panel.reply_editor, "Đúng 21 giờ.")
    qtbot.mouseClick(panel.reply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(Review(window.library).comments(article.id)[0].comment.replies)
                    == 1 and "Đúng 21 giờ." in panel.list.item(0).text(), timeout=5000)
    assert panel.reply_editor.toPlainText() == ""
    assert panel.list.item(0).isSelected()  # still selected: the thread can go on
    window.library.settings.user_name, window.library.settings.user_initials = "Trần Thu Hà", \
        "TTH"
    type_text(panel.reply_editor, "Cảm ơn anh.")
    panel.reply_editor.setFocus()
    press(panel.reply_editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(Review(window.library).comments(article.id)[0].comment.replies)
                    == 2, timeout=5000)
    (view,) = Review(window.library).comments(article.id)
    one, two = view.comment.replies
    assert (one.text, one.author, one.initials) == ("Đúng 21 giờ.", "Lê Minh", "LM")
    assert (two.text, two.author) == ("Cảm ơn anh.", "Trần Thu Hà")
    qtbot.waitUntil(lambda: "Cảm ơn anh." in panel.list.item(0).text(), timeout=5000)
    lines = panel.list.item(0).text().splitlines()
    assert lines[3:] == [f"    ↳ LM · Lê Minh · {local(one.created)}", "      Đúng 21 giờ.",
                         f"    ↳ TTH · Trần Thu Hà · {local(two.created)}", "      Cảm ơn anh."]

    # the thread travels in the bundle and is taken once by another library
    target = tmp_path / "cau-rong.newsdesk"
    window.library.export(article.id, "bundle", target)
    with zipfile.ZipFile(target) as archive:
        (stored,) = json.loads(archive.read("comments.json"))
    assert [r["text"] for r in stored["replies"]] == ["Đúng 21 giờ.", "Cảm ơn anh."]
    assert stored["replies"][0]["author"] == "Lê Minh" and stored["replies"][0]["created"]
    other = Library.open(data_dir=tmp_path / "reviewer")
    try:
        other.import_file(target)
        other.import_file(target)
        (arrived,) = Review(other).comments(article.id)
        assert [(r.text, r.author, r.created) for r in arrived.comment.replies] == \
            [(r.text, r.author, r.created) for r in view.comment.replies]
        assert (arrived.comment.anchor.field, arrived.comment.anchor.quote) == \
            ("sapo", "21h tối thứ Bảy")
    finally:
        other.close()
