"""Suggest mode on the real main window: Ctrl+Shift+E, then Vietnamese typed through an input
method (preedit, then commit), a word deleted with Ctrl+Backspace, a word replaced by typing
over it, a paste — all suggestions by the Preferences name; undo and redo; then some accepted
and others rejected, and the Markdown read back from the library."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from gui_support import close_window, commit_text, open_window, preedit, press, type_text
from newsdesk.domain import Article
from newsdesk.domain.suggestions import pending

pytestmark = pytest.mark.qt

CTRL = Qt.KeyboardModifier.ControlModifier
BODY = "Giá vé là 7.000 đồng mỗi lượt.\n\nHành khách rất hài lòng.\n"


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    w.library.settings.user_name = "Phạm Thị An"
    w.library.settings.user_initials = "PTA"
    yield w
    close_window(w)


def _put(body, text: str, *, select: bool = False, after: bool = True) -> None:
    cursor = body.document().find(text)
    assert not cursor.isNull(), text
    if not select:
        cursor.setPosition(cursor.selectionEnd() if after else cursor.selectionStart())
    body.setTextCursor(cursor)


def test_suggest_mode_typing_deleting_replacing_then_deciding(qtbot, window):
    article = window.library.save(Article(headline="Xe buýt điện", body=BODY))
    window.open_article(article)
    body = window.article_view.body
    body.setFocus()
    press(body, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.actions_["suggest_mode"].isChecked() and body.suggesting
    # Vietnamese through an input method: composed, then committed (decomposed, as some send)
    _put(body, "mỗi lượt.")
    type_text(body, " ")
    for step in ("t", "th", "tha", "thas", "thán"):
        preedit(body, step)
    commit_text(body, unicodedata.normalize("NFD", "tháng"))
    type_text(body, " này")
    # a word deleted: Ctrl+Backspace after "rất "
    _put(body, "rất ")
    press(body, Qt.Key.Key_Backspace, CTRL)
    # a word replaced: select it and type over it
    _put(body, "7.000", select=True)
    type_text(body, "8.000")
    # a paste is an insertion
    _put(body, "Hành khách", after=False)
    QGuiApplication.clipboard().setText("Nhiều ")
    window.actions_["paste"].trigger()
    text = body.toPlainText()
    assert "7.0008.000" in text and "rất hài lòng" in text and "Nhiều Hành" in text
    # undo takes the paste back, redo brings it again
    window.actions_["undo"].trigger()
    assert "Nhiều" not in body.toPlainText()
    window.actions_["redo"].trigger()
    assert "Nhiều Hành" in body.toPlainText()
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: len(pending(window.library.get(article.id).body)) == 4,
                    timeout=10000)
    saved = window.library.get(article.id).body
    found = {(s.kind, s.old, s.new) for s in pending(saved)}
    assert found == {("insert", "", " tháng này"), ("delete", "rất ", ""),
                     ("replace", "7.000", "8.000"), ("insert", "", "Nhiều ")}, saved
    assert {s.author for s in pending(saved)} == {"Phạm Thị An"}
    assert {s.initials for s in pending(saved)} == {"PTA"}
    assert saved == unicodedata.normalize("NFC", saved)
    # decide: accept the replacement and the typed words, reject the deletion and the paste
    press(body, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert not body.suggesting
    by_kind = {(s.kind, s.new or s.old): s.id for s in pending(saved)}
    panel = _changes(qtbot, window)
    for key, accept in ((("replace", "8.000"), True), (("insert", " tháng này"), True),
                        (("delete", "rất "), False), (("insert", "Nhiều "), False)):
        panel.select_id(by_kind[key])
        qtbot.mouseClick(panel.buttons["accept" if accept else "reject"],
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda k=key: by_kind[k] not in {
            s.id for s in pending(window.library.get(article.id).body)}, timeout=10000)
        qtbot.waitUntil(lambda: body.markdown() == window.library.get(article.id).body,
                        timeout=5000)
    assert window.library.get(article.id).body == (
        "Giá vé là 8.000 đồng mỗi lượt. tháng này\n\nHành khách rất hài lòng.\n")
    assert body.markdown() == window.library.get(article.id).body


def _changes(qtbot, window, count: int = 4):
    window.actions_["show_side"].setChecked(True)
    window.side.set_current_tab("review")
    qtbot.waitUntil(lambda: window.side.review_tab.widget is not None, timeout=5000)
    review = window.side.review_tab.widget
    review.show_changes()
    qtbot.waitUntil(lambda: review.changes.list.count() == count, timeout=5000)
    return review.changes


def test_backspace_marks_characters_and_own_insertions_just_go(qtbot, window):
    article = window.library.save(Article(headline="Xe buýt điện", body=BODY))
    window.open_article(article)
    body = window.article_view.body
    body.setFocus()
    window.actions_["suggest_mode"].trigger()
    _put(body, "lòng")
    for _ in range(4):
        press(body, Qt.Key.Key_Backspace)
    assert body.textCursor().position() == body.document().find("lòng").selectionStart()
    type_text(body, "vuix")
    press(body, Qt.Key.Key_Backspace)  # one's own typing just goes
    body.moveCursor(QTextCursor.MoveOperation.End)
    press(body, Qt.Key.Key_Delete)  # at the end: nothing to suggest
    assert body.markdown().startswith(BODY.split("\n")[0])
    found = [(s.kind, s.old, s.new) for s in pending(body.markdown())]
    # typed where Backspace left the caret: the word marked deleted is replaced (one
    # suggestion), the new text after the old
    assert found == [("replace", "lòng", "vui")], body.markdown()
    assert body.toPlainText().endswith("hài lòngvui.")


def test_autosave_keeps_a_suggestion_being_typed(qtbot):
    window = open_window(qtbot, autosave_seconds=0.2)
    try:
        window.library.settings.user_name = "Phạm Thị An"
        article = window.library.save(Article(headline="Xe buýt điện", body=BODY))
        window.open_article(article)
        body = window.article_view.body
        body.setFocus()
        window.actions_["suggest_mode"].setChecked(True)
        _put(body, "đồng")
        type_text(body, " Việt Nam")
        qtbot.waitUntil(lambda: "{++ Việt Nam++}{#" in window.library.get(article.id).body,
                        timeout=10000)
        assert pending(window.library.get(article.id).body)[0].author == "Phạm Thị An"
    finally:
        close_window(window)


def test_a_decision_undone_leaves_its_suggestion_chosen_in_the_changes_list(qtbot, window):
    """Accepted with Ctrl+Alt+A, then undone with Ctrl+Z: the suggestion is back in the text
    and in the Changes list, chosen there (its Accept and Reject buttons live: they were greyed
    until it was clicked), the caret where the undo left it; Reject then takes it."""
    article = window.library.save(Article(headline="Xe buýt điện", body=BODY))
    window.open_article(article)
    body = window.article_view.body
    body.setFocus()
    window.actions_["suggest_mode"].trigger()
    _put(body, "7.000", select=True)
    type_text(body, "8.000")
    window.actions_["suggest_mode"].trigger()
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: len(pending(window.library.get(article.id).body)) == 1,
                    timeout=10000)
    panel = _changes(qtbot, window, 1)
    _put(body, "8.000", select=True)
    body.setFocus()
    window.actions_["accept_change"].trigger()  # Ctrl+Alt+A
    qtbot.waitUntil(lambda: not pending(window.library.get(article.id).body), timeout=10000)
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=5000)
    window.actions_["undo"].trigger()  # Ctrl+Z
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    assert "7.0008.000" in body.toPlainText()
    qtbot.waitUntil(lambda: panel.current_id() is not None, timeout=3000)
    assert panel.buttons["accept"].isEnabled() and panel.buttons["reject"].isEnabled()
    qtbot.mouseClick(panel.buttons["reject"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "8.000" not in body.toPlainText(), timeout=10000)
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: window.library.get(article.id).body == BODY, timeout=10000)
