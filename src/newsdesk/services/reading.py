"""A library opened to read one article and its photos: what a single export needs.

``open_for_reading(data_dir, database_url)`` gives a ``ReadingLibrary`` when the plain SQLite
reader can open the database (``storage.reader``: an SQLite file at this version's schema),
without SQLAlchemy; otherwise the full ``Library`` (which creates, migrates, or talks to
PostgreSQL). Either serves what an export job reads: ``paths``, ``settings``, ``get``,
``photo_for``, ``photo_bytes`` and ``close``. Nothing can be written through a ReadingLibrary.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from newsdesk.config.paths import Paths, database_url, resolve_paths
from newsdesk.config.settings import Settings
from newsdesk.domain.article import Article
from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.text import nfc

if TYPE_CHECKING:
    from newsdesk.storage.reader import ArticleReader


def photo_for(library: Any, article: Article, body_path: str) -> bytes | None:
    """The bytes of the image ``body_path`` of ``article`` in ``library``; None without."""
    sha = article.assets.get(nfc(body_path)) or article.assets.get(nfc(unquote(body_path)))
    if not sha:
        return None
    try:
        return library.photo_bytes(sha)
    except NewsdeskError:
        return None


class ReadingLibrary:
    """Articles and photos read with ``storage.reader``; the user's folders and settings."""

    def __init__(self, paths: Paths, settings: Settings, reader: ArticleReader) -> None:
        self.paths = paths
        self.settings = settings
        self._reader = reader

    def get(self, article_id: str) -> Article:
        return self._reader.get(article_id)

    def photo_bytes(self, sha256: str) -> bytes:
        return self._reader.photo_bytes(sha256)

    def photo_for(self, article: Article, body_path: str) -> bytes | None:
        return photo_for(self, article, body_path)

    def close(self) -> None:
        self._reader.close()

    def __enter__(self) -> ReadingLibrary:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_for_reading(data_dir: str | Path | None = None, database: str | None = None) -> Any:
    """A ReadingLibrary when the plain reader can open the database, else ``Library.open``."""
    from newsdesk.storage.reader import open_reader

    paths = resolve_paths(data_dir)
    reader = open_reader(database_url(paths, database))
    if reader is not None:
        return ReadingLibrary(paths, Settings.load(paths.settings_file), reader)
    from .library import Library

    return Library.open(data_dir=data_dir, database_url=database)
