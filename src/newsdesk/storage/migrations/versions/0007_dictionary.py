"""The newsroom dictionary: words (names of people, places, organisations) every reporter's
spell checker accepts, one row per word, shared by everyone using the library.

Revision ID: 0007_dictionary
Revises: 0006_pg_search
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_dictionary"
down_revision: str | None = "0006_pg_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "newsroom_words",
        sa.Column("word", sa.String(200), primary_key=True),
        sa.Column("added_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("added", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("newsroom_words")
