"""Article rows to domain objects, and the rules of an article id: plain Python.

Shared by the SQLAlchemy ``Repository`` and the plain SQLite ``reader``, so that both give
the same Article for the same row and the same message for an id that names none.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any, overload

from newsdesk.domain.article import Article, parse_published
from newsdesk.domain.errors import NotFoundError
from newsdesk.domain.related import RelatedStory
from newsdesk.domain.status import Status

MIN_PREFIX = 4
_HEX = re.compile(r"^[0-9a-f]+$")


@overload
def utc(value: datetime) -> datetime: ...


@overload
def utc(value: datetime | None) -> datetime | None: ...


def utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def to_article(row: Any, assets: dict[str, str]) -> Article:
    """The Article of an ``articles`` row (attributes named as its columns; ``tags`` and
    ``related`` decoded, ``created``/``updated`` datetimes) and its assets."""
    return Article(
        id=row.id,
        headline=row.headline,
        sapo=row.sapo,
        body=row.body,
        byline=row.byline,
        source=row.source,
        section=row.section,
        tags=list(row.tags or []),
        published=parse_published(row.published) if row.published else None,
        url=row.url,
        language=row.language,
        status=Status(row.status),
        version=row.version,
        created=utc(row.created),
        updated=utc(row.updated),
        assets=assets,
        related=[RelatedStory.from_mapping(item) for item in row.related or []
                 if isinstance(item, dict)],
    )


def id_range(id_or_prefix: str) -> tuple[str, str]:
    """The ids an id or a prefix of at least MIN_PREFIX hex characters covers: [low, high)."""
    key = (id_or_prefix or "").strip().lower()
    if len(key) < MIN_PREFIX or not _HEX.match(key):
        raise NotFoundError(
            f"'{id_or_prefix}' is not an article id (give the id or at least its first "
            f"{MIN_PREFIX} characters, as 'newsdesk list' shows them)",
            code="article.bad_id",
        )
    return key, key[:-1] + chr(ord(key[-1]) + 1)


def one_id(found: list[str], id_or_prefix: str) -> str:
    """The one id of ``found`` (up to two ids in the prefix's range), or why there is none."""
    if not found:
        raise NotFoundError(f"no article with id '{id_or_prefix}'", code="article.not_found")
    if len(found) > 1:
        raise NotFoundError(
            f"'{id_or_prefix}' matches several articles; give more characters of the id",
            code="article.ambiguous",
        )
    return found[0]
