"""Replies to review comments: a thread under each comment, one row per reply, so two people
answering at the same time both keep their reply.

Revision ID: 0005_comment_replies
Revises: 0004_bundle_origin_marks
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_comment_replies"
down_revision: str | None = "0004_bundle_origin_marks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_comment_replies",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("comment_id", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("author", sa.String(200), nullable=False, server_default=""),
        sa.Column("initials", sa.String(20), nullable=False, server_default=""),
        sa.Column("created", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_review_comment_replies_comment_id", "review_comment_replies",
                    ["comment_id"])


def downgrade() -> None:
    op.drop_index("ix_review_comment_replies_comment_id", "review_comment_replies")
    op.drop_table("review_comment_replies")
