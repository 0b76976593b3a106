"""PostgreSQL: an indexed search and a sequence numbering the index (no writer waits).

Adds to ``article_search`` a GIN-indexed ``tsvector`` of each article's folded words
(``terms``) and ``complete`` (false when the words do not fit a tsvector, see search_pg.py),
stores ``text`` as those words with single spaces, and numbers new rows from the sequence
``article_search_rowid_seq``, started above the highest rowid in use. Existing rows are
indexed here. Nothing changes on SQLite (FTS5 is its index).

Revision ID: 0006_pg_search
Revises: 0005_comment_replies
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from newsdesk.storage import search_pg

revision: str = "0006_pg_search"
down_revision: str | None = "0005_comment_replies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 1000


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.add_column("article_search", sa.Column("terms", sa.Text, nullable=True))
    op.execute("ALTER TABLE article_search ALTER COLUMN terms TYPE tsvector USING NULL")
    op.add_column("article_search", sa.Column("complete", sa.Boolean, nullable=False,
                                              server_default=sa.true()))
    last = 0
    while True:
        rows = bind.execute(sa.text(
            'SELECT rowid, "text" FROM article_search WHERE rowid > :last '
            "ORDER BY rowid LIMIT :n"), {"last": last, "n": _BATCH}).all()
        if not rows:
            break
        bind.execute(sa.text(
            'UPDATE article_search SET "text" = :text, terms = CAST(:terms AS tsvector), '
            "complete = :complete WHERE rowid = :rowid"),
            [{"rowid": row.rowid, **search_pg.row_values(row.text)} for row in rows])
        last = rows[-1].rowid
    op.execute("ALTER TABLE article_search ALTER COLUMN terms SET NOT NULL")
    # a row PostgreSQL moves to TOAST (over 2 kB: a long article) keeps only pointers in the
    # table itself, so reading the rows a search found stays cheap
    op.execute("ALTER TABLE article_search SET (toast_tuple_target = 128)")
    op.execute("CREATE INDEX ix_article_search_terms ON article_search USING gin (terms)")
    op.execute(f"CREATE SEQUENCE {search_pg.SEQUENCE}")
    op.execute(f"SELECT setval('{search_pg.SEQUENCE}', "
               "(SELECT coalesce(max(rowid), 0) + 1 FROM article_search), false)")
    op.execute("ANALYZE article_search")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(f"DROP SEQUENCE {search_pg.SEQUENCE}")
    op.execute("DROP INDEX ix_article_search_terms")
    op.drop_column("article_search", "complete")
    op.drop_column("article_search", "terms")
