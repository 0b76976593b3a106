"""What the window does with a live shared library: colleagues' changes show by themselves.

``LiveUpdates`` starts the listener (``live_listener``) once the library is open, on
PostgreSQL only, and reacts to each change on the UI thread; everything it reads runs on the
thread pool:

- any change: the library list is listed again (a burst of changes, once);
- a save, status change or comment on the open article: its review panel reloads;
- a newer version of the open article: shown at once when nothing was typed here since it
  was stored (a word an input method is still composing counts as typed); otherwise what was
  typed is saved now, which the library refuses (it is older) and keeps as a revision, and
  the two-versions dialog takes over. A change of status alone (same text) is adopted
  without asking;
- the open article deleted: the window keeps its text and says who deleted it
  (``MainWindow.deleted_elsewhere``); so does a reread that finds it gone (a deletion made
  while this app was not listening);
- presence: the article open for editing is claimed for this app; the bar above it says who
  else is editing it. "Take over" makes this app the article's editor: the others' claims are
  removed, their apps are told at once, save what they typed (the version here then updates
  by itself) and show that it was taken over. Both may still type: saves stay guarded by the
  versions, so nothing is overwritten. While someone else is shown, their presence is looked
  at again every few seconds (an app that died sends no notification).

Where nothing is heard (a SQLite library, or a listener not connected) the window's
``LibraryWatch`` notices changes by a cheap check instead and calls ``reread_open`` for the
open article: a newer version there is handled as one heard of.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from .workers import Debouncer, run_task

if TYPE_CHECKING:
    from newsdesk.domain import Article

    from .live_listener import LiveListener

log = logging.getLogger(__name__)

LIST_DELAY_MS = 120  # changes closer than this are listed once
PRESENCE_RECHECK_MS = 3000  # while a colleague is shown as editing
BUSY_RETRY_MS = 250  # a save of ours in flight: look again after it


class LiveUpdates(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.listener: LiveListener | None = None
        self.article_id: str | None = None  # the article claimed for this app
        self.known: Article | None = None  # the open article as last read or stored here
        self._seen_mine = False  # our claim was seen stored (so its loss is a take-over)
        self._presence_serial = 0
        self._presence_failures = 0  # presence reads failed in a row (server away)
        self._stopped = False
        self._hearing = False  # the listener is connected: changes are notified
        self._list = Debouncer(LIST_DELAY_MS, window.library_panel.refresh, self)
        self._review = Debouncer(LIST_DELAY_MS, self._refresh_review, self)
        self._recheck = QTimer(self)
        self._recheck.setInterval(PRESENCE_RECHECK_MS)
        self._recheck.timeout.connect(self.check_presence)

    @property
    def active(self) -> bool:
        return self.listener is not None

    @property
    def hearing(self) -> bool:
        """Changes made elsewhere reach this app by notification now (a shared library whose
        listener is connected): nothing needs to look for them."""
        return self.listener is not None and self._hearing and not self._stopped

    def start(self, library) -> None:
        """Listen, on a shared library (the storage modules load on the thread pool)."""
        run_task(_connection_for, library, on_done=self._listen,
                 on_error=lambda exc: log.warning("live library: not listening (%s)", exc))

    def _listen(self, connection) -> None:
        if connection is None or self.listener is not None or self._stopped:  # SQLite: one user
            return
        from .live_listener import LiveListener

        listener = LiveListener(connection, self)
        self.listener = listener
        listener.changed.connect(self._changed)
        listener.reconnected.connect(self._everything_changed)
        listener.connected.connect(self._connected)
        listener.claimed.connect(self._claimed)
        listener.start()
        if self.article_id:
            listener.claim(self.article_id)
            self.check_presence()

    def _connected(self, connected: bool) -> None:
        """The listening connection was lost or came back: the server may be away, or back
        (the window's ConnectionWatch asks it, ``SELECT 1``, off the UI thread)."""
        self._hearing = connected
        if self._stopped:
            return
        if connected:
            self.window.connection.ask_now()
        else:
            self.window.connection.suspect()

    def stop(self) -> None:
        self._stopped = True
        if self.listener is not None:
            if self.article_id:
                self.listener.release(self.article_id)
            self.listener.stop()
            self.listener = None
        self._recheck.stop()
        self._list.cancel()  # nothing is read for a window that has closed
        self._review.cancel()

    # -- the article open for editing ------------------------------------------------------------
    def editing(self, article_id: str | None) -> None:
        """The window now has ``article_id`` open for editing (None: no article)."""
        if article_id == self.article_id:
            return
        if self.listener is not None and self.article_id:
            self.listener.release(self.article_id)
        self.article_id, self._seen_mine = article_id, False
        view = self.window._view
        if view is not None:
            view.presence.clear_note()
        self._show_editors([])
        if self.listener is not None and article_id:
            self.listener.claim(article_id)
            self.check_presence()

    def rename(self) -> None:
        """The name in the preferences changed: colleagues see the new one at once."""
        from newsdesk.services.live import user_label

        if self.listener is not None:
            self.listener.rename(user_label(self.window.library))

    def take_over(self) -> None:
        if self.listener is not None and self.article_id:
            self.listener.take_over(self.article_id)

    def _claimed(self, article_id: str, take_over: bool) -> None:
        """Our claim is stored: from now on, its loss is a take-over (whatever a presence
        read made before it found). After our own take-over, the bar says we hold it."""
        if article_id != self.article_id or self._stopped:
            return
        self._seen_mine = True
        if take_over:
            from .presence_bar import clock

            view = self.window._view
            if view is not None:
                view.presence.show_note(self.tr("You took over editing at %1; the others "
                                                "were told").replace("%1", clock(_now())))
        self.check_presence()

    def check_presence(self) -> None:
        if self.listener is None or not self.article_id:
            return
        from newsdesk.services.live import editors_of

        self._presence_serial += 1
        serial, article_id = self._presence_serial, self.article_id
        run_task(editors_of, self.window.library, article_id,
                 on_done=lambda found: self._presence(found, serial, article_id),
                 on_error=self._presence_failed)

    def _presence_failed(self, exc: BaseException) -> None:
        """The first failure in a row is logged with its details; each retry after it (every
        few seconds while the server is away) in one short line, for debugging only."""
        if self._presence_failures == 0:
            log.info("live library: presence not read (%s)", exc)
        else:
            log.debug("live library: presence still not read (%s, attempt %d)",
                      type(exc).__name__, self._presence_failures + 1)
        self._presence_failures += 1

    def _presence(self, found: list, serial: int, article_id: str) -> None:
        self._presence_failures = 0
        if serial != self._presence_serial or article_id != self.article_id:
            return
        me = self.listener.session if self.listener is not None else ""
        mine = any(e.session == me for e in found)
        others = [e for e in found if e.session != me]
        taken = self._seen_mine and not mine and bool(others)
        self._seen_mine = self._seen_mine or mine
        if taken:
            self._taken_over()
        self._show_editors(others, taken_over=taken)

    def _taken_over(self) -> None:
        """A colleague took the article over: save what was typed here, now, and no longer
        claim it (so they see only themselves)."""
        view = self.window.article_view
        if view.autosave is not None:
            view.commit_preedit()
            view.autosave.save_now()
        if self.listener is not None and self.article_id:
            self.listener.release(self.article_id)
        self._seen_mine = False

    def _show_editors(self, others: list, *, taken_over: bool = False) -> None:
        view = self.window._view
        if view is not None:
            view.presence.show_editors(others, taken_over=taken_over)
        if others:
            self._recheck.start()
        else:
            self._recheck.stop()

    # -- changes ------------------------------------------------------------------------------------
    def _changed(self, changes: list) -> None:
        if self._stopped:  # heard just before the window closed
            return
        self._list.poke()
        open_id = self._open_id()
        newest = None
        for change in changes:
            if change.article_id != open_id:
                continue
            if change.what in ("article", "status", "comments"):
                self._review.poke()
            if change.what == "comments":
                self.window.comment_marks.reload()
            if change.what == "article" and change.version is not None:
                newest = max(newest or 0, change.version)
            if change.what == "presence":
                self.check_presence()
            if change.what == "deleted":
                self.window.deleted_elsewhere(change.article_id, change.by)
        if newest is not None and newest > self.window.article_view.base.version:
            self._fetch(open_id)

    def _everything_changed(self) -> None:
        if self._stopped:
            return
        self._list.poke()
        self._review.poke()
        open_id = self._open_id()
        if open_id:
            self._fetch(open_id)
            self.check_presence()

    def reread_open(self) -> None:
        """The library changed and nothing was heard (``LibraryWatch``, View › Refresh): read
        the open article again. A newer version is handled as one heard of; gone, it was
        deleted elsewhere."""
        open_id = self._open_id()
        if open_id and not self._stopped:
            run_task(self.window.library.get, open_id, on_done=self._reread,
                     on_error=lambda exc: self._not_read(open_id, exc))

    def _reread(self, stored) -> None:
        if self._stopped or self._open_id() != stored.id:
            return
        if stored.version > self.window.article_view.base.version:
            if self._stepping():  # our own step, not yet answered: its answer shows it
                QTimer.singleShot(BUSY_RETRY_MS, lambda: self._reread(stored))
                return
            self._review.poke()  # its status, its history
            self._arrived(stored)

    def _stepping(self) -> bool:
        """A workflow step of the open article is being stored from this window."""
        review = self.window.side.review_tab.widget
        return review is not None and bool(getattr(review.workflow, "busy", False))

    def _open_id(self) -> str | None:
        window = self.window
        return window.article_view.base.id if window._has_article() else None

    def _refresh_review(self) -> None:
        if self.window._has_article():
            self.window.side.review_refresh()

    def _fetch(self, article_id: str | None) -> None:
        if article_id:
            run_task(self.window.library.get, article_id, on_done=self._arrived,
                     on_error=lambda exc: self._not_read(article_id, exc))

    def _not_read(self, article_id: str, exc: BaseException) -> None:
        from newsdesk.domain import NotFoundError

        if isinstance(exc, NotFoundError):  # deleted while this app was not listening
            self.window.deleted_elsewhere(article_id, "")
        else:
            log.info("live library: article not read (%s)", exc)

    def _arrived(self, stored) -> None:
        """A newer version of the open article, read from the library."""
        window = self.window
        if not window._has_article():
            return
        view = window.article_view
        if stored.id != view.base.id or stored.version <= view.base.version:
            return  # another article now, or our own save
        autosave = view.autosave
        if autosave is None or window.version_dialog is not None or autosave.conflicted:
            return  # the user is already choosing between two versions
        if autosave.in_flight or self._stepping():  # our own save or workflow step under
            # way: it decides (stored, or a conflict); its answer brings the version it made
            QTimer.singleShot(BUSY_RETRY_MS, lambda: self._arrived(stored))
            return
        if not autosave.dirty and not view.composing:  # a word being composed is an edit
            ours = view.base.version  # the version shown here (maybe our own autosave)
            if view.current_article().content_equals(stored):
                view.adopt_status(stored)
            else:
                position = view.body.textCursor().position()
                window._show_stored(stored)
                window.comment_marks.reload()
                _place_cursor(view.body, position)  # where it was, as near as the text allows
            self.known = stored
            window._edited()  # the previews follow
            window.status.showMessage(self.tr("Updated to the version saved elsewhere."), 8000)
            self._tell_if_kept(stored.id, ours)
            return
        known = self.known if self.known is not None and self.known.id == stored.id else None
        if known is not None and known.content_equals(stored):  # only its status changed
            view.adopt_status(stored)
            self.known = stored
            return
        view.commit_preedit()
        autosave.save_now()  # refused as outdated: kept as a revision, then the dialog


    def _tell_if_kept(self, article_id: str, version: int) -> None:
        """Someone saved over the version shown here: if it was kept as a revision (their
        save did not overwrite it silently), say so plainly and where it is."""
        from newsdesk.services.review import kept_from

        run_task(kept_from, self.window.library, article_id, version,
                 on_done=lambda kept: self._kept(article_id, kept),
                 on_error=lambda exc: log.info("live library: history not read (%s)", exc))

    def _kept(self, article_id: str, kept) -> None:
        if kept is None or self._open_id() != article_id:
            return
        from newsdesk.services.review import KEPT_NOTE

        who = kept.note[len(KEPT_NOTE):].strip() or self.tr("Someone")
        text = self.tr("{who} kept their version; yours is in History as r{n}.").format(
            who=who, n=kept.number)
        self.window.status.showMessage(text, 60000)
        self.window.article_view.presence.show_note(text)


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


def _connection_for(library):
    """Worker thread: the app's listening connection (not connected yet), None on SQLite."""
    from newsdesk.services.live import live_connection

    return live_connection(library)


def _place_cursor(body, position: int) -> None:
    cursor = body.textCursor()
    cursor.setPosition(max(0, min(position, body.document().characterCount() - 1)))
    body.setTextCursor(cursor)
