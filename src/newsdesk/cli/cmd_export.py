"""``newsdesk export ID --format FMT -o PATH`` (docs/formats.md §5), and an edition:
``newsdesk export ID ID … | --status S | --section NAME --format FMT -o FOLDER``.

The formats and their extra options come from the export registry
(``newsdesk.services.exporting``): a format registered there, with its ``cli_options``,
appears here without touching this module. Prints the written path; warnings (a missing
photo…) go to stderr, prefixed ``newsdesk: warning:``. Several articles (more than one id, or
``--status``/``--section``) go into one folder, one file each named by its slug, with a
progress line per article on stderr; an article that cannot be exported is named and the
others are still written, and the exit status is then 2.
"""

from __future__ import annotations

import argparse
import textwrap
from typing import TYPE_CHECKING

from newsdesk.domain import NewsdeskError
from newsdesk.services.exporting import export_formats, export_from

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI

# The library is opened here: one article is only read (services.reading, without the
# database layer's start-up cost), an edition gets the whole library.
NEEDS_LIBRARY = False


def register(subparsers: argparse._SubParsersAction) -> None:
    formats = export_formats()
    names = [f.name for f in formats]
    described = "; ".join(f"{f.name}: {f.description or f.label}" for f in formats)
    parser = subparsers.add_parser(
        "export",
        help="export an article, or several into a folder (" + "|".join(names) + ")",
        description=f"Export an article, or several into one folder (an edition: several ids, "
        f"or --status/--section). Formats — {described}.",
    )
    parser.add_argument("ids", metavar="ID", nargs="*",
                        help="article id (or a unique prefix of 4+ characters); several ids "
                        "export into the folder -o")
    parser.add_argument("-f", "--format", required=True, choices=names, help="output format")
    parser.add_argument("-o", "--output", required=True, metavar="PATH",
                        help="where to write: a file for one article, a folder for several")
    parser.add_argument("--status", metavar="S",
                        help="export every article of this status (approved, …) into the folder")
    parser.add_argument("--section", metavar="NAME",
                        help="export every article of this section into the folder")
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


def run(args: argparse.Namespace, _library: None = None) -> int:
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
    if len(args.ids) != 1 or args.status or args.section:
        from newsdesk.services.library import Library

        with Library.open(data_dir=args.data_dir, database_url=args.database) as library:
            return _run_edition(args, library, options)
    result = export_from(args.data_dir, args.database, args.ids[0], args.format, args.output,
                         **options)
    for warning in result.warnings:
        say(f"warning: {warning}")
    summary = getattr(result, "summary", "")  # e.g. the copyfit of --format pdf
    if summary:
        say(summary)
    print(result.path)
    return 0


def _run_edition(args: argparse.Namespace, library: LibraryAPI, options: dict) -> int:
    """Several articles into the folder ``-o``: one progress line each on stderr, the written
    paths on stdout, the ones that failed named at the end (exit 2)."""
    from newsdesk.domain.text import for_terminal
    from newsdesk.services.editions import (
        edition_folder,
        edition_targets,
        export_edition,
        pick_articles,
    )

    from .main import say

    picked = pick_articles(library, args.ids, status=args.status, section=args.section)
    folder = edition_folder(args.output)
    items = edition_targets(picked, folder, args.format)

    def started(n: int, total: int, item) -> None:
        headline = textwrap.shorten(for_terminal(item.headline), 80, placeholder="…")
        say(f"[{n}/{total}] {item.target.name} ({headline})")

    def done(item, written, error) -> None:
        if error is not None:
            say(f"not exported: {item.article_id[:8]} {item.target.name}: {error}")
            return
        for warning in written.warnings:
            say(f"warning: {item.target.name}: {warning}")
        print(written.path, flush=True)

    result = export_edition(library, items, args.format, started=started, done=done, **options)
    total = len(items)
    if result.failed:
        say(f"{len(result.failed)} of {_articles(total)} not exported: "
            + ", ".join(item.article_id[:8] for item, _ in result.failed))
        return 2
    say(f"{_articles(total)} exported to {folder}")
    return 0


def _articles(count: int) -> str:
    return f"{count} article" if count == 1 else f"{count} articles"

