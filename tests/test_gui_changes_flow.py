"""Going through suggestions one by one on the real main window, as in a word processor:
after Accept or Reject the next pending suggestion (in text order, from the decided one's
place) is the current one, selected in the body and in the Changes list, so Ctrl+Alt+A /
Ctrl+Alt+R can be pressed again and again; Next never skips a suggestion that starts where
the caret is (a deletion directly followed by an insertion)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from gui_support import close_window, open_window, press
from newsdesk.domain import Article
from newsdesk.domain.suggestions import markup, pending
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

T1 = datetime(2026, 12, 6, 8, 30, tzinfo=UTC)
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _body() -> str:
    lm = {"author": "Lê Minh", "initials": "LM", "time": T1}
    return (f"Phun lửa {markup('delete', 'chín ', '', change_id='d1', **lm)}"
            f"{markup('insert', '', '9 ', change_id='i1', **lm)}lần "
            f"{markup('replace', 'tối', 'đêm', change_id='r1', **lm)} qua.\n\n"
            f"Khách {markup('insert', '', 'rất ', change_id='i2', **lm)}đông.\n")


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def _panel(qtbot, window):
    window.actions_["show_side"].setChecked(True)
    window.side.set_current_tab("review")
    qtbot.waitUntil(lambda: window.side.review_tab.widget is not None, timeout=5000)
    review = window.side.review_tab.widget
    review.show_changes()
    panel = review.changes
    qtbot.waitUntil(lambda: panel.list.count() == 4, timeout=5000)
    return panel


def _ids(window, article_id):
    return [s.id for s in pending(window.library.get(article_id).body)]


def test_deciding_again_and_again_takes_each_suggestion_in_order(qtbot, window):
    article = window.library.save(Article(headline="Cầu Rồng", body=_body()))
    window.open_article(article)
    panel = _panel(qtbot, window)
    body = window.article_view.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.Start)
    press(body, Qt.Key.Key_N, CTRL_ALT)
    assert body.textCursor().selectedText() == "chín "
    assert panel.current_id() == "d1" and panel.buttons["accept"].isEnabled()
    expected = ["i1", "r1", "i2"]
    for key, left in ((Qt.Key.Key_A, expected), (Qt.Key.Key_R, expected[1:]),
                      (Qt.Key.Key_A, expected[2:])):
        press(body, key, CTRL_ALT)
        qtbot.waitUntil(lambda left=left: _ids(window, article.id) == left, timeout=10000)
        qtbot.waitUntil(lambda left=left: panel.current_id() == left[0], timeout=5000)
        assert panel.buttons["accept"].isEnabled() and panel.buttons["reject"].isEnabled()
    assert body.textCursor().selectedText() == "rất "
    press(body, Qt.Key.Key_A, CTRL_ALT)
    qtbot.waitUntil(lambda: not _ids(window, article.id), timeout=10000)
    assert window.library.get(article.id).body == "Phun lửa lần đêm qua.\n\nKhách rất đông.\n"
    # History says what each decision did, not the suggestions' ids
    notes = [r.note for r in Review(window.library).history(article.id)[-4:]]
    assert notes == ["accepted the deletion of “chín” (Lê Minh)",
                     "rejected the insertion of “9” (Lê Minh)",
                     "accepted “tối” → “đêm” (Lê Minh)",
                     "accepted the insertion of “rất” (Lê Minh)"]


def test_next_does_not_skip_a_suggestion_starting_at_the_caret(qtbot, window):
    article = window.library.save(Article(headline="Cầu Rồng", body=_body()))
    window.open_article(article)
    panel = _panel(qtbot, window)
    body = window.article_view.body
    # the caret just after the deletion, where the insertion starts
    cursor = body.textCursor()
    cursor.setPosition(len("Phun lửa chín "))
    body.setTextCursor(cursor)
    body.setFocus()
    press(body, Qt.Key.Key_N, CTRL_ALT)
    assert body.textCursor().selectedText() == "9 "
    press(body, Qt.Key.Key_N, CTRL_ALT)
    assert body.textCursor().selectedText() == "tốiđêm"
    press(body, Qt.Key.Key_P, CTRL_ALT)
    assert body.textCursor().selectedText() == "9 "
    # from the list: Accept with the focus in the list goes on to the next one there
    panel.list.setFocus()
    panel.select_id("r1")
    press(panel.list, Qt.Key.Key_A, CTRL_ALT)
    qtbot.waitUntil(lambda: "r1" not in _ids(window, article.id), timeout=10000)
    qtbot.waitUntil(lambda: panel.current_id() == "i2", timeout=5000)
    assert body.textCursor().selectedText() == "rất "


def test_an_undone_decision_is_said_in_history(qtbot, window):
    article = window.library.save(Article(headline="Cầu Rồng", body=_body()))
    window.open_article(article)
    panel = _panel(qtbot, window)
    body = window.article_view.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.Start)
    press(body, Qt.Key.Key_N, CTRL_ALT)
    press(body, Qt.Key.Key_N, CTRL_ALT)
    press(body, Qt.Key.Key_N, CTRL_ALT)
    assert body.textCursor().selectedText() == "tốiđêm"
    press(body, Qt.Key.Key_A, CTRL_ALT)
    qtbot.waitUntil(lambda: "r1" not in _ids(window, article.id), timeout=10000)
    qtbot.waitUntil(lambda: panel.current_id() == "i2", timeout=5000)  # decided in the editor
    window.actions_["undo"].trigger()
    assert "tốiđêm" in body.toPlainText()
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: "r1" in _ids(window, article.id), timeout=10000)
    notes = [r.note for r in Review(window.library).history(article.id)[-2:]]
    assert notes == ["accepted “tối” → “đêm” (Lê Minh)",
                     "decision undone: “tối” → “đêm” (Lê Minh) is pending again"]
