"""Search that ignores case and Vietnamese tones and treats đ as d, without false matches.

What is indexed: headline, sapo, body, byline and tags, *folded in Python*
(``search_query.index_text``, so ``Đà Nẵng`` is stored as ``da nang``), one row per article
in ``article_search``. On SQLite that is an FTS5 table (unicode61 tokenizer over the already
folded text, prefix indexes for 2 and 3 letters); on PostgreSQL a table with a GIN-indexed
``tsvector`` of the same words (``search_pg.py``). The query rules are in ``search_query.py``.

Results come newest-saved first: every save gives the article a new, higher rowid in the
index, so a query is answered in rowid order with a LIMIT and never sorts or ranks all hits.
On SQLite the rowid is the highest so far plus one (writers take turns there anyway); on
PostgreSQL it comes from a sequence, so writers of different articles never wait for each
other to number their rows.
"""

from __future__ import annotations

from sqlalchemy import Connection, TextClause, text

from . import search_pg
from .search_query import Clause, index_text, parse_query

__all__ = ["Clause", "index_text", "parse_query"]


def fts5_query(clauses: list[Clause]) -> str:
    """The FTS5 MATCH expression of ``clauses``."""
    parts = []
    for clause in clauses:
        phrase = '"' + " ".join(clause.words) + '"'
        parts.append(phrase + ("*" if clause.prefix else ""))
    return " AND ".join(parts)


# -- the index table ------------------------------------------------------------------------
def create_search_table(connection: Connection) -> None:
    """The table as migration 0002 made it (0006 adds PostgreSQL's index to it)."""
    if connection.dialect.name == "sqlite":
        connection.execute(
            text(
                "CREATE VIRTUAL TABLE article_search USING fts5(text, "
                "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3', columnsize = 0)"
            )
        )
    else:
        connection.execute(
            text('CREATE TABLE article_search (rowid BIGINT PRIMARY KEY, "text" TEXT NOT NULL)')
        )


def _postgresql(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def put(connection: Connection, rowid: int, folded: str) -> None:
    put_many(connection, [{"rowid": rowid, "text": folded}])


def put_many(connection: Connection, rows: list[dict[str, object]]) -> None:
    """Index several articles at once: ``rows`` of ``{"rowid": …, "text": folded}``."""
    if not rows:
        return
    if _postgresql(connection):
        values = [{"rowid": row["rowid"], **search_pg.row_values(str(row["text"]))}
                  for row in rows]
        connection.execute(
            text('INSERT INTO article_search (rowid, "text", terms, complete) '
                 "VALUES (:rowid, :text, CAST(:terms AS tsvector), :complete)"), values)
        return
    connection.execute(
        text('INSERT INTO article_search (rowid, "text") VALUES (:rowid, :text)'), rows
    )


def drop(connection: Connection, rowid: int | None) -> None:
    if rowid is not None:
        connection.execute(
            text("DELETE FROM article_search WHERE rowid = :rowid"), {"rowid": rowid}
        )


def next_rowid(connection: Connection) -> int:
    return new_rowids(connection, 1)[0]


def new_rowids(connection: Connection, count: int) -> list[int]:
    """``count`` new index rowids, ascending, each higher than every rowid taken before."""
    if _postgresql(connection):
        found = connection.execute(
            text(f"SELECT nextval('{search_pg.SEQUENCE}') FROM generate_series(1, :n)"),
            {"n": count}).scalars().all()
        return sorted(int(n) for n in found)
    top = int(connection.execute(text("SELECT max(search_rowid) FROM articles")).scalar() or 0)
    return list(range(top + 1, top + 1 + count))


_COLUMNS = "a.id, a.headline, a.status, a.section, a.byline, a.updated, a.version"
_JOIN = "JOIN articles AS a ON a.search_rowid = s.rowid"


def search_statements(
    dialect: str,
    clauses: list[Clause],
    *,
    status: str | None,
    section: str | None,
    limit: int,
) -> list[tuple[TextClause, dict[str, object]]]:
    """``(sql, params)`` selecting the summary columns of matching articles, newest first:
    run them in turn until one gives ``limit`` rows; the last one gives the whole answer.

    SQLite's FTS5 reads its index newest first and stops at the limit: one statement. On
    PostgreSQL a GIN index gives every hit, unordered, so a common word (tens of thousands
    of hits) is answered by reading the newest ``window`` index rows instead and checking
    them; only when those hold fewer than ``limit`` hits (a rarer word, so few hits) does the
    second statement ask the GIN index for all of them and sort those.
    """
    params: dict[str, object] = {"limit": limit}
    filters = []
    if status:
        filters.append("a.status = :status")
        params["status"] = status
    if section:
        filters.append("a.section = :section")
        params["section"] = section
    if dialect == "sqlite":
        params["match"] = fts5_query(clauses)
        where = " AND ".join(['s."text" MATCH :match', *filters])
        return [(text(f"SELECT {_COLUMNS} FROM article_search AS s {_JOIN} "
                      f"WHERE {where} ORDER BY s.rowid DESC LIMIT :limit"), params)]
    conditions = search_pg.where(clauses, params)
    params["window"] = search_pg.WINDOW_PER_RESULT * limit
    recent = " AND ".join([
        *conditions, *filters,
        "s.rowid > (SELECT max(rowid) FROM article_search) - :window"])
    everywhere = " AND ".join(conditions)
    article = " AND ".join(["a.search_rowid = s.rowid", *filters])
    return [
        (text(f"SELECT {_COLUMNS} FROM article_search AS s {_JOIN} WHERE {recent} "
              "ORDER BY s.rowid DESC LIMIT :limit"), params),
        # every hit from the GIN index, newest first, each looked up until ``limit`` are
        # found (a join chosen by the planner could read the whole articles table instead)
        (text(f"WITH hits AS MATERIALIZED (SELECT s.rowid FROM article_search AS s "
              f"WHERE {everywhere}) SELECT {_COLUMNS} "
              "FROM (SELECT rowid FROM hits ORDER BY rowid DESC) AS s CROSS JOIN LATERAL "
              f"(SELECT {_COLUMNS} FROM articles AS a WHERE {article} LIMIT 1) AS a "
              "ORDER BY s.rowid DESC LIMIT :limit"), params),
    ]
