"""Suggestions (CriticMarkup, docs/formats.md §2a) between the Markdown body and the runs.

Before the parser reads a body, each whole suggestion mark found by ``domain.critic.scan`` has
its syntax swapped for one sentinel character each (``{++`` / ``{--`` / ``{~~``, the ``~>``
of a replacement, and the closer with its attribution ``{#ID by=…}``), so that the text inside
is read as ordinary Markdown (emphasis, a photo) and the block structure is the same as the
renderer sees. ``Marks.runs`` then turns the sentinels in the inline runs into each run's
``change``: ``(kind, part, attribution, uid)`` — ``part`` is ``old`` (removed when accepted)
or ``new`` (added), ``attribution`` the ``{#…}`` text exactly as written, ``uid`` what tells
two suggestions apart. A sentinel that lands anywhere else (an indented code block) gets its
original text back, so nothing is ever lost. The sentinels are rare punctuation marks; a body
that holds one of them already is read without this step (its marks stay text).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import count

from newsdesk.domain.critic import scan
from newsdesk.domain.suggestions import SUGGESTION_KINDS

from .ir import Run

OPEN = {"insert": "\u2e3a", "delete": "\u2e3b", "replace": "\u2e3c"}
ARROW = "\u2e3d"
CLOSE = "\u2e3e"
SENTINELS = frozenset((*OPEN.values(), ARROW, CLOSE))
_UIDS = count(1)

Change = tuple[str, str, str, int]  # kind, part ("old" | "new"), attribution, uid


@dataclass
class _Token:
    char: str
    text: str  # what it stands for in the Markdown
    kind: str
    attribution: str


class Marks:
    """The sentinels of one body, in reading order (see module docstring)."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.next = 0

    def _take(self) -> _Token | None:
        if self.next >= len(self.tokens):
            return None
        token = self.tokens[self.next]
        self.next += 1
        return token

    def restore(self, text: str) -> str:
        """``text`` (not inline runs) with each sentinel's Markdown back."""
        if not self.tokens or not any(c in SENTINELS for c in text):
            return text
        out = []
        for ch in text:
            token = self._take() if ch in SENTINELS else None
            out.append(token.text if token is not None else ch)
        return "".join(out)

    def runs(self, runs: list[Run]) -> list[Run]:
        """``runs`` with the sentinels taken out of their text and made into ``change``."""
        if not self.tokens:
            return runs
        out: list[Run] = []
        change: Change | None = None
        for run in runs:
            if run.kind != "text" or not any(c in SENTINELS for c in run.text):
                out.append(replace(run, change=change) if change else run)
                continue
            buf: list[str] = []
            for ch in run.text:
                token = self._take() if ch in SENTINELS else None
                if token is None:
                    buf.append(ch)
                    continue
                if buf:
                    out.append(replace(run, text="".join(buf), change=change))
                    buf = []
                if ch in OPEN.values():
                    part = "new" if token.kind == "insert" else "old"
                    change = (token.kind, part, token.attribution, next(_UIDS))
                elif ch == ARROW and change is not None:
                    change = (change[0], "new", change[2], change[3])
                else:
                    change = None
            if buf:
                out.append(replace(run, text="".join(buf), change=change))
        return out


def encode(body: str) -> tuple[str, Marks]:
    """``body`` with its suggestion marks' syntax as sentinels, and the marks to read back."""
    if "{" not in body or any(c in SENTINELS for c in body):
        return body, Marks([])
    tokens: list[_Token] = []
    parts: list[str] = []
    last = 0
    for mark in scan(body).marks:
        if mark.kind not in SUGGESTION_KINDS or body[mark.start - 1:mark.start] == "\\" \
                or "|" in body[mark.start:mark.end]:
            continue  # an escaped brace, or a mark that may cross table cells: kept as text
        opener = body[mark.start:mark.start + 3]
        closer_at = mark.start + 3 + len(mark.old) + len(mark.new) + (
            2 if mark.kind == "replace" else 0)
        attribution = body[closer_at + 3:mark.end]
        parts.append(body[last:mark.start])
        tokens.append(_Token(OPEN[mark.kind], opener, mark.kind, attribution))
        if mark.kind == "replace":
            parts.extend((OPEN[mark.kind], mark.old, ARROW, mark.new, CLOSE))
            tokens.append(_Token(ARROW, "~>", mark.kind, attribution))
        else:
            parts.extend((OPEN[mark.kind], mark.old or mark.new, CLOSE))
        tokens.append(_Token(CLOSE, body[closer_at:mark.end], mark.kind, attribution))
        last = mark.end
    if not tokens:
        return body, Marks([])
    parts.append(body[last:])
    return "".join(parts), Marks(tokens)


def normalised(runs: list[Run]) -> list[Run]:
    """Suggestions as CriticMarkup can write them. A replacement is ``{~~old~>new~~}`` only
    when its old text directly precedes its new text, the old does not start and the new does
    not end with a space (Markdown would read ``~~`` as strikethrough there); otherwise its
    old text is written as a deletion and its new text as an insertion (id + ``-i`` when both
    are there). One left with only new (or old) text is an insertion (or a deletion)."""
    at: dict[int, dict[str, list[int]]] = {}
    for i, run in enumerate(runs):
        if run.change is not None and run.change[0] == "replace":
            at.setdefault(run.change[3], {"old": [], "new": []})[run.change[1]].append(i)
    split = {uid for uid, parts in at.items() if not _whole_replacement(runs, parts)}
    if not split:
        return runs
    out = []
    for run in runs:
        change = run.change
        if change is not None and change[3] in split:
            both = bool(at[change[3]]["old"]) and bool(at[change[3]]["new"])
            if change[1] == "old":
                change = ("delete", "old", change[2], change[3])
            else:
                attribution = _other_id(change[2]) if both else change[2]
                change = ("insert", "new", attribution, -change[3])
            run = replace(run, change=change)
        out.append(run)
    return out


def _whole_replacement(runs: list[Run], parts: dict[str, list[int]]) -> bool:
    old, new = parts["old"], parts["new"]
    if not old or not new or old != list(range(old[0], old[-1] + 1)) \
            or new != list(range(old[-1] + 1, old[-1] + 1 + len(new))):
        return False
    first, last = runs[old[0]], runs[new[-1]]
    return not (first.kind == "text" and first.text[:1].isspace()) and \
        not (last.kind == "text" and last.text[-1:].isspace())


def _other_id(attribution: str) -> str:
    """The attribution with ``-i`` after its id (the insertion half of a replacement)."""
    if attribution.startswith("{#"):
        end = next((k for k, c in enumerate(attribution) if c in " }"), len(attribution))
        return attribution[:end] + "-i" + attribution[end:]
    return attribution


def opener(change: Change) -> str:
    kind, part = change[0], change[1]
    if kind == "replace":
        return "{~~" if part == "old" else ""
    return "{++" if kind == "insert" else "{--"


def closer(change: Change) -> str:
    kind, part, attribution = change[0], change[1], change[2]
    if kind == "replace":
        return "~>" if part == "old" else "~~}" + attribution
    return ("++}" if kind == "insert" else "--}") + attribution
