"""``newsdesk maintenance --prune [--dry-run] [--older-than HOURS]``: tidy the library.

``--prune`` removes the photos that no article and no revision shows any more (a photo
inserted in the editor and then deleted before the article was saved, or one left by a
newsdesk older than the one that stores an article and its photos together). Photos stored
less than ``--older-than`` hours ago (default 24) are kept: an editor open elsewhere may be
about to save the article that shows them.
"""

from __future__ import annotations

import argparse
from datetime import timedelta
from typing import TYPE_CHECKING

from newsdesk.domain.errors import NewsdeskError

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "maintenance",
        help="tidy the library (remove photos nothing refers to)",
        description="--prune removes the photos that no article and no revision shows; "
        "photos stored in the last --older-than hours are kept.",
    )
    parser.add_argument("--prune", action="store_true",
                        help="remove the photos no article or revision shows")
    parser.add_argument("--dry-run", action="store_true",
                        help="only say how many photos would be removed")
    parser.add_argument("--older-than", type=float, default=24.0, metavar="HOURS",
                        help="keep photos stored less than HOURS ago (default 24)")


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    if not args.prune:
        raise NewsdeskError("say what to do: --prune (see 'newsdesk maintenance --help')",
                            code="usage")
    if not 0 <= args.older_than <= 24 * 365 * 100:
        raise NewsdeskError("--older-than must be a number of hours from 0", code="usage")
    removed = library.repository.prune_photos(older_than=timedelta(hours=args.older_than),
                                              dry_run=args.dry_run)
    verb = "would remove" if args.dry_run else "removed"
    print(f"{verb} {len(removed)} photo(s) no article or revision shows")
    return 0
