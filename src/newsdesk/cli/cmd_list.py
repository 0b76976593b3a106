"""``newsdesk list``: the articles of the library, newest first, optionally searched/filtered."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from newsdesk.domain.status import Status
from newsdesk.domain.text import for_terminal

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "list",
        help="list articles (newest first)",
        description="List articles, newest first. --search ignores case and Vietnamese tones "
        "(hai phong finds Hải Phòng); several words must all occur; quote a phrase.",
    )
    parser.add_argument(
        "--search", metavar="Q", help="words to find (headline, sapo, body, byline, tags)"
    )
    parser.add_argument("--status", metavar="S", help="only this status (draft, submitted, …)")
    parser.add_argument("--section", metavar="NAME", help="only this section")
    parser.add_argument("--limit", type=int, metavar="N", help="at most N articles")
    parser.add_argument("--json", action="store_true", help="print a JSON array")


def summary_json(summary) -> dict[str, object]:
    return {
        "id": summary.id,
        "headline": summary.headline,
        "status": str(summary.status),
        "updated": summary.updated.isoformat() if summary.updated else None,
        "section": summary.section,
        "byline": summary.byline,
        "version": summary.version,
    }


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    status = Status.parse(args.status) if args.status else None
    items = library.list(search=args.search, status=status, section=args.section, limit=args.limit)
    if args.json:
        print(json.dumps([summary_json(s) for s in items], ensure_ascii=False, indent=2))
        return 0
    for s in items:
        updated = s.updated.strftime("%Y-%m-%d %H:%M") if s.updated else ""
        print(f"{s.id[:8]}  {updated:16}  {s.status!s:10}  {for_terminal(s.headline)}")
    return 0
