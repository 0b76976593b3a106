"""Changes made by other programs reach the window, when nothing announces them.

On a shared PostgreSQL library the live listener hears every change (``live_updates``). A
SQLite library announces nothing: the ``newsdesk`` command importing into it while the app
is open, a script, another copy of the app. Neither does a PostgreSQL library whose
listener is not connected. So ``LibraryWatch`` asks the library for its change stamp
(``Library.change_stamp``: one count and two lookups in indexes, under a millisecond on
SQLite at 100,000 articles) on the thread pool every ``CHECK_MS`` while nothing is heard, and
whenever the window becomes active again, and compares it with the stamp read with the rows
the list shows (``ArticleListModel.stamp``). Only a different stamp costs anything more: the
list is read again as after a save here (the rows on screen; the selection and the scroll
position stay) and so is the open article, whose newer version is handled as one heard of
(shown when nothing was typed here since, else the two versions are offered: what was typed
is never replaced). Changes made in this window leave nothing to find: the list reread after
them reads the new stamp with its rows.

View › Refresh (F5) does the same at once, whatever the stamp says.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from .workers import run_task

log = logging.getLogger(__name__)

CHECK_MS = 2000  # while nothing is heard: how often the library is asked whether it changed


class LibraryWatch(QObject):
    def __init__(self, window, interval_ms: int = CHECK_MS) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self._asking = False  # a stamp is being read
        self._reread: tuple[object, int] | None = None  # (stamp, model.reads) of our last reread
        self._stopped = False
        self._failures = 0

    def start(self) -> None:
        """The library is open: look for changes from now on."""
        if not self._stopped:
            self.timer.start()

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()

    def _tick(self) -> None:
        if not self.window.live.hearing:  # heard, the changes need no looking for
            self.check()

    def check(self) -> None:
        """Ask the library (on the thread pool) whether it changed since the list was read."""
        window = self.window
        if self._stopped or self._asking or not _open(window.library):
            return
        model = window.library_panel.model
        if model.loading or window.connection.offline:  # a list under way reads the stamp too
            return
        self._asking = True
        reads = model.reads
        run_task(window.library.change_stamp, on_done=lambda stamp: self._checked(stamp, reads),
                 on_error=self._failed)

    def _checked(self, stamp: object, reads: int) -> None:
        self._asking = False
        self._failures = 0
        model = self.window.library_panel.model
        if self._stopped or model.loading or model.reads != reads or stamp == model.stamp:
            return  # unchanged, or the list was read meanwhile (with a newer stamp)
        if self._reread == (stamp, reads):
            return  # the reread for this stamp failed (and said why): a further change asks
        self.refresh()
        self._reread = (stamp, model.reads)

    def _failed(self, exc: BaseException) -> None:
        """Logged once in a row; the list's own reads say why to the user (or go offline)."""
        self._asking = False
        if self._failures == 0:
            log.info("library: not asked whether it changed (%s)", exc)
        self._failures += 1

    def refresh(self, *, now: bool = False) -> None:
        """Read the list and the open article again (View › Refresh, ``now``: the list too
        with the pointer in it; or a change found)."""
        if self._stopped or not _open(self.window.library):
            return
        self.window.library_panel.refresh(now=now)
        self.window.live.reread_open()


def _open(library) -> bool:
    """The window's library has opened (it opens in the background: ``LibraryLoader``)."""
    return bool(getattr(library, "is_open", True))
