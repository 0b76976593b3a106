"""``newsdesk show ID``: one article, fields then body (or all of it as JSON)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from newsdesk.domain.article import Article

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "show",
        help="show one article",
        description="Show an article. ID may be a unique prefix (at least 4 characters).",
    )
    parser.add_argument("id", metavar="ID", help="article id or a unique prefix of it")
    parser.add_argument("--json", action="store_true", help="print a JSON object")


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def article_json(article: Article) -> dict[str, object]:
    return {
        "id": article.id,
        "headline": article.headline,
        "sapo": article.sapo,
        "byline": article.byline,
        "source": article.source,
        "section": article.section,
        "tags": list(article.tags),
        "published": _iso(article.published),
        "url": article.url,
        "language": article.language,
        "status": str(article.status),
        "version": article.version,
        "created": _iso(article.created),
        "updated": _iso(article.updated),
        "assets": dict(article.assets),
        "related": [story.as_mapping() for story in article.related],
        "body": article.body,
    }


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    article = library.get(args.id)
    if args.json:
        print(json.dumps(article_json(article), ensure_ascii=False, indent=2))
        return 0
    rows = [
        ("id", article.id),
        ("headline", article.headline),
        ("sapo", article.sapo),
        ("byline", article.byline),
        ("source", article.source),
        ("section", article.section),
        ("tags", ", ".join(article.tags)),
        ("published", _iso(article.published) or ""),
        ("url", article.url),
        ("language", article.language),
        ("status", str(article.status)),
        ("version", str(article.version)),
        ("updated", _iso(article.updated) or ""),
        *(("related", f"{story.headline} <{story.url or story.article_id}>".strip())
          for story in article.related),
    ]
    for key, value in rows:
        if value:
            print(f"{key + ':':11}{value}")
    print()
    print(article.body)
    return 0
