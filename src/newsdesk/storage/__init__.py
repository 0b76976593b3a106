"""newsdesk.storage: the database (SQLAlchemy + Alembic), search index and photo store.

The only layer that imports SQLAlchemy. ``open_storage(url)`` gives a migrated Repository.
"""

from __future__ import annotations

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


def open_storage(url: str, *, timeout: float = 5.0, migrate: bool = True) -> Repository:
    """A Repository on ``url``, its schema migrated to this version's head."""
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
