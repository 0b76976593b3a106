"""Opening the library without making the window wait.

Importing SQLAlchemy and migrating the database take longer than showing the window, so the
window is built at once around ``LibraryLoader`` while ``Library.open`` runs on the thread
pool. The loader knows the folders and settings straight away (cheap, no database) and
forwards every other attribute to the real Library once it is open: a worker thread that
calls it early simply waits. ``ready``/``failed`` tell the window when it happened.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from newsdesk.config.paths import resolve_paths
from newsdesk.config.settings import Settings
from newsdesk.domain import NewsdeskError

from .workers import run_task

if TYPE_CHECKING:
    from newsdesk.services.library import Library

OPEN_TIMEOUT_S = 60.0


class LibraryLoader(QObject):
    ready = Signal(object)
    failed = Signal(object)

    def __init__(self, data_dir: str | None = None, database: str | None = None) -> None:
        super().__init__()
        self.paths = resolve_paths(data_dir).ensure()
        self.settings = Settings.load(self.paths.settings_file)
        self._data_dir, self._database = data_dir, database
        self._opened = threading.Event()
        self._library: Library | None = None
        self._error: BaseException | None = None
        self._closed = False

    def start(self) -> LibraryLoader:
        run_task(self._open, on_done=self.ready.emit, on_error=self.failed.emit)
        return self

    def _open(self) -> Library:
        try:
            from newsdesk.services.library import Library

            library = Library.open(self._data_dir, self._database)
            library.settings = self.settings  # one Settings object for the whole app
            self._library = library
            return library
        except BaseException as exc:
            self._error = exc
            raise
        finally:
            self._opened.set()

    @property
    def is_open(self) -> bool:
        return self._library is not None

    def library(self) -> Library:
        """The open Library (waits for it); raises the error that stopped it opening."""
        if not self._opened.wait(OPEN_TIMEOUT_S):
            raise NewsdeskError("the library is taking too long to open", code="storage.timeout")
        if self._error is not None:
            raise self._error
        assert self._library is not None  # _opened is set after one of the two
        return self._library

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.library(), name)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._opened.wait(OPEN_TIMEOUT_S) and self._library is not None:
            self._library.close()
