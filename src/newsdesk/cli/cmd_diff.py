"""``newsdesk diff ID REV_A REV_B``: what changed between two revisions, word by word.

Deletions print as ``[-…-]`` and insertions as ``{+…+}`` (as ``git diff --word-diff``);
``current`` names the article as it is now. The body is compared as a reader sees it (photos
as ``🖼 caption — credit``, no Markdown syntax); ``--source`` compares its Markdown.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from newsdesk.domain.diff import render_text

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "diff",
        help="compare two revisions of an article word by word",
        description="Show the changes between revision REV_A and REV_B of an article "
        "(numbers from 'newsdesk history'; 'current' for the article as it is now). "
        "Deleted words print as [-…-], inserted words as {+…+}.",
    )
    parser.add_argument("id", metavar="ID", help="article id or a unique prefix of it")
    parser.add_argument("rev_a", metavar="REV_A", help="older revision number (or 'current')")
    parser.add_argument("rev_b", metavar="REV_B", help="newer revision number (or 'current')")
    parser.add_argument("--source", action="store_true",
                        help="compare the body's Markdown source instead of its words as read")


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    from newsdesk.services.review import Review

    review = Review(library)
    changes = review.diff(args.id, args.rev_a, args.rev_b, source=args.source)  # id prefix resolved
    if not changes:
        print(f"revisions {args.rev_a} and {args.rev_b} have the same content")
        return 0
    for change in changes:
        print(f"== {change.field} ==")
        print(render_text(change.ops))
        print()
    return 0
