"""The review repository: revisions, transitions, comments and bundle origins in the database.

Every function takes a SQLAlchemy ``Connection`` inside a transaction the caller owns, so
that a save and its revision (or a transition and its revision) commit together or not at
all. It returns domain objects (:mod:`newsdesk.domain.revision`,
:mod:`newsdesk.domain.comments`) and never leaks rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy import delete as sa_delete

from newsdesk.domain.article import Article
from newsdesk.domain.comments import Anchor, Comment, Reply
from newsdesk.domain.errors import NotFoundError
from newsdesk.domain.revision import (
    Revision,
    RevisionKind,
    article_from_snapshot,
    content_hash,
    snapshot_json,
)

from .comment_replies import delete_replies, replies_of, save_replies
from .engine import writer
from .errors import translate_errors
from .repository import lock_articles
from .review_tables import bundle_origins, comments, revisions, transitions
from .schema import ArticleRow


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Transition:
    article_id: str
    action: str
    from_status: str
    to_status: str
    revision: int | None
    author: str
    initials: str
    note: str
    created: datetime | None
    origin: str = ""  # the bundle it arrived in ("" when done in this library)


def _aware(value: datetime | None) -> datetime | None:
    """SQLite gives back naive times: they were stored in UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


# -- revisions -------------------------------------------------------------------------------
def add_revision(conn: Connection, article: Article, kind: RevisionKind, *, author: str = "",
                 initials: str = "", note: str = "", base_version: int | None = None,
                 created: datetime | None = None, origin: str = "") -> Revision:
    """Store a snapshot of ``article`` as the next revision of it; the caller holds the
    article's row lock (or SQLite's write lock) so numbers never collide. ``created`` and
    ``origin`` are given for a revision received in a bundle (its time as the bundle says)."""
    assert article.id, "only a stored article has revisions"
    number = (conn.execute(select(func.max(revisions.c.number))
                           .where(revisions.c.article_id == article.id)).scalar() or 0) + 1
    created = created or now()
    digest = content_hash(article)
    conn.execute(insert(revisions).values(
        article_id=article.id, number=number, kind=str(kind), version=article.version,
        status=str(article.status), content_hash=digest, snapshot=snapshot_json(article),
        author=author, initials=initials, note=note, base_version=base_version,
        created=created, origin=origin))
    return Revision(article.id, number, kind, article, author, initials, created, note, digest,
                    base_version, origin)


def _revision(row) -> Revision:
    return Revision(
        article_id=row.article_id, number=row.number, kind=RevisionKind(row.kind),
        snapshot=article_from_snapshot(row.snapshot), author=row.author, initials=row.initials,
        created=_aware(row.created), note=row.note, content_hash=row.content_hash,
        base_version=row.base_version, origin=row.origin or "")


def list_revisions(conn: Connection, article_id: str) -> list[Revision]:
    rows = conn.execute(select(revisions).where(revisions.c.article_id == article_id)
                        .order_by(revisions.c.number))
    return [_revision(row) for row in rows]


def get_revision(conn: Connection, article_id: str, number: int) -> Revision:
    row = conn.execute(select(revisions).where(revisions.c.article_id == article_id,
                                               revisions.c.number == number)).first()
    if row is None:
        raise NotFoundError(f"article {article_id[:8]} has no revision {number} "
                            "(see 'newsdesk history')", code="revision.not_found")
    return _revision(row)


def latest_revision(conn: Connection, article_id: str,
                    kinds: tuple[RevisionKind, ...] | None = None) -> Revision | None:
    query = select(revisions).where(revisions.c.article_id == article_id)
    if kinds:
        query = query.where(revisions.c.kind.in_([str(k) for k in kinds]))
    row = conn.execute(query.order_by(revisions.c.number.desc()).limit(1)).first()
    return _revision(row) if row else None


# -- transitions -----------------------------------------------------------------------------
def add_transition(conn: Connection, t: Transition) -> None:
    conn.execute(insert(transitions).values(
        article_id=t.article_id, action=t.action, from_status=t.from_status,
        to_status=t.to_status, revision=t.revision, author=t.author, initials=t.initials,
        note=t.note, created=t.created or now(), origin=t.origin))


def list_transitions(conn: Connection, article_id: str) -> list[Transition]:
    rows = conn.execute(select(transitions).where(transitions.c.article_id == article_id)
                        .order_by(transitions.c.id))
    return [Transition(r.article_id, r.action, r.from_status, r.to_status, r.revision, r.author,
                       r.initials, r.note, _aware(r.created), r.origin or "") for r in rows]


# -- comments --------------------------------------------------------------------------------
def _comment_values(comment: Comment) -> dict[str, object]:
    a = comment.anchor
    return dict(field=a.field, quote=a.quote, prefix=a.prefix, suffix=a.suffix, start=a.start,
                text=comment.text, author=comment.author, initials=comment.initials,
                created=comment.created, resolved=comment.resolved,
                resolved_by=comment.resolved_by, resolved_at=comment.resolved_at)


def save_comment(conn: Connection, article_id: str, comment: Comment) -> bool:
    """Insert or update ``comment`` of ``article_id``; True when it was new.

    A comment id already used by *another* article (a bundle cannot be trusted to keep ids
    apart) never touches that comment: this one is stored under a fresh id instead.
    """
    values = _comment_values(comment)
    owner = conn.execute(select(comments.c.article_id).where(comments.c.id == comment.id)
                         ).scalar()
    if owner == article_id:
        conn.execute(update(comments).where(comments.c.id == comment.id).values(**values))
        save_replies(conn, comment.id, comment.replies)
        return False
    new_id = comment.id if owner is None and comment.id else uuid.uuid4().hex
    conn.execute(insert(comments).values(id=new_id, article_id=article_id, **values))
    save_replies(conn, new_id, comment.replies)
    return True


def move_anchor(conn: Connection, comment_id: str, anchor: Anchor) -> None:
    """Store where a comment's passage is now (its quote, context and offset)."""
    conn.execute(update(comments).where(comments.c.id == comment_id).values(
        field=anchor.field, quote=anchor.quote, prefix=anchor.prefix, suffix=anchor.suffix,
        start=anchor.start))


def save_comments(conn: Connection, article_id: str, items: Iterable[Comment]) -> int:
    """``save_comment`` for many comments at once (a bundle's): a few statements, not three
    per comment; how many were new. The same id twice is stored once, with the last text."""
    latest: dict[str, Comment] = {}
    fresh: list[Comment] = []
    answers: dict[str, list] = {}  # the replies of every copy of an id
    for comment in items:
        if comment.id:
            latest[comment.id] = comment
            answers.setdefault(comment.id, []).extend(comment.replies)
        else:
            fresh.append(comment)
    owners: dict[str, str] = {}
    ids = list(latest)
    for start in range(0, len(ids), _CHUNK):
        owners.update(conn.execute(select(comments.c.id, comments.c.article_id)
                                   .where(comments.c.id.in_(ids[start:start + _CHUNK]))).all())
    updates = [{"b_id": cid, **{f"b_{k}": v for k, v in _comment_values(c).items()}}
               for cid, c in latest.items() if owners.get(cid) == article_id]
    stored_as = {cid: cid if owners.get(cid) in (None, article_id) else uuid.uuid4().hex
                 for cid in latest}
    inserts = [dict(id=stored_as[cid], article_id=article_id, **_comment_values(c))
               for cid, c in latest.items() if owners.get(cid) != article_id]
    later: list[tuple[str, list]] = [(stored_as[cid], answers[cid]) for cid in latest
                                     if answers[cid]]
    for comment in fresh:
        new_id = uuid.uuid4().hex
        inserts.append(dict(id=new_id, article_id=article_id, **_comment_values(comment)))
        if comment.replies:
            later.append((new_id, list(comment.replies)))
    if updates:
        columns = [k for k in updates[0] if k != "b_id"]
        conn.execute(update(comments).where(comments.c.id == bindparam("b_id"))
                     .values({k[2:]: bindparam(k) for k in columns}), updates)
    if inserts:
        conn.execute(insert(comments), inserts)
    for comment_id, replies in later:
        save_replies(conn, comment_id, replies)
    return len(inserts)


_CHUNK = 500


def delete_comment(conn: Connection, comment_id: str) -> None:
    delete_replies(conn, comment_id)
    conn.execute(sa_delete(comments).where(comments.c.id == comment_id))


def _comment(row, thread: dict[str, list] | None = None) -> Comment:
    return Comment(
        id=row.id, text=row.text, author=row.author, initials=row.initials,
        anchor=Anchor(row.quote, row.prefix, row.suffix, row.start, row.field),
        created=_aware(row.created), resolved=bool(row.resolved), resolved_by=row.resolved_by,
        resolved_at=_aware(row.resolved_at), replies=tuple((thread or {}).get(row.id, ())))


def list_comments(conn: Connection, article_id: str) -> list[Comment]:
    rows = list(conn.execute(select(comments).where(comments.c.article_id == article_id)
                             .order_by(comments.c.created, comments.c.id)))
    thread = replies_of(conn, [r.id for r in rows])
    return [_comment(r, thread) for r in rows]


def get_comment(conn: Connection, comment_id: str) -> tuple[str, Comment]:
    """``(article_id, comment)``; NotFoundError when no comment has that id (or prefix)."""
    rows = conn.execute(select(comments).where(comments.c.id.startswith(comment_id, autoescape=True)).limit(2))
    found = list(rows)
    if len(found) != 1:
        what = "no" if not found else "more than one"
        raise NotFoundError(f"{what} comment matches '{comment_id}'", code="comment.not_found")
    return found[0].article_id, _comment(found[0], replies_of(conn, [found[0].id]))


# -- bundle origins (the version a reviewer's copy came from) ---------------------------------
def set_bundle_origin(conn: Connection, article_id: str, base_revision: int,
                      base_sha256: str) -> None:
    values = dict(base_revision=base_revision, base_sha256=base_sha256, updated=now())
    if conn.execute(select(bundle_origins.c.article_id)
                    .where(bundle_origins.c.article_id == article_id)).first():
        conn.execute(update(bundle_origins).where(bundle_origins.c.article_id == article_id)
                     .values(**values))
    else:
        conn.execute(insert(bundle_origins).values(article_id=article_id, **values))


def bundle_origin(conn: Connection, article_id: str) -> tuple[int, str] | None:
    row = conn.execute(select(bundle_origins).where(bundle_origins.c.article_id == article_id)
                       ).first()
    return (row.base_revision, row.base_sha256) if row else None


# -- the facade services use -----------------------------------------------------------------
class ReviewStore:
    """Review data of one Repository's database, each call its own transaction."""

    def __init__(self, repository) -> None:
        self.engine = repository.engine
        self._url = repository.engine.url.render_as_string(hide_password=False)

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with translate_errors(self._url), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        with translate_errors(self._url), writer(self.engine).begin() as conn:
            yield conn

    def revisions(self, article_id: str) -> list[Revision]:
        with self._reading() as conn:
            return list_revisions(conn, article_id)

    def revision(self, article_id: str, number: int) -> Revision:
        with self._reading() as conn:
            return get_revision(conn, article_id, number)

    def latest_revision(self, article_id: str) -> Revision | None:
        with self._reading() as conn:
            return latest_revision(conn, article_id)

    def transitions(self, article_id: str) -> list[Transition]:
        with self._reading() as conn:
            return list_transitions(conn, article_id)

    def current_version(self, article_id: str) -> int:
        with self._reading() as conn:
            return int(conn.execute(select(ArticleRow.version)
                                    .where(ArticleRow.id == article_id)).scalar() or 0)

    def record_aside(self, article: Article, kind: RevisionKind, *, author: str = "",
                     initials: str = "", note: str = "",
                     base_version: int | None = None) -> Revision:
        """Keep ``article`` as a revision without changing the article (a refused save, a
        reviewer's version waiting for a choice). Locks the article row while numbering."""
        with self._writing() as conn:
            conn.execute(select(ArticleRow.id).where(ArticleRow.id == article.id)
                         .with_for_update())
            return add_revision(conn, article, kind, author=author, initials=initials,
                                note=note, base_version=base_version)

    @contextmanager
    def locked(self, article_id: str) -> Iterator[Connection]:
        """One transaction holding ``article_id``'s row lock: review records written in it
        (revisions, transitions, comments) commit together or not at all."""
        with self._writing() as conn:
            lock_articles(conn, [article_id])  # as a save of it does, and in the same order
            conn.execute(select(ArticleRow.id).where(ArticleRow.id == article_id)
                         .with_for_update())
            yield conn

    def comments(self, article_id: str) -> list[Comment]:
        with self._reading() as conn:
            return list_comments(conn, article_id)

    def comment(self, comment_id: str) -> tuple[str, Comment]:
        with self._reading() as conn:
            return get_comment(conn, comment_id)

    def save_comment(self, article_id: str, comment: Comment) -> bool:
        with self._writing() as conn:
            return save_comment(conn, article_id, comment)

    def add_reply(self, comment_id: str, reply: Reply) -> None:
        with self._writing() as conn:
            save_replies(conn, comment_id, [reply])

    def delete_comment(self, comment_id: str) -> None:
        with self._writing() as conn:
            delete_comment(conn, comment_id)

    def save_comments(self, article_id: str, items: list[Comment]) -> int:
        """Insert or update every comment of ``items``; return how many were new."""
        with self._writing() as conn:
            return sum(save_comment(conn, article_id, c) for c in items)

    def bundle_origin(self, article_id: str) -> tuple[int, str] | None:
        with self._reading() as conn:
            return bundle_origin(conn, article_id)
