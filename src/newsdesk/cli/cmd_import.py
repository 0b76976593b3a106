"""``newsdesk import FILE``: add an article from a .md file, a Word draft (.docx) or a .newsdesk
bundle; print its id."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import an article from a .md file (YAML front matter), a Word draft (.docx) or a "
        ".newsdesk bundle",
        description="Import an article and print its new id. Images the body of a .md file "
        "refers to are read from beside the file; a .docx brings its pictures, captions and "
        "comments (docs/formats.md §3a).",
    )
    parser.add_argument("file", metavar="FILE", help=".md, .docx or .newsdesk file")


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
