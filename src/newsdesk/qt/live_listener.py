"""The thread that listens to a shared library: changes in, this app's presence out.

One ``LiveListener`` (a QThread) per window on a PostgreSQL library. It owns the app's
``LiveConnection`` (services.live): waits for the database's notifications in short slices,
between them applies what the window asked (``claim`` / ``release`` an article, ``take over``),
and emits ``changed(list[Change])``, which Qt delivers on the UI thread. A lost connection
(server restarted, network gone) is retried quietly, at growing intervals up to a few
seconds; once back, ``reconnected`` says that anything may have changed meanwhile. Nothing
here ever runs on the UI thread.
"""

from __future__ import annotations

import logging
import queue
import threading

from PySide6.QtCore import QThread, Signal

log = logging.getLogger(__name__)

SLICE_S = 0.25  # longest wait for a notification before looking at the window's requests
RETRY_S = (0.5, 1.0, 2.0, 4.0)  # waits between attempts to reconnect


class LiveListener(QThread):
    changed = Signal(list)  # list[Change], in the order the database sent them
    reconnected = Signal()  # the connection came back: anything may have changed
    connected = Signal(bool)  # whether the app is listening (for the status bar)
    claimed = Signal(str, bool)  # a claim of an article is stored (article id, a take-over)

    def __init__(self, connection, parent=None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.session: str = connection.session
        self._requests: queue.Queue = queue.Queue()
        self._stop = threading.Event()

    # -- asked from the UI thread -----------------------------------------------------------------
    def claim(self, article_id: str) -> None:
        self._requests.put(("claim", article_id))

    def release(self, article_id: str) -> None:
        self._requests.put(("release", article_id))

    def take_over(self, article_id: str) -> None:
        self._requests.put(("take_over", article_id))

    def rename(self, name: str) -> None:
        """Colleagues now see this app's user as ``name`` (the preferences changed)."""
        self._requests.put(("rename", name))

    def stop(self, timeout_s: float = 3.0) -> None:
        """Apply what was asked (a release), close the connection, end the thread."""
        self._stop.set()
        self.wait(int(timeout_s * 1000))

    # -- the thread ---------------------------------------------------------------------------------
    def run(self) -> None:
        attempt, ever = 0, False
        conn = self.connection
        while not self._stop.is_set():
            if not conn.connected:
                try:
                    conn.connect()
                except Exception as exc:
                    if attempt == 0:
                        log.info("live library: cannot listen (%s); trying again", type(exc).__name__)
                        self.connected.emit(False)
                    self._stop.wait(RETRY_S[min(attempt, len(RETRY_S) - 1)])
                    attempt += 1
                    continue
                attempt = 0
                self.connected.emit(True)
                if ever:
                    self.reconnected.emit()
                ever = True
            try:
                self._apply_requests()
                changes = conn.changes(SLICE_S)
            except Exception as exc:
                log.info("live library: connection lost (%s)", type(exc).__name__)
                conn.close()
                self.connected.emit(False)
                continue
            if changes:
                self.changed.emit(changes)
        try:
            if conn.connected:
                self._apply_requests()
        except Exception:
            log.debug("live library: last requests not applied", exc_info=True)
        conn.close()

    def _apply_requests(self) -> None:
        conn = self.connection
        while True:
            try:
                kind, article_id = self._requests.get_nowait()
            except queue.Empty:
                return
            if kind == "release":
                conn.release(article_id)
            elif kind == "rename":
                conn.rename(article_id)
            else:
                conn.claim(article_id, take_over=kind == "take_over")
                self.claimed.emit(article_id, kind == "take_over")
