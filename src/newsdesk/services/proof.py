"""The review comments of an article as numbered notes for a printed proof.

``proof_notes(library, article)`` reads the article's open comments, finds where each passage
is in ``article`` as given (which may be the text being edited, ahead of the stored one) and
numbers them in reading order: headline, sapo, body; comments whose passage is gone come last.
``newsdesk export --format pdf --comments`` and the export dialog's "Include comments" print
them with ``newsdesk.printing.proof``.

Replies and the fields a comment sits on are read defensively: a reply may be held by its
comment (``replies``) or be a comment of its own naming its parent (``parent_id`` /
``reply_to``); either way it is printed under the comment it answers.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from newsdesk.domain import Article, NewsdeskError
from newsdesk.printing.proof import ProofNote, ProofReply

if TYPE_CHECKING:
    from .library import LibraryAPI

_FIELD_ORDER = {"headline": 0, "sapo": 1, "body": 2}
_PARENT = ("parent_id", "reply_to", "parent")


def _get(item: Any, name: str, default: Any = None) -> Any:
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


def _parent_of(comment: Any) -> str:
    for name in _PARENT:
        value = _get(comment, name)
        if isinstance(value, str) and value:
            return value
        if value is not None and isinstance(_get(value, "id"), str):
            return _get(value, "id")
    return ""


def _reply(item: Any) -> ProofReply | None:
    text = str(_get(item, "text", "") or "").strip()
    if not text:
        return None
    created = _get(item, "created")
    return ProofReply(text=text, author=str(_get(item, "author", "") or ""),
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
    from .review import Review, _field_text, locate_in

    if not article.id:
        return []
    stored = Review(library).store.comments(article.id)
    replies: dict[str, list[ProofReply]] = {}
    top = []
    for comment in stored:
        parent = _parent_of(comment)
        if parent:
            reply = _reply(comment)
            if reply is not None:
                replies.setdefault(parent, []).append(reply)
        else:
            top.append(comment)
    placed = []
    for comment in top:
        if comment.resolved and not include_resolved:
            continue
        anchor = comment.anchor
        field = str(getattr(anchor, "field", "body") or "body")
        passage, occurrence, order = "", 0, None
        try:
            text = _field_text(article, field)
            found = locate_in(anchor, article)
        except NewsdeskError:
            found = None
        if found is not None:
            passage = text[found.start:found.end]
            occurrence = _occurrence(text, found.start, passage)
            order = (_FIELD_ORDER.get(field, 3), found.start)
        own = [r for r in (_reply(item) for item in (_get(comment, "replies") or ())) if r]
        placed.append((order, comment, field, passage, occurrence,
                       tuple(own + replies.get(comment.id, []))))
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
