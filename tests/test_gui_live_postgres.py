"""Two newsroom members on one PostgreSQL library, each with the app open: what one does
shows in the other's window by itself — the list, the review panel, the open article (or the
two-versions dialog when text was typed there) — and each sees who else is editing."""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from gui_support import close_window, commit_text, press, type_text
from live_support import fresh_database, live_window
from newsdesk.domain import Article, Status
from newsdesk.domain.revision import RevisionKind
from newsdesk.services.review import Review

pytestmark = [pytest.mark.qt, pytest.mark.postgres]

BODY = "Mưa lớn kéo dài khiến nhiều tuyến phố ở Huế ngập sâu."


@pytest.fixture
def pg_url():
    yield from fresh_database("nd_live")


@pytest.fixture
def two(qtbot, pg_url, tmp_path):
    """The app of Nguyễn Văn An and the app of Trần Thu Hà, on the same database."""
    an = live_window(qtbot, tmp_path / "an", pg_url, "Nguyễn Văn An")
    ha = live_window(qtbot, tmp_path / "ha", pg_url, "Trần Thu Hà")
    yield an, ha
    for window in (an, ha):
        close_window(window)


def open_in(qtbot, window, article_id: str):
    window.library_panel.article_chosen.emit(article_id)  # as a click on the list does
    qtbot.waitUntil(lambda: window._has_article() and window.article_view.base.id == article_id,
                    timeout=5000)
    return window.article_view


def type_at_end(view, text: str) -> None:
    body = view.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    commit_text(body, text)


def review_panel(qtbot, window):
    window.side.set_current_tab("review")
    qtbot.waitUntil(lambda: window.side.review_tab.widget is not None, timeout=5000)
    return window.side.review_tab.widget


def test_a_save_in_one_app_shows_in_the_others_list(qtbot, two):
    an, ha = two
    delays = []
    for n in range(5):
        headline = f"Bão số {n + 3} đổ bộ Quảng Ngãi"
        an.actions_["new"].trigger()
        type_text(an.article_view.form.headline, headline)
        started = time.monotonic()
        an.actions_["save"].trigger()
        qtbot.waitUntil(lambda h=headline: h in ha.library_panel.headlines(), timeout=2000)
        delays.append(time.monotonic() - started)
    print(f"save → other's list: median {statistics.median(delays) * 1000:.0f} ms "
          f"({', '.join(f'{d * 1000:.0f}' for d in delays)})")
    assert ha.version_dialog is None


def test_status_and_comments_show_in_the_others_review_panel(qtbot, two):
    an, ha = two
    article = an.library.save(Article(headline="Kỳ họp thứ mười", body=BODY))
    open_in(qtbot, an, article.id)
    view = open_in(qtbot, ha, article.id)
    theirs = review_panel(qtbot, ha)
    qtbot.waitUntil(lambda: theirs.workflow.status == Status.DRAFT, timeout=5000)
    mine = review_panel(qtbot, an)
    qtbot.waitUntil(lambda: mine.workflow.status == Status.DRAFT and bool(mine.workflow.buttons),
                    timeout=5000)
    submit = next(b for a, b in mine.workflow.buttons.items() if a.value == "submit")
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: theirs.workflow.status == Status.SUBMITTED, timeout=2000)
    qtbot.waitUntil(lambda: view.base.status == Status.SUBMITTED, timeout=2000)
    assert "Submitted" in theirs.workflow.status_text.text()
    # a comment An writes on "Huế" appears in Hà's comments list
    an.activateWindow()  # the two windows share one keyboard: An's is the one in front
    qtbot.waitUntil(an.isActiveWindow, timeout=2000)
    body = an.article_view.body
    body.setFocus()
    cursor = body.textCursor()
    start = body.toPlainText().index("Huế")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Huế"), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    an.actions_["comment"].trigger()
    qtbot.waitUntil(mine.comments.editor.hasFocus, timeout=2000)
    type_text(mine.comments.editor, "Ghi rõ phường nào?")
    press(mine.comments.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: theirs.comments.list.count() == 1, timeout=2000)
    assert "Ghi rõ phường nào?" in theirs.comments.list.item(0).text()
    assert ha.version_dialog is None and not view.autosave.dirty


def test_the_open_article_without_local_edits_reloads(qtbot, two):
    an, ha = two
    article = an.library.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    mine = open_in(qtbot, an, article.id)
    theirs = open_in(qtbot, ha, article.id)
    cursor = theirs.body.textCursor()
    cursor.setPosition(len("Mưa lớn"))  # Hà was reading there
    theirs.body.setTextCursor(cursor)
    type_at_end(mine, " Ba phường phải sơ tán dân.")
    an.actions_["save"].trigger()
    qtbot.waitUntil(lambda: "sơ tán" in theirs.body.toPlainText(), timeout=2500)
    assert ha.version_dialog is None
    assert theirs.base.version == an.library.get(article.id).version
    assert theirs.body.textCursor().position() == len("Mưa lớn")  # her place is kept
    # Hà can go on from the new version: her save is no conflict
    type_at_end(theirs, " Cập nhật 17 giờ.")
    ha.actions_["save"].trigger()
    qtbot.waitUntil(lambda: an.library.get(article.id).body.strip().endswith("Cập nhật 17 giờ."),
                    timeout=5000)
    assert "sơ tán" in an.library.get(article.id).body and ha.version_dialog is None


def test_the_open_article_with_local_edits_takes_the_conflict_path(qtbot, two):
    an, ha = two
    article = an.library.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    mine = open_in(qtbot, an, article.id)
    theirs = open_in(qtbot, ha, article.id)
    type_at_end(theirs, " Hà đang viết dở.")  # not saved: autosave is a minute away
    qtbot.waitUntil(lambda: theirs.autosave.busy, timeout=2000)  # (its timer is running)
    type_at_end(mine, " An đã lưu.")
    an.actions_["save"].trigger()
    qtbot.waitUntil(lambda: ha.version_dialog is not None, timeout=2500)
    stored = an.library.get(article.id)
    assert "An đã lưu." in stored.body and "Hà đang viết dở" not in stored.body
    kept = [r.snapshot.body for r in Review(an.library).history(article.id)
            if str(r.kind) == str(RevisionKind.CONFLICT)]
    assert any("Hà đang viết dở." in body for body in kept)  # her text is kept, not lost
    assert "Hà đang viết dở." in theirs.body.toPlainText()  # and still on her screen
    dialog = ha.version_dialog
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    dialog.use_other.click()  # she keeps hers
    qtbot.waitUntil(lambda: "Hà đang viết dở." in an.library.get(article.id).body, timeout=5000)


def test_using_my_version_over_an_autosave_keeps_the_autosave_and_says_so(qtbot, two):
    an, ha = two
    article = an.library.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    mine = open_in(qtbot, an, article.id)
    theirs = open_in(qtbot, ha, article.id)
    type_at_end(mine, " Chữ của An.")  # not saved yet
    type_at_end(theirs, " Chữ của Hà.")
    theirs.autosave.save_now()  # her autosave: stored, no revision yet
    qtbot.waitUntil(lambda: an.version_dialog is not None, timeout=5000)
    dialog = an.version_dialog
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    dialog.use_other.click()  # he keeps his own version
    qtbot.waitUntil(lambda: "Chữ của An." in an.library.get(article.id).body, timeout=5000)
    assert "Chữ của Hà." not in an.library.get(article.id).body
    kept = [r for r in Review(an.library).history(article.id)
            if "Chữ của Hà." in r.snapshot.body]
    assert kept, "her autosaved words were overwritten without a revision"
    assert kept[-1].author == "Trần Thu Hà"
    expected = f"Nguyễn Văn An kept their version; yours is in History as r{kept[-1].number}."
    qtbot.waitUntil(lambda: expected in theirs.presence.text(), timeout=5000)
    assert theirs.presence.isVisible()
    assert "Chữ của An." in theirs.body.toPlainText()


def test_who_is_editing_is_shown_and_can_be_taken_over(qtbot, two):
    an, ha = two
    article = an.library.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    mine = open_in(qtbot, an, article.id)
    qtbot.waitUntil(lambda: an.live._seen_mine, timeout=3000)
    theirs = open_in(qtbot, ha, article.id)
    qtbot.waitUntil(lambda: theirs.presence.isVisible(), timeout=2000)
    assert theirs.presence.text().startswith("Being edited by Nguyễn Văn An since ")
    qtbot.waitUntil(lambda: mine.presence.isVisible(), timeout=2000)  # each sees the other
    assert "Trần Thu Hà" in mine.presence.text()
    assert not theirs.body.isReadOnly()  # a warning, not a lock
    type_at_end(mine, " An viết thêm.")
    qtbot.mouseClick(theirs.presence.take_over, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mine.presence.text().startswith("Trần Thu Hà took over editing at"),
                    timeout=2000)
    # her bar now says she holds it, and nobody else is shown
    qtbot.waitUntil(lambda: theirs.presence.text().startswith("You took over editing at")
                    and "Nguyễn Văn An" not in theirs.presence.text(), timeout=2000)
    assert theirs.presence.isVisible() and not theirs.presence.take_over.isVisible()
    # An's app saved what he typed at once; Hà's window (nothing typed) shows it
    qtbot.waitUntil(lambda: "An viết thêm." in an.library.get(article.id).body, timeout=3000)
    qtbot.waitUntil(lambda: "An viết thêm." in theirs.body.toPlainText(), timeout=3000)
    # closing the article ends the presence
    ha.actions_["close"].trigger()
    qtbot.waitUntil(lambda: not mine.presence.isVisible(), timeout=2000)


def test_a_take_over_right_after_opening_stops_the_other_app(qtbot, two):
    an, ha = two
    article = an.library.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    mine = open_in(qtbot, an, article.id)
    type_at_end(mine, " An gõ ngay.")
    theirs = open_in(qtbot, ha, article.id)
    qtbot.waitUntil(lambda: theirs.presence.isVisible(), timeout=3000)
    qtbot.mouseClick(theirs.presence.take_over, Qt.MouseButton.LeftButton)  # at once
    qtbot.waitUntil(lambda: mine.presence.text().startswith("Trần Thu Hà took over editing at"),
                    timeout=3000)
    qtbot.waitUntil(lambda: "An gõ ngay." in an.library.get(article.id).body, timeout=3000)
    qtbot.waitUntil(lambda: "An gõ ngay." in theirs.body.toPlainText(), timeout=3000)


def test_a_new_name_in_the_preferences_shows_in_the_others_bar(qtbot, two, monkeypatch):
    from newsdesk.qt.preferences import PreferencesDialog

    an, ha = two
    article = an.library.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    open_in(qtbot, an, article.id)
    theirs = open_in(qtbot, ha, article.id)
    qtbot.waitUntil(lambda: "Nguyễn Văn An" in theirs.presence.text(), timeout=3000)

    def accept(dialog):
        dialog.user_name.setText("Nguyễn Lan Anh")
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", accept)
    an.actions_["preferences"].trigger()
    qtbot.waitUntil(lambda: "Being edited by Nguyễn Lan Anh" in theirs.presence.text(),
                    timeout=3000)


def test_presence_unread_while_offline_is_logged_once_then_quietly(qtbot, two, caplog):
    import logging

    from sqlalchemy.exc import OperationalError

    an, _ha = two
    exc = OperationalError("SELECT 1", {}, Exception("connection refused\nline two\nline three"))
    with caplog.at_level(logging.DEBUG, logger="newsdesk.qt.live_updates"):
        for _ in range(5):  # a recheck every 3 s while the server is away
            an.live._presence_failed(exc)
    infos = [r for r in caplog.records if r.levelno >= logging.INFO]
    debugs = [r for r in caplog.records if r.levelno == logging.DEBUG]
    assert len(infos) == 1 and "connection refused" in infos[0].getMessage()
    assert len(debugs) == 4 and all("\n" not in r.getMessage() for r in debugs)


def delete_in(qtbot, window) -> None:
    """Edit › Delete in ``window``, answering Yes."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer)
    window.actions_["delete"].trigger()


def test_an_article_deleted_elsewhere_keeps_the_text_here(qtbot, two):
    an, ha = two
    article = an.library.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    open_in(qtbot, an, article.id)
    theirs = open_in(qtbot, ha, article.id)
    type_at_end(theirs, " Hà đang viết dở.")  # not saved: autosave is a minute away
    delete_in(qtbot, an)
    qtbot.waitUntil(lambda: theirs.deleted.isVisible(), timeout=2500)
    assert theirs.deleted.text() == "Deleted by Nguyễn Văn An — your text is kept"
    assert "Hà đang viết dở." in theirs.body.toPlainText()  # on screen, still editable
    assert not theirs.body.isReadOnly() and ha.version_dialog is None
    # and in the recovery journal: a crash now loses nothing
    qtbot.waitUntil(lambda: any("Hà đang viết dở." in entry.article.body
                                for entry in ha.journal.pending()), timeout=3000)
    type_at_end(theirs, " Thêm một câu.")
    theirs.autosave.save_now()  # nothing goes to the library under the deleted id
    assert not theirs.autosave.in_flight and ha.library.list() == []
    qtbot.mouseClick(theirs.deleted.save_as_new, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ha._has_article() and ha.article_view.base.id not in (None, article.id)
                    and not ha.article_view.autosave.dirty, timeout=5000)
    stored = ha.library.get(ha.article_view.base.id)
    assert stored.headline == "Mưa lớn ở Huế"
    assert stored.body.strip().endswith("Hà đang viết dở. Thêm một câu.")
    assert not ha.article_view.deleted.isVisible()
    assert [row.id for row in ha.library.list()] == [stored.id]


def test_closing_an_article_deleted_elsewhere(qtbot, two):
    an, ha = two
    article = an.library.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    open_in(qtbot, an, article.id)
    theirs = open_in(qtbot, ha, article.id)
    delete_in(qtbot, an)
    qtbot.waitUntil(lambda: theirs.deleted.isVisible(), timeout=2500)
    qtbot.mouseClick(theirs.deleted.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ha._has_article(), timeout=2000)
    assert ha.centre.currentWidget() is ha.start_page and ha.version_dialog is None
    assert ha.library.list() == []  # nothing was stored again behind the user's back


def test_a_word_being_composed_counts_as_an_edit(qtbot, two):
    from gui_support import preedit

    an, ha = two
    article = an.library.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    mine = open_in(qtbot, an, article.id)
    theirs = open_in(qtbot, ha, article.id)
    headline = theirs.form.headline
    headline.setFocus()
    headline.end(False)
    preedit(headline, " Thừa")  # Telex still composing: nothing committed yet
    assert not theirs.autosave.dirty and theirs.composing
    type_at_end(mine, " An đã lưu.")
    an.actions_["save"].trigger()
    qtbot.waitUntil(lambda: ha.version_dialog is not None, timeout=2500)  # not a reload
    assert headline.text() == "Mưa lớn ở Huế Thừa"
    kept = [r.snapshot.headline for r in Review(an.library).history(article.id)
            if str(r.kind) == str(RevisionKind.CONFLICT)]
    assert "Mưa lớn ở Huế Thừa" in kept  # the word is kept, not thrown away


def test_a_deletion_not_heard_is_found_at_the_next_save(qtbot, two):
    an, ha = two
    article = an.library.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    theirs = open_in(qtbot, ha, article.id)
    ha.live.stop()  # Hà's app hears nothing (as through a pooler in transaction mode)
    an.library.delete(article.id)
    type_at_end(theirs, " Hà viết tiếp.")
    ha.actions_["save"].trigger()
    qtbot.waitUntil(lambda: theirs.deleted.isVisible(), timeout=5000)
    assert theirs.deleted.text() == "Deleted elsewhere — your text is kept"
    assert ha.version_dialog is None and "Hà viết tiếp." in theirs.body.toPlainText()
    ha.actions_["save"].trigger()  # Ctrl+S now stores it as a new article
    qtbot.waitUntil(lambda: ha.article_view.base.id not in (None, article.id)
                    and not ha.article_view.autosave.dirty, timeout=5000)
    assert "Hà viết tiếp." in ha.library.get(ha.article_view.base.id).body


def test_ctrl_s_on_a_deleted_submitted_article_saves_a_new_draft_and_says_so(qtbot, two):
    an, ha = two
    article = an.library.save(Article(headline="Mưa lớn ở Huế", body=BODY,
                                       status=Status.SUBMITTED))
    Review(an.library).add_comment_on(article.id, "Huế", "Kiểm tra tên")
    open_in(qtbot, an, article.id)
    theirs = open_in(qtbot, ha, article.id)
    qtbot.waitUntil(lambda: len(ha.comment_marks.comments) == 1, timeout=5000)
    qtbot.waitUntil(lambda: "Trần Thu Hà" in an.article_view.presence.text(), timeout=3000)
    questions = []

    def answer() -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        box = QApplication.activeModalWidget()
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, answer)
    an.actions_["delete"].trigger()
    assert "Trần Thu Hà is editing it" in questions[0]
    assert "cannot be undone" not in questions[0]
    qtbot.waitUntil(lambda: theirs.deleted.isVisible(), timeout=2500)
    type_at_end(theirs, " Hà viết tiếp.")
    ha.actions_["save"].trigger()  # Ctrl+S: as the bar's "Save as new article"
    qtbot.waitUntil(lambda: ha.article_view.base.id not in (None, article.id)
                    and not ha.article_view.autosave.dirty, timeout=5000)
    stored = ha.library.get(ha.article_view.base.id)
    assert "Hà viết tiếp." in stored.body and stored.status == Status.DRAFT
    message = ha.status.currentMessage()
    assert message.startswith("Saved as a new article, as a draft.")
    assert "Its comments (1) stayed with the deleted article." in message


def test_quitting_with_a_deleted_article_open_keeps_its_text_for_recovery(qtbot, two):
    an, ha = two
    article = an.library.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    open_in(qtbot, an, article.id)
    theirs = open_in(qtbot, ha, article.id)
    delete_in(qtbot, an)
    qtbot.waitUntil(lambda: theirs.deleted.isVisible(), timeout=2500)
    type_at_end(theirs, " Viết thêm trước khi tắt máy.")
    journal = ha.journal
    close_window(ha)  # quitting: nothing is sent to the library, the journal keeps the text
    assert an.library.list() == []
    kept = [entry.article.body for entry in journal.pending()]
    assert any(body.strip().endswith("Viết thêm trước khi tắt máy.") for body in kept)
