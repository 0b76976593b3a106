"""What a search asks and what the index stores: folded words, parsed into clauses.

Shared by both databases (``search.py`` for SQLite's FTS5, ``search_pg.py`` for PostgreSQL),
so that the same words are indexed and asked for everywhere.

Query rules (documented for users in the README):
- words are whole words: ``hai`` finds ``Hải`` but never ``khai``; every word must occur (AND);
- the *last* word is also a prefix (search as you type: ``hai pho`` finds ``Hải Phòng``),
  unless the query ends with a space or that word is a single letter;
- ``"…"`` is a phrase (words next to each other); a word with inner punctuation
  (``covid-19``, ``100.000``) is a phrase too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.domain.suggestions import without_attributions
from newsdesk.domain.text import fold

TOKEN = re.compile(r"[^\W_]+")
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
    text (a newsroom's vocabulary is small) and gives the index the same tokens. A pending
    suggestion's attribution (its author's name, its time) is not the article's text.
    """
    parts = [headline, sapo, byline, " ".join(tags), without_attributions(body)]
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
        words = tuple(TOKEN.findall(quoted if quoted is not None else bare))
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
