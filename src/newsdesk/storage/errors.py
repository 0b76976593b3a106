"""Storage failures the user can act on (locked, unreachable, newer or foreign database).

SQLAlchemy is imported when a URL or a failure is looked at, not with this module: the plain
SQLite reader (``reader.py``) explains its failures with ``driver_failure`` too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from newsdesk.domain.errors import UNREACHABLE, NewsdeskError
from newsdesk.domain.text import redact

if TYPE_CHECKING:
    from sqlalchemy import exc as sa_exc


class StorageError(NewsdeskError):
    code = "storage"


def describe_url(url: str) -> str:
    """A URL safe to show: the SQLite file, or the server URL without its password."""
    from sqlalchemy import exc as sa_exc
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError:
        return "the database"
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or "the in-memory database"
    return parsed.render_as_string(hide_password=True)


@contextmanager
def translate_errors(url: str) -> Iterator[None]:
    """Turn driver failures with a known cause into StorageError with a clear message."""
    from sqlalchemy import exc as sa_exc

    try:
        yield
    except sa_exc.OperationalError as exc:
        raise _operational(exc, url) from exc
    except sa_exc.InterfaceError as exc:  # e.g. a connection the server closed, used again
        if not any(sign in str(exc.orig).lower() for sign in _CUT_OFF):
            raise
        raise _operational(exc, url) from exc
    except sa_exc.DatabaseError as exc:
        if not any(sign in str(exc.orig).lower() for sign in _DAMAGE):
            raise  # integrity and programming errors are bugs, not user errors
        raise _operational(exc, url) from exc
    except (sa_exc.ArgumentError, ValueError) as exc:  # ValueError: e.g. a port that is no number
        raise StorageError(
            f"'{redact(url)}' is not a database URL this newsdesk understands "
            f"({redact(str(exc))[:120]})",
            code="storage.url",
        ) from exc
    except (sa_exc.NoSuchModuleError, ImportError) as exc:
        raise StorageError(
            f"no database driver for '{describe_url(url)}' ({exc}); for PostgreSQL install "
            "newsdesk[postgres] and use postgresql+psycopg://…",
            code="storage.driver",
        ) from exc


# What SQLite says of a file that is not (or no longer) a whole database.
_DAMAGE = ("not a database", "malformed", "disk image")


def not_writable(database: str) -> bool:
    """True when ``database`` is an SQLite file this process may not write (or not its
    folder, where SQLite makes its -wal and -shm files)."""
    import os
    from pathlib import Path

    path = Path(database)
    try:
        return path.is_file() and not (os.access(path, os.W_OK)
                                       and os.access(path.parent, os.W_OK))
    except (OSError, ValueError):
        return False


def _operational(exc: sa_exc.DBAPIError, url: str) -> StorageError:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    return driver_failure(text, describe_url(url), type(exc.orig).__name__)


def driver_failure(text: str, where: str, kind: str = "error") -> StorageError:
    """The StorageError for what the database driver said (``text``) about ``where`` (a file
    or a server, as ``describe_url`` shows it); ``kind``: the driver's exception name."""
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return StorageError(
            f"the database {where} is locked by another program (another newsdesk?); "
            "wait for it to finish or close it, then try again",
            code="storage.locked",
        )
    if "malformed" in lowered or "disk image" in lowered:
        return StorageError(
            f"the library {where} is damaged (SQLite: {text.strip().splitlines()[0][:80]}); "
            "close newsdesk, keep a copy of that file, and restore it from a backup — "
            "'sqlite3 FILE .recover' can save what is still readable into a new file",
            code="storage.damaged",
        )
    if "not a database" in lowered:
        return StorageError(
            f"{where} is not a newsdesk database (not even an SQLite file); "
            "choose another --data-dir or --database",
            code="storage.not_database",
        )
    if "readonly" in lowered and not_writable(where):
        return StorageError(
            f"the library {where} is read-only here (you may not write to its file or folder): "
            "it can be listed, shown and exported, not changed; ask for write access or copy "
            "the data folder to a writable place",
            code="storage.read_only",
        )
    if "unable to open" in lowered or "readonly" in lowered or "read-only" in lowered:
        return StorageError(
            f"cannot open or write the database {where}: {text}; check the folder exists "
            "and that you may write to it",
            code="storage.unwritable",
        )
    if "disk is full" in lowered or "disk i/o error" in lowered:
        return StorageError(
            f"cannot write the database {where}: the disk is full or failing (SQLite: "
            f"{text.strip().splitlines()[0][:60]}); free some space on it, then try again",
            code="storage.disk_full",
        )
    first = text.strip().splitlines()[0] if text.strip() else kind
    if lowered.startswith("connection failed") or any(sign in lowered for sign in _NO_SERVER):
        reason = " ".join(first.rsplit("failed:", 1)[-1].replace("FATAL:", "").split())
        return StorageError(
            f"cannot reach the database server of {where} ({reason or 'no answer'}); check "
            "that the server is running and that this computer can reach it, then try again",
            code=UNREACHABLE,
        )
    if any(sign in lowered for sign in _CUT_OFF):
        return StorageError(
            f"the database server of {where} closed the connection (it stopped or restarted); "
            "what was being saved may not be stored: try again once the server is back",
            code=UNREACHABLE,
        )
    return StorageError(f"database {where}: {first}", code="storage.operational")


# What the driver says when the server went away in the middle of a request (a crash, a
# restart, an administrator's shutdown), and when no server answers at all.
_CUT_OFF = ("server closed the connection", "terminating connection", "connection is lost",
            "consuming input failed", "connection already closed")
_NO_SERVER = ("connection refused", "could not connect", "is starting up", "is shutting down",
              "could not translate host name", "failed to resolve host", "no route to host",
              "timeout expired")
