"""The review comments of an article as numbered notes for a printed proof.

``proof_notes(library, article)`` reads the article's open comments, finds where each passage
is in ``article`` as given (which may be the text being edited, ahead of the stored one) and
numbers them in reading order: headline, sapo, body; comments whose passage is gone come last.
``newsdesk export --format pdf --comments`` and the export dialog's "Include comments" print
them with ``newsdesk.printing.proof``.

A comment's replies (its thread, oldest first) are printed under it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from newsdesk.domain import Article, NewsdeskError
from newsdesk.printing.proof import ProofNote, ProofReply

if TYPE_CHECKING:
    from .library import LibraryAPI

_FIELD_ORDER = {"headline": 0, "sapo": 1, "body": 2}


def _reply(item: Any) -> ProofReply | None:
    text = str(getattr(item, "text", "") or "").strip()
    if not text:
        return None
    created = getattr(item, "created", None)
    author = getattr(item, "author", "") or getattr(item, "initials", "") or ""
    return ProofReply(text=text, author=str(author),
                      created=created if isinstance(created, datetime) else None)


def _occurrence(text: str, start: int, passage: str) -> int:
    """How many times ``passage`` (whitespace ignored) appears in ``text`` before ``start``."""
    squash = "".join
    needle = squash(passage.split())
    if not needle:
        return 0
    before = len(squash(text[:start].split()))
    whole = squash(text.split())
    count, at = 0, whole.find(needle)
    while 0 <= at < before:
        count += 1
        at = whole.find(needle, at + 1)
    return count


def proof_notes(library: LibraryAPI, article: Article, *,
                include_resolved: bool = False) -> list[ProofNote]:
    """The article's comments (open ones only unless ``include_resolved``) as proof notes."""
    from .comment_anchors import field_text, locate_in
    from .review import Review

    if not article.id:
        return []
    placed = []
    for comment in Review(library).store.comments(article.id):
        if comment.resolved and not include_resolved:
            continue
        anchor = comment.anchor
        field = str(getattr(anchor, "field", "body") or "body")
        passage, occurrence, order = "", 0, None
        try:
            text = field_text(article, field)
            found = locate_in(anchor, article)
        except NewsdeskError:
            found = None
        if found is not None:
            passage = text[found.start:found.end]
            occurrence = _occurrence(text, found.start, passage)
            order = (_FIELD_ORDER.get(field, 3), found.start)
        answers = tuple(r for r in map(_reply, getattr(comment, "replies", ()) or ()) if r)
        placed.append((order, comment, field, passage, occurrence, answers))
    never = datetime.max

    def key(entry):
        order, comment = entry[0], entry[1]
        created = comment.created.replace(tzinfo=None) if comment.created else never
        return (order is None, order or (0, 0), created)

    notes = []
    for number, (_order, comment, field, passage, occurrence, answers) in enumerate(
            sorted(placed, key=key), start=1):
        notes.append(ProofNote(
            number=number, text=comment.text, quote=comment.anchor.quote,
            author=comment.author or comment.initials, created=comment.created, field=field,
            passage=passage, occurrence=occurrence, replies=answers))
    return notes
