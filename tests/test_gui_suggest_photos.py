"""Photos in suggest mode on the real main window: Insert › Photo… and a pasted image become
a whole-figure insertion suggestion by the Preferences' name (``{++![…](…)++}{#…}`` in the
stored Markdown, the photo kept with the article); accepting keeps the figure (shown as
photo, caption and credit again), rejecting removes it and its photo reference."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog

from gui_support import close_window, jpeg_bytes, open_window
from newsdesk.domain import Article
from newsdesk.domain.suggestions import pending
from newsdesk.qt.editor.formats import FIGURE, kind_of

pytestmark = pytest.mark.qt

BODY = "Xe buýt điện chạy thử từ sáng nay.\n\nHành khách được đi miễn phí một tháng.\n"


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    w.library.settings.user_name, w.library.settings.user_initials = "Trần Thu Hà", "TTH"
    yield w
    close_window(w)


def _open_suggesting(qtbot, window) -> Article:
    article = window.library.save(Article(headline="Xe buýt điện", body=BODY))
    window.open_article(article)
    body = window.article_view.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)
    window.actions_["suggest_mode"].trigger()
    assert body.suggesting
    return article


def _changes(qtbot, window):
    window.actions_["show_side"].setChecked(True)
    window.side.set_current_tab("review")
    qtbot.waitUntil(lambda: window.side.review_tab.widget is not None, timeout=5000)
    review = window.side.review_tab.widget
    review.show_changes()
    return review.changes


def _saved_with_photo(qtbot, window, article_id: str) -> str:
    body = window.article_view.body
    qtbot.waitUntil(lambda: "{++![" in body.markdown(), timeout=10000)
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: "{++![" in window.library.get(article_id).body, timeout=10000)
    return window.library.get(article_id).body


def _figure_line(stored: str) -> str:
    line = stored.split("\n\n")[1]
    assert re.fullmatch(r'\{\+\+!\[[^\]]*\]\(images/[^)]+\)\+\+\}\{#\w+ by="Trần Thu Hà" '
                        r'initials="TTH" at="[^"]+"\}', line), line
    return line


def test_an_inserted_photo_is_a_figure_suggestion_kept_when_accepted(qtbot, window, tmp_path,
                                                                    monkeypatch):
    article = _open_suggesting(qtbot, window)
    photo = tmp_path / "xe-buyt.jpg"
    photo.write_bytes(jpeg_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    window.actions_["insert_photo"].trigger()
    stored = _saved_with_photo(qtbot, window, article.id)
    _figure_line(stored)
    assert stored.split("\n\n")[0] == BODY.split("\n\n")[0]
    assert stored.split("\n\n")[2] == BODY.split("\n\n")[1]
    [suggestion] = pending(stored)
    assert suggestion.kind == "insert" and suggestion.author == "Trần Thu Hà"
    panel = _changes(qtbot, window)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    assert "[Photo]" in panel.list.item(0).text()  # a word, not a pictograph few fonts have
    src = re.search(r"\]\((images/[^)]+)\)", stored).group(1)
    assert src in window.library.get(article.id).assets  # the photo goes with the article
    window.actions_["accept_all_changes"].trigger()
    qtbot.waitUntil(lambda: not pending(window.library.get(article.id).body), timeout=10000)
    kept = window.library.get(article.id)
    assert kept.body == BODY.replace("\n\n", f"\n\n![]({src})\n\n", 1)
    assert src in kept.assets
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=5000)  # decided in the editor
    assert window.article_view.body.markdown().rstrip("\n") == kept.body.rstrip("\n")
    doc = window.article_view.body.document()
    kinds = [kind_of(doc.findBlockByNumber(n).blockFormat()) for n in range(doc.blockCount())]
    assert FIGURE in kinds  # shown as a figure again (photo, caption, credit)


def test_a_pasted_image_is_a_figure_suggestion_gone_with_its_photo_when_rejected(
        qtbot, window):
    article = _open_suggesting(qtbot, window)
    image = QImage()
    assert image.loadFromData(jpeg_bytes(320, 200))
    mime = QMimeData()
    mime.setImageData(image)
    QApplication.clipboard().setMimeData(mime)
    window.actions_["paste"].trigger()
    stored = _saved_with_photo(qtbot, window, article.id)
    _figure_line(stored)
    assert len(window.library.get(article.id).assets) == 1
    window.actions_["reject_all_changes"].trigger()
    qtbot.waitUntil(lambda: not pending(window.library.get(article.id).body), timeout=10000)
    gone = window.library.get(article.id)
    assert gone.body.rstrip("\n") == BODY.rstrip("\n")
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: not window.library.get(article.id).assets, timeout=10000)
    assert "\ufffc" not in window.article_view.body.toPlainText()
