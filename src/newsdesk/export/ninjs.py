"""The article as IPTC ninjs 2.0 (``article.json`` of the CMS package).

Only properties defined by the ninjs 2.0 schema are written (the schema forbids others):
uri, type, version, firstcreated, versioncreated, contentcreated, language,
headlines, descriptions (the sapo as the ``summary``), bodies (HTML), by, people (authors),
subjects (section and tags), infosources (the source), altids, associations (photos with
their renditions, then the related stories as ``type: text`` items with their headline and,
for a library story, the thumbnail of its first photo) and standard. A related story deleted
from the library is left out of the associations (``body.html`` names it as text).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsdesk.domain import Article
from newsdesk.render.dateline import iso_datetime
from newsdesk.render.metadata import authors, first_created
from newsdesk.render.sanitize import safe_href

NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json"


@dataclass(frozen=True)
class NinjsRendition:
    name: str  # "web", "thumbnail"
    href: str
    contenttype: str
    width: int
    height: int
    size: int


@dataclass(frozen=True)
class NinjsPicture:
    name: str
    sha256: str
    caption: str
    credit: str
    renditions: tuple[NinjsRendition, ...]


@dataclass(frozen=True)
class NinjsRelated:
    headline: str
    url: str  # "" when the story has no URL (yet)
    article_id: str = ""  # a library story's id
    thumbnail: NinjsRendition | None = None


def article_uri(article: Article) -> str:
    return safe_href(article.url) or f"urn:newsdesk:article:{article.id or 'unsaved'}"


def ninjs_document(
    article: Article,
    *,
    body_html: str,
    sapo_text: str,
    pictures: list[NinjsPicture],
    wordcount: int,
    related: list[NinjsRelated] | None = None,
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "uri": article_uri(article),
        "standard": {"name": "ninjs", "version": "2.0", "schema": NINJS_SCHEMA},
        "type": "text",
        "representationtype": "full",
        "version": str(article.version) if article.version else "",
        "firstcreated": iso_datetime(first_created(article)),
        "versioncreated": iso_datetime(article.updated or article.published),
        "contentcreated": iso_datetime(first_created(article)),
        "language": article.language,
        "headlines": [{"role": "main", "value": article.headline}],
        "descriptions": [{"role": "summary", "contenttype": "text/plain", "value": sapo_text}]
        if sapo_text
        else [],
        "bodies": [
            {
                "role": "main",
                "contenttype": "text/html",
                "wordcount": wordcount,
                "value": body_html,
            }
        ],
        "by": article.byline,
        "people": [{"name": name, "rel": "author"} for name in authors(article.byline)],
        "subjects": ([{"name": article.section, "rel": "section"}] if article.section else [])
        + [{"name": tag, "rel": "keyword"} for tag in article.tags],
        "infosources": [{"name": article.source}] if article.source else [],
        "altids": [{"role": "newsdesk", "value": article.id}] if article.id else [],
        "associations": [_picture(p) for p in pictures]
        + [_related(n, story) for n, story in enumerate(related or [], start=1)],
    }
    return {k: v for k, v in doc.items() if v not in ("", [], None)}


def _rendition(r: NinjsRendition) -> dict[str, Any]:
    return {"name": r.name, "href": r.href, "contenttype": r.contenttype, "width": r.width,
            "height": r.height, "sizeinbytes": r.size}


def _related(number: int, story: NinjsRelated) -> dict[str, Any]:
    uri = safe_href(story.url) or (f"urn:newsdesk:article:{story.article_id}"
                                   if story.article_id else "")
    item: dict[str, Any] = {
        "name": f"related-{number}",
        "uri": uri,
        "type": "text",
        "headlines": [{"role": "main", "value": story.headline}],
        "renditions": [_rendition(story.thumbnail)] if story.thumbnail else [],
    }
    return {k: v for k, v in item.items() if v not in ("", [], None)}


def _picture(picture: NinjsPicture) -> dict[str, Any]:
    item: dict[str, Any] = {
        "name": picture.name,
        "uri": f"urn:newsdesk:photo:{picture.sha256}",
        "type": "picture",
        "descriptions": [{"role": "caption", "value": picture.caption}] if picture.caption else [],
        "by": picture.credit,
        "renditions": [
            {
                "name": r.name,
                "href": r.href,
                "contenttype": r.contenttype,
                "width": r.width,
                "height": r.height,
                "sizeinbytes": r.size,
            }
            for r in picture.renditions
        ],
    }
    return {k: v for k, v in item.items() if v not in ("", [], None)}
