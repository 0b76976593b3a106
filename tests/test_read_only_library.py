"""A library in a folder the user may not write (a read-only share, a CD, an archive): SQLite
cannot make its -wal/-shm files there, yet ``list``, ``show`` and ``export`` work read-only,
and a change is refused with one line saying why. The program runs as a user who may not
write the folder (as root: without the capability that overrides file permissions)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys

import pytest

from newsdesk.domain import Article
from newsdesk.services.library import Library

PROGRAM = "import sys; from newsdesk.cli.main import main; sys.exit(main())"
SETPRIV = shutil.which("setpriv")


def as_reader(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", PROGRAM, *args]
    if os.geteuid() == 0:  # root writes anywhere unless it gives that power up
        if SETPRIV is None:
            pytest.skip("running as root without setpriv: cannot take away the right to write")
        command = [SETPRIV, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--",
                   *command]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                          env=os.environ, timeout=60)


@pytest.fixture
def read_only(tmp_path):
    folders: list = []

    def make(folder):
        for path in [folder, *folder.rglob("*")]:
            mode = path.stat().st_mode
            path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
            folders.append((path, mode))
        return folder

    yield make
    for path, mode in reversed(folders):
        path.chmod(mode)


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("newsdesk: ") and len(err) < 300, err
    assert "Traceback" not in err
    return err


def test_list_show_export_work_and_changes_are_refused(tmp_path, read_only):
    data = tmp_path / "thu-vien"
    with Library.open(data) as library:
        article_id = library.save(Article(headline="Đọc thôi", body="Nội dung.")).id or ""
    read_only(data)
    listed = as_reader("--data-dir", str(data), "list")
    assert listed.returncode == 0, listed.stderr
    assert "Đọc thôi" in listed.stdout
    shown = as_reader("--data-dir", str(data), "show", article_id[:8])
    assert shown.returncode == 0 and "Nội dung." in shown.stdout, shown.stderr
    out = tmp_path / "ra" / "bai.html"
    exported = as_reader("--data-dir", str(data), "export", article_id[:8], "-f", "html",
                         "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "Đọc thôi" in out.read_text(encoding="utf-8")
    source = tmp_path / "moi.md"
    source.write_text("---\nheadline: Mới\n---\nx\n", encoding="utf-8")
    refused = as_reader("--data-dir", str(data), "import", str(source))
    assert refused.returncode == 2
    assert "read-only" in one_line(refused.stderr)
    assert sorted(p.name for p in data.iterdir() if p.is_file()) == ["newsdesk.sqlite3"]
    with sqlite3.connect(f"file:{data / 'newsdesk.sqlite3'}?mode=ro&immutable=1",
                         uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_changes_still_in_the_wal_file_are_never_read_past(tmp_path, read_only):
    data = tmp_path / "thu-vien"
    with Library.open(data) as library:
        library.save(Article(headline="Cũ", body="x"))
    copy = tmp_path / "ban-sao"
    copy.mkdir()
    holder = sqlite3.connect(data / "newsdesk.sqlite3")  # keeps the -wal file from being folded
    try:
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        holder.execute("UPDATE articles SET headline = 'Mới'")
        holder.commit()
        for name in ("newsdesk.sqlite3", "newsdesk.sqlite3-wal"):
            shutil.copy(data / name, copy / name)
    finally:
        holder.close()
    read_only(copy)
    listed = as_reader("--data-dir", str(copy), "list")
    assert listed.returncode == 2 and "Cũ" not in listed.stdout  # never the older text
    assert "sqlite3-wal" in one_line(listed.stderr)


GUI = r"""
import json, sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from newsdesk.qt.app import create_application, create_main_window

app = create_application([])
window = create_main_window(["--data-dir", sys.argv[1]], offer_recovery=False,
                            install_hook=False)
window.resize(1400, 900)
window.show()
opened = []
window.library.ready.connect(lambda library: opened.append(library))
deadline = time.monotonic() + 60
while not opened and time.monotonic() < deadline:
    app.processEvents()


def spin(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


window.open_article_id(sys.argv[2])
deadline = time.monotonic() + 30
while not window._has_article() and time.monotonic() < deadline:
    spin(0.05)
view = window.article_view
report = {"notice": window.status.library_notice.isVisible() and
          window.status.library_notice.text(),
          "new": window.actions_["new"].isEnabled(),
          "save": window.actions_["save"].isEnabled(),
          "bold": window.actions_["bold"].isEnabled(),
          "export": window.actions_["export"].isEnabled()}
for widget in (view.form.headline, view.body):
    widget.setFocus()
    QTest.keyClicks(widget, "chu them")
    QTest.keyClick(widget, Qt.Key.Key_Return)
    QTest.keyClick(widget, Qt.Key.Key_Backspace)
window.actions_["bold"].trigger()
spin(2.0)
report["headline"] = view.form.headline.text()
report["body"] = view.current_article().body
report["dirty"] = view.autosave.dirty
window.side.set_current_tab("print")
window.side.refresh_now()
deadline = time.monotonic() + 90
preview = None
while time.monotonic() < deadline:
    spin(0.1)
    preview = window.side.preview("print")
    if preview is not None and preview.result is not None:
        break
report["pages"] = preview.result.pages if preview and preview.result else 0
print(json.dumps(report, ensure_ascii=False))
sys.stdout.flush()
import atexit, os
atexit._run_exitfuncs()  # as the program's own quick exit: no temporary folder left behind
os._exit(0)
"""


def test_the_window_on_a_read_only_library_says_so_and_takes_no_typing(tmp_path, read_only):
    data = tmp_path / "thu-vien"
    with Library.open(data) as library:
        article_id = library.save(Article(headline="Đọc thôi", body="Nội dung.\n")).id or ""
    read_only(data)
    command = [sys.executable, "-c", GUI, str(data), article_id]
    if os.geteuid() == 0:
        if SETPRIV is None:
            pytest.skip("running as root without setpriv: cannot take away the right to write")
        command = [SETPRIV, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--",
                   *command]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    report = __import__("json").loads(done.stdout.strip().splitlines()[-1])
    assert report["notice"] == "Read-only library"
    assert not report["new"] and not report["save"] and not report["bold"]
    assert report["export"]  # reading and exporting still work
    assert report["headline"] == "Đọc thôi" and report["body"] == "Nội dung.\n"
    assert not report["dirty"]
    assert report["pages"] >= 1  # the print preview works from a temporary folder
    assert "Traceback" not in done.stderr


GUI_TEMPORARY = r"""
import atexit, json, os, sys, tempfile, time
from pathlib import Path
from newsdesk.qt.app import create_application, create_main_window

app = create_application([])
window = create_main_window(["--data-dir", sys.argv[1]], offer_recovery=False,
                            install_hook=False)
window.show()
opened = []
window.library.ready.connect(lambda library: opened.append(library))


def spin(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def left():
    return sorted(p.name.rsplit("-", 1)[0] for p in Path(tempfile.gettempdir()).iterdir()
                  if p.name.startswith(("newsdesk-i18n-", "newsdesk-print-preview-")))


deadline = time.monotonic() + 60
while not opened and time.monotonic() < deadline:
    spin(0.05)
window.open_article_id(sys.argv[2])
window.side.set_current_tab("print")
window.side.refresh_now()
deadline = time.monotonic() + 90
while time.monotonic() < deadline:
    spin(0.1)
    preview = window.side.preview("print")
    if preview is not None and preview.result is not None:
        break
report = {"save": window.actions_["save"].text(), "pages": preview.result.pages,
          "shown": left()}
window.close()  # as the user closes it
report["closed"] = left()
from newsdesk.qt.preview_print import PrintPreview

kept = PrintPreview(window.library)  # one the app never shuts down: gone at exit
report["kept"] = left()
atexit._run_exitfuncs()  # the exit handlers, run as the program's own exit runs them
report["exited"] = left()
print(json.dumps(report, ensure_ascii=False))
sys.stdout.flush()
os._exit(0)
"""


def test_a_read_only_library_leaves_no_temporary_folder_behind(tmp_path, read_only):
    """The translation compiled into a temporary folder (the cache cannot be written) is
    loaded, then its folder removed; the print preview's pages go when the window is closed,
    or at exit for a preview never shut down. Nothing is left per start in the temp folder."""
    data = tmp_path / "thu-vien"
    with Library.open(data) as library:
        article_id = library.save(Article(headline="Đọc thôi", body="Nội dung.\n")).id or ""
    (data / "config" / "settings.json").write_text('{"ui_language": "vi"}', encoding="utf-8")
    read_only(data)
    temporary = tmp_path / "tam"
    temporary.mkdir()
    command = [sys.executable, "-c", GUI_TEMPORARY, str(data), article_id]
    if os.geteuid() == 0:
        if SETPRIV is None:
            pytest.skip("running as root without setpriv: cannot take away the right to write")
        command = [SETPRIV, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--",
                   *command]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "TMPDIR": str(temporary)}, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    report = __import__("json").loads(done.stdout.strip().splitlines()[-1])
    assert report["save"] == "&Lưu"  # the translation, loaded before its folder went
    assert report["pages"] >= 1
    assert report["shown"] == ["newsdesk-print-preview"]  # the preview's pages, while shown
    assert report["closed"] == []
    assert report["kept"] == ["newsdesk-print-preview"]
    assert report["exited"] == []
    assert not [p.name for p in temporary.iterdir()
                if p.name.startswith(("newsdesk-i18n-", "newsdesk-print-preview-"))]
