"""The article of docs/formats.md §1 as plain Python: fields, normalisation and validation.

Every text is normalised to NFC when an Article is made, so nothing downstream ever sees
NFD. Validation is separate (``problems()`` / ``validate()``) so that a draft with a missing
headline can still be held in memory while the reporter types; saving and exporting validate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from .errors import Problem, ValidationError
from .related import RelatedStory, normalise_related, related_problems
from .status import Status
from .text import nfc, shorten, single_line

# BCP 47 language tag: language[-script][-region][-variant...] (enough for a newsroom).
_BCP47 = re.compile(
    r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$"
)
MAX_HEADLINE = 300
MAX_URL = 2000

TEXT_FIELDS = ("headline", "sapo", "byline", "source", "section", "url", "language", "body")


@dataclass
class Article:
    """A news article. ``id`` is None until the library stores it.

    ``related`` lists the related stories shown after the article ("Tin khác", see
    ``domain.related``). ``assets`` maps each image path used in ``body`` (as written, e.g. ``images/a.jpg``) to the
    sha256 of the photo's bytes in the library's photo store. ``version`` counts saves and is
    what optimistic concurrency compares.
    """

    headline: str = ""
    body: str = ""
    sapo: str = ""
    byline: str = ""
    source: str = ""
    section: str = ""
    tags: list[str] = field(default_factory=list)
    published: datetime | None = None
    url: str = ""
    language: str = "vi"
    status: Status = Status.DRAFT
    id: str | None = None
    created: datetime | None = None
    updated: datetime | None = None
    version: int = 0
    assets: dict[str, str] = field(default_factory=dict)
    related: list[RelatedStory] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.headline = single_line(self.headline)
        self.sapo = nfc(self.sapo).strip()
        self.byline = single_line(self.byline)
        self.source = single_line(self.source)
        self.section = single_line(self.section)
        self.url = nfc(self.url).strip()
        self.language = (nfc(self.language).strip() or "vi").replace("_", "-")
        self.body = nfc(self.body)
        self.tags = normalise_tags(self.tags)
        if isinstance(self.published, str):
            self.published = parse_published(self.published)
        if not isinstance(self.status, Status):
            self.status = Status.parse(str(self.status))
        self.assets = {nfc(k): v for k, v in (self.assets or {}).items()}
        self.related = normalise_related(self.related)

    # -- validation -------------------------------------------------------------------------
    def problems(self) -> list[Problem]:
        """Everything wrong with this article, in field order; empty when it is valid."""
        found: list[Problem] = []
        if not self.headline:
            found.append(Problem("headline.required", "headline", "the headline is required"))
        elif len(self.headline) > MAX_HEADLINE:
            found.append(
                Problem(
                    "headline.too_long",
                    "headline",
                    f"the headline is {len(self.headline)} characters long "
                    f"(at most {MAX_HEADLINE})",
                )
            )
        if self.url:
            problem = url_problem(self.url)
            if problem:
                found.append(problem)
        if not _BCP47.match(self.language):
            found.append(
                Problem(
                    "language.invalid",
                    "language",
                    f"'{self.language}' is not a BCP 47 language tag (for example vi, en, en-GB)",
                )
            )
        if self.published is not None and self.published.utcoffset() is None:
            found.append(
                Problem(
                    "published.offset",
                    "published",
                    "the publication time needs a UTC offset, e.g. 2023-10-10T16:35:00+07:00",
                )
            )
        found.extend(related_problems(self.related, url_problem))
        return found

    def validate(self) -> Article:
        """Raise ValidationError listing every problem; return self when valid."""
        found = self.problems()
        if found:
            raise ValidationError(found)
        return self

    def copy(self, **changes: Any) -> Article:
        """A deep-enough copy (lists and dicts are not shared) with ``changes`` applied."""
        changes.setdefault("tags", list(self.tags))
        changes.setdefault("assets", dict(self.assets))
        changes.setdefault("related", list(self.related))
        return replace(self, **changes)

    def content_equals(self, other: Article) -> bool:
        """True when both carry the same content (ignoring id, times, version, status)."""
        keys = (*TEXT_FIELDS, "tags", "published", "related")
        return all(getattr(self, k) == getattr(other, k) for k in keys)


def normalise_tags(tags: str | Iterable[object] | None) -> list[str]:
    """Tags as a list of distinct single-line NFC strings, order kept.

    Accepts a list or a comma-separated string (as typed into a form field).
    """
    if tags is None:
        return []
    if isinstance(tags, str):
        items = tags.split(",")
    else:
        items = [str(t) for t in tags]
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        tag = single_line(item)
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return out


def url_problem(url: str) -> Problem | None:
    """A Problem when ``url`` is not an absolute http(s) URL, else None."""
    if len(url) > MAX_URL:
        return Problem("url.too_long", "url", f"the URL is longer than {MAX_URL} characters")
    try:
        parts = urlsplit(url)
    except ValueError:
        return Problem("url.invalid", "url", f"'{url}' is not a valid URL")
    if parts.scheme.lower() not in ("http", "https"):
        return Problem(
            "url.scheme", "url", f"the URL must start with http:// or https:// (got '{url}')"
        )
    if not parts.netloc or any(ch.isspace() for ch in url):
        return Problem("url.invalid", "url", f"'{url}' is not a valid web address")
    return None


def parse_published(value: str | datetime | None) -> datetime | None:
    """Parse an ISO 8601 time *with* UTC offset; raise ValidationError otherwise."""
    if value is None or isinstance(value, datetime):
        if isinstance(value, datetime) and value.utcoffset() is None:
            raise ValidationError([_offset_problem(value.isoformat())])
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise ValidationError(
            [
                Problem(
                    "published.format",
                    "published",
                    f"'{shorten(text)}' is not an ISO 8601 time (expected e.g. 2023-10-10T16:35:00+07:00)",
                )
            ]
        ) from None
    if parsed.utcoffset() is None:
        raise ValidationError([_offset_problem(text)])
    return parsed


def _offset_problem(text: str) -> Problem:
    return Problem(
        "published.offset",
        "published",
        f"'{shorten(text)}' has no UTC offset (expected e.g. 2023-10-10T16:35:00+07:00)",
    )
