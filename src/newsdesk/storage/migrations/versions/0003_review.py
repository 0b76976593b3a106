"""Editorial review: revisions (full snapshots), workflow transitions, comments anchored to
passages, and the origin of articles that arrived in a review bundle.

Revision ID: 0003_review
Revises: 0002_search_index
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

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


def downgrade() -> None:
    op.drop_table("review_bundle_origins")
    op.drop_index("ix_review_comments_article_id", "review_comments")
    op.drop_table("review_comments")
    op.drop_index("ix_review_transitions_article_id", "review_transitions")
    op.drop_table("review_transitions")
    op.drop_table("review_revisions")
