"""Related stories ("Tin khác"): an ordered list per article, kept with the article's row as
JSON ({"id": …} for a library article, {"url": …} for an outside story, each with its
"headline"). NULL means none, so existing rows need no rewrite.

Revision ID: 0008_related
Revises: 0007_dictionary
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_related"
down_revision: str | None = "0007_dictionary"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("related", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("related")
