"""The live shared library, for the apps open on it: what changed, and who is editing.

On a shared PostgreSQL library every change is notified by the database itself (see
``storage.live``); ``live_connection`` gives an app its own listening connection, which also
makes its presence ("being edited by …") count for as long as the app runs. A SQLite library
has one user: there is nothing live about it and both functions say so (None, []).
"""

from __future__ import annotations

import getpass
import uuid

from newsdesk.config.paths import live_database_url
from newsdesk.storage.live import Change, Editor, LiveConnection, editors, is_shared

__all__ = ["Change", "Editor", "LiveConnection", "editors_of", "live_connection", "user_label"]


def user_label(library) -> str:
    """How colleagues see this user: the name in the preferences, else the login name."""
    name = (getattr(library.settings, "user_name", "") or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return ""


def live_connection(library) -> LiveConnection | None:
    """A new listening connection for this app (not connected yet); None on SQLite. It goes
    where $NEWSDESK_LIVE_DATABASE_URL says if set (see ``config.paths``), else where the
    library's queries go."""
    engine = library.repository.engine
    if not is_shared(engine):
        return None
    return LiveConnection(engine, uuid.uuid4().hex, user_label(library), live_database_url())


def editors_of(library, article_id: str) -> list[Editor]:
    """Who has ``article_id`` open for editing now (no one, on SQLite)."""
    engine = library.repository.engine
    if not is_shared(engine):
        return []
    return editors(engine, article_id)
