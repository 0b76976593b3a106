"""``newsdesk qr TEXT -o FILE.svg|FILE.png``: the QR code of a web address (docs/formats.md §5)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from newsdesk.services.exporting import write_qr

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI

NEEDS_LIBRARY = False


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "qr",
        help="write the QR code of a web address as .svg or .png",
        description="Write the QR code of an http(s) address. The file name's ending "
        "chooses the format: .svg (vector, for print) or .png.",
    )
    parser.add_argument("text", metavar="TEXT", help="the http(s) address to encode")
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="FILE.svg or FILE.png"
    )


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    print(write_qr(args.text, args.output))
    return 0
