"""``newsdesk changes ID [--json]``: the pending suggestions of an article (docs/formats.md §2a).

One line per suggestion: its id, kind, author, time, and the old and new text.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "changes",
        help="list an article's pending suggestions (track changes)",
        description="List the pending suggestions of an article in reading order: id, kind "
        "(insert, delete, replace), author, time, old and new text. Decide them with "
        "'newsdesk accept' and 'newsdesk reject'.",
    )
    parser.add_argument("id", metavar="ID", help="article id or a unique prefix of it")
    parser.add_argument("--json", action="store_true", help="print a JSON object")


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    from newsdesk.domain.text import for_terminal
    from newsdesk.services.suggestions import changes

    article_id = library.repository.resolve_id(args.id)
    article, found = changes(library, article_id)
    if args.json:
        print(json.dumps({"id": article.id, "headline": article.headline,
                          "changes": [s.as_json() for s in found]},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"{article.id}  {article.headline}")
    if not found:
        print("  no pending suggestions")
    for s in found:
        when = s.time.astimezone().strftime("%Y-%m-%d %H:%M") if s.time else "-"
        old = f"[-{for_terminal(s.old)}-]" if s.old else ""
        new = f"{{+{for_terminal(s.new)}+}}" if s.new else ""
        print(f"  {s.id:10} {s.kind:7} {s.author} {when}  {old}{new}")
    return 0
