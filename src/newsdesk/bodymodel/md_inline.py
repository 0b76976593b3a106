"""Inline runs → canonical Markdown: emphasis nesting, escaping and flanking.

Canonical inline form: ``*em*``, ``**strong**``, ``~~strike~~``, code spans with the shortest
safe backtick fence, ``[text](dest "title")`` links, backslash hard breaks. A character is
escaped only where it would otherwise be read as markup. Spaces and tabs that end a paragraph,
a heading or a table cell are dropped, like trailing line breaks: nobody sees them, and kept
they would have to be written as ``&#32;`` (the parser strips them), which then shows up in
every diff. Other white space a parser would strip (at the start or end of a line, at the end
of a link's text) and neighbours that would stop a delimiter from opening or
closing are written as numeric character references, which read back as the same text.
An em or strong span that a ``*`` opener inside it could close by mistake is written with
``_`` instead (``_**a**b**c**_``, not ``***a**b**c***``); the text and formats are the same.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .ir import EM, LINK, MARKS, STRIKE, STRONG, Run
from .md_delims import (
    Piece,
    can_close,
    can_open,
    first_char,
    last_char,
    stolen_opener,
    swap_delims,
)
from .md_escape import (
    code_span,
    destination,
    escape_text,
    image,
    ref,
    title_part,
)
from .suggest_marks import closer, normalised, opener

TRAILING_SPACE = " \t"  # dropped at the end of a paragraph, heading or cell (not in a link)
DELIM = {STRONG: "**", EM: "*", STRIKE: "~~"}

_AUTOLINK = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\x00-\x20]*$")
_EMAIL = re.compile(r"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}"
                    r"[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$")


def _autolinks(runs: list[Run], table: bool) -> list[Run]:
    """A link whose text is its own address is written ``<address>``."""
    out = []
    for i, run in enumerate(runs):
        link = run.link
        if (link is not None and not link[1]
                and all(runs[j].link != link for j in (i - 1, i + 1) if 0 <= j < len(runs))
                and run.kind == "text" and not run.marks and not (table and "|" in run.text)):
            href, text = link[0], run.text
            if (href == text and _AUTOLINK.match(text) and "\\" not in text) or (
                href == "mailto:" + text and _EMAIL.match(text)
            ):
                out.append(Run("autolink", text, change=run.change))
                continue
        out.append(run)
    return out


def write_inline(runs: list[Run], *, table: bool = False, single_line: bool = False) -> str:
    """Markdown for ``runs``; ``table`` escapes pipes, ``single_line`` turns breaks into spaces."""
    runs = _autolinks(_prepare(normalised(runs), single_line), table)
    pieces = _pieces(runs, table)
    return _finish(pieces, table)


def _spaced_end(run: Run) -> bool:
    return run.kind == "text" and run.link is None and run.change is None \
        and run.text.endswith(tuple(TRAILING_SPACE))


def _prepare(runs: list[Run], single_line: bool) -> list[Run]:
    """Drop trailing breaks and spaces, split text so that no emphasis starts or ends with
    white space."""
    runs = [r for r in runs if not (r.kind == "text" and not r.text)]
    if single_line:
        runs = [Run("text", " ", r.marks, r.link, r.nest, change=r.change)
                if r.kind.endswith("break") else r
                for r in runs]
    while runs and (runs[-1].kind.endswith("break") or _spaced_end(runs[-1])):
        last = runs.pop()
        if last.kind == "text" and last.text.rstrip(TRAILING_SPACE):
            runs.append(replace(last, text=last.text.rstrip(TRAILING_SPACE)))
            break
    merged: list[Run] = []
    for run in runs:  # adjacent runs of one format read back as one
        if merged and run.kind == merged[-1].kind and run.kind in ("code", "text") \
                and run.same_format(merged[-1]):
            merged[-1] = replace(run, text=merged[-1].text + run.text)
        else:
            merged.append(run)
    runs = merged
    out: list[Run] = []
    for i, run in enumerate(runs):
        if run.kind != "text" or not run.marks:
            out.append(run)
            continue
        text = run.text
        head = len(text) - len(text.lstrip())
        tail = max(len(text.rstrip()), head)
        prev_marks = _marks_at(runs, i - 1)
        next_marks = _marks_at(runs, i + 1)
        lead, body, trail = text[:head], text[head:tail], text[tail:]
        if lead:
            out.append(replace(run, text=lead, marks=run.marks & prev_marks))
        if body:
            out.append(replace(run, text=body))
        if trail:
            out.append(replace(run, text=trail, marks=run.marks & next_marks))
    return out


def _marks_at(runs: list[Run], i: int) -> frozenset[str]:
    """Marks white space next to run ``i`` may keep: all at a line's edge (it is written as
    a character reference there, which emphasis can hold), else those the neighbour shares."""
    if 0 <= i < len(runs) and not runs[i].kind.endswith("break"):
        return runs[i].marks
    return frozenset(MARKS)


def _keys(run: Run) -> list:
    keys: list = [("c", *run.change)] if run.change is not None else []
    keys += sorted(run.marks)
    if run.link is not None:
        keys.append((LINK, *run.link))
    return keys


def _pieces(runs: list[Run], table: bool) -> list[Piece]:
    pieces: list[Piece] = []
    opened: list = []
    delims: dict = {}
    where: dict = {}  # key → index of its open piece
    keysets = [set(_keys(r)) for r in runs]
    for i, run in enumerate(runs):
        keys = keysets[i]
        cut = next((j for j, k in enumerate(opened) if k not in keys), None)
        if cut is not None:
            for key in reversed(opened[cut:]):
                _append_close(pieces, key, table, delims, where)
            del opened[cut:]
        have = {k for k in opened}
        new = [k for k in _keys(run) if k not in have]

        def extent(key, i=i) -> int:
            j = i
            while j < len(runs) and key in keysets[j]:
                j += 1
            return j

        def order(key, run=run) -> int:
            letter = key[0] if isinstance(key, tuple) else key
            return run.nest.find(letter)

        new.sort(key=lambda k: (-extent(k), order(k)))
        for key in new:
            piece = _open(key)
            last = pieces[-1] if pieces else None
            if last is not None and last.text[-1:] == "*" == piece.text[:1] and (
                last.kind == "close" or (key == EM and last.text == "**")
            ):
                # **a**_b_ : a closing run next to an opening one would merge into one run;
                # **_a_** : keeps strong outside (***a*** would nest em outside)
                piece.text = piece.text.replace("*", "_")
            pieces.append(piece)
            opened.append(key)
            delims[key] = piece.text
            where[key] = len(pieces) - 1
        pieces.append(_atom(run, table))
    for key in reversed(opened):
        _append_close(pieces, key, table, delims, where)
    return pieces


def _append_close(pieces: list[Piece], key, table: bool, delims: dict, where: dict) -> None:
    piece = _close(key, table, delims)
    if piece.kind == "close":
        piece.partner = where[key]
        pieces[where[key]].partner = len(pieces)
    pieces.append(piece)


def _open(key) -> Piece:
    if isinstance(key, tuple) and key[0] == "c":
        return Piece("syntax", opener(key[1:]))
    if isinstance(key, tuple):
        return Piece("syntax", "[")
    return Piece("open", DELIM[key])


def _close(key, table: bool, delims: dict) -> Piece:
    if isinstance(key, tuple) and key[0] == "c":
        return Piece("syntax", closer(key[1:]))
    if isinstance(key, tuple):
        return Piece("syntax", "](" + destination(key[1], table) + title_part(key[2], table) + ")")
    return Piece("close", delims.get(key, DELIM[key]))


def _atom(run: Run, table: bool) -> Piece:
    if run.kind == "text":
        return Piece("text", run.text)
    if run.kind == "code":
        return Piece("syntax", code_span(run.text, table))
    if run.kind == "hardbreak":
        return Piece("break", "\\\n")
    if run.kind == "softbreak":
        return Piece("break", "\n")
    if run.kind == "autolink":
        return Piece("syntax", "<" + run.text + ">")
    return Piece("syntax", image(run.text, run.src, run.title, table))


def _finish(pieces: list[Piece], table: bool) -> str:
    for _ in range(len(pieces)):
        _render(pieces, table)
        outer = stolen_opener(pieces)
        if outer is None:
            break
        # an inner opener could close this outer "*" span: write the outer one with "_"
        pair = (outer, pieces[outer].partner)
        swap_delims(pieces, pair, "*", "_")
        for k in pair:  # "_" closing right where a "__" opens would merge into one run
            for a, b in ((k - 1, k), (k, k + 1)):
                if 0 <= a and b < len(pieces) and pieces[a].kind == "close" \
                        and pieces[b].kind == "open":
                    other = a if b == k else b
                    if pieces[other].text.startswith("_"):
                        swap_delims(pieces, (other, pieces[other].partner), "_", "*")
    return "".join(p.out for p in pieces)


def _render(pieces: list[Piece], table: bool) -> None:
    for i, p in enumerate(pieces):
        if p.kind == "text":
            start = _at_edge(pieces, i, -1, "open")
            end = _at_edge(pieces, i, 1, "close")
            p.out = escape_text(p.text, line_start=start, line_end=end, table=table)
        else:
            p.out = p.text
    for i, p in enumerate(pieces[:-1]):
        if p.kind == "text" and p.out.endswith("!") and pieces[i + 1].out.startswith("["):
            p.out = p.out[:-1] + "\\!"
    _lone_tildes(pieces)
    # Delimiters must flank their content; fix an offending outside neighbour with a
    # character reference (it ends in ';', which counts as punctuation).
    for i, p in enumerate(pieces):
        if p.kind not in ("open", "close"):
            continue
        before = last_char(pieces, i)
        after = first_char(pieces, i)
        if p.kind == "open" and not can_open(p.text, before, after):
            _ref_edge(pieces, i - 1, last=True)
        if p.kind == "close" and not can_close(p.text, before, after):
            _ref_edge(pieces, i + 1, last=False)


def _lone_tildes(pieces: list[Piece]) -> None:
    """A single ``~`` opening or ending a text piece next to a link, an image, a code span or
    emphasis is written bare: only two tildes together make strikethrough (CriticMarkup's ``~>``
    after a photo stays as it was typed)."""
    for i, p in enumerate(pieces):
        if p.kind != "text" or len(p.text) < 2:
            continue
        prev = pieces[i - 1] if i > 0 else None
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if (p.text[0] == "~" and p.text[1] != "~" and p.out.startswith("\\~")
                and prev is not None and prev.kind in ("syntax", "close")
                and not prev.out.endswith("~")):
            p.out = p.out[1:]
        if (p.text[-1] == "~" and p.text[-2] != "~" and p.out.endswith("\\~")
                and nxt is not None and nxt.kind in ("syntax", "open")
                and not nxt.out.startswith("~")):
            p.out = p.out[:-2] + "~"


def _at_edge(pieces: list[Piece], i: int, step: int, skip: str) -> bool:
    """Is piece ``i`` first (step -1) / last (step 1) on its line, delimiters aside?"""
    j = i + step
    while 0 <= j < len(pieces) and pieces[j].kind == skip:
        j += step
    return not (0 <= j < len(pieces)) or pieces[j].kind == "break"


def _ref_edge(pieces: list[Piece], j: int, *, last: bool) -> None:
    if not (0 <= j < len(pieces)) or pieces[j].kind != "text" or not pieces[j].text:
        return
    p = pieces[j]
    if last:
        ch = p.text[-1]
        if not p.out.endswith(ch):
            return
        prefix = p.out[: -len(ch)]
        if (len(prefix) - len(prefix.rstrip("\\"))) % 2:  # a lone "\" would escape the "&"
            prefix += "\\"
        p.out = prefix + ref(ch)
    else:
        ch = p.text[0]
        if not p.out.startswith(ch):
            return
        p.out = ref(ch) + p.out[len(ch):]


__all__ = ["DELIM", "MARKS", "write_inline"]
