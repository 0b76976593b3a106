"""The review round trip in the desktop app: the reporter imports the editor's bundle through
File ▸ Import, sees the editor's changes (and only those) in the merge dialog, picks the
editor's text where both changed the same place, and the library holds the result with the
editor's status and note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from gui_support import close_window, commit_text, open_window
from newsdesk.domain.status import Status
from newsdesk.qt.review.merge_dialog import MergeDialog
from newsdesk.services.library import Library
from newsdesk.services.review import Review
from roundtrip_support import P1, P2, P3, P4, P5, P6, P7, article, body_of

pytestmark = pytest.mark.qt

MINE = " Phóng viên sẽ cập nhật kết quả vòng chung kết."
THEIRS = " Kết quả chung kết sẽ được đăng trên báo điện tử."
NOTE = "Sửa lại số đội, và xem câu cuối."


def import_through_the_menu(qtbot, window, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions_["import"].trigger()


def test_import_the_editors_bundle_and_choose_in_the_merge_dialog(qtbot, tmp_path,
                                                                  monkeypatch):
    window = open_window(qtbot, autosave_seconds=60)
    reporter = window.library
    reporter.settings.user_name, reporter.settings.user_initials = "Lê Minh", "LM"
    try:
        mine = reporter.save(article())
        Review(reporter).transition(mine.id, "submit")
        out = reporter.export(mine.id, "bundle", tmp_path / "gui-duyet.newsdesk").path
        with Library.open(data_dir=tmp_path / "bien-tap") as editor:
            editor.settings.user_name, editor.settings.user_initials = "Trần Thu Hà", "TTH"
            copy = editor.import_file(out).article
            assert copy.status is Status.SUBMITTED
            editor.save(copy.copy(body=body_of(P1, P2.replace("25 đội", "26 đội"), P3, P4, P5,
                                               P6, P7 + THEIRS)), expected_version=copy.version)
            Review(editor).transition(mine.id, "request_changes", note=NOTE)
            back = editor.export(mine.id, "bundle", tmp_path / "da-duyet.newsdesk").path

        # meanwhile the reporter types a sentence at the end and saves (Ctrl+S)
        window.open_article_id(mine.id)
        qtbot.waitUntil(lambda: window._has_article() and window.article_view.base.id == mine.id,
                        timeout=5000)
        body = window.article_view.body
        body.setFocus()
        cursor = body.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        body.setTextCursor(cursor)
        commit_text(body, MINE)
        window.actions_["save"].trigger()
        qtbot.waitUntil(lambda: MINE.strip() in reporter.get(mine.id).body, timeout=5000)
        review = window.side.review_tab.ensure()  # the Review tab open, as the reporter has it
        qtbot.waitUntil(lambda: review.workflow.status is Status.SUBMITTED, timeout=5000)

        import_through_the_menu(qtbot, window, monkeypatch, back)
        qtbot.waitUntil(lambda: isinstance(window.version_dialog, MergeDialog), timeout=10000)
        dialog = window.version_dialog
        qtbot.waitExposed(dialog)
        assert "Trần Thu Hà (from bundle)" in dialog.intro.text()
        assert "Status: Draft" in dialog.intro.text() and NOTE in dialog.intro.text()
        shown = dialog.changes.toPlainText()
        assert "26" in shown and "Phóng viên sẽ" not in shown  # only the editor's changes
        assert len(dialog.choices) == 1
        stored = reporter.get(mine.id)
        assert "26 đội" in stored.body and MINE.strip() in stored.body  # applied, mine kept
        assert stored.status is Status.DRAFT
        keep, use = dialog.choices[0]
        assert keep.isChecked()
        qtbot.waitUntil(use.isVisible, timeout=5000)
        QTest.mouseClick(use, Qt.MouseButton.LeftButton, pos=QPoint(8, use.height() // 2))
        assert use.isChecked() and not keep.isChecked()
        QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.version_dialog is None, timeout=5000)
        final = reporter.get(mine.id)
        assert final.body.endswith(THEIRS.strip()) and MINE.strip() not in final.body
        assert "26 đội" in final.body and final.status is Status.DRAFT
        qtbot.waitUntil(lambda: review.workflow.status is Status.DRAFT, timeout=5000)  # shown
        view = window.article_view
        qtbot.waitUntil(lambda: THEIRS.strip() in view.body.toPlainText(), timeout=5000)
        step = Review(reporter).transitions(mine.id)[-1]
        assert (step.author, step.note, step.origin) == ("Trần Thu Hà", NOTE, "da-duyet.newsdesk")

        # History: the reviewer's version shows the reviewer's changes, not the reporter's
        # sentence typed meanwhile as if the reviewer had deleted it
        theirs = [r for r in Review(reporter).history(mine.id)
                  if r.origin and r.author == "Trần Thu Hà" and r.kind.value == "incoming"]
        assert len(theirs) == 2  # the reviewer's save, then the text of the request
        window.side.set_current_tab("review")
        history = review.history
        qtbot.waitUntil(lambda: any(history.list.item(i).data(Qt.ItemDataRole.UserRole)
                                    == theirs[0].number for i in range(history.list.count())),
                        timeout=5000)
        row = next(history.list.item(i) for i in range(history.list.count())
                   if history.list.item(i).data(Qt.ItemDataRole.UserRole) == theirs[0].number)
        history.list.clearSelection()
        row.setSelected(True)
        qtbot.waitUntil(lambda: "the one they were made on" in history.diff.toPlainText(),
                        timeout=5000)
        shown = history.diff.toPlainText()
        assert "26" in shown and "Phóng viên sẽ" not in shown, shown

        # the same bundle again: nothing new, and the window says so
        count = len(Review(reporter).history(mine.id))
        import_through_the_menu(qtbot, window, monkeypatch, back)
        qtbot.waitUntil(lambda: window.import_message is not None, timeout=10000)
        assert "already in the library" in window.import_message.text()
        window.import_message.accept()
        assert len(Review(reporter).history(mine.id)) == count
    finally:
        close_window(window)


def test_a_clean_merge_shows_the_editors_step_and_no_stray_button(qtbot, tmp_path,
                                                                   monkeypatch):
    """Nothing to choose: the dialog says what arrived (status, note) and shows no Apply
    button — one created but never laid out stood over the dialog's first line."""
    window = open_window(qtbot, autosave_seconds=60)
    reporter = window.library
    try:
        mine = reporter.save(article())
        Review(reporter).transition(mine.id, "submit")
        out = reporter.export(mine.id, "bundle", tmp_path / "gui-duyet.newsdesk").path
        with Library.open(data_dir=tmp_path / "bien-tap") as editor:
            editor.settings.user_name, editor.settings.user_initials = "Trần Thu Hà", "TTH"
            copy = editor.import_file(out).article
            editor.save(copy.copy(body=body_of(P1, P2.replace("25 đội", "26 đội"), P3, P4, P5,
                                               P6, P7)), expected_version=copy.version)
            Review(editor).transition(mine.id, "request_changes", note=NOTE)
            back = editor.export(mine.id, "bundle", tmp_path / "da-duyet.newsdesk").path
        here = reporter.get(mine.id)
        reporter.save(here.copy(body=here.body + "\n\n" + MINE.strip() + "\n"),
                      expected_version=here.version)  # the reporter's own, elsewhere
        import_through_the_menu(qtbot, window, monkeypatch, back)
        qtbot.waitUntil(lambda: isinstance(window.version_dialog, MergeDialog), timeout=10000)
        dialog = window.version_dialog
        qtbot.waitExposed(dialog)
        assert not dialog.choices
        assert not dialog.apply_button.isVisible()
        assert NOTE in dialog.intro.text() and "Status: Draft" in dialog.intro.text()
        dialog.close_button.click()
        qtbot.waitUntil(lambda: window.version_dialog is None, timeout=5000)
        final = reporter.get(mine.id)
        assert "26 đội" in final.body and MINE.strip() in final.body
    finally:
        close_window(window)


def test_the_editor_sees_the_reporters_submit_step_and_note_in_the_history(qtbot, tmp_path,
                                                                          monkeypatch):
    """A bundle's workflow steps without a revision of their own are rows of the history
    too: the editor opening the reporter's bundle reads who submitted it, when, and the note."""
    asked = "Nhờ chị Hà đọc giúp, bài cho số sáng mai."
    with Library.open(data_dir=tmp_path / "phong-vien") as reporter:
        reporter.settings.user_name, reporter.settings.user_initials = "Lê Minh", "LM"
        mine = reporter.save(article())
        Review(reporter).transition(mine.id, "submit", note=asked)
        out = reporter.export(mine.id, "bundle", tmp_path / "gui-duyet.newsdesk").path
    window = open_window(qtbot, autosave_seconds=60)
    try:
        import_through_the_menu(qtbot, window, monkeypatch, out)
        qtbot.waitUntil(lambda: window._has_article() and window.article_view.base.id == mine.id,
                        timeout=10000)
        window.side.set_current_tab("review")
        review = window.side.review_tab.widget
        history = review.history
        qtbot.waitUntil(lambda: history.list.count() >= 2, timeout=5000)
        rows = [history.list.item(i).text() for i in range(history.list.count())]
        step = [r for r in rows if "Draft → Submitted" in r]
        assert step and asked in step[0] and "Lê Minh (from bundle)" in step[0], rows
        qtbot.waitUntil(lambda: review.workflow.status is Status.SUBMITTED, timeout=5000)
    finally:
        if window.import_message is not None:
            window.import_message.accept()
        close_window(window)
