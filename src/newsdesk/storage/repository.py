"""Articles and photos in the database, in and out as domain objects.

Each public method runs in its own session and transaction, so a Repository can be shared by
worker threads. Writes on SQLite take the write lock at BEGIN (see ``engine.writer``).
"""

from __future__ import annotations

import builtins
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, delete, func, insert, select, text
from sqlalchemy.orm import Session

from newsdesk.domain.article import Article
from newsdesk.domain.errors import ConflictError, NotFoundError
from newsdesk.domain.status import Status

from . import search
from .articles import id_range, one_id, to_article, utc
from .engine import writer
from .errors import translate_errors
from .schema import ArticleAssetRow, ArticleRow, PhotoRow

SEARCH_LIMIT = 200


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    headline: str
    status: Status
    section: str
    byline: str
    updated: datetime
    version: int


@dataclass(frozen=True)
class PhotoRecord:
    sha256: str
    mime: str
    width: int | None
    height: int | None
    size: int
    filename: str


@dataclass(frozen=True)
class NewPhoto:
    """A photo to store with the article that shows it (``Repository.save(photos=…)``)."""

    sha256: str
    data: bytes
    mime: str
    width: int | None
    height: int | None
    filename: str = ""


def store_photos(connection: Connection, photos: Iterable[NewPhoto]) -> int:
    """Insert the ``photos`` not stored yet, in the caller's transaction; how many were new.
    An article and the photos it shows are written in one transaction, so a crash between
    them can never leave a photo no article refers to."""
    wanted = {photo.sha256: photo for photo in photos}
    if not wanted:
        return 0
    have = set(connection.scalars(select(PhotoRow.sha256)
                                  .where(PhotoRow.sha256.in_(list(wanted)))).all())
    now = _now()
    rows = [{"sha256": p.sha256, "data": p.data, "mime": p.mime, "width": p.width,
             "height": p.height, "size": len(p.data), "filename": p.filename, "created": now}
            for sha, p in wanted.items() if sha not in have]
    if rows:
        connection.execute(insert(PhotoRow), rows)
    return len(rows)


_SHA256 = re.compile(r"[0-9a-f]{64}")


def _now() -> datetime:
    return datetime.now(UTC)


# Any fixed number: the first key of the per-article advisory locks (the second is a hash of
# the article's id), shared with ``review_store.ReviewStore.locked``.
ARTICLE_LOCK = 7316240


def lock_articles(connection: Connection, article_ids: Iterable[str]) -> None:
    """On PostgreSQL, take each article's own lock until the commit, in id order. It covers
    an article not stored yet (no row to lock: two imports of one bundle must not both
    insert it); saves of *different* articles never wait for each other. SQLite's BEGIN
    IMMEDIATE already lets one writer at a time through."""
    if connection.dialect.name != "postgresql":
        return
    for article_id in sorted(set(article_ids)):
        connection.execute(text("SELECT pg_advisory_xact_lock(:key, hashtext(:id))"),
                           {"key": ARTICLE_LOCK, "id": article_id})


def _related(article: Article) -> list[dict[str, str]] | None:
    return [story.as_mapping() for story in article.related] or None


class Repository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._url = engine.url.render_as_string(hide_password=False)

    def close(self) -> None:
        self.engine.dispose()

    def ping(self) -> None:
        """Ask the server the lightest question there is (``SELECT 1``): StorageError when it
        cannot be reached. Reads no table."""
        with translate_errors(self._url), self.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")

    def _read(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def _write(self) -> Session:
        return Session(writer(self.engine), expire_on_commit=False)

    # -- articles ---------------------------------------------------------------------------
    def save(
        self,
        article: Article,
        *,
        expected_version: int | None = None,
        on_saved: Callable[[Connection, Article], None] | None = None,
        photos: Iterable[NewPhoto] = (),
        on_replacing: Callable[[Connection, Article], None] | None = None,
    ) -> Article:
        """Insert or update ``article``; return it as stored (id, version, times set).

        ``on_replacing(connection, previous)`` runs in the same transaction, the row locked,
        with the article as stored before this save replaces it (not for a new article): a
        text no revision holds can be kept first (``services.review.keep_replaced_hook``).

        ``photos`` (new photos its body shows) are stored in the same transaction.
        ``on_saved(connection, stored)`` runs inside the same transaction (e.g. to record a
        revision): if it raises, nothing is saved.
        """
        with translate_errors(self._url), self._write() as session, session.begin():
            store_photos(session.connection(), photos)
            stored = self._store(session, article, expected_version, on_replacing=on_replacing)
            if on_saved is not None:
                on_saved(session.connection(), stored)
            return stored

    def save_many(self, articles: list[Article]) -> list[Article]:
        """Save several articles in one transaction (bulk imports): all or none.

        New articles (no id, or an id not stored yet) are inserted with one statement per
        table; existing ones are updated one by one like ``save``.
        """
        with translate_errors(self._url), self._write() as session, session.begin():
            connection = session.connection()
            given = [a.id for a in articles if a.id]
            lock_articles(connection, given)  # before looking: one may be being created
            existing = set(
                session.scalars(select(ArticleRow.id).where(ArticleRow.id.in_(given))).all()
                if given
                else []
            )
            rowids = iter(search.new_rowids(connection, len(articles)))
            now = _now()
            out: list[Article] = []
            rows: list[dict] = []
            index: list[dict] = []
            assets: list[dict] = []
            for article in articles:
                rowid = next(rowids)
                if article.id in existing:
                    out.append(self._store(session, article, None, rowid=rowid))
                    continue
                stored = article.copy(
                    id=article.id or uuid.uuid4().hex, version=1, created=now, updated=now
                )
                rows.append(_row_values(stored, rowid))
                index.append(
                    {
                        "rowid": rowid,
                        "text": search.index_text(
                            stored.headline, stored.sapo, stored.body, stored.byline, stored.tags
                        ),
                    }
                )
                assets.extend(
                    {"article_id": stored.id, "path": path, "sha256": sha}
                    for path, sha in stored.assets.items()
                )
                out.append(stored)
            if rows:
                connection.execute(insert(ArticleRow), rows)
                search.put_many(connection, index)
            if assets:
                connection.execute(insert(ArticleAssetRow), assets)
            return out

    def _store(
        self,
        session: Session,
        article: Article,
        expected_version: int | None,
        *,
        rowid: int | None = None,
        on_replacing: Callable[[Connection, Article], None] | None = None,
    ) -> Article:
        if article.id:
            lock_articles(session.connection(), [article.id])
        row = (
            session.get(ArticleRow, article.id, with_for_update=True, populate_existing=True)
            if article.id
            else None
        )
        new = row is None
        if expected_version is not None:
            current = row.version if row is not None else 0
            if current != expected_version:
                raise ConflictError(
                    f"the article '{article.headline}' was changed elsewhere (version "
                    f"{current}, you edited version {expected_version}); reload it first"
                )
        if row is not None and on_replacing is not None:
            held = dict(
                session.execute(
                    select(ArticleAssetRow.path, ArticleAssetRow.sha256).where(
                        ArticleAssetRow.article_id == row.id
                    )
                ).all()
            )
            on_replacing(session.connection(), to_article(row, held))
        now = _now()
        if row is None:
            row = ArticleRow(id=article.id or uuid.uuid4().hex, version=0, created=now)
            session.add(row)
        for name in ("headline", "sapo", "body", "byline", "source", "section", "url"):
            setattr(row, name, getattr(article, name))
        row.tags = list(article.tags)
        related = _related(article)
        if related is not None or row.related is not None:  # NULL: none; left unwritten
            row.related = related
        row.published = article.published.isoformat() if article.published else None
        row.language = article.language
        row.status = article.status.value
        row.version = (row.version or 0) + 1
        row.updated = now
        connection = session.connection()
        search.drop(connection, row.search_rowid)
        row.search_rowid = rowid if rowid is not None else search.next_rowid(connection)
        session.flush()
        search.put(
            connection,
            row.search_rowid,
            search.index_text(row.headline, row.sapo, row.body, row.byline, row.tags),
        )
        if not new:
            session.execute(delete(ArticleAssetRow).where(ArticleAssetRow.article_id == row.id))
        for path, sha in article.assets.items():
            session.add(ArticleAssetRow(article_id=row.id, path=path, sha256=sha))
        if article.assets:
            session.flush()
        return to_article(row, dict(article.assets))

    def resolve_id(self, id_or_prefix: str) -> str:
        """The full id for an id or a unique prefix of at least 4 characters."""
        key, upper = id_range(id_or_prefix)
        with translate_errors(self._url), self._read() as session:
            found = session.scalars(
                select(ArticleRow.id).where(ArticleRow.id >= key, ArticleRow.id < upper).limit(2)
            ).all()
        return one_id(list(found), id_or_prefix)

    def get(self, id_or_prefix: str) -> Article:
        article_id = self.resolve_id(id_or_prefix)
        with translate_errors(self._url), self._read() as session:
            row = session.get(ArticleRow, article_id)
            if row is None:
                raise NotFoundError(
                    f"no article with id '{id_or_prefix}'", code="article.not_found"
                )
            assets = dict(
                session.execute(
                    select(ArticleAssetRow.path, ArticleAssetRow.sha256).where(
                        ArticleAssetRow.article_id == article_id
                    )
                ).all()
            )
            return to_article(row, assets)

    def delete(self, id_or_prefix: str, *, by: str = "") -> None:
        """Delete the article; ``by`` (who deletes it) goes with the notification a shared
        library sends the apps open on it (migration ``0010_deleted_by``)."""
        article_id = self.resolve_id(id_or_prefix)
        with translate_errors(self._url), self._write() as session, session.begin():
            if by and self.engine.dialect.name == "postgresql":
                session.execute(text("SELECT set_config('newsdesk.user', :by, true)"),
                                {"by": by})
            row = session.get(ArticleRow, article_id)
            if row is None:
                raise NotFoundError(
                    f"no article with id '{id_or_prefix}'", code="article.not_found"
                )
            search.drop(session.connection(), row.search_rowid)
            session.execute(delete(ArticleAssetRow).where(ArticleAssetRow.article_id == article_id))
            session.delete(row)

    def list(
        self,
        *,
        search_query: str | None = None,
        status: Status | str | None = None,
        section: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleSummary]:
        """Summaries newest first; with a query, matching articles (at most SEARCH_LIMIT
        unless ``limit`` says otherwise). Without a query, ``offset`` skips that many of the
        newest first: ``limit`` rows from there are one page of the list."""
        status_value = Status(status).value if status else None
        clauses = search.parse_query(search_query) if search_query else []
        with translate_errors(self._url), self._read() as session:
            if clauses:
                statements = search.search_statements(
                    self.engine.dialect.name,
                    clauses,
                    status=status_value,
                    section=section or None,
                    limit=limit or SEARCH_LIMIT,
                )
                for sql, params in statements:
                    rows = session.execute(sql, params).all()
                    if len(rows) >= (limit or SEARCH_LIMIT):
                        break
            else:
                query = select(
                    ArticleRow.id,
                    ArticleRow.headline,
                    ArticleRow.status,
                    ArticleRow.section,
                    ArticleRow.byline,
                    ArticleRow.updated,
                    ArticleRow.version,
                ).order_by(ArticleRow.updated.desc(), ArticleRow.id)
                if status_value:
                    query = query.where(ArticleRow.status == status_value)
                if section:
                    query = query.where(ArticleRow.section == section)
                if limit:
                    query = query.limit(limit)
                if offset:
                    query = query.offset(offset)
                rows = session.execute(query).all()
        return [_summary(r) for r in rows]

    def count(self, *, status: Status | str | None = None, section: str | None = None) -> int:
        """How many articles (of ``status``, in ``section``) the library holds."""
        query = select(func.count()).select_from(ArticleRow)
        if status:
            query = query.where(ArticleRow.status == Status(status).value)
        if section:
            query = query.where(ArticleRow.section == section)
        with translate_errors(self._url), self._read() as session:
            return int(session.scalar(query) or 0)

    def position(self, article_id: str, *, status: Status | str | None = None,
                 section: str | None = None) -> int | None:
        """Where ``list`` (no search, these filters) puts the article: how many come before
        it, newest change first; None when it is not in that list."""
        with translate_errors(self._url), self._read() as session:
            found = session.execute(select(ArticleRow.updated, ArticleRow.status,
                                           ArticleRow.section)
                                    .where(ArticleRow.id == article_id)).first()
            if found is None or (status and found.status != Status(status).value) or (
                    section and found.section != section):
                return None
            query = select(func.count()).select_from(ArticleRow).where(
                (ArticleRow.updated > found.updated)
                | ((ArticleRow.updated == found.updated) & (ArticleRow.id < article_id)))
            if status:
                query = query.where(ArticleRow.status == Status(status).value)
            if section:
                query = query.where(ArticleRow.section == section)
            return int(session.scalar(query) or 0)

    def change_stamp(self) -> tuple[int, int, str]:
        """A mark of the articles as they are now, cheap enough to ask every few seconds:
        how many there are, the newest save's index row and its time (three lookups in
        indexes, one count). Any save, by anyone, takes a new index row higher than every row
        left (``search.new_rowids``); a deletion lowers the count; a deletion of the newest
        followed by a save moves the newest time. So the mark differs whenever the list
        may have."""
        count = select(func.count()).select_from(ArticleRow).scalar_subquery()
        top = select(func.max(ArticleRow.search_rowid)).scalar_subquery()
        newest = select(func.max(ArticleRow.updated)).scalar_subquery()
        with translate_errors(self._url), self._read() as session:
            found = session.execute(select(count, top, newest)).one()
        return int(found[0] or 0), int(found[1] or 0), str(found[2] or "")

    def sections(self) -> builtins.list[str]:
        """The sections the articles use (each once, unsorted; no empty name)."""
        with translate_errors(self._url), self._read() as session:
            return [name for name in session.scalars(
                select(ArticleRow.section).where(ArticleRow.section != "").distinct())
                if (name or "").strip()]

    # -- photos -----------------------------------------------------------------------------
    def add_photo(
        self,
        sha256: str,
        data: bytes,
        *,
        mime: str,
        width: int | None,
        height: int | None,
        filename: str = "",
    ) -> bool:
        """Store the bytes under ``sha256`` unless already there; True when newly added.
        A photo no article refers to yet (the editor stores a photo as it is inserted) is
        removed by ``prune_photos`` once it is old enough."""
        photo = NewPhoto(sha256, data, mime, width, height, filename)
        with translate_errors(self._url), self._write() as session, session.begin():
            return store_photos(session.connection(), [photo]) == 1

    def prune_photos(self, *, older_than: timedelta = timedelta(days=1),
                     dry_run: bool = False) -> tuple[str, ...]:
        """Delete the photos that no article and no revision refers to and that were stored
        more than ``older_than`` ago (a photo just inserted in an editor is not saved with
        its article yet); the sha256 of each photo removed (or, ``dry_run``, to remove)."""
        from .review_tables import revisions

        cutoff = _now() - older_than
        with translate_errors(self._url), self._write() as session, session.begin():
            connection = session.connection()
            used = set(connection.scalars(select(ArticleAssetRow.sha256).distinct()).all())
            for (snapshot,) in connection.execute(select(revisions.c.snapshot)):
                used.update(_SHA256.findall(snapshot or ""))
            stale = [sha for sha, created in connection.execute(
                select(PhotoRow.sha256, PhotoRow.created)) if sha not in used
                and utc(created) <= cutoff]
            if stale and not dry_run:
                for start in range(0, len(stale), 500):
                    connection.execute(delete(PhotoRow).where(
                        PhotoRow.sha256.in_(stale[start:start + 500])))
            return tuple(stale)

    def photo_bytes(self, sha256: str) -> bytes:
        with translate_errors(self._url), self._read() as session:
            data = session.scalar(select(PhotoRow.data).where(PhotoRow.sha256 == sha256))
        if data is None:
            raise NotFoundError(f"no photo {sha256[:12]}… in the library", code="photo.not_found")
        return bytes(data)

    def photo_record(self, sha256: str) -> PhotoRecord | None:
        with translate_errors(self._url), self._read() as session:
            row = session.execute(
                select(
                    PhotoRow.sha256,
                    PhotoRow.mime,
                    PhotoRow.width,
                    PhotoRow.height,
                    PhotoRow.size,
                    PhotoRow.filename,
                ).where(PhotoRow.sha256 == sha256)
            ).first()
        return PhotoRecord(*row) if row else None

    def photo_count(self) -> int:
        with translate_errors(self._url), self._read() as session:
            return int(session.scalar(select(func.count()).select_from(PhotoRow)) or 0)


def _row_values(article: Article, rowid: int) -> dict[str, object]:
    return {
        "id": article.id,
        "headline": article.headline,
        "sapo": article.sapo,
        "body": article.body,
        "byline": article.byline,
        "source": article.source,
        "section": article.section,
        "tags": list(article.tags),
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "related": _related(article),
        "language": article.language,
        "status": article.status.value,
        "version": article.version,
        "created": article.created,
        "updated": article.updated,
        "search_rowid": rowid,
    }


def _summary(row) -> ArticleSummary:
    updated = row.updated
    if isinstance(updated, str):  # raw SQL on SQLite returns the stored text
        updated = datetime.fromisoformat(updated)
    return ArticleSummary(
        id=row.id,
        headline=row.headline,
        status=Status(row.status),
        section=row.section,
        byline=row.byline,
        updated=utc(updated),
        version=row.version,
    )
