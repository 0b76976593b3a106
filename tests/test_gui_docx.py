"""A Word draft in the desktop app: File ▸ Import offers .docx files and opens the article made
from one; a .docx dropped on the library list is imported the same way (off the UI thread);
a file the library cannot import is not accepted by the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from gui_support import close_window, open_window
from word_samples import BYLINE, HEADLINE, SAPO, full_draft

pytestmark = pytest.mark.qt


def test_file_import_offers_word_documents_and_opens_the_draft(qtbot, tmp_path, monkeypatch):
    window = open_window(qtbot)
    try:
        draft = full_draft(tmp_path / "bai-xe-buyt.docx")
        asked: list[str] = []

        def choose(_parent, _title, _folder, filters, *rest):
            asked.append(filters)
            return str(draft), ""

        monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
        window.actions_["import"].trigger()
        assert "*.docx" in asked[0].split(";;")[0]
        view = window.article_view
        qtbot.waitUntil(lambda: window._has_article() and view.form.headline.text() == HEADLINE,
                        timeout=20000)
        assert view.form.sapo.toPlainText() == SAPO
        assert view.form.byline.text() == BYLINE
        body = view.body.markdown()
        assert body.count("](images/word-") == 5 and "| Tuyến | Số xe |" in body
        [row] = window.library.list()
        assert len(window.library.get(row.id).assets) == 5
        qtbot.waitUntil(lambda: window.library_panel.headlines() == [HEADLINE], timeout=10000)
    finally:
        close_window(window)


def drop(widget, paths: list[Path]) -> tuple[bool, bool]:
    """Drag ``paths`` over ``widget`` and drop them: (drag accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPoint(widget.width() // 2, widget.height() // 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    dropped = QDropEvent(point.toPointF(), actions, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, dropped)
    return enter.isAccepted(), dropped.isAccepted()


def test_a_docx_dropped_on_the_library_list_is_imported(qtbot, tmp_path):
    window = open_window(qtbot)
    try:
        viewport = window.library_panel.view.viewport()
        text = tmp_path / "ghi-chu.txt"
        text.write_text("không phải bài", encoding="utf-8")
        assert drop(viewport, [text]) == (False, False)
        assert drop(viewport, [full_draft(tmp_path / "keo-tha.docx")]) == (True, True)
        qtbot.waitUntil(lambda: window.library_panel.headlines() == [HEADLINE], timeout=20000)
        qtbot.waitUntil(lambda: window.article_view.form.headline.text() == HEADLINE,
                        timeout=20000)
        assert window.article_view.form.byline.text() == BYLINE
    finally:
        close_window(window)
