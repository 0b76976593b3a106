"""``newsdesk restore ID REV [--note TEXT]``: bring back an older revision as a new one.

Nothing is lost: the history keeps every revision, the restore included. This is also how a
reviewer's version kept aside by an import (both sides had changed) is taken.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="make an older revision current again (stored as a new revision)",
        description="Restore revision REV of an article (numbers from 'newsdesk history'). "
        "The current text stays in the history.",
    )
    parser.add_argument("id", metavar="ID", help="article id or a unique prefix of it")
    parser.add_argument("revision", metavar="REV", help="revision number to restore")
    parser.add_argument("--note", default="", help="why (kept with the revision)")


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    from newsdesk.services.review import Review

    review = Review(library)
    article_id = library.repository.resolve_id(args.id)
    review.restore(article_id, args.revision, note=args.note)
    latest = review.history(article_id)[-1]
    print(f"{article_id[:8]}  restored revision {args.revision} as revision {latest.number}")
    return 0
