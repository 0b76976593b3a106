"""Suggestions (CriticMarkup, docs/formats.md §2a) between the Markdown body and the runs.

Before the parser reads a body, each whole suggestion mark found by ``domain.critic.scan`` has
its syntax swapped for one sentinel character each (``{++`` / ``{--`` / ``{~~``, the ``~>``
of a replacement, and the closer with its attribution ``{#ID by=…}``), so that the text inside
is read as ordinary Markdown (emphasis, a photo) and the block structure is the same as the
renderer sees. ``Marks.runs`` then turns the sentinels in the inline runs into each run's
``change``: ``(kind, part, attribution, uid)`` — ``part`` is ``old`` (removed when accepted)
or ``new`` (added), ``attribution`` the ``{#…}`` text exactly as written, ``uid`` what tells
two suggestions apart; each run's ``nest`` gets ``c`` where the mark stands among its emphasis
(``**{++a++}**``: ``sc``, ``{++**a**++}``: ``cs``). A sentinel that lands anywhere else (an
indented code block) gets its original text back, so nothing is ever lost. The sentinels are
rare punctuation marks; a body that holds one of them already is read without this step (its
marks stay text).

For the writer, a suggestion is a container that emphasis and links never cross: a span
either lies inside one part of it (the old or the new text) or encloses the whole mark
(``encloses``); the text inside a mark is Markdown of its own (docs/formats.md §2a).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import count

from newsdesk.domain.critic import scan
from newsdesk.domain.suggestions import SUGGESTION_KINDS

from .ir import CHANGE, STRIKE, Run

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
        outer = ""  # the emphasis (and link) open around the current mark

        def add(run: Run, text: str) -> None:
            if change is None:
                out.append(replace(run, text=text))
            else:
                out.append(replace(run, text=text, change=change,
                                   nest=_with_change(run.nest, outer)))

        for run in runs:
            if run.kind != "text" or not any(c in SENTINELS for c in run.text):
                add(run, run.text)
                continue
            buf: list[str] = []
            for ch in run.text:
                token = self._take() if ch in SENTINELS else None
                if token is None:
                    buf.append(ch)
                    continue
                if buf:
                    add(run, "".join(buf))
                    buf = []
                if ch in OPEN.values():
                    part = "new" if token.kind == "insert" else "old"
                    change = (token.kind, part, token.attribution, next(_UIDS))
                    outer = run.nest
                elif ch == ARROW and change is not None:
                    change = (change[0], "new", change[2], change[3])
                else:
                    change = None
            if buf:
                add(run, "".join(buf))
        return out


def _with_change(nest: str, outer: str) -> str:
    """``nest`` with ``c`` after the part of it that was open before the mark (``outer``)."""
    k = 0
    while k < min(len(nest), len(outer)) and nest[k] == outer[k]:
        k += 1
    return nest[:k] + CHANGE + nest[k:]


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
    are there). One left with only new (or old) text is an insertion (or a deletion); one
    holding strikethrough (not just struck through as a whole) is written in two too (``~~``
    cannot stand inside ``{~~ … ~~}``).
    Text outside suggestions forgets where a mark stood in its ``nest``."""
    runs = [replace(r, nest=r.nest.replace(CHANGE, "")) if r.change is None and CHANGE in r.nest
            else r for r in runs]
    at: dict[int, dict[str, list[int]]] = {}
    for i, run in enumerate(runs):
        if run.change is not None and run.change[0] == "replace":
            at.setdefault(run.change[3], {"old": [], "new": []})[run.change[1]].append(i)
    around = enclosing(runs)
    if any(not _whole_replacement(runs, parts, around) for parts in at.values()):
        runs = _shared_spaces_out(runs, at)
        at = {}
        for i, run in enumerate(runs):
            if run.change is not None and run.change[0] == "replace":
                at.setdefault(run.change[3], {"old": [], "new": []})[run.change[1]].append(i)
        around = enclosing(runs)
    split = {uid for uid, parts in at.items() if not _whole_replacement(runs, parts, around)}
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


def _shared_spaces_out(runs: list[Run], at: dict[int, dict[str, list[int]]]) -> list[Run]:
    """A replacement whose old and new text both end (or both start) with the same space
    (``chín `` typed over as ``9 ``) has that space taken out of it, as plain text after (or
    before) it: ``{~~chín~>9~~} `` says the same and reads back as one replacement."""
    before: dict[int, Run] = {}  # run index → a plain run to put before it
    after: dict[int, Run] = {}
    runs = list(runs)
    for parts in at.values():
        old, new = parts["old"], parts["new"]
        if not old or not new or new[0] != old[-1] + 1:
            continue
        o_last, n_last, o_first, n_first = runs[old[-1]], runs[new[-1]], runs[old[0]], \
            runs[new[0]]
        if all(r.kind == "text" for r in (o_last, n_last)) and len(o_last.text) > 1 \
                and len(n_last.text) > 1 and o_last.text[-1].isspace() \
                and o_last.text[-1] == n_last.text[-1] and o_last.marks == n_last.marks:
            space = n_last.text[-1]
            runs[old[-1]] = replace(o_last, text=o_last.text[:-1])
            runs[new[-1]] = replace(n_last, text=n_last.text[:-1])
            after[new[-1]] = _plain(n_last, space)
        o_first, n_first = runs[old[0]], runs[new[0]]
        if all(r.kind == "text" for r in (o_first, n_first)) and len(o_first.text) > 1 \
                and len(n_first.text) > 1 and o_first.text[0].isspace() \
                and o_first.text[0] == n_first.text[0] and o_first.marks == n_first.marks:
            space = o_first.text[0]
            runs[old[0]] = replace(o_first, text=o_first.text[1:])
            runs[new[0]] = replace(n_first, text=n_first.text[1:])
            before[old[0]] = _plain(o_first, space)
    if not before and not after:
        return runs
    out: list[Run] = []
    for i, run in enumerate(runs):
        if i in before:
            out.append(before[i])
        out.append(run)
        if i in after:
            out.append(after[i])
    return out


def _plain(run: Run, text: str) -> Run:
    """``text`` with the formats of ``run``, outside any suggestion."""
    return replace(run, text=text, change=None, nest=run.nest.replace(CHANGE, ""))


def _whole_replacement(runs: list[Run], parts: dict[str, list[int]],
                       around: list[frozenset[str] | None]) -> bool:
    old, new = parts["old"], parts["new"]
    if not old or not new or old != list(range(old[0], old[-1] + 1)) \
            or new != list(range(old[-1] + 1, old[-1] + 1 + len(new))):
        return False
    first, last = runs[old[0]], runs[new[-1]]
    return not (first.kind == "text" and first.text[:1].isspace()) and \
        not (last.kind == "text" and last.text[-1:].isspace()) and \
        not any(STRIKE in runs[k].marks - (around[k] or frozenset()) for k in old + new)


def mark_ends(runs: list[Run]) -> list[int]:
    """Per run: the index just past the suggestion it is part of (a replacement's old and new
    text together), -1 for a run outside suggestions."""
    ends = [-1] * len(runs)
    i = 0
    while i < len(runs):
        change = runs[i].change
        j = i + 1
        if change is not None:
            while j < len(runs) and (other := runs[j].change) is not None \
                    and other[3] == change[3]:
                j += 1
            ends[i:j] = [j] * (j - i)
        i = j
    return ends


def encloses(letter: str, nest: str, before: bool, extent: int, end: int,
             replacement: bool) -> bool:
    """May the emphasis ``letter``, open on a suggestion's first run (and on the run
    ``before`` it), up to run ``extent``, be written around that whole suggestion, which ends
    at run ``end``? Only if it lasts that long, and the first run says so (``c`` after the
    letter in its ``nest``, as read from ``**{++a++}**``) or, when it does not tell (text typed
    in the editor), if it reaches beyond the suggestion on one side or the suggestion is a
    replacement (``**{~~a~>b~~}**``; around just an insertion, rejecting it would leave ``****``)."""
    if extent < end:
        return False
    at = nest.find(CHANGE)
    if at < 0:
        return before or extent > end or replacement
    return nest.find(letter) < at


def enclosing(runs: list[Run]) -> list[frozenset[str] | None]:
    """Per run in a suggestion: the emphasis written around that whole suggestion (see
    ``encloses``; a link never is: a mark inside a link's text is not read); None for a run
    outside suggestions."""
    ends = mark_ends(runs)
    out: list[frozenset[str] | None] = [None] * len(runs)
    for i, run in enumerate(runs):
        if ends[i] < 0 or (i and ends[i - 1] == ends[i]):
            continue
        before = out[i - 1] if i else frozenset()  # around the suggestion just before
        held = frozenset() if not i else runs[i - 1].marks & (
            frozenset(runs[i - 1].marks) if before is None else before)

        def reach(letter: str, i: int = i) -> int:
            j = i
            while j < len(runs) and letter in runs[j].marks:
                j += 1
            return j

        replacement = run.change is not None and run.change[0] == "replace"
        letters = frozenset(m for m in run.marks
                            if encloses(m, run.nest, m in held, reach(m), ends[i], replacement))
        out[i:ends[i]] = [letters] * (ends[i] - i)
    return out


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
