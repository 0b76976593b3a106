"""The crash-recovery journal: the article being edited, written to disk ~1 s after each change.

One small JSON file per open article in ``Paths.data/recovery/``, written atomically
(``newsdesk.config.atomic``) and private to the user (0600 files in a 0700 folder), removed when the article reaches the database or the window closes
cleanly. A file still there at the next start means the last session ended abnormally
(kill -9, power cut): the app offers its text back.

The journal is also where saves wait while a shared library's server cannot be reached (see
``qt/offline.py``): such an entry is marked ``waiting``. It is sent when the server answers
again, or, if the app was closed meanwhile, at the next start, without asking: the reporter
meant it to be stored.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from newsdesk.config.atomic import atomic_write, make_folder
from newsdesk.domain import Article, RelatedStory, Status

log = logging.getLogger(__name__)
FORMAT = 1
FIELDS = ("headline", "sapo", "byline", "source", "section", "url", "language", "body")


@dataclass(frozen=True)
class RecoveredArticle:
    key: str
    article: Article
    saved_at: float
    path: Path
    waiting: bool = False  # a save that waits for the server (not text left by a crash)


def article_to_record(article: Article) -> dict[str, object]:
    record: dict[str, object] = {name: getattr(article, name) for name in FIELDS}
    record.update(
        format=FORMAT,
        id=article.id,
        version=article.version,
        tags=list(article.tags),
        published=article.published.isoformat() if article.published else None,
        assets=dict(article.assets),
        related=[story.as_mapping() for story in article.related],
        status=str(article.status),
    )
    return record


def record_to_article(record: dict[str, Any]) -> Article:
    """The article a journal record (JSON, written by ``article_to_record``) describes."""
    values: dict[str, Any] = {name: str(record.get(name) or "") for name in FIELDS}
    published = record.get("published")
    return Article(
        **values,
        tags=list(record.get("tags") or []),
        published=datetime.fromisoformat(str(published)) if published else None,
        id=(str(record["id"]) if record.get("id") else None),
        version=int(record.get("version") or 0),
        assets=dict(record.get("assets") or {}),
        related=[RelatedStory.from_mapping(item) for item in record.get("related") or []
                 if isinstance(item, dict)],
        status=Status.parse(str(record.get("status") or "draft")),
    )


def as_read(body: str) -> str:
    """``body`` as it would read with its pending suggestions accepted (the newest text, what
    its writer remembers typing): never their CriticMarkup or who made them."""
    from newsdesk.domain.suggestions import resolve

    return resolve(body, True)[0] if "{" in body else body


def excerpt(text: str, limit: int = 200) -> str:
    """The last paragraph of ``text``, at most ``limit`` characters, cut between words (with
    "…") rather than in the middle of one: what the recovery question shows of the body."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return ""
    last = " ".join(lines[-1].split())
    if len(last) <= limit:
        return last
    cut = last[: limit - 1]
    if not last[limit - 1].isspace():  # the limit falls inside a word: drop that word
        space = cut.rfind(" ")
        if space > 0:
            cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


class RecoveryJournal:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        safe = "".join(ch for ch in key if ch.isalnum() or ch in "-_") or "article"
        return self.folder / f"{safe}.json"

    def write(self, key: str, article: Article, *, waiting: bool = False) -> Path:
        """Record ``article`` under ``key`` atomically; never leaves a half-written file.
        ``waiting``: a save the server could not take, to be sent once it answers."""
        make_folder(self.folder, private=True)
        record: dict[str, object] = {"key": key, "saved_at": time.time(),
                                     "article": article_to_record(article)}
        if waiting:
            record["waiting"] = True
        return atomic_write(self._path(key), json.dumps(record, ensure_ascii=False),
                            private=True)

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def pending(self) -> list[RecoveredArticle]:
        """Every readable journal entry, newest first (unreadable ones are logged and skipped)."""
        found: list[RecoveredArticle] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob("*.json"):
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
                article = record_to_article(record["article"])
                found.append(RecoveredArticle(str(record["key"]), article,
                                              float(record.get("saved_at", 0)), path,
                                              waiting=record.get("waiting") is True))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("ignoring unreadable recovery file %s: %s", path, exc)
        found.sort(key=lambda item: item.saved_at, reverse=True)
        return found
