"""A shared PostgreSQL library, live: the changes colleagues make, and who is editing what.

``LiveConnection`` is one app's own connection to the server, kept apart from the engine's
pool and used by one thread only (the app's listener). It ``LISTEN``s on the channel the
triggers of the migration ``0009_live`` notify (one JSON notification per change, sent in the
transaction of the change), and holds for as long as the app runs a session-level advisory
lock named after the app's session. A row of ``editing_presence`` (this app has that article
open for editing) counts only while its session holds that lock: when an app dies, the server
ends its session and the lock goes with it, so its rows stop counting at once, with nothing
to expire or clean up by hand (stale rows are removed by the next app that opens the
article). The server is told to probe an idle connection every few seconds, so a computer
that vanished from the network (no FIN) also releases its lock within about half a minute.

``editors(engine, article_id)`` reads who holds an article now, through the ordinary pool.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    import psycopg

CHANNEL = "newsdesk_library"
PRESENCE_LOCK = 7316241  # first key of the sessions' advisory locks (the second: lock_key)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """One change notified by the database: ``what`` is article | deleted | status | comments
    | presence; ``version`` is the article's version after a save; ``by``, who deleted it
    (when the deleting program said so)."""

    article_id: str
    what: str
    version: int | None = None
    by: str = ""


@dataclass(frozen=True)
class Editor:
    """An app session that has an article open for editing."""

    article_id: str
    session: str
    name: str
    since: datetime


def lock_key(session: str) -> int:
    """The second key of ``session``'s advisory lock: a positive 31-bit number."""
    return int(session[:7], 16)


def parse_change(payload: str) -> Change | None:
    try:
        data = json.loads(payload)
        return Change(str(data["id"]), str(data["what"]),
                      int(data["version"]) if data.get("version") is not None else None,
                      str(data.get("by") or ""))
    except (ValueError, KeyError, TypeError):
        log.warning("ignored a notification that is not a change: %.80r", payload)
        return None


def is_shared(engine: Engine) -> bool:
    """True for a database others may change meanwhile (PostgreSQL), not SQLite's file."""
    return engine.dialect.name == "postgresql"


_LIVE = ("EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted "
         "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
         "AND l.classid = CAST(:lock AS oid) AND l.objid = CAST(p.lock_key AS oid) "
         "AND l.objsubid = 2 AND l.pid = p.backend_pid)")


def editors(engine: Engine, article_id: str) -> list[Editor]:
    """The sessions alive that have ``article_id`` open for editing, first comer first."""
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT p.article_id, p.session, p.name, p.since FROM editing_presence p "
            f"WHERE p.article_id = :id AND {_LIVE} ORDER BY p.since, p.session"),
            {"id": article_id, "lock": PRESENCE_LOCK}).all()
    return [Editor(r.article_id, r.session, r.name, r.since) for r in rows]


class LiveConnection:
    """The listener's connection: notifications in, this session's presence out. Not
    thread-safe: one thread calls every method. A lost connection raises ``psycopg``'s
    ``OperationalError``; ``connect()`` again restores the listening, the lock and the claims."""

    def __init__(self, engine: Engine, session: str, name: str, url: str | None = None) -> None:
        """``url``: where to connect when not where ``engine`` does (the server itself, or
        a session-mode pool, when the app's queries go through a transaction-mode pooler)."""
        target = make_url(url or engine.url.render_as_string(hide_password=False))
        self._conninfo = target.set(drivername="postgresql").render_as_string(hide_password=False)
        self.session = session
        self.name = name
        self.claimed: set[str] = set()
        self._conn: psycopg.Connection | None = None

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def connect(self, timeout: float = 5.0) -> None:
        import psycopg

        self.close()
        conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=max(1, int(timeout)),
                               application_name="newsdesk live")
        try:
            # the server notices a vanished computer within ~30 s (its lock then goes)
            conn.execute("SET tcp_keepalives_idle = 10")
            conn.execute("SET tcp_keepalives_interval = 5")
            conn.execute("SET tcp_keepalives_count = 4")
            conn.execute(f"LISTEN {CHANNEL}")
            conn.execute("SELECT pg_advisory_lock(%s, %s)", (PRESENCE_LOCK, lock_key(self.session)))
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        for article_id in sorted(self.claimed):
            self._claim(article_id, take_over=False)

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # already gone
                pass
            self._conn = None

    def changes(self, timeout: float) -> list[Change]:
        """The changes notified within ``timeout`` seconds (returns at the first batch)."""
        assert self._conn is not None
        notes = list(self._conn.notifies(timeout=timeout, stop_after=1))
        if notes:  # whatever else has already arrived comes with it
            notes += self._conn.notifies(timeout=0.01)
        return [c for c in (parse_change(n.payload) for n in notes) if c is not None]

    def claim(self, article_id: str, *, take_over: bool = False) -> None:
        """This session has ``article_id`` open for editing (``take_over``: and nobody else)."""
        self.claimed.add(article_id)
        if self.connected:
            self._claim(article_id, take_over=take_over)

    def rename(self, name: str) -> None:
        """Show this session as ``name`` from now on, on every article it has claimed."""
        self.name = name
        if self.connected:
            assert self._conn is not None
            self._conn.execute("UPDATE editing_presence SET name = %s WHERE session = %s",
                               (name, self.session))

    def release(self, article_id: str) -> None:
        self.claimed.discard(article_id)
        if self.connected:
            assert self._conn is not None
            self._conn.execute("DELETE FROM editing_presence WHERE article_id = %s AND session = %s",
                               (article_id, self.session))

    def _claim(self, article_id: str, *, take_over: bool) -> None:
        assert self._conn is not None
        with self._conn.transaction():
            # rows of sessions that ended (their lock is gone), or of everyone on a take-over
            others = "p.session <> %(session)s" if take_over else "false"
            self._conn.execute(
                "DELETE FROM editing_presence p WHERE p.article_id = %(id)s AND "
                f"({others} OR NOT {_LIVE.replace(':lock', '%(lock)s')})",
                {"id": article_id, "session": self.session, "lock": PRESENCE_LOCK})
            self._conn.execute(
                "INSERT INTO editing_presence (article_id, session, name, backend_pid, lock_key) "
                "VALUES (%s, %s, %s, pg_backend_pid(), %s) ON CONFLICT (article_id, session) "
                "DO UPDATE SET backend_pid = excluded.backend_pid, name = excluded.name"
                + (", since = now()" if take_over else ""),
                (article_id, self.session, self.name, lock_key(self.session)))
