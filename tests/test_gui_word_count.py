"""The word count in the real main window's status bar: the same while typing, after saving
and after opening the article again, photos' captions counted and their credits not; a
one-digit edit keeps it (domain.stats holds the definition)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from body_walk import press, save_and_read, start_article, typed
from gui_support import close_window, jpeg_bytes, open_window
from newsdesk.domain import Article

pytestmark = pytest.mark.qt

HEADLINE = "Cảng Lạch Huyện đón tàu"  # 5 words
FIRST = "Năm 2025, cảng đón 346 chuyến tàu. "  # 7 words, and a space left at the end
CAPTION = "Tàu cập cảng"  # 3 words: a caption is read, so it counts
CREDIT = "Ảnh: Lê Hoa"  # an attribution, like a byline: not counted
LAST = "Hải Phòng mở rộng bến số 3."  # 7 words
WORDS = 5 + 7 + 3 + 3 + 7  # the second photo's caption "Bến mới xây" counts too


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    w.activateWindow()
    yield w
    close_window(w)


def shown_words(window) -> int:
    """The number the status bar shows."""
    return int(re.match(r"\d+", window.status.words.text()).group())


def insert_photo(qtbot, window, monkeypatch, photo) -> None:
    """Insert ▸ Photo, the file dialog answered with ``photo``."""
    count = window.article_view.body.toPlainText().count("\ufffc")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    window.actions_["insert_photo"].trigger()
    qtbot.waitUntil(lambda: window.article_view.body.toPlainText().count("\ufffc") > count)


def settled_words(qtbot, window, edit) -> int:
    """Do ``edit``, then the count the status bar shows once it has been counted again."""
    with qtbot.waitSignal(window.article_view.stats_changed, timeout=5000):
        edit()
    return shown_words(window)


def test_the_count_is_the_same_while_typing_after_saving_and_reopening(
        qtbot, window, tmp_path, monkeypatch):
    photo = tmp_path / "tau.jpg"
    photo.write_bytes(jpeg_bytes(640, 400))
    body = start_article(qtbot, window, HEADLINE)
    typed(FIRST)
    insert_photo(qtbot, window, monkeypatch, photo)
    typed(f"{CAPTION}\n{CREDIT}\n{LAST}")
    insert_photo(qtbot, window, monkeypatch, photo)
    typed("Bến mới xây\nẢnh: TTXVN")

    live = settled_words(qtbot, window, lambda: typed(" "))
    assert live == WORDS
    stored = save_and_read(qtbot, window)
    assert "&#32;" not in stored
    article_id = window.article_view.base.id

    window.open_article(Article(headline="Bài khác"))  # then the article again, from the library
    assert shown_words(window) == 2
    with qtbot.waitSignal(window.article_view.stats_changed, timeout=5000):
        window.open_article_id(article_id)
    assert window.article_view.body.markdown() == stored
    assert shown_words(window) == WORDS  # the same count after reopening…
    body = window.article_view.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    # …and while typing in the reopened article: a one-digit edit keeps it
    cursor = body.document().find("2025")
    body.setTextCursor(cursor)
    press(Qt.Key.Key_Right)  # the caret after "2025"
    assert settled_words(qtbot, window, lambda: press(Qt.Key.Key_Backspace)) == WORDS
    assert settled_words(qtbot, window, lambda: typed("6")) == WORDS
    assert settled_words(qtbot, window, lambda: typed("0")) == WORDS  # 20260: still a word
    assert "Năm 20260, cảng" in save_and_read(qtbot, window)
