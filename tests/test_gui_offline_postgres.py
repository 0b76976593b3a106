"""The app keeps working while the shared library's PostgreSQL server is away.

A private server for these tests (initdb into a temporary folder, pg_ctl on a free port: the
shared test server is never stopped) is stopped in the middle of typing and started again:
the text stays editable, the window says it is offline once, the saves wait in the journal
and are sent with their version check when the server is back — every word stored, nothing
overwritten (a colleague's save meanwhile opens the two-versions dialog), and a window closed
while offline leaves its text for the next start, which sends it.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from gui_support import close_window, commit_text
from live_support import live_window
from newsdesk.domain import Article
from newsdesk.domain.revision import RevisionKind
from newsdesk.services.library import Library
from newsdesk.services.review import Review

pytestmark = [pytest.mark.qt, pytest.mark.postgres]

OFFLINE = "Offline — changes kept on this computer"


class PrivateServer:
    """A PostgreSQL server of our own: initdb'd into a temporary folder, on a free port."""

    def __init__(self) -> None:
        binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
        found = shutil.which("pg_ctl")
        pg_ctl = found or (binaries[-1] if binaries else None)
        if pg_ctl is None or not Path(pg_ctl).with_name("initdb").is_file():
            pytest.skip("the PostgreSQL server programs (initdb, pg_ctl) are not installed")
        self.bin = Path(pg_ctl).parent
        self.folder = Path(tempfile.mkdtemp(prefix="nd_offline_pg_"))
        self.data = self.folder / "data"
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # the server refuses to run as root: as the postgres user
            import pwd

            try:
                pwd.getpwnam("postgres")
            except KeyError:
                pytest.skip("running as root, and there is no postgres user to run a server as")
            self.as_user = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.folder, "postgres", "postgres")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "--no-sync", "-E", "UTF8", "--locale", "C")
        self.start()
        self._run_sql("CREATE DATABASE newsroom")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/newsroom"

    def _run(self, program: str, *args: str) -> None:
        subprocess.run([*self.as_user, str(self.bin / program), *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)

    def _run_sql(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(sql)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-t", "30", "-l",
                  str(self.folder / "log"), "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                  "-c fsync=off", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-m", "fast", "stop")

    def remove(self) -> None:
        subprocess.run([*self.as_user, str(self.bin / "pg_ctl"), "-D", str(self.data), "-w",
                        "-m", "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="module")
def server():
    private = PrivateServer()
    yield private
    private.remove()


@pytest.fixture
def pg(server):
    """The private server, running, with a database of its own for one test."""
    import uuid

    import psycopg

    if not _answers(server):
        server.start()
    name = f"nd_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"host=127.0.0.1 port={server.port} user=postgres dbname=postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield server, f"postgresql+psycopg://postgres@127.0.0.1:{server.port}/{name}"
    if not _answers(server):
        server.start()


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    """The message boxes the app opened (none is expected: the window says it once, in
    the status bar); a box answers at once rather than waiting for a click."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def exec_(box) -> int:
        shown.append("\n".join(part for part in (box.text(), box.informativeText()) if part))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def _answers(server) -> bool:
    import psycopg

    try:
        psycopg.connect(f"host=127.0.0.1 port={server.port} user=postgres dbname=postgres",
                        connect_timeout=2).close()
        return True
    except psycopg.OperationalError:
        return False


def open_in(qtbot, window, article_id: str):
    window.library_panel.article_chosen.emit(article_id)  # as a click on the list does
    qtbot.waitUntil(lambda: window._has_article() and window.article_view.base.id == article_id,
                    timeout=5000)
    return window.article_view


def type_at_end(view, text: str) -> None:
    body = view.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    commit_text(body, text)


def offline_shown(window) -> bool:
    label = window.status.connection
    return label.isVisible() and label.text() == OFFLINE


def stored_body(url: str, data: Path, article_id: str) -> tuple[str, list[Article]]:
    """The article's body as the library holds it, and its conflict revisions' snapshots."""
    with Library.open(data, url) as library:
        body = library.get(article_id).body
        kept = [r.snapshot for r in Review(library).history(article_id)
                if str(r.kind) == str(RevisionKind.CONFLICT)]
    return body, kept


def test_typing_goes_on_while_the_server_is_stopped_and_every_word_is_stored(
        qtbot, pg, tmp_path, dialogs):
    server, url = pg
    an = live_window(qtbot, tmp_path / "an", url, "Nguyễn Văn An", autosave_seconds=0.5)
    try:
        article = an.library.save(Article(headline="Mưa lớn ở Huế", body="Nước lên nhanh."))
        other = an.library.save(Article(headline="Cầu Rồng phun lửa", body="Tối thứ bảy."))
        view = open_in(qtbot, an, article.id)
        type_at_end(view, " Câu một đã lưu.")
        qtbot.waitUntil(lambda: not view.autosave.dirty and not view.autosave.busy, timeout=5000)
        type_at_end(view, " Câu hai gõ dở")
        stopping = time.monotonic()
        server.stop()  # mid-typing
        stopped = time.monotonic()
        type_at_end(view, " vẫn gõ tiếp.")
        an.actions_["save"].trigger()  # Ctrl+S while the server is away: queued, no dialog
        qtbot.waitUntil(lambda: offline_shown(an), timeout=10000)
        noticed = time.monotonic() - stopped
        qtbot.waitUntil(lambda: view.autosave.offline and not view.autosave.busy, timeout=10000)
        assert an.status.save_state.text() == "Kept on this computer"
        assert an.version_dialog is None
        assert an.windowTitle().startswith("Mưa lớn ở Huế")
        type_at_end(view, " Câu ba khi mất mạng.")  # the article stays editable
        assert not view.body.isReadOnly()
        assert an.isWindowModified()
        # what needs the server says so at once: another article, a search
        started = time.monotonic()
        an.library_panel.article_chosen.emit(other.id)
        qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=10000)
        assert "database server cannot be reached" in dialogs.pop()
        an.library_panel.search.setText("cầu rồng")
        qtbot.waitUntil(lambda: "search needs the server" in an.status.currentMessage(),
                        timeout=10000)
        print(f"another article and a search refused in {time.monotonic() - started:.2f} s")
        assert view.base.id == article.id and offline_shown(an)

        def journalled() -> str:
            files = list((tmp_path / "an" / "recovery").glob("*.json"))
            records = [json.loads(f.read_text(encoding="utf-8")) for f in files]
            return " ".join(r["article"]["body"] for r in records if r.get("waiting"))

        qtbot.waitUntil(lambda: "Câu ba khi mất mạng." in journalled(), timeout=5000)
        server.start()
        started = time.monotonic()
        qtbot.waitUntil(lambda: not offline_shown(an) and not view.autosave.dirty
                        and not view.autosave.busy, timeout=15000)
        flushed = time.monotonic() - started
        assert re.search(r"Back online — 1 change(\(s\))? sent", an.status.currentMessage())
        print(f"pg_ctl stop took {(stopped - stopping) * 1000:.0f} ms; offline shown "
              f"{noticed * 1000:.0f} ms after it returned; "
              f"reconnected and sent {flushed * 1000:.0f} ms after it started")
        body, kept = stored_body(url, tmp_path / "an", article.id)
        for words in ("Nước lên nhanh.", "Câu một đã lưu.", "Câu hai gõ dở vẫn gõ tiếp.",
                      "Câu ba khi mất mạng."):
            assert words in body
        assert kept == [] and an.version_dialog is None and dialogs == []
        assert not list((tmp_path / "an" / "recovery").glob("*.json"))  # sent: journal empty
    finally:
        close_window(an)


def test_a_colleagues_save_meanwhile_opens_the_two_versions_dialog(qtbot, pg, tmp_path,
                                                                   dialogs):
    server, url = pg
    an = live_window(qtbot, tmp_path / "an", url, "Nguyễn Văn An", autosave_seconds=0.5)
    try:
        article = an.library.save(Article(headline="Bão số 3", body="Gió giật cấp 12."))
        view = open_in(qtbot, an, article.id)
        server.stop()
        type_at_end(view, " Lời của An khi mất mạng.")
        qtbot.waitUntil(lambda: offline_shown(an), timeout=10000)
        server.start()
        # Hà saves before An's window has had a chance to send (its answers wait for this
        # thread, the window's own, to return to the event loop)
        with Library.open(tmp_path / "ha", url) as ha:
            ha.save(article.copy(body="Gió giật cấp 12. Bản của Hà."),
                    expected_version=article.version)
        qtbot.waitUntil(lambda: an.version_dialog is not None, timeout=15000)
        body, kept = stored_body(url, tmp_path / "an", article.id)
        assert "Bản của Hà." in body and "Lời của An" not in body  # not overwritten
        assert any("Lời của An khi mất mạng." in k.body for k in kept)  # nor lost
        assert not offline_shown(an) and dialogs == []
        qtbot.waitUntil(lambda: "Back online" in an.status.currentMessage(), timeout=5000)
        assert an.status.currentMessage() == (
            "Back online — your changes conflict with a newer version")  # not "0 sent"
    finally:
        if an.version_dialog is not None:
            an.version_dialog.reject()
        close_window(an)


def quit_while_offline(qtbot, server, url, data: Path, words: str) -> Article:
    """An article typed in while the server is stopped, and the app quit at once (before
    even its autosave ran); the server stays stopped. The article as first stored."""
    an = live_window(qtbot, data, url, "Nguyễn Văn An", autosave_seconds=0.5)
    article = an.library.save(Article(headline="Cầu Rồng", body="Đoạn đầu."))
    view = open_in(qtbot, an, article.id)
    server.stop()
    type_at_end(view, words)
    started = time.monotonic()
    close_window(an)
    assert time.monotonic() - started < 8
    return article


def start_again(qtbot, data: Path, url: str):
    from newsdesk.qt.app import create_main_window

    window = create_main_window(["--data-dir", str(data), "--database", url],
                                install_hook=False)  # the recovery path runs, as at a start
    qtbot.addWidget(window)
    window.show()
    return window


def test_starting_while_the_server_is_down_says_so_and_keeps_the_journal(qtbot, tmp_path,
                                                                       dialogs):
    from newsdesk.qt.recovery import RecoveryJournal

    journal = RecoveryJournal(tmp_path / "an" / "recovery")
    journal.write("bai", Article(headline="Cầu Rồng", body="Chưa gửi."), waiting=True)
    nobody = "postgresql+psycopg://bao@127.0.0.1:1/newsroom"  # nothing listens on port 1
    window = start_again(qtbot, tmp_path / "an", nobody)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15000)
    assert window.exit_code == 2
    assert dialogs == ["The database server cannot be reached: it is stopped, or the network "
                       "is down. Try again once it answers.\nThe text not yet stored in the "
                       "library is kept on this computer. It will be sent when newsdesk starts "
                       "again and the server answers."]
    assert [entry.article.body for entry in journal.pending()] == ["Chưa gửi."]
    window.library.close()


def test_quitting_while_offline_loses_nothing(qtbot, pg, tmp_path, dialogs):
    server, url = pg
    article = quit_while_offline(qtbot, server, url, tmp_path / "an",
                                 " Đoạn viết khi mất mạng rồi thoát.")
    waiting = [json.loads(f.read_text(encoding="utf-8"))
               for f in (tmp_path / "an" / "recovery").glob("*.json")]
    assert [w.get("waiting") for w in waiting] == [True]
    assert "rồi thoát." in waiting[0]["article"]["body"]
    server.start()
    again = start_again(qtbot, tmp_path / "an", url)
    try:
        qtbot.waitUntil(lambda: again._has_article()
                        and "rồi thoát." in again.article_view.body.toPlainText()
                        and "Back online" in again.status.currentMessage(), timeout=15000)
        body, kept = stored_body(url, tmp_path / "an", article.id)
        assert "Đoạn đầu. Đoạn viết khi mất mạng rồi thoát." in body and kept == []
        assert not list((tmp_path / "an" / "recovery").glob("*.json"))
        assert not again.article_view.autosave.dirty and dialogs == []
    finally:
        close_window(again)


def test_a_save_left_waiting_meets_a_colleagues_newer_version_at_the_next_start(
        qtbot, pg, tmp_path, dialogs):
    server, url = pg
    article = quit_while_offline(qtbot, server, url, tmp_path / "an", " Phần của An.")
    server.start()
    with Library.open(tmp_path / "ha", url) as ha:  # Hà saves before An starts again
        ha.save(article.copy(body="Đoạn đầu. Phần của Hà."), expected_version=article.version)
    again = start_again(qtbot, tmp_path / "an", url)
    try:
        qtbot.waitUntil(lambda: again.version_dialog is not None, timeout=15000)
        body, kept = stored_body(url, tmp_path / "an", article.id)
        assert body.strip() == "Đoạn đầu. Phần của Hà."  # not overwritten
        assert [k.body.strip() for k in kept] == ["Đoạn đầu. Phần của An."]  # nor lost
        assert not list((tmp_path / "an" / "recovery").glob("*.json")) and dialogs == []
    finally:
        if again.version_dialog is not None:
            again.version_dialog.reject()
        close_window(again)


def test_a_search_while_the_server_is_stopped_says_so(qtbot, pg, tmp_path, dialogs):
    from gui_support import type_text

    server, url = pg
    an = live_window(qtbot, tmp_path / "an", url, "Nguyễn Văn An", autosave_seconds=0.5)
    try:
        for n in range(3):
            an.library.save(Article(headline=f"Bão số {n}", body="Gió giật cấp 12."))
        an.library_panel.refresh()
        qtbot.waitUntil(lambda: an.library_panel.model.total == 3, timeout=5000)
        server.stop()
        type_text(an.library_panel.search, "Huế")
        message = "Server unreachable — search needs the server"
        qtbot.waitUntil(lambda: message in an.status.currentMessage()
                        , timeout=15000)
        assert an.library_panel.model.total == 0  # not the old unfiltered rows
    finally:
        close_window(an)


def test_an_article_closed_while_offline_opens_again_with_what_was_typed(qtbot, pg, tmp_path,
                                                                        dialogs):
    """Closed (a new article begun) while the server is away, the article is opened again
    from the list: it shows what was typed, not the version the server holds, without asking
    the server; that text is sent once the server answers, with no conflict."""
    server, url = pg
    an = live_window(qtbot, tmp_path / "an", url, "Nguyễn Văn An", autosave_seconds=0.5)
    try:
        article = an.library.save(Article(headline="Mưa lớn ở Huế", body="Nước lên nhanh."))
        view = open_in(qtbot, an, article.id)
        server.stop()
        type_at_end(view, " Viết khi mất mạng.")
        qtbot.waitUntil(lambda: offline_shown(an), timeout=10000)
        an.actions_["new"].trigger()  # the article closes, its text waiting for the server
        qtbot.waitUntil(lambda: view.base.id is None, timeout=5000)
        view = open_in(qtbot, an, article.id)
        assert view.body.markdown().strip() == "Nước lên nhanh. Viết khi mất mạng."
        assert an.status.save_state.text() == "Kept on this computer"
        assert dialogs == []  # nothing was asked of the server
        server.start()
        qtbot.waitUntil(lambda: not offline_shown(an) and not view.autosave.dirty
                        and not view.autosave.busy, timeout=15000)
        body, kept = stored_body(url, tmp_path / "an", article.id)
        assert body.strip() == "Nước lên nhanh. Viết khi mất mạng." and kept == []
        assert an.version_dialog is None and dialogs == []
    finally:
        close_window(an)
