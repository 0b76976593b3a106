"""``newsdesk export ID --format FMT -o PATH`` (docs/formats.md §5).

The formats and their extra options come from the export registry
(``newsdesk.services.exporting``): a format registered there, with its ``cli_options``,
appears here without touching this module. Prints the written path; warnings (a missing
photo…) go to stderr, prefixed ``newsdesk: warning:``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from newsdesk.domain import NewsdeskError
from newsdesk.services.exporting import export_formats, export_job, run_export

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def register(subparsers: argparse._SubParsersAction) -> None:
    formats = export_formats()
    names = [f.name for f in formats]
    described = "; ".join(f"{f.name}: {f.description or f.label}" for f in formats)
    parser = subparsers.add_parser(
        "export",
        help="export an article (" + "|".join(names) + ")",
        description=f"Export an article. Formats — {described}.",
    )
    parser.add_argument("id", metavar="ID", help="article id (or a unique prefix of 4+ characters)")
    parser.add_argument("-f", "--format", required=True, choices=names, help="output format")
    parser.add_argument("-o", "--output", required=True, metavar="PATH", help="where to write")
    seen: set[str] = set()
    for fmt in formats:
        if not fmt.cli_options:
            continue
        group = parser.add_argument_group(f"options for --format {fmt.name}")
        for option in fmt.cli_options:
            if option.dest in seen:
                continue
            seen.add(option.dest)
            group.add_argument(*option.flags, dest=option.dest, default=None, **option.kwargs)


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    from .main import say

    chosen = next(f for f in export_formats() if f.name == args.format)
    allowed = {o.dest for o in chosen.cli_options}
    options = {}
    for fmt in export_formats():
        for option in fmt.cli_options:
            value = getattr(args, option.dest, None)
            if value is None:
                continue
            if option.dest not in allowed:
                raise NewsdeskError(
                    f"{option.flags[0]} applies to --format {fmt.name} only",
                    code="usage",
                )
            options[option.dest] = value
    job = export_job(library, args.id, args.format, args.output, **options)
    result = run_export(args.format, job)
    for warning in result.warnings:
        say(f"warning: {warning}")
    summary = getattr(result, "summary", "")  # e.g. the copyfit of --format pdf
    if summary:
        say(summary)
    print(result.path)
    return 0
