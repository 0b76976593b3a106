"""``newsdesk spell FILE.md|ID [--json]``: the words the editor would underline.

One line per word: ``field:line:column: word -> suggestion, …`` (field headline, sapo, body
or caption; line and column from 1 inside that field, the body and captions counted in the
body's Markdown). ``--json`` prints one object: the article's language, the dictionaries that
were missing, and ``words``. The exit status is 0 whether or not words were found; a missing
dictionary is said on stderr and nothing is underlined.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.domain.article import Article

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI

_NAMES = {"vi": "Vietnamese (vi_VN)", "en": "English (en_US)"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "spell",
        help="list the misspelt words of an article",
        description="Check the spelling of an article (a .md file or an article of the "
        "library) in its language and in the second one (Vietnamese and English), with the "
        "newsroom's and your own dictionary. Prints each word the editor would underline with "
        "its place (field:line:column) and up to 5 suggestions. Exit status 0 either way.",
    )
    parser.add_argument("target", metavar="FILE.md|ID",
                        help="a Markdown article file, or an article id (or a unique prefix)")
    parser.add_argument("--json", action="store_true", help="print a JSON object")


def _article(target: str, library: LibraryAPI) -> tuple[Article, str]:
    path = Path(target)
    if path.suffix.lower() in (".md", ".markdown") or path.is_file():
        from newsdesk.interchange.files import read_text_file
        from newsdesk.interchange.frontmatter import parse_markdown

        article, _warnings = parse_markdown(read_text_file(path), name=path.name,
                                            validate=False)
        return article, str(path)
    article = library.get(target)
    return article, article.id or target


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    from newsdesk.services.spelling import check_article, checker_for

    from .main import say

    article, name = _article(args.target, library)
    checker = checker_for(library, article.language)
    missing = [lang for lang in checker.missing]
    if checker.language is None:
        say(f"no dictionary for the article's language '{article.language}': nothing checked")
    for lang in missing:
        what = "nothing was checked" if lang == checker.language else \
            "its words are not recognised"
        say(f"no {_NAMES.get(lang, lang)} dictionary found: {what}")
    findings = check_article(article, checker)
    if args.json:
        print(json.dumps({"article": name, "language": article.language,
                          "checked": checker.available, "missing_dictionaries": missing,
                          "words": [f.as_json() for f in findings]},
                         ensure_ascii=False, indent=2))
        return 0
    for f in findings:
        hints = f" -> {', '.join(f.suggestions)}" if f.suggestions else ""
        print(f"{f.field}:{f.line}:{f.column}: {f.word}{hints}")
    return 0
