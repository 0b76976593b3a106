"""The SQLAlchemy engine for a newsdesk database: SQLite (default) or PostgreSQL.

SQLite gets WAL, foreign keys, a busy timeout and ``BEGIN IMMEDIATE`` for write sessions
(``writer(engine)``), so that two processes saving at once wait for each other instead of
failing on a stale snapshot. Every other dialect is used as SQLAlchemy configures it.
A new SQLite database is private to the user: the file is created 0600 (SQLite gives its WAL
and shared-memory files the same mode) in a folder made 0700; an existing one keeps its mode.

A database the user may not write (a read-only file, or a folder where SQLite cannot make its
``-wal``/``-shm`` files: a CD, a share mounted read-only, an archive) is opened read-only:
reading works (``list``, ``show``, ``export``) and every write is refused with a message
saying why. When SQLite cannot even read it that way (a WAL database whose ``-shm`` cannot be
made) it is opened as immutable, unless a ``-wal`` file holds changes not yet in it: then
the message says to open it once where it may be written.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

from newsdesk.config.atomic import PRIVATE_FILE, make_folder

from .errors import StorageError, not_writable, translate_errors

_IMMEDIATE = "newsdesk_immediate"


def make_engine(url: str, *, timeout: float = 5.0) -> Engine:
    """An engine for ``url``; SQLite folders are created, pragmas set on every connection."""
    with translate_errors(url):
        parsed = make_url(url)
        if parsed.get_backend_name() != "sqlite":
            return create_engine(url, pool_pre_ping=True, hide_parameters=True,  # no article text in errors
                                 connect_args=_server_timeouts(parsed))
        database = parsed.database or ""
        memory = database in ("", ":memory:") or database.startswith("file::memory:")
        if read_only_database(url):
            return _read_only_engine(Path(database).expanduser(), timeout)
        if not memory:
            folder = Path(database).expanduser().parent
            try:
                make_folder(folder, private=True)
            except OSError as exc:
                raise StorageError(
                    f"cannot create the folder {folder} for the database ({exc.strerror})",
                    code="storage.unwritable",
                ) from None
            _create_private(Path(database).expanduser())
        kwargs: dict[str, object] = {"connect_args": {"timeout": timeout}}
        if memory:
            kwargs["poolclass"] = StaticPool
            kwargs["connect_args"] = {"check_same_thread": False}
        engine = create_engine(parsed, hide_parameters=True, **kwargs)  # no article text in errors
    _configure_sqlite(engine, timeout=timeout, wal=not memory)
    return engine


# A database server that went away must not hold the app for minutes: a connection attempt
# gives up after CONNECT_TIMEOUT_S, and the operating system probes an idle connection (a
# request waiting for an answer) after a few seconds, so a server or network that vanished
# without a word is noticed in about half a minute rather than the system's two hours. No
# statement timeout: a long import or migration is legitimate, and a server that stopped
# closes its connections (noticed at once). A value given in the URL wins.
CONNECT_TIMEOUT_S = 5
_LIBPQ_TIMEOUTS: dict[str, object] = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 30000,  # ms: data sent and never acknowledged (network gone)
}


def _server_timeouts(parsed: URL) -> dict[str, object]:
    """The connection options of ``_LIBPQ_TIMEOUTS`` the URL does not set itself (drivers
    built on libpq only: psycopg, psycopg2)."""
    if parsed.get_backend_name() != "postgresql" or parsed.get_driver_name() not in (
            "psycopg", "psycopg2"):
        return {}
    return {name: value for name, value in _LIBPQ_TIMEOUTS.items() if name not in parsed.query}


def read_only_database(url: str) -> bool:
    """True when ``url`` is an SQLite file this process may read but not write."""
    try:
        parsed = make_url(url)
    except Exception:  # not a URL we could open anyway
        return False
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:") \
            or database.startswith("file:"):
        return False
    return not_writable(str(Path(database).expanduser()))


def _read_only_engine(path: Path, timeout: float) -> Engine:
    base = f"file:{quote(str(path.resolve()))}?mode=ro"
    uri = base
    try:
        probe = sqlite3.connect(base, uri=True, timeout=timeout)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            probe.close()
    except sqlite3.DatabaseError:
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StorageError(
                f"the library {path} is read-only here and its last changes are still in "
                f"{wal.name}; open it once where it may be written (or copy the folder to a "
                "writable place), then try again", code="storage.read_only") from None
        uri = base + "&immutable=1"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)

    # the URL names the file (for messages); ``connect`` opens it read-only
    engine = create_engine(URL.create("sqlite", database=str(path)), creator=connect,
                           hide_parameters=True)
    _configure_sqlite(engine, timeout=timeout, wal=False)
    return engine


def _create_private(path: Path) -> None:
    """An empty database file, 0600, unless one is there (SQLite fills an empty file). Any
    failure is left for SQLite to meet and report as it opens the file."""
    if str(path).startswith("file:"):  # a URI: SQLite creates it
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except OSError:
        pass


def _configure_sqlite(engine: Engine, *, timeout: float, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see below)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        if connection.get_execution_options().get(_IMMEDIATE):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions take the write lock at BEGIN (SQLite)."""
    return engine.execution_options(**{_IMMEDIATE: True})

