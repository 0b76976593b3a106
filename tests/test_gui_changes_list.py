"""The Changes list of the Review panel on the real main window: an article with suggestions
by other authors, one accepted with the panel's button, one rejected from the keyboard
(Next change, Reject change), each stored as a suggestion revision with who decided, the
editor showing the result at once and the writer's own typing still undoable after."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from gui_support import close_window, open_window, press, type_text
from newsdesk.domain import Article
from newsdesk.domain.revision import RevisionKind
from newsdesk.domain.suggestions import markup, pending
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

T1 = datetime(2026, 12, 6, 8, 30, tzinfo=UTC)


def _body() -> str:
    lm = {"author": "Lê Minh", "initials": "LM", "time": T1}
    th = {"author": "Trần Thu Hà", "initials": "TTH", "time": T1}
    return (f"Giá vé là {markup('replace', '7.000', '8.000', change_id='aaaa1111', **lm)} đồng.\n\n"
            f"Tuyến {markup('insert', '', 'mới ', change_id='bbbb2222', **th)}nối sân bay.\n\n"
            f"Hành khách {markup('delete', 'rất ', '', change_id='cccc3333', **lm)}hài lòng.\n")


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
    qtbot.waitUntil(lambda: panel.list.count() == 3, timeout=5000)
    return panel


def test_accept_with_the_button_and_reject_from_the_keyboard(qtbot, window):
    article = window.library.save(Article(headline="Xe buýt điện", body=_body()))
    window.open_article(article)
    panel = _panel(qtbot, window)
    body = window.article_view.body
    assert "Trần Thu Hà" in panel.list.item(1).text() and "Inserted" in panel.list.item(1).text()
    assert "7.000 → 8.000" in panel.list.item(0).text()
    # Enter on a suggestion in the list selects it in the body
    panel.list.setFocus()
    panel.list.setCurrentRow(2)
    press(panel.list, Qt.Key.Key_Return)
    assert body.textCursor().selectedText() == "rất "
    # the writer types something of their own first
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Vé tháng rẻ hơn.")
    # filter by author, choose the first suggestion: the body selects it; Accept
    panel.author.setCurrentIndex(panel.author.findData("Lê Minh"))
    assert panel.list.count() == 2
    panel.author.setCurrentIndex(0)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list.visualItemRect(panel.list.item(0)).center())
    assert body.textCursor().selectedText() == "7.0008.000"
    assert panel.buttons["accept"].isEnabled()
    qtbot.mouseClick(panel.buttons["accept"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "8.000 đồng" in window.library.get(article.id).body, timeout=10000)
    stored = window.library.get(article.id).body
    assert stored.startswith("Giá vé là 8.000 đồng.\n")
    assert "Vé tháng rẻ hơn." in stored and len(pending(stored)) == 2
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=5000)
    assert "8.000 đồng" in body.toPlainText() and "7.000" not in body.toPlainText()
    history = Review(window.library).history(article.id)
    assert history[-1].kind == RevisionKind.SUGGESTION and history[-1].note == "accepted “7.000” → “8.000” (Lê Minh)"
    # keyboard: from the start of the body, Next change, Next change, Reject change
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.Start)
    press(body, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert body.textCursor().selectedText() == "mới "
    press(body, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert body.textCursor().selectedText() == "rất "
    press(body, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(pending(window.library.get(article.id).body)) == 1, timeout=10000)
    stored = window.library.get(article.id).body
    assert "Hành khách rất hài lòng. Vé tháng rẻ hơn.\n" in stored
    assert [s.id for s in pending(stored)] == ["bbbb2222"]
    qtbot.waitUntil(lambda: body.markdown() == stored, timeout=5000)  # shown once decided
    # the writer's own typing can still be undone (after the two decisions)
    body.setFocus()
    window.actions_["undo"].trigger()
    window.actions_["undo"].trigger()
    window.actions_["undo"].trigger()
    assert "Vé tháng" not in body.toPlainText()


def test_accept_all_of_one_author_then_reject_all(qtbot, window):
    article = window.library.save(Article(headline="Xe buýt điện", body=_body()))
    window.open_article(article)
    panel = _panel(qtbot, window)
    panel.author.setCurrentIndex(panel.author.findData("Lê Minh"))
    qtbot.mouseClick(panel.buttons["accept_all"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(pending(window.library.get(article.id).body)) == 1,
                    timeout=10000)
    assert window.library.get(article.id).body == (
        "Giá vé là 8.000 đồng.\n\n" + _body().split("\n\n")[1] + "\n\nHành khách hài lòng.\n")
    window.actions_["reject_all_changes"].trigger()
    qtbot.waitUntil(lambda: not pending(window.library.get(article.id).body), timeout=10000)
    assert window.library.get(article.id).body == (
        "Giá vé là 8.000 đồng.\n\nTuyến nối sân bay.\n\nHành khách hài lòng.\n")
    qtbot.waitUntil(lambda: window.article_view.body.markdown()
                    == window.library.get(article.id).body, timeout=5000)
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=5000)


def test_the_copyfit_follows_a_rejected_suggestion(qtbot, window):
    """A long insertion suggested, then rejected: the status bar's copyfit (the print
    preview's) measures the text as it now is, not as it was with the insertion."""
    lm = {"author": "Lê Minh", "initials": "LM", "time": T1}
    long = "Đoạn thêm rất dài về lịch sử tuyến xe buýt điện của thành phố. " * 40
    body = (f"Giá vé là 8.000 đồng.\n\n{markup('insert', '', long, change_id='dddd4444', **lm)}"
            "\n\nHành khách hài lòng.\n")
    article = window.library.save(Article(headline="Xe buýt điện", body=body))
    window.open_article(article)
    window.side.set_current_tab("print")
    window.side.refresh_now()
    status = window.status.copyfit
    qtbot.waitUntil(lambda: status.text().startswith("Copyfit: ") and "—" not in status.text(),
                    timeout=60000)
    before = status.text()
    window.article_view.body.setFocus()
    window.actions_["reject_all_changes"].trigger()
    qtbot.waitUntil(lambda: not pending(window.library.get(article.id).body), timeout=10000)
    qtbot.waitUntil(lambda: status.text() != before and "—" not in status.text(),
                    timeout=30000)
    assert int(status.text().split()[1]) < int(before.split()[1]), (before, status.text())
