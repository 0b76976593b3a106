"""The live shared library beyond one process: a change made by the command line shows in the
window, a rolled-back change is never announced, presence of an app killed with ``kill -9``
expires by itself, and a dropped listening connection comes back quietly. On SQLite nothing of
this exists."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psycopg
import pytest
from sqlalchemy import text

from cli_support import run_newsdesk
from gui_support import close_window, open_window
from live_support import fresh_database, live_window
from newsdesk.domain import Article, Status
from newsdesk.services.library import Library
from newsdesk.services.live import editors_of, live_connection

pytestmark = pytest.mark.postgres

HOLDER = """
import sys, time
from newsdesk.services.library import Library
from newsdesk.services.live import live_connection
library = Library.open(database_url=sys.argv[1])
library.settings.user_name = "Lê Minh Khoa"
connection = live_connection(library)
connection.connect()
connection.claim(sys.argv[2])
print("holding", flush=True)
time.sleep(600)
"""


@pytest.fixture
def pg_url():
    yield from fresh_database("nd_live")


def plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def test_a_rolled_back_change_is_never_announced(pg_url, data_dir):
    with Library.open(database_url=pg_url) as library:
        article = library.save(Article(headline="Giá xăng giảm"))
        listening = live_connection(library)
        assert listening is not None
        listening.connect()
        try:
            with library.repository.engine.connect() as conn:
                with conn.begin() as tx:
                    conn.execute(text("UPDATE articles SET headline = 'x' WHERE id = :id"),
                                 {"id": article.id})
                    tx.rollback()
            assert listening.changes(0.5) == []
            library.save(article.copy(headline="Giá xăng tăng"), expected_version=1)
            (change,) = listening.changes(2)
            assert (change.article_id, change.what, change.version) == (article.id, "article", 2)
        finally:
            listening.close()


def test_a_deletion_says_who_deleted(pg_url, data_dir):
    with Library.open(database_url=pg_url) as library:
        library.settings.user_name = "Trần Thu Hà"
        first = library.save(Article(headline="Giá xăng giảm"))
        second = library.save(Article(headline="Giá vàng tăng"))
        listening = live_connection(library)
        assert listening is not None
        listening.connect()
        try:
            library.delete(first.id)
            with library.repository.engine.begin() as conn:  # a script: nobody said who
                conn.execute(text("DELETE FROM articles WHERE id = :id"), {"id": second.id})
            changes = listening.changes(2) + listening.changes(0.5)
            assert [(c.article_id, c.what, c.by) for c in changes] == [
                (first.id, "deleted", "Trần Thu Hà"), (second.id, "deleted", "")]
        finally:
            listening.close()


def test_the_listener_connects_where_the_live_url_says(pg_url, data_dir, monkeypatch):
    """Through a pooler in transaction mode the listener needs its own way to the server."""
    with Library.open(database_url=pg_url) as library:
        monkeypatch.setenv("NEWSDESK_LIVE_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
        listening = live_connection(library)
        assert listening is not None
        with pytest.raises(psycopg.OperationalError):
            listening.connect(timeout=1)
        monkeypatch.setenv("NEWSDESK_LIVE_DATABASE_URL", plain(pg_url))
        listening = live_connection(library)
        assert listening is not None
        listening.connect()
        try:
            article = library.save(Article(headline="Giá xăng giảm"))
            assert [c.article_id for c in listening.changes(2)] == [article.id]
        finally:
            listening.close()


@pytest.mark.qt
def test_a_status_changed_from_the_command_line_shows_in_the_window(qtbot, pg_url, tmp_path):
    window = live_window(qtbot, tmp_path / "app", pg_url, "Trần Thu Hà")
    try:
        article = window.library.save(Article(headline="Kỳ họp thứ mười", body="Đại biểu."))
        window.library_panel.article_chosen.emit(article.id)
        qtbot.waitUntil(lambda: window._has_article(), timeout=5000)
        window.side.set_current_tab("review")
        qtbot.waitUntil(lambda: window.side.review_tab.widget is not None, timeout=5000)
        panel = window.side.review_tab.widget
        qtbot.waitUntil(lambda: panel.workflow.status == Status.DRAFT, timeout=5000)
        done = run_newsdesk(tmp_path / "cli", "--database", pg_url, "status", article.id, "submit")
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda: panel.workflow.status == Status.SUBMITTED, timeout=2000)
        qtbot.waitUntil(lambda: window.article_view.base.status == Status.SUBMITTED, timeout=2000)
    finally:
        close_window(window)


@pytest.mark.qt
def test_presence_of_an_app_killed_with_kill_9_expires(qtbot, pg_url, tmp_path):
    window = live_window(qtbot, tmp_path / "app", pg_url, "Trần Thu Hà")
    holder = None
    try:
        article = window.library.save(Article(headline="Mưa lớn ở Huế", body="Huế ngập."))
        env = {**os.environ, "NEWSDESK_DATA_DIR": str(tmp_path / "holder")}
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, pg_url, article.id],
                                  stdout=subprocess.PIPE, text=True, env=env)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        window.library_panel.article_chosen.emit(article.id)
        qtbot.waitUntil(lambda: window._has_article(), timeout=5000)
        bar = window.article_view.presence
        qtbot.waitUntil(bar.isVisible, timeout=2000)
        assert bar.text().startswith("Being edited by Lê Minh Khoa since ")
        qtbot.waitUntil(lambda: window.live._seen_mine, timeout=3000)  # all quiet now
        qtbot.wait(500)
        killed = time.monotonic()
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(10)
        qtbot.waitUntil(lambda: not bar.isVisible(), timeout=8000)
        print(f"presence gone {time.monotonic() - killed:.1f} s after kill -9")
        assert [e.name for e in editors_of(window.library, article.id)] == ["Trần Thu Hà"]
    finally:
        if holder is not None and holder.poll() is None:
            holder.kill()
            holder.wait(10)
        close_window(window)


@pytest.mark.qt
def test_a_dropped_connection_comes_back_quietly(qtbot, pg_url, tmp_path):
    window = live_window(qtbot, tmp_path / "app", pg_url, "Trần Thu Hà")
    try:
        listener = window.live.listener
        with psycopg.connect(plain(pg_url), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE application_name = 'newsdesk live' AND datname = current_database()")
        with Library.open(database_url=pg_url, data_dir=tmp_path / "other") as other:
            other.save(Article(headline="Cảng Hải Phòng mở rộng"))
        # saved while the connection was down: listed once it is back
        qtbot.waitUntil(lambda: "Cảng Hải Phòng mở rộng" in window.library_panel.headlines(),
                        timeout=8000)
        assert window.live.listener is listener and listener.connection.connected
        with Library.open(database_url=pg_url, data_dir=tmp_path / "other") as other:
            other.save(Article(headline="Đà Nẵng đón khách"))
        qtbot.waitUntil(lambda: "Đà Nẵng đón khách" in window.library_panel.headlines(),
                        timeout=2000)
    finally:
        close_window(window)


@pytest.mark.qt
def test_nothing_of_this_on_sqlite(qtbot):
    window = open_window(qtbot)
    try:
        article = window.library.save(Article(headline="Giá xăng giảm"))
        window.library_panel.article_chosen.emit(article.id)
        qtbot.waitUntil(lambda: window._has_article(), timeout=5000)
        assert window.live.listener is None and not window.article_view.presence.isVisible()
        assert editors_of(window.library, article.id) == []
        assert live_connection(window.library) is None
    finally:
        close_window(window)
