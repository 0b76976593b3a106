"""The newsroom dictionary in the database: the words a colleague added are everyone's.

One row per word (NFC, as written: "Zelensky", "Vingroup"); table ``newsroom_words``
(migration ``0007_dictionary``). Adding a word someone added already, even at the same
moment on a shared PostgreSQL library, is not an error.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Column, Connection, DateTime, MetaData, String, Table, delete, select
from sqlalchemy import exc as sa_exc
from sqlalchemy import insert as sa_insert

from .engine import writer
from .errors import translate_errors

MAX_WORD = 200

metadata = MetaData()
newsroom_words = Table(
    "newsroom_words",
    metadata,
    Column("word", String(MAX_WORD), primary_key=True),
    Column("added_by", String(200), nullable=False, default=""),
    Column("added", DateTime(timezone=True), nullable=True),
)


class DictionaryStore:
    """The newsroom words of one Repository's database, each call its own transaction."""

    def __init__(self, repository) -> None:
        self.engine = repository.engine
        self._url = repository.engine.url.render_as_string(hide_password=False)

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        with translate_errors(self._url), writer(self.engine).begin() as conn:
            yield conn

    def words(self) -> list[str]:
        with translate_errors(self._url), self.engine.connect() as conn:
            return list(conn.scalars(select(newsroom_words.c.word)
                                     .order_by(newsroom_words.c.word)))

    def add(self, word: str, added_by: str = "") -> bool:
        """Store ``word``; False when it was there already."""
        word = unicodedata.normalize("NFC", word.strip())[:MAX_WORD]
        if not word:
            return False
        try:
            with self._writing() as conn:
                if conn.scalar(select(newsroom_words.c.word)
                               .where(newsroom_words.c.word == word)) is not None:
                    return False
                conn.execute(sa_insert(newsroom_words).values(
                    word=word, added_by=added_by[:200], added=datetime.now(UTC)))
        except sa_exc.IntegrityError:
            return False  # a colleague added it at the same moment
        return True

    def remove(self, word: str) -> None:
        word = unicodedata.normalize("NFC", word.strip())
        with self._writing() as conn:
            conn.execute(delete(newsroom_words).where(newsroom_words.c.word == word))
