"""The desktop app starts light: building and showing the main window imports no database,
no review services and no QtWebEngine/QtPdf on the UI thread (the library opens on the thread
pool, the previews load when their tab is first used), checked in a fresh interpreter; and the
print preview made later still serves its document through the print URL scheme."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.qt

# Modules the UI thread must not import before the window is up (prefixes of module names).
FORBIDDEN = (
    "sqlalchemy",
    "alembic",
    "newsdesk.storage",
    "newsdesk.services.review",
    "PySide6.QtWebEngine",  # QtWebEngineCore, QtWebEngineWidgets, ...
    "PySide6.QtPdf",  # QtPdf, QtPdfWidgets
)

START = r"""
import json, sys, threading, time

ui = threading.main_thread()
on_ui = []


class FirstImports:
    # Every module imported for the first time passes here; keep those the UI thread imports.
    def find_spec(self, name, path=None, target=None):
        if threading.current_thread() is ui:
            on_ui.append(name)
        return None


sys.meta_path.insert(0, FirstImports())

from newsdesk.qt.app import create_application, create_main_window

app = create_application([])
window = create_main_window([], offer_recovery=False, install_hook=False)
window.show()
opened = []
window.library.ready.connect(lambda _library: opened.append(True))
deadline = time.monotonic() + 60
while not opened and time.monotonic() < deadline:
    app.processEvents()
for _ in range(20):  # the library listed, the start page shown
    app.processEvents()
report = {"visible": window.isVisible(), "opened": bool(opened), "on_ui": on_ui[:]}
if sys.argv[1:] == ["warm"]:
    from newsdesk.qt.workers import background_pool

    background_pool().waitForDone(60000)
    report["warm"] = "newsdesk.qt.editor.body_editor" in sys.modules
    seen = len(on_ui)
    window.new_article()
    report["on_ui_new_article"] = on_ui[seen:]
if sys.argv[1:] == ["print"]:
    from newsdesk.printing import engine

    window.new_article()
    window.article_view.form.headline.setText("Cầu mới nối hai bờ sông")
    window.side.set_current_tab("print")
    window.side.refresh_now()
    deadline = time.monotonic() + 120
    preview = None
    while time.monotonic() < deadline:
        app.processEvents()
        preview = window.side.preview("print")
        if preview is not None and preview.result is not None:
            break
    report["pages"] = preview.result.pages if preview and preview.result else 0
    report["served_by_scheme"] = engine._shared.get("server") is not None
print(json.dumps(report))
sys.stdout.flush()
import os
os._exit(0)
"""


def start_window(*args: str) -> dict:
    """Start the main window in a fresh interpreter (offscreen); its report as a dict."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", START, *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=240, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def forbidden(name: str) -> bool:
    return any(name == prefix or name.startswith(prefix + ".")
               or (prefix.startswith("PySide6.Qt") and name.startswith(prefix))
               for prefix in FORBIDDEN)


def test_the_main_window_shows_without_database_review_or_webengine_on_the_ui_thread():
    report = start_window()
    assert report["visible"] and report["opened"]
    imported = report["on_ui"]
    assert "newsdesk.qt.main_window" in imported  # the watch saw the window being built
    assert [name for name in imported if forbidden(name)] == []


def test_the_print_preview_made_later_still_uses_the_print_scheme():
    report = start_window("print")
    assert report["pages"] >= 1
    assert report["served_by_scheme"]  # registered before QtWebEngine's first profile


def test_the_editor_modules_load_in_the_background_before_the_first_new_article():
    report = start_window("warm")
    assert report["warm"]
    assert "newsdesk.qt.editor.body_editor" not in report["on_ui"]
    assert [name for name in report["on_ui_new_article"]
            if name.startswith(("newsdesk.qt.editor", "newsdesk.bodymodel"))] == []
