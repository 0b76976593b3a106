"""Pending suggestions shown in the body editor of the real main window: added text
underlined and removed text struck, in the author's colour, the attribution never shown as
text (nor counted, searched or spell-checked) but kept byte for byte, who and when in the
tooltip, and typing right after a suggestion not taken into it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from gui_support import close_window, open_window, type_text
from newsdesk.domain import Article
from newsdesk.domain.suggestions import pending, shown
from newsdesk.qt.editor.suggestion_format import author_colour, change_of
from newsdesk.render.words import body_stats, counted_text
from newsdesk.storage.search_query import index_text
from test_gui_suggestions import BODY

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def _format_of(body, text: str, offset: int = 0):
    """The character format of the character ``offset`` into the first ``text``."""
    doc = body.document()
    found = doc.find(text)
    assert not found.isNull(), text
    cursor = QTextCursor(doc)
    cursor.setPosition(found.selectionStart() + offset + 1)
    return cursor.charFormat()


def test_suggestions_are_shown_as_marks_with_their_author(qtbot, window):
    article = window.library.save(Article(headline="Xe buýt điện", body=BODY))
    window.open_article(article)
    body = window.article_view.body
    text = body.toPlainText()
    assert "{" not in text and "Lê Minh" not in text and "~>" not in text
    assert "Giá vé xe buýt điện là 7.0008.000 đồng" in text
    old = _format_of(body, "7.000")
    new = _format_of(body, "8.000")
    assert old.fontStrikeOut() and not old.fontUnderline()
    assert new.fontUnderline() and not new.fontStrikeOut()
    assert old.foreground().color() == author_colour("Lê Minh")
    assert new.foreground().color() == author_colour("Lê Minh")
    inserted = _format_of(body, "Tuyến mới nối")
    assert inserted.fontUnderline()
    assert inserted.foreground().color() == author_colour("Trần Thu Hà")
    assert author_colour("Trần Thu Hà") != author_colour("Lê Minh")
    assert "Lê Minh" in new.toolTip() and "06/12/2026" in new.toolTip()
    assert "Trần Thu Hà" in _format_of(body, "rất").toolTip()
    plain = _format_of(body, "Giá vé")
    assert change_of(plain) is None and not plain.fontUnderline()
    # the words that count: the document's and the saved Markdown's are the same, no names
    assert body.counted_text() == counted_text(BODY)
    assert "Minh" not in counted_text(BODY) and "2026" not in counted_text(BODY)
    assert body_stats("", "", BODY).words == body_stats("", "", shown(BODY)).words
    assert "minh" not in index_text("", "", BODY, "", []).split()
    assert window.article_view.body.markdown() == BODY
    # hovering over the new price shows who suggested it and when
    cursor = body.document().find("8.000")
    cursor.setPosition(cursor.selectionStart() + 2)
    point = body.cursorRect(cursor).center()
    QApplication.sendEvent(body.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, point, body.viewport().mapToGlobal(point)))
    assert QToolTip.text().startswith("Inserted by Lê Minh\n06/12/2026 ")  # local time
    QToolTip.hideText()


def test_typing_after_a_suggestion_is_plain_text_and_inside_edits_it(qtbot, window):
    article = window.library.save(Article(headline="Xe buýt điện", body=BODY))
    window.open_article(article)
    body = window.article_view.body
    body.setFocus()
    cursor = body.document().find("Cát Bi.")
    cursor.clearSelection()
    body.setTextCursor(cursor)  # at the end of the inserted paragraph
    type_text(body, " Vé 10.000")
    cursor = body.document().find("Tuyến mới")
    cursor.setPosition(cursor.selectionEnd())
    body.setTextCursor(cursor)
    type_text(body, " ấy")  # inside someone's suggestion: edits its text
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: "Vé 10.000" in window.library.get(article.id).body, timeout=10000)
    saved = window.library.get(article.id).body
    assert "{++Tuyến mới ấy nối trung tâm với sân bay Cát Bi.++}{#e5f6a7b8 " in saved
    assert 'at="2026-12-06T09:00:00+00:00"} Vé 10.000\n' in saved
    assert len(pending(saved)) == 6
