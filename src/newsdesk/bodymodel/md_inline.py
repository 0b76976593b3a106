"""Inline runs → canonical Markdown: emphasis nesting, escaping and flanking.

Canonical inline form: ``*em*``, ``**strong**``, ``~~strike~~``, code spans with the shortest
safe backtick fence, ``[text](dest "title")`` links, backslash hard breaks. A character is
escaped only where it would otherwise be read as markup (``md_runs`` first settles trailing and
edge white space). White space a parser would strip (at the start or end of a line, at the end
of a link's text) and neighbours that would stop a delimiter from opening or
closing are written as numeric character references, which read back as the same text.
An em or strong span that a ``*`` opener inside it could close by mistake is written with
``_`` instead (``_**a**b**c**_``, not ``***a**b**c***``); the text and formats are the same.
A pending suggestion's mark (``{++ … ++}``) is a container that emphasis and links never
cross: a span lies inside one part of it or, emphasis only, around the whole mark
(``suggest_marks.enclosing``), so the text inside a mark is Markdown of its own.
"""

from __future__ import annotations

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
from .md_runs import autolinks, prepare
from .suggest_marks import closer, enclosing, mark_ends, normalised, opener

DELIM = {STRONG: "**", EM: "*", STRIKE: "~~"}


def write_inline(runs: list[Run], *, table: bool = False, single_line: bool = False) -> str:
    """Markdown for ``runs``; ``table`` escapes pipes, ``single_line`` turns breaks into spaces."""
    runs = autolinks(prepare(normalised(runs), single_line), table)
    pieces = _pieces(runs, table)
    return _finish(pieces, table)


def _keys(run: Run) -> list:
    keys: list = [("c", *run.change)] if run.change is not None else []
    keys += sorted(run.marks)
    if run.link is not None:
        keys.append((LINK, *run.link))
    return keys


def _is_mark(key) -> bool:
    return isinstance(key, tuple) and key[0] == "c"


def _pieces(runs: list[Run], table: bool) -> list[Piece]:
    pieces: list[Piece] = []
    opened: list = []
    delims: dict = {}
    where: dict = {}  # key → index of its open piece
    keysets = [set(_keys(r)) for r in runs]
    ends = mark_ends(runs)
    enclosed = enclosing(runs)
    for i, run in enumerate(runs):
        keys = keysets[i]

        def extent(key, i=i) -> int:  # up to a suggestion it is not written around
            j = i + 1
            while j < len(runs) and key in keysets[j] and not (
                    ends[j] >= 0 and ends[j] != ends[j - 1] and key not in (enclosed[j] or ())):
                j += 1
            return j

        def order(key, run=run) -> int:
            letter = key[0] if isinstance(key, tuple) else key
            return run.nest.find(letter)

        # a suggestion starting here: what stays open must enclose all of it (suggest_marks)
        first = ends[i] >= 0 and (i == 0 or ends[i - 1] != ends[i])

        def around(key, i=i, first=first) -> bool:
            held = enclosed[i]
            return first and held is not None and key in held

        cut = next((j for j, k in enumerate(opened)
                    if k not in keys or (first and not around(k))), None)
        if cut is not None:
            for key in reversed(opened[cut:]):
                _append_close(pieces, key, table, delims, where)
            del opened[cut:]
        have = {k for k in opened}
        new = [k for k in _keys(run) if k not in have]
        part = extent(("c", *run.change)) if run.change is not None else len(runs)

        def place(key, i=i, part=part) -> tuple[int, int, int]:
            if ends[i] < 0 or around(key):  # outside suggestions, or around this one
                return (0, -extent(key), order(key))
            if _is_mark(key):  # the suggestion's mark, then what is inside its part
                return (1, 0, 0)
            return (2, -min(extent(key), part), order(key))

        new.sort(key=place)
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
    if _is_mark(key):
        return Piece("syntax", opener(key[1:]))
    if isinstance(key, tuple):
        return Piece("syntax", "[")
    return Piece("open", DELIM[key])


def _close(key, table: bool, delims: dict) -> Piece:
    if _is_mark(key):
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
