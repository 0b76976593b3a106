"""The review tab in the side area: a workflow step taken there sticks (the editor's next
autosave keeps the new status), and a restored revision replaces the text on screen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from gui_support import close_window, open_window, type_text
from newsdesk.domain import Article, Status

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot, autosave_seconds=0.3)
    yield w
    close_window(w)


def test_a_workflow_step_survives_the_next_autosave(qtbot, window):
    article = window.library.save(Article(headline="Kỳ họp thứ mười", body="Đại biểu thảo luận."))
    window.open_article(article)
    window.side.set_current_tab("review")
    panel = window.side.review_tab.widget
    assert panel is not None
    bar = panel.workflow
    qtbot.waitUntil(lambda: bar.status == Status.DRAFT and bool(bar.buttons), timeout=5000)
    submit = next(b for a, b in bar.buttons.items() if a.value == "submit")
    submit.click()
    qtbot.waitUntil(lambda: window.library.get(article.id).status == Status.SUBMITTED,
                    timeout=5000)
    qtbot.waitUntil(lambda: window.article_view.base.status == Status.SUBMITTED, timeout=5000)
    body = window.article_view.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Chiều nay biểu quyết.")
    qtbot.waitUntil(lambda: "biểu quyết" in window.library.get(article.id).body, timeout=5000)
    assert window.library.get(article.id).status == Status.SUBMITTED
