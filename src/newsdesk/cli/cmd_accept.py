"""``newsdesk accept ID CHANGE|all``: accept pending suggestions (stored as a revision)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def register(subparsers: argparse._SubParsersAction, accept: bool = True) -> None:
    verb = "accept" if accept else "reject"
    result = "its new text goes in" if accept else "the text stays as it was"
    parser = subparsers.add_parser(
        verb,
        help=f"{verb} a pending suggestion, or all of them",
        description=f"{verb.capitalize()} the suggestion CHANGE (an id from 'newsdesk changes') "
        f"or every pending one with 'all': {result}. Stored as a revision with your name, the "
        "time and the suggestions decided.",
    )
    parser.add_argument("id", metavar="ID", help="article id or a unique prefix of it")
    parser.add_argument("change", metavar="CHANGE", help="a suggestion id, or 'all'")
    parser.add_argument("--note", default="", help="why (kept with the revision)")


def run(args: argparse.Namespace, library: LibraryAPI, accept: bool = True) -> int:
    from newsdesk.services.review import Review
    from newsdesk.services.suggestions import decide

    article_id = library.repository.resolve_id(args.id)
    _stored, done = decide(library, article_id, args.change, accept=accept, note=args.note)
    latest = Review(library).history(article_id)[-1]
    verb = "accepted" if accept else "rejected"
    print(f"{article_id[:8]}  {verb} {len(done)} suggestion{'' if len(done) == 1 else 's'} "
          f"({', '.join(s.id for s in done[:10])}{', …' if len(done) > 10 else ''}); "
          f"revision {latest.number}")
    return 0
