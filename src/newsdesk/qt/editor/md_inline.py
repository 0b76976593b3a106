"""Inline runs → canonical Markdown: emphasis nesting, escaping and flanking.

Canonical inline form: ``*em*``, ``**strong**``, ``~~strike~~``, code spans with the shortest
safe backtick fence, ``[text](dest "title")`` links, backslash hard breaks. A character is
escaped only where it would otherwise be read as markup; white space a parser would strip
(at the start or end of a line) and neighbours that would stop a delimiter from opening or
closing are written as numeric character references, which read back as the same text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace

from .ir import EM, LINK, MARKS, STRIKE, STRONG, Run

DELIM = {STRONG: "**", EM: "*", STRIKE: "~~"}
_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ORDERED = re.compile(r"\d{1,9}[.)]")
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def is_space(ch: str) -> bool:
    return isWhiteSpace(ord(ch))


def is_punct(ch: str) -> bool:
    return isMdAsciiPunct(ord(ch)) or isPunctChar(ch)


def ref(ch: str) -> str:
    return f"&#{ord(ch)};"


@dataclass
class _Piece:
    kind: str  # text | open | close | syntax | break
    text: str
    out: str = ""


_AUTOLINK = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\x00-\x20]*$")
_EMAIL = re.compile(r"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}"
                    r"[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$")


def _autolinks(runs: list[Run], table: bool) -> list[Run]:
    """A link whose text is its own address is written ``<address>``."""
    out = []
    for i, run in enumerate(runs):
        link = run.link
        alone = link is not None and not link[1] and all(
            0 <= j < len(runs) and runs[j].link != link for j in (i - 1, i + 1)
            if 0 <= j < len(runs))
        if alone and run.kind == "text" and not run.marks and not (table and "|" in run.text):
            href, text = link[0], run.text
            if (href == text and _AUTOLINK.match(text) and "\\" not in text) or (
                href == "mailto:" + text and _EMAIL.match(text)
            ):
                out.append(Run("autolink", text))
                continue
        out.append(run)
    return out


def write_inline(runs: list[Run], *, table: bool = False, single_line: bool = False) -> str:
    """Markdown for ``runs``; ``table`` escapes pipes, ``single_line`` turns breaks into spaces."""
    runs = _autolinks(_prepare(runs, single_line), table)
    pieces = _pieces(runs, table)
    return _finish(pieces, table)


def _prepare(runs: list[Run], single_line: bool) -> list[Run]:
    """Drop trailing breaks, split text so that no emphasis starts or ends with white space."""
    runs = [r for r in runs if not (r.kind == "text" and not r.text)]
    if single_line:
        runs = [Run("text", " ", r.marks, r.link, r.nest) if r.kind.endswith("break") else r
                for r in runs]
    while runs and runs[-1].kind.endswith("break"):
        runs.pop()
    merged: list[Run] = []
    for run in runs:  # adjacent runs of one format read back as one
        if merged and run.kind == merged[-1].kind and run.kind in ("code", "text") \
                and run.same_format(merged[-1]):
            merged[-1] = Run(run.kind, merged[-1].text + run.text, run.marks, run.link, run.nest)
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
            out.append(Run("text", lead, run.marks & prev_marks, run.link, run.nest))
        if body:
            out.append(Run("text", body, run.marks, run.link, run.nest))
        if trail:
            out.append(Run("text", trail, run.marks & next_marks, run.link, run.nest))
    return out


def _marks_at(runs: list[Run], i: int) -> frozenset[str]:
    """Marks white space next to run ``i`` may keep: all at a line's edge (it is written as
    a character reference there, which emphasis can hold), else those the neighbour shares."""
    if 0 <= i < len(runs) and not runs[i].kind.endswith("break"):
        return runs[i].marks
    return frozenset(MARKS)


def _keys(run: Run) -> list:
    keys: list = sorted(run.marks)
    if run.link is not None:
        keys.append((LINK, *run.link))
    return keys


def _pieces(runs: list[Run], table: bool) -> list[_Piece]:
    pieces: list[_Piece] = []
    opened: list = []
    delims: dict = {}
    keysets = [set(_keys(r)) for r in runs]
    for i, run in enumerate(runs):
        keys = keysets[i]
        cut = next((j for j, k in enumerate(opened) if k not in keys), None)
        if cut is not None:
            for key in reversed(opened[cut:]):
                pieces.append(_close(key, table, delims))
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
        pieces.append(_atom(run, table))
    for key in reversed(opened):
        pieces.append(_close(key, table, delims))
    return pieces


def _open(key) -> _Piece:
    if isinstance(key, tuple):
        return _Piece("syntax", "[")
    return _Piece("open", DELIM[key])


def _close(key, table: bool, delims: dict) -> _Piece:
    if isinstance(key, tuple):
        return _Piece("syntax", "](" + destination(key[1], table) + title_part(key[2], table) + ")")
    return _Piece("close", delims.get(key, DELIM[key]))


def _atom(run: Run, table: bool) -> _Piece:
    if run.kind == "text":
        return _Piece("text", run.text)
    if run.kind == "code":
        return _Piece("syntax", code_span(run.text, table))
    if run.kind == "hardbreak":
        return _Piece("break", "\\\n")
    if run.kind == "softbreak":
        return _Piece("break", "\n")
    if run.kind == "autolink":
        return _Piece("syntax", "<" + run.text + ">")
    return _Piece("syntax", image(run.text, run.src, run.title, table))


def image(alt: str, src: str, title: str, table: bool = False) -> str:
    alt_md = escape_text(alt.replace("\n", "\x00"), table=table).replace("\x00", "&#10;")
    return "![" + alt_md + "](" + destination(src, table) + title_part(title, table) + ")"


def code_span(code: str, table: bool) -> str:
    longest = max((len(m) for m in re.findall(r"`+", code)), default=0)
    fence = "`" * (longest + 1)
    if code.startswith("`") or code.endswith("`") or (
        code.startswith(" ") and code.endswith(" ") and code.strip(" ")
    ):
        code = f" {code} "
    if table:
        code = code.replace("|", "\\|")
    return fence + code + fence


def destination(dest: str, table: bool = False) -> str:
    dest = _ENTITY.sub(lambda m: "\\" + m.group(0), dest).replace("\n", "&#10;")
    if not dest or any(is_space(c) or ord(c) < 32 for c in dest):
        out = re.sub(r"([<>]|\\(?=[!-/:-@\[-`{-~]|$))", r"\\\1", dest)
        out = "<" + out + ">"
    else:
        out = re.sub(r"([()<>]|\\(?=[!-/:-@\[-`{-~]|$))", r"\\\1", dest)
    return out.replace("|", "\\|") if table else out


def title_part(title: str, table: bool = False) -> str:
    if not title:
        return ""
    out = re.sub(r'(["\\])', r"\\\1", title)
    out = _ENTITY.sub(lambda m: "\\" + m.group(0), out).replace("\n", "&#10;")
    if table:
        out = out.replace("|", "\\|")
    return ' "' + out + '"'


def escape_text(text: str, *, line_start: bool = False, line_end: bool = False,
                table: bool = False) -> str:
    """Escape ``text`` so that it reads back as exactly this text."""
    out: list[str] = []
    n = len(text)
    ref_end = line_end and n > 0 and is_space(text[-1])  # written as &#…; below
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < n else ""
        if ch in "*`[]" or (ch == "|" and table):
            out.append("\\" + ch)
        elif ch == "\\":
            if ref_end and i == n - 2:
                nxt = "&"
            out.append("\\\\" if (not nxt or nxt in _ASCII_PUNCT) else ch)
        elif ch == "_":
            out.append(ch if (prev.isalnum() and nxt.isalnum()) else "\\_")
        elif ch == "~":
            out.append("\\~" if (prev in ("~", "") or nxt in ("~", "")) else ch)
        elif ch == "<":
            out.append(ch if (nxt and is_space(nxt)) else "\\<")
        elif ch == "&":
            out.append("\\&" if _ENTITY.match(text, i) else ch)
        else:
            out.append(ch)
    if line_start and text:
        first = text[0]
        if is_space(first):
            out[0] = ref(first)
        elif first in "#>-+=|" or (first == ":" and text[1:2] == "-"):
            out[0] = "\\" + first
        else:
            m = _ORDERED.match(text)
            if m and (m.end() == n or text[m.end()] in " \t"):
                k = m.end() - 1
                out[k] = "\\" + text[k]
    if ref_end and not (line_start and n == 1):
        out[-1] = ref(text[-1])
    return "".join(out)


def _finish(pieces: list[_Piece], table: bool) -> str:
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
    # Delimiters must flank their content; fix an offending outside neighbour with a
    # character reference (it ends in ';', which counts as punctuation).
    for i, p in enumerate(pieces):
        if p.kind not in ("open", "close"):
            continue
        before = _last_char(pieces, i)
        after = _first_char(pieces, i)
        if p.kind == "open" and not _can_open(p.text, before, after):
            _ref_edge(pieces, i - 1, last=True)
        if p.kind == "close" and not _can_close(p.text, before, after):
            _ref_edge(pieces, i + 1, last=False)
    return "".join(p.out for p in pieces)


def _at_edge(pieces: list[_Piece], i: int, step: int, skip: str) -> bool:
    """Is piece ``i`` first (step -1) / last (step 1) on its line, delimiters aside?"""
    j = i + step
    while 0 <= j < len(pieces) and pieces[j].kind == skip:
        j += step
    return not (0 <= j < len(pieces)) or pieces[j].kind == "break"


def _last_char(pieces: list[_Piece], i: int) -> str:
    for p in reversed(pieces[:i]):
        if p.out:
            return p.out[-1]
    return " "


def _first_char(pieces: list[_Piece], i: int) -> str:
    for p in pieces[i + 1:]:
        if p.out:
            return p.out[0]
    return " "


def _left_flanking(before: str, after: str) -> bool:
    return not (is_space(after) or (is_punct(after) and not (is_space(before) or is_punct(before))))


def _right_flanking(before: str, after: str) -> bool:
    return not (is_space(before) or (is_punct(before) and not (is_space(after) or is_punct(after))))


def _can_open(delim: str, before: str, after: str) -> bool:
    left = _left_flanking(before, after)
    if delim.startswith("_"):
        return left and (not _right_flanking(before, after) or is_punct(before))
    return left


def _can_close(delim: str, before: str, after: str) -> bool:
    right = _right_flanking(before, after)
    if delim.startswith("_"):
        return right and (not _left_flanking(before, after) or is_punct(after))
    return right


def _ref_edge(pieces: list[_Piece], j: int, *, last: bool) -> None:
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


__all__ = ["MARKS", "code_span", "destination", "escape_text", "image", "title_part",
           "write_inline"]
