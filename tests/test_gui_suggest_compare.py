"""Comparing versions as suggestions on the real main window.

A reviewed bundle whose reviewer edited without suggestions, imported through File › Import:
the window offers "Show their edits as suggestions"; taking it writes their changes as
pending suggestions by the reviewer (their comments come in too), listed in the Changes tab;
Accept all gives exactly the reviewer's text, Reject all the original. A bundle that cannot
be shown so is refused with a message and nothing stored. History › Compare as suggestions
gives the current text the suggestions that lead back to a revision."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui_support import close_window, commit_text, open_window, press
from newsdesk.domain import Article
from newsdesk.domain.revision import RevisionKind
from newsdesk.domain.suggestions import markup, pending
from newsdesk.qt.editor import suggestion_edit
from newsdesk.qt.errors import error_text
from newsdesk.services.library import Library
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

ORIGINAL = ("Chiều 5/4, hàng nghìn người đổ về bến Ninh Kiều xem đua ghe ngo.\n\n"
            "Giải năm nay có 24 đội tham gia, tăng 4 đội so với năm trước.\n\n"
            "Ban tổ chức khuyến cáo người dân đến sớm.")
REVIEWED = ("Chiều 5/4, hàng vạn người đổ về bến Ninh Kiều, Cần Thơ xem đua ghe ngo.\n\n"
            "Giải năm nay có 25 đội tham gia, tăng 5 đội so với năm trước.\n\n"
            "Lực lượng cứu hộ túc trực dọc hai bờ sông.\n\n"
            "Ban tổ chức khuyến cáo người dân đến sớm.")


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot, autosave_seconds=60)
    w.library.settings.user_name, w.library.settings.user_initials = "Lê Minh", "LM"
    yield w
    close_window(w)


def _reviewed_bundle(window, tmp_path, reviewed: str = REVIEWED, comment: str = ""):
    """The newsroom's article, sent out and edited by Trần Thu Hà without suggestions."""
    mine = window.library.save(Article(headline="Sôi động hội đua ghe ngo", body=ORIGINAL))
    out = window.library.export(mine.id, "bundle", tmp_path / "gui-di.newsdesk").path
    with Library.open(data_dir=tmp_path / "bien-tap") as desk:
        desk.settings.user_name, desk.settings.user_initials = "Trần Thu Hà", "TTH"
        copy = desk.import_file(out).article
        desk.save(copy.copy(body=reviewed), expected_version=copy.version)
        if comment:
            Review(desk).add_comment_on(mine.id, "Ninh Kiều", comment)
        back = desk.export(mine.id, "bundle", tmp_path / "gui-ve.newsdesk").path
    return mine, back


def _import_through_the_menu(qtbot, window, monkeypatch, path) -> QMessageBox:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions_["import"].trigger()
    qtbot.waitUntil(lambda: window.suggest_offer is not None, timeout=10000)
    box = window.suggest_offer
    qtbot.waitExposed(box)
    return box


def _changes_panel(qtbot, window, count: int):
    qtbot.waitUntil(lambda: window.side.review_tab.widget is not None, timeout=5000)
    review = window.side.review_tab.widget
    qtbot.waitUntil(lambda: review.tabs.currentWidget() is review.changes, timeout=5000)
    qtbot.waitUntil(lambda: review.changes.list.count() == count, timeout=5000)
    return review.changes


def test_a_reviewed_bundle_as_suggestions_then_accept_all_gives_their_text(
        qtbot, window, tmp_path, monkeypatch):
    mine, back = _reviewed_bundle(window, tmp_path, comment="Ghi rõ thành phố.")
    window.open_article(mine)
    box = _import_through_the_menu(qtbot, window, monkeypatch, back)
    assert "Trần Thu Hà (from bundle)" in box.text()
    assert box.defaultButton().text() == "Show their edits as &suggestions"
    press(box.defaultButton(), Qt.Key.Key_Space)  # the keyboard takes the default
    qtbot.waitUntil(lambda: bool(pending(window.library.get(mine.id).body)), timeout=10000)
    stored = window.library.get(mine.id)
    listed = pending(stored.body)
    assert {s.author for s in listed} == {"Trần Thu Hà"} and {s.initials for s in listed} == {"TTH"}
    assert ("24", "25") in [(s.old, s.new) for s in listed]
    assert Review(window.library).history(mine.id)[-1].kind == RevisionKind.SUGGESTION
    comments = Review(window.library).comments(mine.id)
    assert [c.comment.text for c in comments] == ["Ghi rõ thành phố."]  # comments come in
    panel = _changes_panel(qtbot, window, len(listed))
    qtbot.waitUntil(lambda: window.article_view.body.markdown().rstrip("\n") == stored.body,
                    timeout=5000)
    assert "Trần Thu Hà" in panel.list.item(0).text()
    window.actions_["accept_all_changes"].trigger()
    qtbot.waitUntil(lambda: not pending(window.library.get(mine.id).body), timeout=10000)
    assert window.library.get(mine.id).body == REVIEWED


def test_reject_all_gives_the_original_and_apply_still_imports_as_before(
        qtbot, window, tmp_path, monkeypatch):
    mine, back = _reviewed_bundle(window, tmp_path)
    window.open_article(mine)
    box = _import_through_the_menu(qtbot, window, monkeypatch, back)
    suggest = box.defaultButton()
    qtbot.mouseClick(suggest, Qt.MouseButton.LeftButton, pos=QPoint(4, suggest.height() // 2))
    qtbot.waitUntil(lambda: bool(pending(window.library.get(mine.id).body)), timeout=10000)
    count = len(pending(window.library.get(mine.id).body))
    _changes_panel(qtbot, window, count)
    window.actions_["reject_all_changes"].trigger()
    qtbot.waitUntil(lambda: not pending(window.library.get(mine.id).body), timeout=10000)
    assert window.library.get(mine.id).body == ORIGINAL
    # saved as the editor writes it (a line break at the end): still the text sent out
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: window.library.get(mine.id).body == ORIGINAL + "\n", timeout=10000)
    # the same bundle again, this time "Apply their edits": the usual import
    box = _import_through_the_menu(qtbot, window, monkeypatch, back)
    apply = next(b for b in box.buttons() if b.text() == "&Apply their edits")
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton, pos=QPoint(4, apply.height() // 2))
    qtbot.waitUntil(lambda: window.library.get(mine.id).body.rstrip("\n") == REVIEWED,
                    timeout=10000)
    assert not pending(window.library.get(mine.id).body)


def test_a_bundle_that_cannot_be_shown_as_suggestions_is_refused_and_nothing_stored(
        qtbot, window, tmp_path, monkeypatch):
    broken = REVIEWED.replace("25 đội", "25 đội {~~")  # reads as a broken CriticMarkup mark
    mine, back = _reviewed_bundle(window, tmp_path, broken)
    window.open_article(mine)
    before = window.library.get(mine.id)
    shown: list[str] = []
    monkeypatch.setattr("newsdesk.qt.suggest_imports.show_error",
                        lambda _parent, title, exc: shown.append(f"{title}: {error_text(exc)}"))
    box = _import_through_the_menu(qtbot, window, monkeypatch, back)
    press(box.defaultButton(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].startswith("Import failed: ") and "cannot be shown as suggestions" in shown[0]
    after = window.library.get(mine.id)
    assert after.body == ORIGINAL and after.version == before.version
    assert len(Review(window.library).history(mine.id)) == 1


def _history(qtbot, window):
    window.actions_["show_side"].setChecked(True)
    window.side.set_current_tab("review")
    qtbot.waitUntil(lambda: window.side.review_tab.widget is not None, timeout=5000)
    review = window.side.review_tab.widget
    review.tabs.setCurrentWidget(review.history)
    return review.history


def _select_revision(qtbot, history, number: int) -> None:
    def row():
        return next((history.list.item(i) for i in range(history.list.count())
                     if history.list.item(i).data(Qt.ItemDataRole.UserRole) == number), None)

    qtbot.waitUntil(lambda: row() is not None, timeout=5000)
    history.list.scrollToItem(row())
    qtbot.mouseClick(history.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=history.list.visualItemRect(row()).center())
    assert history.selected_numbers() == [number]


def test_compare_a_revision_as_suggestions_then_take_back_part_of_it(qtbot, window):
    library = window.library
    library.settings.user_name, library.settings.user_initials = "Trần Thu Hà", "TTH"
    first = library.save(Article(headline="Sôi động hội đua ghe ngo", body=ORIGINAL))
    library.settings.user_name, library.settings.user_initials = "Lê Minh", "LM"
    later = REVIEWED.replace("Ban tổ chức", "Ban tổ chức một lần nữa")
    library.save(first.copy(body=later), expected_version=first.version)
    window.open_article(library.get(first.id))
    body = window.article_view.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    commit = " Trời nắng."  # typed, not saved yet: stored before comparing
    commit_text(body, commit)
    history = _history(qtbot, window)
    _select_revision(qtbot, history, 1)
    assert history.as_suggestions.isEnabled()
    qtbot.mouseClick(history.as_suggestions, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(pending(library.get(first.id).body)), timeout=10000)
    stored = library.get(first.id)
    listed = pending(stored.body)
    assert {(s.author, s.initials) for s in listed} == {("Trần Thu Hà", "TTH")}
    assert ("25", "24") in [(s.old, s.new) for s in listed]  # back to revision 1's words
    assert any(s.old.strip() == "Trời nắng." for s in listed)  # the unsaved typing was kept
    last = Review(library).history(first.id)[-1]
    assert last.kind == RevisionKind.SUGGESTION and "revision 1" in last.note
    _changes_panel(qtbot, window, len(listed))
    qtbot.waitUntil(lambda: body.markdown() == stored.body, timeout=5000)
    # take back one change (24 teams), keep the rest as it is now
    chosen = next(s for s in listed if (s.old, s.new) == ("25", "24"))
    body.setFocus()  # the caret put in it, as a click does (the Changes list chose another)
    body.setTextCursor(suggestion_edit.select(body.document(), chosen.id))
    window.actions_["accept_change"].trigger()
    qtbot.waitUntil(lambda: len(pending(library.get(first.id).body)) == len(listed) - 1,
                    timeout=10000)
    window.actions_["reject_all_changes"].trigger()
    qtbot.waitUntil(lambda: not pending(library.get(first.id).body), timeout=10000)
    assert library.get(first.id).body == (later + commit + "\n").replace("có 25 đội",
                                                                          "có 24 đội")


def test_compare_as_suggestions_is_refused_while_suggestions_are_pending(qtbot, window):
    library = window.library
    first = library.save(Article(headline="Sôi động hội đua ghe ngo", body=ORIGINAL))
    body = REVIEWED + " " + markup("insert", "", "Mới.", author="Trần Thu Hà")
    library.save(first.copy(body=body), expected_version=first.version)
    window.open_article(library.get(first.id))
    history = _history(qtbot, window)
    _select_revision(qtbot, history, 1)
    history.list.customContextMenuRequested.emit(
        history.list.visualItemRect(history.list.currentItem()).center())
    menu = history.menu
    assert menu.actions()[0].text() == "Compare as suggestions"
    menu.actions()[0].trigger()
    menu.close()
    assert "already has pending suggestions" in history.message.text()
    assert library.get(first.id).body == body
    assert len(Review(library).history(first.id)) == 2


def test_unsaved_edits_here_mean_the_usual_merge_not_suggestions(qtbot, window, tmp_path,
                                                                 monkeypatch):
    from newsdesk.qt.review.merge_dialog import MergeDialog

    mine, back = _reviewed_bundle(window, tmp_path)
    window.open_article(mine)
    body = window.article_view.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    commit_text(body, " Trời nắng.")  # typed here, not saved yet
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(back), ""))
    window.actions_["import"].trigger()
    qtbot.waitUntil(lambda: isinstance(window.version_dialog, MergeDialog), timeout=10000)
    assert window.suggest_offer is None  # both sides changed: merged, never suggested over
    stored = window.library.get(mine.id).body
    assert "Trời nắng." in stored and "25 đội" in stored and not pending(stored)
    window.version_dialog.close()
