"""Review records received in a bundle: ``origin`` on revisions and transitions names the
bundle a record came from (empty for what was done in this library), so that who and when
are kept as the bundle claims them and shown as a claim.

Revision ID: 0004_bundle_origin_marks
Revises: 0003_review
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_bundle_origin_marks"
down_revision: str | None = "0003_review"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("review_revisions", "review_transitions"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("origin", sa.String(200), nullable=False,
                                       server_default=""))


def downgrade() -> None:
    for table in ("review_revisions", "review_transitions"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("origin")
