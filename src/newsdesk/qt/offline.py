"""Working on while a shared library's database server is away.

``ConnectionWatch`` belongs to the main window. A library call that fails because the server
cannot be reached (``is_unreachable``: a save, an autosave, opening an article, the list) or
the live listener losing its connection (then a ``SELECT 1`` confirms it) puts the window
*offline*: the status bar says "Offline — changes kept on this computer", once, with no
dialog per autosave. The open article stays editable; its saves wait in the recovery journal
(``AutosaveController`` holds them, marked as waiting for the server).

While offline, ``Library.ping`` (``SELECT 1``, no table read) is asked on the thread pool at
growing intervals (RETRY_S); the live listener's own reconnection asks at once. When the
server answers, every autosave controller with something waiting sends it, with the version
it was based on (a colleague's newer version opens the usual two-versions dialog), and the
status bar says "Back online — N changes sent".

Saves still waiting when the app was closed are in the journal, marked ``waiting``; the next
start sends them without asking (``send_waiting``), through the same version check.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from newsdesk.domain import Article, ConflictError, NotFoundError
from newsdesk.domain.errors import is_unreachable

from .workers import run_task

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI

log = logging.getLogger(__name__)

RETRY_S = (0.5, 1.0, 2.0, 3.0, 5.0)  # waits between questions to a server that is away
MESSAGE_MS = 10000  # how long "Back online — N changes sent" stays


_ping_pool: QThreadPool | None = None


def ping_pool() -> QThreadPool:
    """One thread of its own for the questions to the server, so that they are never queued
    behind previews or spelling on the global pool (the answer decides what the window says)."""
    global _ping_pool
    if _ping_pool is None:
        _ping_pool = QThreadPool()
        _ping_pool.setMaxThreadCount(1)
    return _ping_pool


class ConnectionWatch(QObject):
    offline_changed = Signal(bool)  # True: the server cannot be reached

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.offline = False
        self.noticed_at = 0.0  # time.monotonic() when the server was found away
        self._attempt = 0
        self._asking = False
        self._stopped = False
        self._sending = 0  # sends under way since the server came back
        self._sent = 0
        self._refused = 0  # of them, refused: a newer version was stored meanwhile
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._ask)

    # -- noticing --------------------------------------------------------------------------------
    def failed(self, exc: BaseException) -> bool:
        """A library call failed: True (and the window offline) when the server could not
        be reached, False for any other reason."""
        if not is_unreachable(exc):
            return False
        self.went_offline()
        return True

    def went_offline(self, _exc: object = None) -> None:
        if self.offline or self._stopped:
            return
        self.offline = True
        self.noticed_at = time.monotonic()
        self._attempt = 0
        self._sending = self._sent = self._refused = 0
        log.info("database server unreachable: saves wait in the journal")
        self._show()
        view = self.window._view
        for controller in (view.controllers() if view is not None else []):
            controller.hold()  # no save is tried meanwhile: each waits in the journal
        self.offline_changed.emit(True)
        self._schedule()

    def suspect(self) -> None:
        """Something hints that the server may be away (the live connection dropped): ask
        it once, off the UI thread."""
        if self.offline or self._stopped:
            return
        run_task(self.window.library.ping, on_done=lambda _none: None, on_error=self._suspected,
                 pool=ping_pool())

    def _suspected(self, exc: BaseException) -> None:
        if not self.failed(exc):
            log.info("database check failed (%s)", type(exc).__name__)

    # -- asking again ----------------------------------------------------------------------------
    def ask_now(self) -> None:
        """Something hints that the server is back (the live connection returned)."""
        if self.offline and not self._asking and not self._stopped:
            self._timer.start(0)

    def _schedule(self) -> None:
        delay = RETRY_S[min(self._attempt, len(RETRY_S) - 1)]
        self._attempt += 1
        self._timer.start(int(delay * 1000))

    def _ask(self) -> None:
        if not self.offline or self._asking or self._stopped:
            return
        self._asking = True
        run_task(self.window.library.ping, on_done=self._answered, on_error=self._no_answer,
                 pool=ping_pool())

    def _no_answer(self, exc: BaseException) -> None:
        self._asking = False
        if not self.offline or self._stopped:
            return
        if not is_unreachable(exc):
            log.info("database check failed (%s)", type(exc).__name__)
        self._schedule()

    def _answered(self, _none: object) -> None:
        self._asking = False
        if not self.offline or self._stopped:
            return
        self.offline = False
        log.info("database server back after %.1f s", time.monotonic() - self.noticed_at)
        self.window.status.set_connection_notice("")
        self.offline_changed.emit(False)
        view = self.window._view
        for controller in (view.controllers() if view is not None else []):
            if controller.resume(self._one_sent):
                self._sending += 1
        self.window.library_panel.refresh()
        if self._sending == 0:
            self._report()

    # -- what was sent ---------------------------------------------------------------------------
    def begin(self) -> None:
        """Sends under way (the saves a closed session left waiting): ``end`` follows."""
        self._sending += 1

    def end(self, stored: int, refused: int = 0) -> None:
        """Sends ended; ``stored`` of them were stored, ``refused`` refused (a conflict)."""
        self._sending = max(0, self._sending - 1)
        self._sent += stored
        self._refused += refused
        if self._sending == 0 and not self.offline:
            self._report()

    def _one_sent(self, stored: bool) -> None:
        self.end(int(stored), int(not stored))

    def _report(self) -> None:
        sent, self._sent = self._sent, 0
        refused, self._refused = self._refused, 0
        choosing = getattr(self.window, "version_dialog", None) is not None
        if refused or choosing:  # not "0 changes sent" while the two versions are shown
            text = self.tr("Back online — your changes conflict with a newer version")
            if sent:
                text += " · " + self.tr("%n other change(s) sent", "", sent)
        else:
            text = self.tr("Back online — %n change(s) sent", "", sent)
        self.window.status.showMessage(text, MESSAGE_MS)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()

    # -- showing ---------------------------------------------------------------------------------
    def _show(self) -> None:
        self.window.status.set_connection_notice(
            self.tr("Offline — changes kept on this computer"),
            self.tr("The database server cannot be reached. The article stays editable: what "
                    "you type is kept on this computer and sent, with its version check, as "
                    "soon as the server answers again. Other articles, search and export "
                    "need the server."))

    def retranslate(self) -> None:
        if self.offline:
            self._show()


def send_waiting(library: LibraryAPI, articles: list[Article]) -> list[Article | ConflictError]:
    """Worker thread: store the saves a closed session left waiting for the server, each
    with the version it was based on. An article the library already holds as it is, is
    not stored again; a colleague's newer version is never overwritten (the text is kept as
    a conflict revision and the ConflictError returned in its place). Raises when the
    server cannot be reached (the journal then keeps them)."""
    results: list[Article | ConflictError] = []
    for article in articles:
        if article.id:
            try:
                stored = library.get(article.id)
            except NotFoundError:
                stored = None
            if stored is not None and stored.content_equals(article):
                results.append(stored)
                continue
        else:
            stored = None
        try:  # an article deleted meanwhile is stored again, as new
            results.append(library.autosave(
                article, expected_version=article.version if stored is not None else None,
                closing=True))
        except ConflictError as exc:
            results.append(exc)
    return results
