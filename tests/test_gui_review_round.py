"""The review round trip in the real window: what an imported bundle does to comments, what
the import says, the export dialog's memory and refusals, and the window's shortcuts from
every field of the article."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui_support import close_window, open_window, type_text
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


P1 = "Đà Nẵng — Cầu Rồng phun lửa 9 lần vào 21 giờ tối thứ Bảy."
P2 = "Lượng khách tăng gấp đôi so với năm ngoái."
P3 = "Cầu Rồng dài 666 mét, khánh thành năm 2013."


def body(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def test_a_bundle_that_descends_from_the_text_here_is_applied_not_merged(
        qtbot, window, tmp_path, monkeypatch):
    """The reporter merged our round (they had edited meanwhile) and sent it back; we had not
    touched the article since sending: the import is a plain "applied", never "also changed
    here", and the reporter's revision is credited with their edits only."""
    editor = window.library
    with Library.open(data_dir=tmp_path / "phong-vien") as reporter:
        reporter.settings.user_name, reporter.settings.user_initials = "Nguyễn Minh Châu", "NMC"
        first = reporter.save(Article(headline="Cầu Rồng phun lửa", body=body(P1, P2, P3)))
        r1 = reporter.export(first.id, "bundle", tmp_path / "vong1.newsdesk").path
        copy = editor.import_file(r1).article
        mine = reporter.get(first.id)
        reporter.save(mine.copy(body=body(P1, P2, P3.replace("666", "666,5"))),
                      expected_version=mine.version)  # the reporter edits meanwhile
        edited = editor.save(copy.copy(body=body(P1.replace("9 lần", "chín lần"), P2, P3)),
                             expected_version=copy.version)
        r3 = editor.export(edited.id, "bundle", tmp_path / "vong3.newsdesk").path
        merged = reporter.import_file(r3)
        assert merged.outcome == "merged"
        now = reporter.get(first.id)
        reporter.save(now.copy(body=now.body.replace("gấp đôi", "gần gấp đôi")),
                      expected_version=now.version)
        r4 = reporter.export(first.id, "bundle", tmp_path / "vong4.newsdesk").path

    window.open_article(editor.get(first.id))
    import_through_the_menu(qtbot, window, monkeypatch, r4)
    # descending from the text here, the reviewed copy may come in as suggestions: apply it
    qtbot.waitUntil(lambda: window.suggest_offer is not None or window.version_dialog
                    is not None, timeout=10000)
    assert window.version_dialog is None
    (apply,) = [b for b in window.suggest_offer.buttons()
                if window.suggest_offer.buttonRole(b) == QMessageBox.ButtonRole.ApplyRole]
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_message is not None or window.version_dialog
                    is not None, timeout=10000)
    assert window.version_dialog is None  # no merge dialog: nothing was changed here
    text = window.import_message.text()
    assert "were applied" in text and "also changed" not in text
    stored = editor.get(first.id)
    assert "chín lần" in stored.body and "666,5" in stored.body and "gần gấp đôi" in stored.body
    # the last revision received, the reporter's, differs from the one before by their edit
    review = Review(editor)
    last = review.history(first.id)[-1]
    assert last.author == "Nguyễn Minh Châu"
    changes = review.diff(first.id, last.number - 1, last.number)
    shown = " ".join(op.text for change in changes for op in change.ops if op.kind != "equal")
    assert "gần" in shown and "chín" not in shown


class LinuxLineKeys(QObject):
    def eventFilter(self, _watched, event):  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.ShortcutOverride and \
                event.modifiers() == Qt.KeyboardModifier.ControlModifier and \
                event.key() in (Qt.Key.Key_E, Qt.Key.Key_K):
            event.accept()
            return True
        return False


def test_the_windows_shortcuts_work_from_every_field(qtbot, window, monkeypatch):
    from PySide6.QtTest import QTest

    from newsdesk.qt.export_dialog import ExportDialog

    asked: list[str] = []
    monkeypatch.setattr(ExportDialog, "choose_target",
                        lambda dialog: asked.append(dialog.fmt) or False)
    article = window.library.save(Article(headline="Cầu Rồng phun lửa", body=BODY))
    window.open_article(article)
    form = window.article_view.form
    # Linux's line fields claim Ctrl+E (end of line) and Ctrl+K before any shortcut; the
    # offscreen platform does not, so the fields here are made to claim them the same way
    claims = LinuxLineKeys(form)
    for field in form.findChildren(QWidget):
        field.installEventFilter(claims)
    window.window_keys.watch(form)  # the window's filter, as it is made, runs first
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    for field in (form.tags, form.byline, form.headline, form.source, form.url, form.sapo):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus, timeout=2000)
        before = len(asked)
        QTest.keyClick(field, Qt.Key.Key_E, ctrl)  # Export…
        assert len(asked) == before + 1, field.objectName() or type(field).__name__
    form.tags.setFocus()
    type_text(form.tags, "Đà Nẵng")
    QTest.keyClick(form.tags, Qt.Key.Key_S, ctrl)  # Save
    qtbot.waitUntil(lambda: "Đà Nẵng" in window.library.get(article.id).tags, timeout=5000)
    form.byline.setFocus()
    QTest.keyClick(form.byline, Qt.Key.Key_E, ctrl | shift)  # Suggest changes
    assert window.actions_["suggest_mode"].isChecked()
    type_text(form.byline, "Minh Châu")
    QTest.keyClick(form.byline, Qt.Key.Key_A, ctrl)  # the field's own keys stay its own
    QTest.keyClick(form.byline, Qt.Key.Key_C, ctrl)
    assert form.byline.selectedText() == "Minh Châu"
