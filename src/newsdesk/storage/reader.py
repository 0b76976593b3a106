"""One article and its photos read from an SQLite library with the standard library's sqlite3.

What a single ``newsdesk export ID`` reads, without SQLAlchemy (a quarter of a second to
import: more than the rest of an export's Python). ``open_reader(url)`` gives an
``ArticleReader`` on the file, read-only, when ``url`` is a plain SQLite URL of a file whose
schema is this version's (``alembic_version`` holds ``heads.scanned_head()``); None otherwise
— no such file yet, an older or newer schema, another kind of database, a URL with options —
and the caller opens the Library instead, which creates, migrates or explains. Rows become
Articles through ``articles.to_article``, as the Repository makes them, and failures the same
StorageError (``errors.driver_failure``).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

from newsdesk.domain.article import Article
from newsdesk.domain.errors import NotFoundError

from .articles import id_range, one_id, to_article
from .errors import _DAMAGE, driver_failure
from .heads import scanned_head

SQLITE = "sqlite:///"
_COLUMNS = ("id", "headline", "sapo", "body", "byline", "source", "section", "tags",
            "published", "url", "related", "language", "status", "version", "created",
            "updated")


def sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL (no options, not in memory), else None."""
    if not url.startswith(SQLITE):
        return None
    rest = url[len(SQLITE):]
    if not rest or "?" in rest or rest == ":memory:" or rest.startswith("file:"):
        return None
    return Path(rest).expanduser()


def _json(value: str | None):
    return json.loads(value) if value is not None else None


def _datetime(value: str | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


class ArticleReader:
    """Reads articles and photos from an open read-only connection (see the module)."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self.path = path

    def _rows(self, sql: str, *args: object) -> list[tuple]:
        try:
            return self._connection.execute(sql, args).fetchall()
        except sqlite3.OperationalError as exc:
            raise driver_failure(str(exc), str(self.path), type(exc).__name__) from exc
        except sqlite3.DatabaseError as exc:
            if not any(sign in str(exc).lower() for sign in _DAMAGE):
                raise
            raise driver_failure(str(exc), str(self.path), type(exc).__name__) from exc

    def resolve_id(self, id_or_prefix: str) -> str:
        low, high = id_range(id_or_prefix)
        found = self._rows("SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
                           low, high)
        return one_id([row[0] for row in found], id_or_prefix)

    def get(self, id_or_prefix: str) -> Article:
        article_id = self.resolve_id(id_or_prefix)
        rows = self._rows(f"SELECT {', '.join(_COLUMNS)} FROM articles WHERE id = ?", article_id)
        if not rows:
            raise NotFoundError(f"no article with id '{id_or_prefix}'", code="article.not_found")
        row = SimpleNamespace(**dict(zip(_COLUMNS, rows[0], strict=True)))
        row.tags, row.related = _json(row.tags), _json(row.related)
        row.created, row.updated = _datetime(row.created), _datetime(row.updated)
        assets = dict(self._rows("SELECT path, sha256 FROM article_assets WHERE article_id = ?",
                                 article_id))
        return to_article(row, assets)

    def photo_bytes(self, sha256: str) -> bytes:
        rows = self._rows("SELECT data FROM photos WHERE sha256 = ?", sha256)
        if not rows or rows[0][0] is None:
            raise NotFoundError(f"no photo {sha256[:12]}… in the library", code="photo.not_found")
        return bytes(rows[0][0])

    def close(self) -> None:
        self._connection.close()


def open_reader(url: str, *, timeout: float = 5.0) -> ArticleReader | None:
    """An ArticleReader on the SQLite file of ``url`` at this version's schema, else None."""
    path = sqlite_file(url)
    head = scanned_head()
    if path is None or head is None or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True,
                                     timeout=timeout, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        connection.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        stored = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:  # not a newsdesk database, locked, damaged…: the Library explains
        connection.close()
        return None
    if stored != [(head,)]:
        connection.close()
        return None
    return ArticleReader(connection, path)
