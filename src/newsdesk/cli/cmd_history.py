"""``newsdesk history ID [--json]``: every revision and workflow transition of an article."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "history",
        help="list an article's revisions and workflow transitions",
        description="List the revisions of an article (oldest first) with who made them, when, "
        "and why; then its workflow transitions. Compare two with 'newsdesk diff'.",
    )
    parser.add_argument("id", metavar="ID", help="article id or a unique prefix of it")
    parser.add_argument("--json", action="store_true", help="print a JSON object")


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    from newsdesk.services.review import Review

    review = Review(library)
    article_id = library.repository.resolve_id(args.id)
    article = library.get(article_id)
    revisions = review.history(article_id)
    transitions = review.transitions(article_id)
    if args.json:
        data = {
            "id": article.id,
            "status": str(article.status),
            "version": article.version,
            "revisions": [
                {"number": r.number, "kind": str(r.kind), "version": r.snapshot.version,
                 "status": str(r.snapshot.status), "author": r.author, "initials": r.initials,
                 "created": _iso(r.created), "note": r.note, "headline": r.snapshot.headline,
                 "content_sha256": r.content_hash, "origin": r.origin}
                for r in revisions
            ],
            "transitions": [
                {"action": t.action, "from": t.from_status, "to": t.to_status,
                 "author": t.author, "initials": t.initials, "created": _iso(t.created),
                 "note": t.note, "revision": t.revision, "origin": t.origin}
                for t in transitions
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{article.id}  {article.headline}")
    for r in revisions:
        when = r.created.astimezone().strftime("%Y-%m-%d %H:%M") if r.created else ""
        who = _who(r.author, r.initials, r.origin)
        note = f"  {r.note}" if r.note else ""
        print(f"  r{r.number:<4} {when:16}  {r.kind!s:9} v{r.snapshot.version:<4} {who:6}{note}")
    if transitions:
        print("transitions:")
        for t in transitions:
            when = t.created.astimezone().strftime("%Y-%m-%d %H:%M") if t.created else ""
            note = f"  {t.note}" if t.note else ""
            print(f"  {when:16}  {t.from_status} → {t.to_status}  "
                  f"{_who(t.author, t.initials, t.origin)}{note}")
    return 0


def _who(author: str, initials: str, origin: str) -> str:
    """Initials for what was done here; the full name as claimed for what came in a bundle."""
    if origin:
        return f"{author or initials or 'someone'} (from bundle)"
    return initials or author or "-"
