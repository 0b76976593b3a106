"""Pending suggestions in the body editor's document: where each one is, selecting it, and
accepting or rejecting it in place.

A suggestion is known by the id of its attribution (``{#ID …}``); one without attribution
(from another CriticMarkup tool) by ``n`` + its place among the suggestions, as
``domain.suggestions.pending`` numbers it. Deciding edits the document (one undo step): the
text that goes is removed, the text that stays loses the suggestion's look; a paragraph that
was nothing but the suggestion goes with it when nothing is left, as ``resolve`` does to the
Markdown. The result is the same Markdown as ``domain.suggestions.resolve`` gives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from newsdesk.domain.critic import parse_attribution
from newsdesk.domain.suggestions import UNKNOWN_AUTHOR, Suggestion, parse_time

from .figures import delete_figure, figure_id
from .formats import FIGURE, LINE_SEPARATOR, OBJECT_CHAR, P_SOFTBREAK, fragments, kind_of, prop
from .suggestion_format import Change, change_of, clear_change


@dataclass
class Place:
    """Where one suggestion is: its pieces ``(start, end, part)`` in document order."""

    id: str
    change: Change
    pieces: list[tuple[int, int, str]] = field(default_factory=list)
    blocks: set[int] = field(default_factory=set)  # block numbers it touches

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def places(doc: QTextDocument) -> list[Place]:
    """Every suggestion of ``doc``, in document order."""
    by_uid: dict[int, Place] = {}
    block = doc.firstBlock()
    while block.isValid():
        for frag in fragments(block):
            change = change_of(frag.charFormat())
            if change is None:
                continue
            place = by_uid.get(change[3])
            if place is None:
                place = Place(change_id(change, len(by_uid) + 1), change)
                by_uid[change[3]] = place
            start = frag.position()
            place.pieces.append((start, start + frag.length(), change[1]))
            place.blocks.add(block.blockNumber())
        block = block.next()
    return list(by_uid.values())


def first_places(doc: QTextDocument) -> dict[str, Place]:
    """The first suggestion of each id (an id is meant to be unique; when it is not, the
    first one is the one meant, as in ``domain.suggestions.find``)."""
    found: dict[str, Place] = {}
    for place in places(doc):
        found.setdefault(place.id, place)
    return found


def listed(doc: QTextDocument) -> list[Suggestion]:
    """The suggestions of ``doc`` as the Changes list shows them (old and new as text)."""
    out = []
    # a photo as a word (the pictograph is not in every system font)
    photo = QCoreApplication.translate("HistoryPanel", "[Photo]")
    for place in places(doc):
        parts: dict[str, list[str]] = {"old": [], "new": []}
        previous = {"old": -1, "new": -1}  # the block of each part's last piece
        for start, end, part in place.pieces:
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            number = doc.findBlock(start).blockNumber()
            if parts[part] and previous[part] != number:  # a photo's caption, its credit
                parts[part].append(" ")
            previous[part] = number
            parts[part].append(cursor.selectedText())
        old, new = ("".join(parts[k]).replace(OBJECT_CHAR, photo) for k in ("old", "new"))
        kind = "replace" if old and new else "insert" if new else "delete"
        values = parse_attribution(place.change[2])
        out.append(Suggestion(place.id, kind, old, new, values.get("by") or UNKNOWN_AUTHOR,
                              values.get("initials", ""), parse_time(values.get("at", "")),
                              start=place.start, end=place.end))
    return out


def change_id(change: Change, ordinal: int) -> str:
    return parse_attribution(change[2]).get("id") or f"n{ordinal}"


def select(doc: QTextDocument, change: str) -> QTextCursor | None:
    """A cursor selecting the suggestion ``change`` (None when it is not in ``doc``)."""
    place = first_places(doc).get(change)
    if place is None:
        return None
    cursor = QTextCursor(doc)
    cursor.setPosition(place.start)
    cursor.setPosition(place.end, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def decide(doc: QTextDocument, ids: list[str] | None, accept: bool,
           figures: Callable[[list[QTextBlock]], None] | None = None) -> int:
    """Accept (or reject) the suggestions ``ids`` (all when None) in ``doc``, as one undo
    step; how many were decided. ``figures(blocks)`` is given the blocks that were nothing
    but suggestions and stay (a photo among them is a figure that stays: it is shown as one
    again), in the same undo step."""
    chosen = places(doc) if ids is None else [
        p for i, p in first_places(doc).items() if i in ids]
    if not chosen:
        return 0
    going = "old" if accept else "new"
    pieces = sorted(((s, e, part) for p in chosen for s, e, part in p.pieces),
                    reverse=True)
    gone_figures = {figure_id(doc.findBlock(s)) for s, _e, part in pieces if part == going
                    and kind_of(doc.findBlock(s).blockFormat()) == FIGURE} - {None}
    touched = [b for b in _blocks(doc, chosen) if figure_id(b) not in gone_figures]
    whole: list[QTextBlock] = [b for b in touched if _only_suggestion(b)]
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for start, end, part in pieces:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if part == going:
            cursor.removeSelectedText()
        else:
            _plain(cursor, start, end)
    for fig in gone_figures:  # a photo suggested whole that goes: its caption and credit too
        _drop_figure(doc, fig)
    for block in reversed(touched):  # a line that went leaves no line break behind
        if block.isValid():
            _tidy_breaks(cursor, block)
    for block in reversed(whole):
        if block.isValid() and block.length() <= 1:
            _drop_block(doc, block)
    if figures is not None:  # (also a photo that shared its paragraph with the other one,
        # a caption edit compared as the photo deleted and added on the next line)
        figures([b for b in touched if b.isValid() and _just_photo(b.text())])
    cursor.endEditBlock()
    return len(chosen)


def _drop_figure(doc: QTextDocument, fig: object) -> None:
    """Remove the blocks of the figure ``fig`` (what is left of it: empty caption and credit,
    or text typed there by someone else), as deleting a figure does."""
    block = doc.firstBlock()
    while block.isValid() and figure_id(block) != fig:
        block = block.next()
    if block.isValid():
        delete_figure(block)


def _tidy_breaks(cursor: QTextCursor, block: QTextBlock) -> None:
    """Remove the soft line breaks (the source's line ends) that a decision left at the
    start or end of ``block`` or next to another: the line between them went, as
    ``domain.suggestions.resolve`` takes a line that resolves to nothing."""
    breaks: list[int] = []
    for frag in fragments(block):
        if prop(frag.charFormat(), P_SOFTBREAK):
            breaks.extend(frag.position() + i for i, ch in enumerate(frag.text()) if ch == " ")
    start, end = block.position(), block.position() + block.length() - 1
    going = [at for n, at in enumerate(breaks)
             if at == start or at == end - 1 or (n + 1 < len(breaks) and breaks[n + 1] == at + 1)]
    for at in reversed(going):
        cursor.setPosition(at)
        cursor.setPosition(at + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()


def _just_photo(text: str) -> bool:
    """Is a block of this text one photo, maybe with spaces or a line break beside it?"""
    return text.replace(LINE_SEPARATOR, " ").strip() == OBJECT_CHAR


def _plain(cursor: QTextCursor, start: int, end: int) -> None:
    """The text ``start``–``end`` without the suggestion's look, its other formats kept."""
    doc = cursor.document()
    block = doc.findBlock(start)
    for frag in list(fragments(block)):
        a, b = max(frag.position(), start), min(frag.position() + frag.length(), end)
        if a >= b:
            continue
        fmt = frag.charFormat()
        clear_change(fmt)
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)


def _blocks(doc: QTextDocument, chosen: list[Place]) -> list[QTextBlock]:
    numbers = sorted({n for p in chosen for n in p.blocks})
    return [doc.findBlockByNumber(n) for n in numbers]


def _only_suggestion(block: QTextBlock) -> bool:
    """Is ``block`` made of suggested text only?"""
    frags = [f for f in fragments(block) if f.isValid()]
    return bool(frags) and all(change_of(f.charFormat()) is not None for f in frags)


def _drop_block(doc: QTextDocument, block: QTextBlock) -> None:
    cursor = QTextCursor(doc)
    nxt, prev = block.next(), block.previous()
    if prev.isValid():
        cursor.setPosition(prev.position() + prev.length() - 1)
        cursor.setPosition(block.position() + block.length() - 1,
                           QTextCursor.MoveMode.KeepAnchor)
    elif nxt.isValid():
        cursor.setPosition(block.position())
        cursor.setPosition(nxt.position(), QTextCursor.MoveMode.KeepAnchor)
    else:
        return
    cursor.removeSelectedText()
