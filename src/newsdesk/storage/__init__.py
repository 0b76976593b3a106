"""newsdesk.storage: the database (SQLAlchemy + Alembic), search index and photo store.

The only layer that imports SQLAlchemy. ``open_storage(url)`` gives a migrated Repository.
Importing this package imports no SQLAlchemy: the names below load their module on first use,
so that the plain SQLite reader (``storage.reader``) stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.lazy import lazy_exports

if TYPE_CHECKING:
    from .engine import make_engine
    from .errors import StorageError
    from .migrate import current_revision, ensure_current, head_revision, upgrade
    from .repository import (
        SEARCH_LIMIT,
        ArticleSummary,
        NewPhoto,
        PhotoRecord,
        Repository,
        store_photos,
    )

_LAZY = {
    "make_engine": "engine",
    "StorageError": "errors",
    "current_revision": "migrate",
    "ensure_current": "migrate",
    "head_revision": "migrate",
    "upgrade": "migrate",
    "SEARCH_LIMIT": "repository",
    "ArticleSummary": "repository",
    "NewPhoto": "repository",
    "PhotoRecord": "repository",
    "Repository": "repository",
    "store_photos": "repository",
}


__getattr__ = lazy_exports(__name__, _LAZY)


def open_storage(url: str, *, timeout: float = 5.0, migrate: bool = True) -> Repository:
    """A Repository on ``url``, its schema migrated to this version's head."""
    from .engine import make_engine
    from .migrate import ensure_current
    from .repository import Repository

    engine = make_engine(url, timeout=timeout)
    try:
        if migrate:
            ensure_current(engine)
    except BaseException:
        engine.dispose()
        raise
    return Repository(engine)


__all__ = [
    "SEARCH_LIMIT",
    "ArticleSummary",
    "NewPhoto",
    "PhotoRecord",
    "Repository",
    "StorageError",
    "current_revision",
    "ensure_current",
    "head_revision",
    "make_engine",
    "open_storage",
    "store_photos",
    "upgrade",
]
