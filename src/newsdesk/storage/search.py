"""Search that ignores case and Vietnamese tones and treats đ as d, without false matches.

What is indexed: headline, sapo, body, byline and tags, *folded in Python* with
``newsdesk.domain.text.fold`` (so ``Đà Nẵng`` is stored as ``da nang``), one row per article
in ``article_search``. On SQLite that is an FTS5 table (unicode61 tokenizer over the already
folded text, prefix indexes for 2 and 3 letters); on other databases a plain table searched
with word-boundary regular expressions (correct, not indexed).

Query rules (documented for users in the README):
- words are whole words: ``hai`` finds ``Hải`` but never ``khai``; every word must occur (AND);
- the *last* word is also a prefix (search as you type: ``hai pho`` finds ``Hải Phòng``),
  unless the query ends with a space or that word is a single letter;
- ``"…"`` is a phrase (words next to each other); a word with inner punctuation
  (``covid-19``, ``100.000``) is a phrase too.
Results come newest-saved first: every save gives the article a new, higher rowid in the
index, so a query is answered in rowid order with a LIMIT and never sorts or ranks all hits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Connection, text

from newsdesk.domain.text import fold

_TOKEN = re.compile(r"[^\W_]+")
# a word of the original text, combining marks included (they are folded away)
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
_CHUNK = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Clause:
    """One condition of a query: consecutive whole words, the last one maybe a prefix."""

    words: tuple[str, ...]
    prefix: bool = False


def index_text(headline: str, sapo: str, body: str, byline: str, tags: Iterable[str]) -> str:
    """The folded words stored in the index for one article, in order, space-separated.

    Folding word by word through a cache is several times faster than folding the whole
    text (a newsroom's vocabulary is small) and gives the index the same tokens.
    """
    parts = [headline, sapo, byline, " ".join(tags), body]
    return " ".join(map(_fold_word, _WORD.findall("\n".join(p for p in parts if p))))


@lru_cache(maxsize=100_000)
def _fold_word(word: str) -> str:
    return fold(word)


def parse_query(query: str) -> list[Clause]:
    """The clauses of a user's query (empty when it holds no word at all)."""
    folded = fold(query or "")
    clauses: list[Clause] = []
    matches = list(_CHUNK.finditer(folded))
    for number, match in enumerate(matches):
        quoted, bare = match.group(1), match.group(2)
        words = tuple(_TOKEN.findall(quoted if quoted is not None else bare))
        if not words:
            continue
        is_last = number == len(matches) - 1
        prefix = (
            bare is not None
            and len(words) == 1
            and is_last
            and len(words[0]) >= 2
            and not folded.endswith((" ", "\t", "\n"))
        )
        clauses.append(Clause(words, prefix))
    return clauses


def fts5_query(clauses: list[Clause]) -> str:
    """The FTS5 MATCH expression of ``clauses``."""
    parts = []
    for clause in clauses:
        phrase = '"' + " ".join(clause.words) + '"'
        parts.append(phrase + ("*" if clause.prefix else ""))
    return " AND ".join(parts)


def regex_patterns(clauses: list[Clause]) -> list[str]:
    """PostgreSQL regular expressions (``~``), one per clause, with word boundaries."""
    out = []
    for clause in clauses:
        body = r"[^[:alnum:]]+".join(re.escape(w) for w in clause.words)
        out.append(r"\m" + body + ("" if clause.prefix else r"\M"))
    return out


# -- the index table ------------------------------------------------------------------------
def create_search_table(connection: Connection) -> None:
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


def put(connection: Connection, rowid: int, folded: str) -> None:
    connection.execute(
        text('INSERT INTO article_search (rowid, "text") VALUES (:rowid, :text)'),
        {"rowid": rowid, "text": folded},
    )


def put_many(connection: Connection, rows: list[dict[str, object]]) -> None:
    """Index several articles at once: ``rows`` of ``{"rowid": …, "text": …}``."""
    connection.execute(
        text('INSERT INTO article_search (rowid, "text") VALUES (:rowid, :text)'), rows
    )


def drop(connection: Connection, rowid: int | None) -> None:
    if rowid is not None:
        connection.execute(
            text("DELETE FROM article_search WHERE rowid = :rowid"), {"rowid": rowid}
        )


def next_rowid(connection: Connection) -> int:
    found = connection.execute(text("SELECT max(search_rowid) FROM articles")).scalar()
    return int(found or 0) + 1


_COLUMNS = "a.id, a.headline, a.status, a.section, a.byline, a.updated, a.version"


def search_statement(
    dialect: str,
    clauses: list[Clause],
    *,
    status: str | None,
    section: str | None,
    limit: int,
):
    """``(sql, params)`` selecting the summary columns of matching articles, newest first."""
    params: dict[str, object] = {"limit": limit}
    where = []
    if dialect == "sqlite":
        where.append('s."text" MATCH :match')
        params["match"] = fts5_query(clauses)
    else:
        for number, pattern in enumerate(regex_patterns(clauses)):
            where.append(f's."text" ~ :re{number}')
            params[f"re{number}"] = pattern
    if status:
        where.append("a.status = :status")
        params["status"] = status
    if section:
        where.append("a.section = :section")
        params["section"] = section
    sql = (
        f"SELECT {_COLUMNS} FROM article_search AS s "
        "JOIN articles AS a ON a.search_rowid = s.rowid "
        f"WHERE {' AND '.join(where)} ORDER BY s.rowid DESC LIMIT :limit"
    )
    return text(sql), params
