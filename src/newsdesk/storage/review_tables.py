"""The review tables: revisions, workflow transitions, comments and their replies, bundle
origins.

Declared with SQLAlchemy Core on their own MetaData (the migrations ``0003_review``,
``0004_bundle_origin_marks`` and ``0005_comment_replies`` create them); the review repository (:mod:`newsdesk.storage.review_store`) is the only user. There is
no foreign key to the articles table on purpose: revisions outlive nothing but are never lost
by a cascade either.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

revisions = Table(
    "review_revisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), nullable=False),
    Column("number", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("version", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("snapshot", Text, nullable=False),
    Column("author", String(200), nullable=False, default=""),
    Column("initials", String(20), nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
    Column("base_version", Integer, nullable=True),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("origin", String(200), nullable=False, default=""),  # the bundle it came from
    UniqueConstraint("article_id", "number", name="uq_review_revisions_number"),
)

transitions = Table(
    "review_transitions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), nullable=False, index=True),
    Column("action", String(32), nullable=False),
    Column("from_status", String(16), nullable=False),
    Column("to_status", String(16), nullable=False),
    Column("revision", Integer, nullable=True),
    Column("author", String(200), nullable=False, default=""),
    Column("initials", String(20), nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("origin", String(200), nullable=False, default=""),  # the bundle it came from
)

comments = Table(
    "review_comments",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(32), nullable=False, index=True),
    Column("field", String(32), nullable=False, default="body"),
    Column("quote", Text, nullable=False),
    Column("prefix", Text, nullable=False, default=""),
    Column("suffix", Text, nullable=False, default=""),
    Column("start", Integer, nullable=False, default=0),
    Column("text", Text, nullable=False),
    Column("author", String(200), nullable=False, default=""),
    Column("initials", String(20), nullable=False, default=""),
    Column("created", DateTime(timezone=True), nullable=True),
    Column("resolved", Boolean, nullable=False, default=False),
    Column("resolved_by", String(200), nullable=False, default=""),
    Column("resolved_at", DateTime(timezone=True), nullable=True),
)

replies = Table(
    "review_comment_replies",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("comment_id", String(64), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("author", String(200), nullable=False, default=""),
    Column("initials", String(20), nullable=False, default=""),
    Column("created", DateTime(timezone=True), nullable=True),
)

bundle_origins = Table(
    "review_bundle_origins",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("base_revision", Integer, nullable=False),
    Column("base_sha256", String(64), nullable=False),
    Column("updated", DateTime(timezone=True), nullable=False),
)
