"""Search index: folded text of every article, newest save = highest rowid.

On SQLite ``article_search`` is an FTS5 table; elsewhere a plain table searched with regular
expressions. ``articles.search_rowid`` links an article to its row. Existing articles are
indexed here, oldest update first, so that an upgraded database searches like a new one.

Revision ID: 0002_search_index
Revises: 0001_initial
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from newsdesk.storage.search import create_search_table, index_text

revision: str = "0002_search_index"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    # plain ALTER TABLE + a unique index: no table rebuild, so no foreign key is disturbed
    op.add_column("articles", sa.Column("search_rowid", sa.BigInteger, nullable=True))
    op.create_index("uq_articles_search_rowid", "articles", ["search_rowid"], unique=True)
    create_search_table(bind)
    rows = bind.execute(
        sa.text("SELECT id, headline, sapo, body, byline, tags FROM articles ORDER BY updated, id")
    ).all()
    for number, row in enumerate(rows, start=1):
        tags = row.tags
        if isinstance(tags, str):
            import json

            tags = json.loads(tags or "[]")
        text = index_text(row.headline, row.sapo, row.body, row.byline, tags or [])
        bind.execute(
            sa.text("INSERT INTO article_search (rowid, text) VALUES (:n, :t)"),
            {"n": number, "t": text},
        )
        bind.execute(
            sa.text("UPDATE articles SET search_rowid = :n WHERE id = :id"),
            {"n": number, "id": row.id},
        )


def downgrade() -> None:
    op.execute("DROP TABLE article_search")
    op.drop_index("uq_articles_search_rowid", table_name="articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("search_rowid")
