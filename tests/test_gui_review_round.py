"""The review round trip in the real window: what an imported bundle does to comments, what
the import says, the export dialog's memory and refusals, and the window's shortcuts from
every field of the article."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from gui_support import close_window, open_window
from newsdesk.domain import Article
from newsdesk.services.library import Library
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

BODY = "Đà Nẵng — Cầu Rồng phun lửa 9 lần vào 21 giờ tối thứ Bảy.\n"


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot, autosave_seconds=60)
    w.library.settings.user_name, w.library.settings.user_initials = "Trần Văn Hải", "TVH"
    yield w
    close_window(w)


def import_through_the_menu(qtbot, window, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions_["import"].trigger()


def the_comment(library, article_id):
    (view,) = Review(library).comments(article_id)
    return view.comment


def test_a_stale_bundle_never_reopens_a_resolved_comment(qtbot, window, tmp_path, monkeypatch):
    editor = window.library
    article = editor.save(Article(headline="Cầu Rồng phun lửa", body=BODY))
    Review(editor).add_comment_on(article.id, "9 lần", "Mấy lần? Kiểm tra lại.")
    sent = editor.export(article.id, "bundle", tmp_path / "vong1.newsdesk").path
    with Library.open(data_dir=tmp_path / "phong-vien") as reporter:
        reporter.settings.user_name, reporter.settings.user_initials = "Nguyễn Minh Châu", "NMC"
        reporter.import_file(sent)
        Review(reporter).add_reply(the_comment(reporter, article.id).id, "Đúng 9 lần.")
        stale = reporter.export(article.id, "bundle", tmp_path / "vong2.newsdesk").path

    # the editor resolves the comment with the Resolve button, after the bundle was made
    window.open_article(editor.get(article.id))
    panel = window.side.review_tab.ensure().comments
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    rect = panel.list.visualItemRect(panel.list.item(0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(panel.resolve.isEnabled, timeout=2000)
    qtbot.mouseClick(panel.resolve, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: the_comment(editor, article.id).resolved, timeout=5000)

    import_through_the_menu(qtbot, window, monkeypatch, stale)
    qtbot.waitUntil(lambda: len(the_comment(editor, article.id).replies) == 1, timeout=10000)
    comment = the_comment(editor, article.id)
    assert comment.resolved and comment.resolved_by == "Trần Văn Hải"  # not reopened
    assert comment.replies[0].text == "Đúng 9 lần."  # the reply came in all the same

    # the reporter takes the resolved copy, reopens it later: that reopening wins here
    back = editor.export(article.id, "bundle", tmp_path / "vong3.newsdesk").path
    with Library.open(data_dir=tmp_path / "phong-vien") as reporter:
        reporter.import_file(back)
        assert the_comment(reporter, article.id).resolved
        Review(reporter).reopen_comment(the_comment(reporter, article.id).id)
        again = reporter.export(article.id, "bundle", tmp_path / "vong4.newsdesk").path
    if window.import_message is not None:
        window.import_message.done(0)
    import_through_the_menu(qtbot, window, monkeypatch, again)
    qtbot.waitUntil(lambda: not the_comment(editor, article.id).resolved, timeout=10000)
    # and importing the stale one once more changes nothing
    editor.import_file(stale)
    assert not the_comment(editor, article.id).resolved
    assert len(the_comment(editor, article.id).replies) == 1
