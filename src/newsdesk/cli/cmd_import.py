"""``newsdesk import FILE…``: add articles from .md files, Word drafts (.docx) or .newsdesk
bundles; print their ids.

Each file is imported in a transaction of its own (the article, its photos and its first
revision together), so a file that fails — not readable, not an article, a bundle refused —
is named and skipped, and every other file is imported. With several files a summary ends
the run; the exit code is 2 when any file failed.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.domain.errors import NewsdeskError

if TYPE_CHECKING:
    from newsdesk.services.library import ImportResult, LibraryAPI


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import articles from .md files (YAML front matter), Word drafts (.docx) or "
        ".newsdesk bundles",
        description="Import each FILE as an article and print its new id (one line per "
        "article). Images the body of a .md file refers to are read from beside the file; a "
        ".docx brings its pictures, captions and comments (docs/formats.md §3a). A file that "
        "cannot be imported is named and the others are still imported (exit code 2).",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help=".md, .docx or .newsdesk file")
    parser.add_argument("--as-suggestions", action="store_true",
                        help="a reviewed .newsdesk bundle: its body's changes become "
                        "suggestions by its reviewer against the current text")


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    from .main import say

    files = [Path(name) for name in args.files]
    if args.as_suggestions and any(path.suffix.lower() != ".newsdesk" for path in files):
        raise NewsdeskError("--as-suggestions takes reviewed .newsdesk bundles only",
                            code="usage")
    if len(files) == 1:
        _import_one(library, files[0], label="", suggestions=args.as_suggestions)
        return 0
    started = time.perf_counter()
    failed: list[Path] = []
    for path in files:
        try:
            _import_one(library, path, label=f"{path}: ", suggestions=args.as_suggestions)
        except NewsdeskError as exc:
            failed.append(path)
            message = exc.message if path.name in exc.message else f"{path}: {exc.message}"
            say(f"not imported: {message}")
    seconds = time.perf_counter() - started
    done = len(files) - len(failed)
    if failed:
        names = ", ".join(path.name for path in failed[:10])
        more = f" and {len(failed) - 10} more" if len(failed) > 10 else ""
        say(f"{done} of {len(files)} files imported in {seconds:.1f} s; "
            f"not imported: {names}{more}")
        return 2
    say(f"{done} files imported in {seconds:.1f} s")
    return 0


def _import_one(library: LibraryAPI, path: Path, *, label: str, suggestions: bool = False
                ) -> None:
    from .main import say

    result: ImportResult
    if suggestions:
        from newsdesk.services.suggest_import import import_as_suggestions

        result = import_as_suggestions(library, path)
    else:
        result = library.import_file(path)
    for warning in result.warnings:
        say(f"warning: {warning}")
    message = getattr(result, "message", "")  # a review bundle says what it did
    if message:
        say(f"{label}{message}")
    print(result.article.id, flush=True)
