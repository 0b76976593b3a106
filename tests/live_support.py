"""Helpers for the live shared-library tests: a fresh PostgreSQL database per test, and main
windows of two newsroom members open on it (each with its own data folder)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsdesk.config.settings import Settings
from review_support import postgres_database


def fresh_database(prefix: str) -> Iterator[str]:
    """A new database on the test server for one test (its URL), dropped afterwards."""
    with postgres_database(prefix) as url:
        yield url


def live_window(qtbot, data: Path, url: str, user: str, *, autosave_seconds: float = 60):
    """A shown main window of ``user`` on the shared database ``url``, listening."""
    from newsdesk.config.paths import resolve_paths
    from newsdesk.qt.app import create_application, create_main_window

    paths = resolve_paths(data).ensure()
    settings = Settings.load(paths.settings_file)
    settings.user_name = user
    settings.save(paths.settings_file)
    create_application([])
    window = create_main_window(["--data-dir", str(data), "--database", url],
                                offer_recovery=False, install_hook=False)
    window.article_view.autosave_seconds = autosave_seconds
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.library.is_open and window.live.listener is not None
                    and window.live.listener.connection.connected, timeout=20000)
    return window
