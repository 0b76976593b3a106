"""The SQLAlchemy engine for a newsdesk database: SQLite (default) or PostgreSQL.

SQLite gets WAL, foreign keys, a busy timeout and ``BEGIN IMMEDIATE`` for write sessions
(``writer(engine)``), so that two processes saving at once wait for each other instead of
failing on a stale snapshot. Every other dialect is used as SQLAlchemy configures it.
A new SQLite database is private to the user: the file is created 0600 (SQLite gives its WAL
and shared-memory files the same mode) in a folder made 0700; an existing one keeps its mode.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import StaticPool

from newsdesk.config.atomic import PRIVATE_FILE, make_folder

from .errors import StorageError, translate_errors

_IMMEDIATE = "newsdesk_immediate"


def make_engine(url: str, *, timeout: float = 5.0) -> Engine:
    """An engine for ``url``; SQLite folders are created, pragmas set on every connection."""
    with translate_errors(url):
        parsed = make_url(url)
        if parsed.get_backend_name() != "sqlite":
            return create_engine(url, pool_pre_ping=True, hide_parameters=True)  # no article text in errors
        database = parsed.database or ""
        memory = database in ("", ":memory:") or database.startswith("file::memory:")
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

