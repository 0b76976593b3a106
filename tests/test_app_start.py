"""Starting the app: arguments, the start page and sample article, the UI language, window
state, and errors shown as sentences rather than tracebacks."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from gui_support import close_window, message_of, open_window
from newsdesk.domain import ValidationError
from newsdesk.domain.errors import Problem
from newsdesk.qt import errors
from newsdesk.qt.app import parse_args
from newsdesk.qt.i18n import Translations, choose_language, compile_translation

pytestmark = pytest.mark.qt


def test_arguments_of_the_launcher_are_understood():
    args = parse_args(["--data-dir", "/tmp/x", "--database", "sqlite:///y", "-platform", "xcb"])
    assert args.data_dir == "/tmp/x" and args.database == "sqlite:///y"


def test_the_sample_article_opens_from_the_start_page(qtbot):
    window = open_window(qtbot)
    try:
        assert window.centre.currentWidget() is window.start_page
        window.start_page.sample_button.click()
        qtbot.waitUntil(lambda: window.article_view.has_article, timeout=5000)
        article = window.article_view.current_article()
        assert article.headline.startswith("Thư viện phường")
        assert article.section == "Văn hóa" and article.published is not None
        assert article.published.utcoffset().total_seconds() == 7 * 3600
        assert "![Bạn đọc ngồi kín" in article.body
        (sha,) = article.assets.values()
        assert window.library.photo_bytes(sha)[:3] == b"\xff\xd8\xff"  # the JPEG is stored
        qtbot.waitUntil(lambda: len(window.library_panel.headlines()) == 1, timeout=5000)
        assert window.side.qr.svg.startswith("<svg") or qtbot.waitUntil(
            lambda: window.side.qr.svg.startswith("<svg"), timeout=3000) is None
    finally:
        close_window(window)


def test_the_ui_speaks_vietnamese_and_english(qtbot, data_dir):
    assert choose_language("vi") == "vi" and choose_language("en-GB") == "en"
    assert compile_translation("vi", data_dir / "cache").suffix == ".qm"
    window = open_window(qtbot)
    try:
        translations: Translations = window.translations
        translations.switch("vi")
        window.retranslate()
        assert window.actions_.menus["file"].title() == "&Tệp"
        assert window.actions_["save"].text() == "&Lưu"
        assert window.start_page.new_button.text() == "Bài mới"
        window.new_article()
        window.status.set_stats(window.article_view._stats(window.article_view.current_article()))
        translations.switch("en")
        window.retranslate()
        assert window.actions_.menus["file"].title() == "&File"
        assert window.actions_["save"].text() == "&Save"
        from newsdesk.domain import text_stats

        window.status.set_stats(text_stats("Một", "", "", "vi"))
        assert window.status.words.text() == "1 word"
        window.status.set_stats(text_stats("Hai chữ", "", "", "vi"))
        assert window.status.words.text() == "2 words"
    finally:
        close_window(window)


def test_window_state_is_remembered_in_the_data_dir(qtbot, data_dir):
    window = open_window(qtbot)
    window.resize(790, 555)  # the offscreen screen is 800 x 800
    size = (window.width(), window.height())
    assert size[1] == 555
    window.actions_["show_library"].setChecked(False)
    window.side.set_current_tab("qr")
    close_window(window)
    assert (data_dir / "config" / "window.ini").is_file()
    again = open_window(qtbot)
    try:
        assert again.height() == size[1]  # (the width is held by the panels' minimum)
        assert not again.library_panel.isVisible()
        assert again.side.current_tab() == "qr"
    finally:
        close_window(again)


def test_errors_become_sentences_and_bugs_go_to_the_log(qtbot, monkeypatch, caplog):
    problem = ValidationError([Problem("headline.required", "headline", "the headline is required")])
    assert errors.error_text(problem) == "The article needs a headline before it can be saved."
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_excepthook("/tmp/newsdesk.log")
    with caplog.at_level(logging.ERROR, logger="newsdesk.qt"):
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    assert "Traceback" in caplog.text and "boom" in caplog.text
    assert shown and "log file" in shown[0] and "boom" not in shown[0]


def test_saving_without_a_headline_says_what_to_do(qtbot, monkeypatch):
    window = open_window(qtbot)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(message_of(box)))
    try:
        window.new_article()
        window.actions_["save"].trigger()
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        assert shown[0].startswith("The article needs a headline before it can be saved.")
    finally:
        close_window(window)


def test_a_library_that_cannot_open_is_a_message_and_a_clean_exit(qtbot, data_dir, monkeypatch):
    from newsdesk.qt.app import create_application, create_main_window

    (data_dir / "newsdesk.sqlite3").mkdir()  # the database path is taken by a folder
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(message_of(box)))
    create_application([])
    window = create_main_window([], offer_recovery=False, install_hook=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "newsdesk.sqlite3" in shown[0] and "Traceback" not in shown[0]
    assert window.exit_code == 2 and not window.isVisible()
