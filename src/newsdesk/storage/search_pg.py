"""The search index on PostgreSQL: a ``tsvector`` of the folded words with a GIN index.

Each ``article_search`` row holds the article's folded words in order, one space between
them (``text``), the set of those words as a ``tsvector`` (``terms``, GIN-indexed) and its
``rowid`` from the sequence ``article_search_rowid_seq``: every save takes the next number
without waiting for any other writer, and newest-saved-first is ``ORDER BY rowid DESC``.

The words are split and folded in Python (``search.index_text``) exactly as for SQLite's FTS5
and stored as given (no PostgreSQL parser, dictionary or locale is involved), so both
databases find the same articles:

- a word is the lexeme ``'hai'``, the last word while typing a prefix ``'pho':*``;
- a phrase asks the index for each of its words, then checks the words stand next to each
  other in ``text`` (``strpos`` on `` phong kham ``): positions in a ``tsvector`` are capped
  (16,383, and 256 per word), which would lose phrases deep in a long article;
- a word of ``MAX_LEXEME`` characters or more is indexed by its start and checked in
  ``text``; an article whose distinct words exceed what a ``tsvector`` holds (1 MB) is
  indexed under ``OVERSIZED`` only and every query checks its ``text`` (``complete`` false).
"""

from __future__ import annotations

from collections.abc import Iterable

from .search_query import TOKEN, Clause

SEQUENCE = "article_search_rowid_seq"
MAX_LEXEME = 200  # characters: at most 800 bytes, well under PostgreSQL's 2,047
_MAX_TERMS_BYTES = 900_000  # a tsvector's lexemes must stay under 1 MB
OVERSIZED = "*"  # never a word (words are letters and digits only)
# how many of the newest index rows per wanted result are read before asking the GIN index
# for every hit (see search.search_statements): words in 5 % of the articles or more are
# answered from those rows alone
WINDOW_PER_RESULT = 20


def tokens(folded: str) -> list[str]:
    """The words of folded text, as the index and every check in ``text`` see them."""
    return TOKEN.findall(folded)


def row_values(folded: str) -> dict[str, object]:
    """``text``, ``terms`` (a tsvector literal) and ``complete`` for one article."""
    words = tokens(folded)
    lexemes = sorted({word[:MAX_LEXEME] for word in words})
    size = sum(len(lexeme.encode()) + 8 for lexeme in lexemes)
    complete = size <= _MAX_TERMS_BYTES
    if not complete:
        lexemes = [OVERSIZED]
    return {"text": " ".join(words), "terms": _tsvector(lexemes), "complete": complete}


def _tsvector(lexemes: Iterable[str]) -> str:
    # words hold no quote or backslash (letters and digits only), OVERSIZED neither
    return " ".join(f"'{lexeme}'" for lexeme in lexemes)


def tsquery(clauses: list[Clause]) -> str:
    """The tsquery literal asking the index for every word of ``clauses``."""
    parts = []
    for clause in clauses:
        for number, word in enumerate(clause.words):
            prefix = clause.prefix and number == len(clause.words) - 1
            prefix = prefix or len(word) > MAX_LEXEME
            parts.append(f"'{word[:MAX_LEXEME]}'" + (":*" if prefix else ""))
    return f"({' & '.join(parts)}) | '{OVERSIZED}'"


def needle(clause: Clause) -> str:
    """What ``' ' || text || ' '`` contains when ``clause`` matches (words in a row)."""
    return " " + " ".join(clause.words) + ("" if clause.prefix else " ")


def needs_check(clause: Clause) -> bool:
    """True when the index alone cannot tell (a phrase, a word longer than MAX_LEXEME)."""
    return len(clause.words) > 1 or any(len(word) >= MAX_LEXEME for word in clause.words)


def where(clauses: list[Clause], params: dict[str, object]) -> list[str]:
    """The conditions on ``article_search AS s`` for ``clauses``; fills ``params``."""
    params["tsq"] = tsquery(clauses)
    conditions = ["s.terms @@ CAST(:tsq AS tsquery)"]
    every = []
    for number, clause in enumerate(clauses):
        params[f"w{number}"] = needle(clause)
        check = f"strpos(' ' || s.\"text\" || ' ', :w{number}) > 0"
        every.append(check)
        if needs_check(clause):
            conditions.append(check)
    conditions.append(f"(s.complete OR ({' AND '.join(every)}))")
    return conditions
