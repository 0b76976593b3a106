"""What the window shows always matches the article open: the title's ``*`` and the status
bar's save state agree, the library highlights the article open (none for a new one), and a
deleted article leaves nothing behind in the previews, the QR pane or the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui_support import close_window, open_window, type_text
from newsdesk.domain import Article

pytestmark = pytest.mark.qt

UNSAVED_TEXTS = ("Unsaved changes", "Saving…", "Not saved")


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot, autosave_seconds=0.3)
    yield w
    close_window(w)


def agree(window) -> bool:
    return window.isWindowModified() == (window.status.save_state.text() in UNSAVED_TEXTS)


def test_title_status_and_highlight_follow_the_open_article(qtbot, window):
    first = window.library.save(Article(headline="Bài thứ nhất", body="Nội dung."))
    window.library_panel.refresh()
    qtbot.waitUntil(lambda: first.id in window.library_panel.ids(), timeout=5000)
    window.library_panel.article_chosen.emit(first.id)  # as a click in the list does
    qtbot.waitUntil(lambda: window._has_article() and window.article_view.base.id == first.id,
                    timeout=5000)
    assert window.library_panel.current_id() == first.id
    assert agree(window) and window.status.save_state.text() == "Saved"

    window.actions_["new"].trigger()
    assert window.library_panel.current_id() is None  # the old article is not highlighted
    assert window.status.save_state.text() != "Saved"  # never stored: not "saved"
    assert agree(window)
    type_text(window.article_view.form.headline, "Bài thứ hai")
    qtbot.waitUntil(lambda: window.status.save_state.text() == "Unsaved changes", timeout=3000)
    assert agree(window) and window.isWindowModified()
    qtbot.waitUntil(lambda: window.status.save_state.text() == "Saved", timeout=10000)
    assert agree(window) and not window.isWindowModified()
    new_id = window.article_view.base.id
    qtbot.waitUntil(lambda: window.library_panel.current_id() == new_id, timeout=5000)


def test_a_deleted_article_leaves_nothing_behind(qtbot, window):
    article = window.library.save(Article(
        headline="Bài sẽ bị xóa", body="Một đoạn văn.",
        url="https://baomau.example.vn/xa-hoi/bai-se-xoa.html"))
    window.open_article(article)
    window.side.set_current_tab("print")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: window.side.preview("print") is not None
                    and window.side.preview("print").result is not None, timeout=60000)
    qtbot.waitUntil(lambda: window.side.qr.svg.startswith("<svg"), timeout=5000)
    assert window.status.words.text() and window.status.copyfit.text()

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer)
    window.actions_["delete"].trigger()
    qtbot.waitUntil(lambda: article.id not in window.library_panel.ids(), timeout=5000)
    status = window.status
    assert status.words.text() == "" and status.save_state.text() == ""
    assert not status.copyfit.isVisible() or status.copyfit.text() == ""
    assert not window.isWindowModified() and "Bài sẽ bị xóa" not in window.windowTitle()
    print_tab = window.side.print_tab
    assert print_tab._layout.currentWidget() is print_tab.placeholder
    assert window.side.qr.url == ""
    qtbot.waitUntil(lambda: window.side.qr.svg == "", timeout=3000)
    assert window.library_panel.current_id() is None
