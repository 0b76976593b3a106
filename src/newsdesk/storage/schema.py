"""ORM tables of the newsdesk database (SQLAlchemy 2.x typed mappings).

The schema itself is owned by the Alembic migrations in ``migrations/versions``: change a
table here *and* add a migration. ``article_search`` is not mapped: it is an FTS5 virtual
table on SQLite and a table with a GIN-indexed tsvector on PostgreSQL, handled by
``search.py`` and ``search_pg.py``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    headline: Mapped[str] = mapped_column(Text, default="")
    sapo: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    byline: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    section: Mapped[str] = mapped_column(String(200), default="")
    tags: Mapped[list] = mapped_column(JSON, default=list)
    # ISO 8601 text: keeps the writer's UTC offset exactly on every database.
    published: Mapped[str | None] = mapped_column(String(40), nullable=True)
    url: Mapped[str] = mapped_column(Text, default="")
    # Related stories, in order: {"id": …} (a library article) or {"url": …}, with "headline".
    related: Mapped[list | None] = mapped_column(JSON, nullable=True)
    language: Mapped[str] = mapped_column(String(35), default="vi")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Row of this article in article_search; renumbered on every save, so that "newest
    # saved first" is the search index's own rowid order (see search.py).
    search_rowid: Mapped[int | None] = mapped_column(BigInteger, nullable=True)

    __table_args__ = (
        Index("uq_articles_search_rowid", "search_rowid", unique=True),
        Index("ix_articles_updated", "updated"),
        Index("ix_articles_status_updated", "status", "updated"),
    )


class PhotoRow(Base):
    """A photo's bytes, addressed by their sha256: the same bytes are stored once."""

    __tablename__ = "photos"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    width: Mapped[int | None] = mapped_column(Integer, nullable=True)
    height: Mapped[int | None] = mapped_column(Integer, nullable=True)
    size: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ArticleAssetRow(Base):
    """Which photo an image path in an article's body shows."""

    __tablename__ = "article_assets"

    article_id: Mapped[str] = mapped_column(
        String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    path: Mapped[str] = mapped_column(Text, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("photos.sha256"), index=True)
