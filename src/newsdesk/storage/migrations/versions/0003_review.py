"""Editorial review: revisions (full snapshots), workflow transitions, comments anchored to
passages, and the origin of articles that arrived in a review bundle. Every article already
in the database gets a first revision (kind ``create``) holding it as it was, so that its
history starts complete and it can always be restored to that state.

Revision ID: 0003_review
Revises: 0002_search_index
"""

import json
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from newsdesk.domain.article import Article, parse_published
from newsdesk.domain.revision import RevisionKind, content_hash, snapshot_json

revision: str = "0003_review"
down_revision: str | None = "0002_search_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_revisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(32), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("snapshot", sa.Text, nullable=False),
        sa.Column("author", sa.String(200), nullable=False, server_default=""),
        sa.Column("initials", sa.String(20), nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("base_version", sa.Integer, nullable=True),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("article_id", "number", name="uq_review_revisions_number"),
    )
    op.create_table(
        "review_transitions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(32), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("from_status", sa.String(16), nullable=False),
        sa.Column("to_status", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer, nullable=True),
        sa.Column("author", sa.String(200), nullable=False, server_default=""),
        sa.Column("initials", sa.String(20), nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_review_transitions_article_id", "review_transitions", ["article_id"])
    op.create_table(
        "review_comments",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("article_id", sa.String(32), nullable=False),
        sa.Column("field", sa.String(32), nullable=False, server_default="body"),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("prefix", sa.Text, nullable=False, server_default=""),
        sa.Column("suffix", sa.Text, nullable=False, server_default=""),
        sa.Column("start", sa.Integer, nullable=False, server_default="0"),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("author", sa.String(200), nullable=False, server_default=""),
        sa.Column("initials", sa.String(20), nullable=False, server_default=""),
        sa.Column("created", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("resolved_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_review_comments_article_id", "review_comments", ["article_id"])
    op.create_table(
        "review_bundle_origins",
        sa.Column("article_id", sa.String(32), primary_key=True),
        sa.Column("base_revision", sa.Integer, nullable=False),
        sa.Column("base_sha256", sa.String(64), nullable=False),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
    )
    _first_revisions(op.get_bind())


def _aware(value):
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def _first_revisions(bind) -> None:
    rows = bind.execute(sa.text(
        "SELECT id, headline, sapo, body, byline, source, section, tags, published, url, "
        "language, status, version, created, updated FROM articles")).all()
    assets: dict[str, dict[str, str]] = {}
    for article_id, path, sha in bind.execute(
            sa.text("SELECT article_id, path, sha256 FROM article_assets")).all():
        assets.setdefault(article_id, {})[path] = sha
    now = datetime.now(UTC)
    insert = sa.text(
        "INSERT INTO review_revisions (article_id, number, kind, version, status, "
        "content_hash, snapshot, author, initials, note, created) VALUES (:a, 1, :k, :v, "
        ":s, :h, :j, '', '', :n, :c)"
    ).bindparams(sa.bindparam("c", type_=sa.DateTime(timezone=True)))
    for row in rows:
        tags = json.loads(row.tags or "[]") if isinstance(row.tags, str) else (row.tags or [])
        article = Article(
            id=row.id, headline=row.headline, sapo=row.sapo, body=row.body, byline=row.byline,
            source=row.source, section=row.section, tags=tags,
            published=parse_published(row.published) if row.published else None,
            url=row.url, language=row.language, status=row.status, version=row.version,
            created=_aware(row.created), updated=_aware(row.updated),
            assets=assets.get(row.id, {}))
        bind.execute(insert, {"a": article.id, "k": str(RevisionKind.CREATE), "v": article.version,
             "s": str(article.status), "h": content_hash(article), "j": snapshot_json(article),
             "n": "the article as it was when its history began", "c": now})


def downgrade() -> None:
    op.drop_table("review_bundle_origins")
    op.drop_index("ix_review_comments_article_id", "review_comments")
    op.drop_table("review_comments")
    op.drop_index("ix_review_transitions_article_id", "review_transitions")
    op.drop_table("review_transitions")
    op.drop_table("review_revisions")
