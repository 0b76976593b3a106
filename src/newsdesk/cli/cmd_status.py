"""``newsdesk status ID ACTION [--note TEXT]``: move an article through the workflow.

Without ACTION it prints the current status and the actions allowed from it.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from newsdesk.domain.status import Action

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def register(subparsers: argparse._SubParsersAction) -> None:
    actions = ", ".join(a.value for a in Action)
    parser = subparsers.add_parser(
        "status",
        help="show or change an article's workflow status",
        description="Apply a workflow action to an article (draft → submitted → in_review → "
        f"approved → published → archived). Actions: {actions}. The change is recorded with "
        "your name from the preferences, the time and the note.",
    )
    parser.add_argument("id", metavar="ID", help="article id or a unique prefix of it")
    parser.add_argument("action", metavar="ACTION", nargs="?", help=f"one of: {actions}")
    parser.add_argument("--note", default="", help="why (kept with the transition)")


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    from newsdesk.services.review import Review

    review = Review(library)
    article_id = library.repository.resolve_id(args.id)
    before = library.get(article_id)
    if not args.action:
        allowed = ", ".join(a.value for a in review.allowed_actions(article_id)) or "none"
        print(f"{article_id[:8]}  {before.status!s}  (allowed: {allowed})")
        return 0
    after = review.transition(article_id, args.action, note=args.note)
    print(f"{article_id[:8]}  {before.status!s} → {after.status!s}")
    return 0
