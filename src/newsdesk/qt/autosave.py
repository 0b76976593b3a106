"""Autosave of the article being edited, off the UI thread.

``AutosaveController`` belongs to one open article. The first change after the text was
stored (a new article's first keystroke included) is journalled at once; every change pokes
two debouncers: ~1 s later the recovery journal is written (on a one-thread pool, so writes stay in order), and
``Settings.autosave_seconds`` later ``Library.autosave`` stores the article (new, never-saved
articles included) on the thread pool. One save is in flight at a time; changes made meanwhile
are saved right after. The snapshot reads the text as shown, with a word an input method is
still composing (Vietnamese Telex/VNI) in it, and never commits that composition: autosave
fires while the reporter is typing, and a commit would cut the word.

Explicit saves (``save_explicit``) go through the same queue, so an autosave and a save never
race each other. Both pass the version the editor last loaded or stored as
``expected_version``: a newer version stored meanwhile by someone else is never overwritten.
The library then keeps this text as a conflict revision and raises SaveConflict; autosaving
stops and ``conflict`` is emitted for the window to let the user choose.

A save that fails because the database server cannot be reached (``is_unreachable``: not a
conflict, not bad data) is held: the controller goes ``offline``, the text stays editable and
is journalled as a save ``waiting`` for the server, explicit saves asked for are queued, and
``went_offline`` tells the window (``qt/offline.py``), which says so once and calls ``resume``
when the server answers again: what waits is then sent, with its version check.

Closing the article (``finish``) saves what is left; the controller lives on until that is
stored, possibly after the next article is open in the same editor, so from then on it saves
and journals the article as it was when closed (with the id and version its saves bring back).
A closing save that fails (a database locked past its timeout) is tried again after a pause,
longer each time, ``CLOSED_RETRIES`` times; the text is in the journal all along. So is an
explicit save that meets a busy database (``BUSY``): it waits and is sent again as itself,
with no message box (the save state says so), and reports its error only after the last try. Opened again before it is
stored, the article goes on from this text (``hand_over``), never from the older version in
the library. A photo stored after its article closed ends the article as closed
(``add_after_close``).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from newsdesk.domain import Article, ConflictError, NewsdeskError
from newsdesk.domain.errors import is_unreachable

from .errors import error_text
from .recovery import RecoveryJournal
from .status_bar import SaveState
from .workers import Debouncer, run_task

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI

JOURNAL_DELAY_MS = 1000
JOURNAL_MAX_WAIT_MS = 2500  # continuous typing: at most ~3 s of it is ever at risk
AUTOSAVE_MAX_WAIT_MS = 10000
CLOSED_RETRIES = 5  # a closed article's failed save is tried again so often, after pauses
CLOSED_RETRY_MS = 2000  # of 2 s, 4 s, 6 s…
BUSY = "storage.locked"  # another program writes to the database: a save asked for waits

_journal_pool: QThreadPool | None = None


def journal_pool() -> QThreadPool:
    """One thread: journal writes and deletions happen in the order they were asked."""
    global _journal_pool
    if _journal_pool is None:
        _journal_pool = QThreadPool()
        _journal_pool.setMaxThreadCount(1)
        _journal_pool.setExpiryTimeout(-1)
    return _journal_pool


class AutosaveController(QObject):
    state_changed = Signal(object, str)  # SaveState, detail
    saved = Signal(object)  # the Article as the library stored it
    conflict = Signal(object)  # SaveConflict: someone else stored a newer version
    went_offline = Signal(object)  # the error: the server could not be reached; saves wait

    def __init__(
        self,
        library: LibraryAPI,
        journal: RecoveryJournal,
        snapshot: Callable[[], Article],
        *,
        delay_s: float = 1.5,
        key: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._journal = journal
        self._snapshot = snapshot
        # the article as it was when closed: the editor the snapshot reads shows another one
        # next, and what is saved after the close (a save in flight, then the rest) is this
        self._closed_article: Article | None = None
        self.key = key or uuid.uuid4().hex
        self.generation = 0  # bumped on every change
        self.saved_generation = 0
        self._in_flight = False
        self._closed = False
        self.state = SaveState.SAVED
        self.stored_id: str | None = None
        self.journal_started = False  # logged once per new article (when its typing began)
        self._last_stored: Article | None = None
        self._waiting: list[Callable[[Article | None], None]] = []
        self._explicit: list[tuple[Callable, Callable]] = []  # explicit saves asked for
        self.conflicted: ConflictError | None = None
        # the article was deleted in the library meanwhile: its text stays here and in the
        # journal; nothing is saved under its id any more
        self.orphaned = False
        self.journaled = False  # the journal holds an entry of this article's unsaved text
        self.unrevised = False  # autosaved text that no revision holds yet (as far as we know)
        self.offline = False  # the server could not be reached: saves wait in the journal
        self._on_sent: Callable[[bool], None] | None = None  # told how a resumed send ended
        self.retries = 0  # failed saves tried again since the article closed
        # the article was opened again before this was stored: that editor's controller goes
        # on from this text, and this one stores nothing more
        self.successor: AutosaveController | None = None
        self._save = Debouncer(int(delay_s * 1000), self.save_now, self,
                               max_wait_ms=max(AUTOSAVE_MAX_WAIT_MS, int(delay_s * 1000)))
        self._retry = QTimer(self)  # a closed article's failed save, tried again
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._try_again)
        self._journal_timer = Debouncer(JOURNAL_DELAY_MS, self.write_journal, self,
                                        max_wait_ms=JOURNAL_MAX_WAIT_MS)

    # -- inputs ---------------------------------------------------------------------------------
    def changed(self, *, counted: bool = False) -> None:
        """Something changed: ``counted`` when the caller already bumped ``generation``."""
        if self._closed:
            return
        if not counted:
            self.generation += 1
        self._set_state(SaveState.OFFLINE if self.offline else SaveState.UNSAVED)
        self._save.poke()
        self._journal_timer.poke()

    @property
    def dirty(self) -> bool:
        return self.generation != self.saved_generation

    @property
    def in_flight(self) -> bool:
        """A save has been sent and its answer has not come back yet."""
        return self._in_flight

    @property
    def busy(self) -> bool:
        return self._in_flight or self._save.pending

    def take_snapshot(self) -> Article:
        if self._closed_article is not None:
            return self._closed_article.copy()
        return self._snapshot()

    # -- journal --------------------------------------------------------------------------------
    def journal_first_change(self) -> None:
        """The first keystroke since the text was last stored (or ever, for a new article):
        journal it now, not a debounce later, so a crash at any moment after it loses at
        most the keystrokes that follow, never the whole article."""
        if not self.journaled and not self._closed:
            if self.stored_id is None and not self.journal_started:
                self.journal_started = True
                logging.getLogger(__name__).info("recovery journal: a new article's first change")
            self.write_journal()

    def write_journal(self) -> None:
        if not self.dirty:
            return
        article = self.take_snapshot()
        self.journaled = True
        run_task(self._journal.write, self.key, article, waiting=self.offline,
                 pool=journal_pool())

    def _discard_journal(self) -> None:
        self.journaled = False
        run_task(self._journal.discard, self.key, pool=journal_pool())

    # -- saving ---------------------------------------------------------------------------------
    def save_now(self) -> None:
        """Start a background autosave of the current content (if anything changed)."""
        self._save.cancel()
        if (self._in_flight or self.conflicted is not None or self.orphaned or self.offline
                or self.successor is not None):
            return  # re-run when the save in flight comes back; a conflict waits for the user;
            # offline: the journal holds the text until the server answers (``resume``)
        if not self.dirty:
            return
        self._start()

    def _try_again(self) -> None:
        """After a pause: the save that failed on a busy database (the explicit ones waiting
        included), unless something else has sent or stopped it meanwhile."""
        if (self._in_flight or self.conflicted is not None or self.orphaned or self.offline
                or self.successor is not None):
            return
        if self._explicit or self.dirty:
            self._save.cancel()
            self._start()

    def save_explicit(self, on_done: Callable[[Article], None],
                      on_error: Callable[[BaseException], None]) -> None:
        """A save the user asked for (validated, with a revision), after any save in flight.

        A conflict is reported through ``conflict``, not ``on_error``."""
        self._save.cancel()
        self._explicit.append((on_done, on_error))
        if self.offline:  # sent, with its version check, when the server answers
            self.write_journal()
            return
        if not self._in_flight:
            self._start()

    def _start(self) -> None:
        requests, self._explicit = self._explicit, []
        article = self.take_snapshot()
        generation = self.generation
        expected = article.version if article.id else None
        self._in_flight = True
        self._set_state(SaveState.SAVING)
        options: dict[str, Any] = {} if requests else {"closing": self._closed}  # into the history
        save = self._library.save if requests else self._library.autosave
        run_task(
            save,
            article,
            expected_version=expected,
            **options,
            on_done=lambda stored: self._saved(stored, generation, requests, **options),
            on_error=lambda exc: self._failed(exc, generation, requests),
        )

    def _next(self) -> bool:
        """Start the explicit save asked for while another was in flight, if any."""
        if self._explicit and self.conflicted is None:
            self._start()
            return True
        self._explicit.clear()
        return False

    def when_stored(self, callback: Callable[[Article | None], None]) -> None:
        """Call ``callback(stored article)`` once everything typed so far is in the library;
        the article is None when it was already stored, unchanged, when it was opened.

        Saves now if need be (a new article that was never edited is stored too)."""
        self._waiting.append(callback)
        if not self.dirty and self.stored_id is None:
            self.generation += 1  # nothing typed yet, but the article must exist
        if self.dirty or self._in_flight:
            self.save_now()
        else:
            self._call_waiting(self._last_stored)

    def _call_waiting(self, stored: Article | None) -> None:
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(stored)

    def _saved(self, stored: Article, generation: int, requests=(), closing: bool = False) -> None:
        self._in_flight = False
        self.retries = 0
        self._sent(True)
        self.unrevised = not (requests or closing)  # a save and a closing autosave leave one
        self.saved_generation = max(self.saved_generation, generation)
        self.stored_id = stored.id
        self._last_stored = stored
        if self._closed_article is not None:  # what the library assigned, as the editor keeps
            self._closed_article = self._closed_article.copy(
                id=stored.id, version=stored.version, created=stored.created,
                updated=stored.updated, status=stored.status)
        self.saved.emit(stored)
        for on_done, _on_error in requests:
            on_done(stored)
        if self._next():
            return
        if self.dirty:
            if not self._closed:
                self._set_state(SaveState.UNSAVED)
                self._save.poke()
            else:
                self.save_now()
        else:
            self._journal_timer.cancel()
            self._discard_journal()
            self._set_state(SaveState.SAVED)
            self._call_waiting(stored)
            if self._closed and self.unrevised:
                self._checkpoint()

    def _failed(self, exc: BaseException, generation: int = 0, requests=()) -> None:
        self._in_flight = False
        self._waiting.clear()
        if is_unreachable(exc):
            self._hold(exc, requests)
            return
        self._sent(False)
        detail = error_text(exc)
        if isinstance(exc, ConflictError):
            self._conflict(exc, generation)
            return
        if requests and getattr(exc, "code", "") == BUSY and self.retries < CLOSED_RETRIES \
                and self.successor is None:
            # the database busy (another program writing): the save asked for waits and is
            # tried again after a pause, longer each time, as itself (a revision), rather than
            # stop the reporter with a message box while the text is safe
            self._explicit = [*requests, *self._explicit]
            self.retries += 1
            self._set_state(SaveState.FAILED, detail)
            self._retry.start(CLOSED_RETRY_MS * self.retries)
            return
        if requests:  # an explicit save refused (e.g. no headline): autosave carries on
            for _on_done, on_error in requests:
                on_error(exc)
            if not self._next():
                self._set_state(SaveState.UNSAVED if self.dirty else SaveState.SAVED)
                if self.dirty:
                    self._save.poke()
            return
        self._set_state(SaveState.FAILED, detail)
        if self._next():
            return
        if not self._closed:
            self._save.poke()  # try again after the next pause
        elif self.retries < CLOSED_RETRIES and self.successor is None:
            self.retries += 1  # closed: tried again after a longer pause each time (the
            self._retry.start(CLOSED_RETRY_MS * self.retries)  # journal holds the text)
        if not isinstance(exc, NewsdeskError):
            import logging

            logging.getLogger(__name__).error("autosave failed", exc_info=exc)

    # -- the server away ------------------------------------------------------------------------
    def _hold(self, exc: BaseException, requests=()) -> None:
        """The server could not be reached: keep everything (the text in the journal, the
        explicit saves asked for in the queue) until ``resume``; the text stays editable."""
        self._explicit = [*requests, *self._explicit]
        self._save.cancel()
        self._on_sent = None  # the window counts again when it resumes
        self.offline = True
        self._set_state(SaveState.OFFLINE)
        self.write_journal()  # marked as waiting for the server (if anything is unsaved)
        self.went_offline.emit(exc)

    def hold(self) -> None:
        """The window found the server away: saves wait in the journal until ``resume``
        (a save in flight meets the same and holds by itself)."""
        if self.offline or self._in_flight:
            return
        self.offline = True
        self._save.cancel()
        if self.dirty or self._explicit:
            self._set_state(SaveState.OFFLINE)
            self.write_journal()

    def resume(self, on_sent: Callable[[bool], None] | None = None) -> bool:
        """The server answers again: send what waits (the newest text, as an explicit save
        if one was asked for), with its version check. True when something was sent; then
        ``on_sent(stored: bool)`` says whether it was stored (False: refused, e.g. a conflict)."""
        if not self.offline:
            return False
        self.offline = False
        if self._in_flight or self.conflicted is not None or not (self._explicit or self.dirty):
            if not self._in_flight:
                self._set_state(SaveState.UNSAVED if self.dirty else SaveState.SAVED)
            return False
        self._on_sent = on_sent
        self._start()
        return True

    def _sent(self, stored: bool) -> None:
        report, self._on_sent = self._on_sent, None
        if report is not None:
            report(stored)

    def _conflict(self, exc: ConflictError, generation: int) -> None:
        """Someone else stored a newer version: this text is kept as a revision. What was typed
        after that snapshot is kept the same way (one more refused save) before asking."""
        self._explicit.clear()
        if self.generation != generation and getattr(exc, "revision", None) is not None:
            self._start()  # refused again, so the newest text is kept as a revision too
            return
        self.conflicted = exc
        self._save.cancel()
        if getattr(exc, "revision", None) is not None:
            self.saved_generation = generation  # everything typed is kept as a revision
        self._set_state(SaveState.FAILED, error_text(exc))
        self.conflict.emit(exc)

    def mark_saved(self, generation: int) -> None:
        """An explicit save stored ``generation``: nothing older needs autosaving."""
        self.saved_generation = max(self.saved_generation, generation)
        self.unrevised = False
        if not self.dirty:
            self._save.cancel()
            self._journal_timer.cancel()
            self._discard_journal()
            self._set_state(SaveState.SAVED)

    def forget_changes(self) -> None:
        """The text on screen is being replaced by the library's (a restored revision): what
        was typed since the last save is dropped, deliberately."""
        self._save.cancel()
        self._journal_timer.cancel()
        self.saved_generation = self.generation
        self._discard_journal()

    def finish(self) -> None:
        """The article is being closed: save what is left now, stop reacting to changes.

        Its text is read one last time: whatever is saved or journalled for it from now on
        (the rest after a save in flight, a save held while the server was away) is that,
        never what the editor shows next."""
        if self._closed_article is None:
            self._closed_article = self._snapshot()
        self._closed = True
        self._journal_timer.cancel()
        if self.dirty:
            self.write_journal()
            self.save_now()
        elif not self._in_flight:
            self._discard_journal()
            if self.unrevised and not self.orphaned:
                self._checkpoint()

    @property
    def unstored(self) -> bool:
        """Closed, with text the library does not hold yet, and no save of it on its way (its
        save failed, or waits for the server): opening the article again goes on from it."""
        return (self._closed and self.dirty and not self._in_flight and self.successor is None
                and self.conflicted is None and not self.orphaned)

    def hand_over(self, successor: AutosaveController) -> None:
        """The article is open again in ``successor``, from this text: that one saves it (the
        explicit saves asked for and a wait for the server included); this one stops."""
        self.successor = successor
        self._save.cancel()
        self._retry.stop()
        self._journal_timer.cancel()
        successor._explicit, self._explicit = self._explicit, []
        if self.offline:
            successor.hold()

    def add_after_close(self, path: str, sha: str, markdown: str) -> None:
        """A photo stored after its article closed: its figure (``markdown``) ends the article
        as it was closed, and that is saved (or goes to the editor that opened it again)."""
        article = self.take_snapshot()
        body = article.body.rstrip("\n")
        self._closed_article = article.copy(
            body=f"{body}\n\n{markdown}\n" if body else f"{markdown}\n",
            assets={**article.assets, path: sha})
        self.generation += 1
        self.retries = 0
        self.write_journal()
        self.save_now()

    def _checkpoint(self) -> None:
        """The article is closed after autosaves only: what they stored becomes a revision."""
        self.unrevised = False
        if self.stored_id is None:
            return
        self._in_flight = True  # busy: quitting waits for it like for a save
        run_task(self._library.checkpoint, self.stored_id,
                 on_done=lambda _none: self._checked(None), on_error=self._checked)

    def _checked(self, exc: BaseException | None) -> None:
        self._in_flight = False
        if exc is not None and not isinstance(exc, NewsdeskError):
            import logging

            logging.getLogger(__name__).error("autosave revision failed", exc_info=exc)

    def _set_state(self, state: SaveState, detail: str = "") -> None:
        if state == self.state and not detail:
            return  # typing keeps the state "unsaved": nothing to redraw per keystroke
        self.state = state
        self.state_changed.emit(state, detail)
