"""The app in its surroundings: files handed over by the system (command line, desktop file,
macOS Finder's FileOpen event) and the application's identity."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from gui_support import close_window, message_of, open_window, type_text
from newsdesk import APP_ID, APP_NAME, ORGANIZATION
from newsdesk.domain import Article
from newsdesk.qt import app as app_module
from newsdesk.qt import identity
from newsdesk.qt.file_open import NewsdeskApplication, files_in_argv
from newsdesk.services.library import Library

pytestmark = pytest.mark.qt

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def window_with(qtbot, argv: list[str]):
    """A shown main window started as ``newsdesk-gui ARGV…``."""
    app_module.create_application(argv)
    window = app_module.create_main_window(argv, offer_recovery=False, install_hook=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def opened_headline(window) -> str:
    view = window._view
    return view.form.headline.text() if view is not None and view.has_article else ""


def test_article_files_are_picked_out_of_the_arguments(tmp_path):
    argv = ["-platform", "offscreen", "--data-dir", "/tmp/x.md", "bài viết.md",
            "file:///tmp/duy%E1%BB%87t.newsdesk", "ảnh.jpg", "-style", "fusion", "B.MARKDOWN"]
    assert files_in_argv(argv) == [Path("bài viết.md"), Path("/tmp/duyệt.newsdesk"),
                                   Path("B.MARKDOWN")]


def test_a_markdown_file_on_the_command_line_is_imported_and_opened(qtbot):
    window = window_with(qtbot, [str(ARTICLES / "hai-phong-cang.md")])
    try:
        qtbot.waitUntil(lambda: opened_headline(window).startswith("Hải Phòng mở rộng"),
                        timeout=10000)
        article = window.article_view.current_article()
        assert article.section == "Kinh tế" and article.id
        stored = window.library.get(article.id)
        assert stored.headline == "Hải Phòng mở rộng cảng nước sâu Lạch Huyện"
        assert stored.assets  # the photo beside the file came along
        qtbot.waitUntil(lambda: window.library_panel.ids() == [article.id], timeout=5000)
        assert window.windowTitle() == "Hải Phòng mở rộng cảng nước sâu Lạch Huyện[*] — Newsdesk"
    finally:
        close_window(window)


def test_a_bad_file_gives_a_clear_message_and_loses_nothing(qtbot, monkeypatch, tmp_path):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(message_of(box)))
    broken = tmp_path / "hỏng.md"
    broken.write_text("---\nheadline: [không đóng\n---\nThân bài.\n", encoding="utf-8")
    window = open_window(qtbot, autosave_seconds=60)
    try:
        window.new_article()
        type_text(window.article_view.form.headline, "Bài đang viết dở")
        window.open_file(broken)
        window.open_file(tmp_path / "không-có.md")
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
        broken_text = next(text for text in shown if "hỏng.md" in text)
        missing_text = next(text for text in shown if "không-có.md" in text)
        assert "Traceback" not in broken_text and "no such file" in missing_text
        assert opened_headline(window) == "Bài đang viết dở"  # the article being written stays
    finally:
        close_window(window)
    with Library.open() as library:
        assert [s.headline for s in library.list()] == ["Bài đang viết dở"]


def test_finder_file_open_event_opens_the_file(qtbot):
    window = open_window(qtbot)
    try:
        app = QApplication.instance()
        assert isinstance(app, NewsdeskApplication)  # tests/conftest.py: pytest-qt makes it
        event = QFileOpenEvent(str(ARTICLES / "phong-kham-thanh-khe.md"))
        QCoreApplication.sendEvent(app, event)
        qtbot.waitUntil(lambda: bool(opened_headline(window)), timeout=10000)
        assert window.article_view.current_article().id in [s.id for s in window.library.list()]
    finally:
        close_window(window)


def test_a_review_bundle_opens_from_the_command_line(qtbot, tmp_path):
    with Library.open(data_dir=tmp_path / "toa-soan") as newsroom:
        article = newsroom.save(Article(headline="Hội đua ghe ngo trên sông Hậu",
                                        section="Văn hóa", body="Hai mươi tư đội tham gia."))
        bundle = newsroom.export(article.id, "bundle", tmp_path / "gui-duyet.newsdesk").path
    window = window_with(qtbot, [str(bundle)])
    try:
        qtbot.waitUntil(lambda: opened_headline(window) == "Hội đua ghe ngo trên sông Hậu",
                        timeout=10000)
        assert window.article_view.base.id == article.id  # the newsroom's article, same id
        assert "Hai mươi tư đội" in window.article_view.body.toPlainText()
    finally:
        close_window(window)


def test_the_application_says_who_it_is(qtbot):
    window = open_window(qtbot)
    try:
        app = QApplication.instance()
        assert app.applicationName() == APP_NAME and app.organizationName() == ORGANIZATION
        assert app.applicationDisplayName() == "Newsdesk"
        assert app.desktopFileName() == APP_ID
        assert not app.windowIcon().isNull()
        box = QMessageBox()  # every dialog inherits the icon
        assert not box.windowIcon().isNull()
        assert window.windowTitle() == "Newsdesk"
        assert window.start_page.title.text() == "Welcome to Newsdesk"
        window.translations.switch("vi")
        try:
            window.retranslate()
            assert window.start_page.title.text() == "Chào mừng đến với Newsdesk"
            assert window.actions_["about"].text() == "&Giới thiệu Newsdesk"
        finally:
            window.translations.switch("en")
    finally:
        close_window(window)


def test_windows_app_id_never_fails(monkeypatch):
    called: list[str] = []

    class Shell32:
        def SetCurrentProcessExplicitAppUserModelID(self, app_id):
            called.append(app_id)

    import ctypes

    assert identity.set_windows_app_id() is (sys.platform == "win32")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", type("W", (), {"shell32": Shell32()})(), raising=False)
    assert identity.set_windows_app_id() is True and called == [APP_ID]
    monkeypatch.delattr(ctypes, "windll")  # no shell32 at all: nothing raised
    assert identity.set_windows_app_id() is False


def test_starting_with_the_review_tab_shown_does_not_wait_for_the_library(qtbot):
    from newsdesk.config.paths import resolve_paths

    paths = resolve_paths(None).ensure()
    (paths.config / "window.ini").write_text("[General]\nside_tab=review\n", encoding="utf-8")
    with Library.open() as other:
        article = other.save(Article(headline="Kỳ họp thứ mười", body="Đại biểu thảo luận."))
    window = open_window(qtbot)  # the review tab is not built while the library opens
    try:
        assert window.side.current_tab() == "review"
        window.open_article_id(article.id)
        qtbot.waitUntil(lambda: window.side.review_tab.widget is not None, timeout=5000)
        panel = window.side.review_tab.widget
        qtbot.waitUntil(lambda: panel.workflow.status is not None, timeout=5000)
    finally:
        close_window(window)


def test_a_second_start_hands_its_file_to_the_running_window(qtbot):
    import os
    import subprocess

    window = open_window(qtbot)
    try:
        window.serve_other_starts(app_module.instance_name([]))
        assert window.instance_server.listening
        script = Path(sys.executable).with_name("newsdesk")
        command = [str(script)] if script.exists() else [sys.executable, "-m", "newsdesk"]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        second = subprocess.Popen([*command, str(ARTICLES / "da-nang-phao-hoa-nfd.md")],
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
        assert second.returncode == 0, second.stderr.read().decode()
        qtbot.waitUntil(lambda: bool(opened_headline(window)), timeout=10000)
        assert "Đà Nẵng" in opened_headline(window)
        assert len(window.library.list()) == 1  # imported once, by the running window
    finally:
        close_window(window)


def test_no_running_app_means_no_hand_over():
    from newsdesk.qt.single_instance import send_to_running

    assert send_to_running("newsdesk-test-nobody-listens", [ARTICLES / "hai-phong-cang.md"],
                           timeout_ms=300) is False
