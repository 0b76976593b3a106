"""What an article says about itself in ``<head>``: Open Graph tags and JSON-LD NewsArticle.

Everything here is plain data; the template escapes it. JSON-LD is serialised with ``<``,
``>`` and ``&`` as ``\\u`` escapes so that no field can close the ``<script>`` block it sits in.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from newsdesk.domain import Article

from .dateline import iso_datetime
from .sanitize import safe_href

# Between two names: , ; & "và" "and", or a dash with a space on both sides ("Thu Hằng – Quốc
# Việt"); a hyphen inside a word (Hồng-Nhung, Hà Nội–Hải Phòng) joins, it does not separate.
_AUTHOR_SPLIT = re.compile(r"[,;&]|\bvà\b|\band\b|(?<!\S)[-\u2010-\u2015](?!\S)")


def first_created(article: Article) -> datetime | None:
    """When the story was first made: the earlier of ``created`` (when the library stored it)
    and ``published`` (a story imported after it was published was made then). NewsML-G2's
    firstCreated and contentCreated and ninjs's firstcreated and contentcreated alike."""
    known = [t for t in (article.created, article.published) if t is not None]
    return min(known, key=lambda t: t.timestamp()) if known else None


def authors(byline: str) -> list[str]:
    """Names in a byline: ``"Minh Anh, Quốc Huy và Lan"`` or ``"Thu Hằng – Quốc Việt"``."""
    return [name for part in _AUTHOR_SPLIT.split(byline or "") if (name := part.strip())]


def news_article(article: Article, *, description: str, image: str) -> dict[str, Any]:
    """The schema.org NewsArticle of ``article`` (keys with no value are left out)."""
    url = safe_href(article.url)
    published = iso_datetime(article.published)
    modified = iso_datetime(article.updated) or published
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "description": description,
        "datePublished": published,
        "dateModified": modified,
        "author": [{"@type": "Person", "name": name} for name in authors(article.byline)],
        "image": [image] if image else [],
        "inLanguage": article.language,
        "articleSection": article.section,
        "keywords": list(article.tags),
        "mainEntityOfPage": {"@type": "WebPage", "@id": url} if url else None,
        "url": url,
    }
    return {k: v for k, v in data.items() if v not in ("", [], None)}


def json_ld(data: dict[str, Any]) -> str:
    """``data`` as JSON safe to place inside ``<script type="application/ld+json">``."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


# Open Graph wants language_TERRITORY; a bare language gets the territory its readers are in
_TERRITORY = {"vi": "VN", "en": "US", "fr": "FR", "zh": "CN", "ja": "JP", "ko": "KR"}


def og_locale(language: str) -> str:
    """``vi`` → ``vi_VN``, ``en-GB`` → ``en_GB``; a bare language without a usual territory
    stays as it is."""
    code = language.replace("-", "_")
    if "_" in code or code.lower() not in _TERRITORY:
        return code
    return f"{code.lower()}_{_TERRITORY[code.lower()]}"


def open_graph(article: Article, *, description: str, image: str) -> list[tuple[str, str]]:
    """(property, content) pairs of the Open Graph tags, in a stable order."""
    pairs = [
        ("og:type", "article"),
        ("og:title", article.headline),
        ("og:description", description),
        ("og:url", safe_href(article.url)),
        ("og:image", image),
        ("og:locale", og_locale(article.language)),
        ("article:published_time", iso_datetime(article.published)),
        ("article:modified_time", iso_datetime(article.updated)),
        ("article:section", article.section),
    ]
    pairs += [("article:tag", tag) for tag in article.tags]
    return [(k, v) for k, v in pairs if v]
