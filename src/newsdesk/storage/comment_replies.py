"""Replies to review comments in the database: one row per reply, tied to its comment's id.

The review repository (``review_store``) calls these inside the transaction that reads,
stores or deletes the comment itself. Storing a comment stores the replies it carries that
are not stored yet (replies are never edited, so a reply already there is left as it is);
a reply id already used under another comment is stored under a fresh id instead (a bundle
cannot be trusted to keep ids apart).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select
from sqlalchemy import delete as sa_delete

from newsdesk.domain.comments import Reply

from .review_tables import replies


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)  # SQLite gives back naive times, stored in UTC
    return value


def save_replies(conn: Connection, comment_id: str, items: Iterable[Reply]) -> int:
    """Store the replies of ``comment_id`` not stored yet; how many were new."""
    items = list(items)
    if not items:
        return 0
    owners = dict(conn.execute(select(replies.c.id, replies.c.comment_id)
                               .where(replies.c.id.in_([r.id for r in items if r.id]))).all())
    added = 0
    for reply in items:
        owner = owners.get(reply.id)
        if owner == comment_id:
            continue
        reply_id = reply.id if owner is None and reply.id else uuid.uuid4().hex
        conn.execute(insert(replies).values(id=reply_id, comment_id=comment_id, text=reply.text,
                                            author=reply.author, initials=reply.initials,
                                            created=reply.created))
        owners[reply_id] = comment_id
        added += 1
    return added


def replies_of(conn: Connection, comment_ids: list[str]) -> dict[str, list[Reply]]:
    """The replies of each of ``comment_ids`` (oldest first)."""
    found: dict[str, list[Reply]] = {}
    if not comment_ids:
        return found
    rows = conn.execute(select(replies).where(replies.c.comment_id.in_(comment_ids))
                        .order_by(replies.c.created, replies.c.id))
    for row in rows:
        found.setdefault(row.comment_id, []).append(Reply(
            id=row.id, text=row.text, author=row.author, initials=row.initials,
            created=_aware(row.created)))
    return found


def delete_replies(conn: Connection, comment_id: str) -> None:
    conn.execute(sa_delete(replies).where(replies.c.comment_id == comment_id))
