"""Shared fixtures: every test gets its own data dir, database and settings; Qt is offscreen."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI explores the same examples on every run (a failure there is reproducible, never a fluke of
# the seed); on a developer's machine every run explores new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point NEWSDESK_DATA_DIR at a fresh folder and clear any database URL from outside."""
    data = tmp_path_factory.mktemp("newsdesk-data")
    monkeypatch.setenv("NEWSDESK_DATA_DIR", str(data))
    monkeypatch.delenv("NEWSDESK_DATABASE_URL", raising=False)
    return data


@pytest.fixture(autouse=True)
def _collect_on_main_thread():
    """Once the app exists, Python's collector runs from its UI-thread timer only
    (``newsdesk.qt.collector``); a test that never spins the event loop still collects what
    is due when it ends, on this (the UI) thread, as the automatic collector would have."""
    yield
    if not gc.isenabled():
        from newsdesk.qt.collector import collect_if_due

        collect_if_due()


@pytest.fixture(autouse=True, scope="session")
def _background_work_done_before_exit():
    """The thread pools finish their tasks before the interpreter shuts down: a task still
    running Python while the interpreter is finalised crashes the process after the tests."""
    yield
    if "newsdesk.qt.workers" not in sys.modules:
        return
    from PySide6.QtCore import QThreadPool

    pools = [QThreadPool.globalInstance()]
    for module, name in (("newsdesk.qt.workers", "_background"), ("newsdesk.qt.spelling", "_pool"),
                         ("newsdesk.qt.autosave", "_journal_pool"),
                         ("newsdesk.qt.offline", "_ping_pool")):
        pool = getattr(sys.modules.get(module), name, None)
        if pool is not None:
            pools.append(pool)
    for pool in pools:
        pool.clear()
        pool.waitForDone(30000)
    gc.collect()


@pytest.fixture
def data_dir(_isolated_data_dir: Path) -> Path:
    return _isolated_data_dir


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def qapp_cls():
    """pytest-qt makes the app's own QApplication class (it receives Finder's FileOpen)."""
    from newsdesk.qt.file_open import NewsdeskApplication

    return NewsdeskApplication


_exit_status: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without finalising the interpreter once every result is reported: after a
    thousand Qt tests, PySide6 can crash while Python tears down the Qt objects they left,
    turning a green run into a segmentation fault. Nothing is left to write by then."""
    if not _exit_status or "PySide6.QtCore" not in sys.modules:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status[-1])
