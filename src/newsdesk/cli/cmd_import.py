"""``newsdesk import FILE``: add an article from a .md file (or a .newsdesk bundle); print its id."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import an article from a .md file (YAML front matter) or a .newsdesk bundle",
        description="Import an article and print its new id. Images the body refers to are "
        "read from beside the file.",
    )
    parser.add_argument("file", metavar="FILE", help=".md or .newsdesk file")


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    from .main import say

    result = library.import_file(Path(args.file))
    for warning in result.warnings:
        say(f"warning: {warning}")
    message = getattr(result, "message", "")  # a review bundle says what it did
    if message:
        say(message)
    print(result.article.id)
    return 0
