"""Delimiter runs of the inline writer: CommonMark's flanking rules and pairing checks.

The writer lays inline content out as ``Piece``s (text, opening and closing emphasis
delimiters, other syntax). These helpers tell whether a delimiter, between the characters
actually written around it, can open or close, and find the spans an inner ``*`` opener
could close by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass

from .md_escape import is_punct, is_space


@dataclass
class Piece:
    """One stretch of written inline Markdown; ``out`` is ``text`` as finally escaped."""

    kind: str  # text | open | close | syntax | break
    text: str
    out: str = ""
    partner: int = -1  # open ↔ close: index of the other delimiter of the pair


def last_char(pieces: list[Piece], i: int) -> str:
    for p in reversed(pieces[:i]):
        if p.out:
            return p.out[-1]
    return " "


def first_char(pieces: list[Piece], i: int) -> str:
    for p in pieces[i + 1:]:
        if p.out:
            return p.out[0]
    return " "


def left_flanking(before: str, after: str) -> bool:
    return not (is_space(after) or (is_punct(after) and not (is_space(before) or is_punct(before))))


def right_flanking(before: str, after: str) -> bool:
    return not (is_space(before) or (is_punct(before) and not (is_space(after) or is_punct(after))))


def can_open(delim: str, before: str, after: str) -> bool:
    left = left_flanking(before, after)
    if delim.startswith("_"):
        return left and (not right_flanking(before, after) or is_punct(before))
    return left


def can_close(delim: str, before: str, after: str) -> bool:
    right = right_flanking(before, after)
    if delim.startswith("_"):
        return right and (not left_flanking(before, after) or is_punct(after))
    return right


def stolen_opener(pieces: list[Piece]) -> int | None:
    """An open ``*`` span that a later ``*`` opener inside it would close instead of opening.

    An opener with punctuation or letters on both sides (``**&#48;**[``, ``a**b``) can also
    close. The parser then pairs it with the nearest still-open ``*`` run unless the "rule of
    three" forbids it: e.g. ``***[a](u)**&#48;**[b](u)***`` (em around two strong links)
    reads the second ``**`` as the end of the em. Returns the index of that outer open piece.
    """
    for i, p in enumerate(pieces):
        if p.kind != "open" or not p.text.startswith("*"):
            continue
        if not right_flanking(last_char(pieces, i), first_char(pieces, i)):
            continue
        lo, inner = delim_run(pieces, i)
        for j in range(lo - 1, -1, -1):  # delimiters of the same run never pair
            q = pieces[j]
            if q.kind == "open" and q.text.startswith("*") and q.partner > i:
                outer = delim_run(pieces, j)[1]
                if (outer + inner) % 3 or (outer % 3 == 0 and inner % 3 == 0):
                    return j
    return None


def swap_delims(pieces: list[Piece], pair: tuple[int, int], old: str, new: str) -> None:
    for k in pair:
        pieces[k].text = pieces[k].text.replace(old, new)


def delim_run(pieces: list[Piece], i: int) -> tuple[int, int]:
    """First piece and length of the run of ``*`` delimiters that piece ``i`` is part of."""
    def star(k: int) -> bool:
        return pieces[k].kind in ("open", "close") and pieces[k].out.strip("*") == ""

    lo, hi = i, i
    while lo > 0 and star(lo - 1):
        lo -= 1
    while hi + 1 < len(pieces) and star(hi + 1):
        hi += 1
    return lo, sum(len(pieces[k].out) for k in range(lo, hi + 1))
