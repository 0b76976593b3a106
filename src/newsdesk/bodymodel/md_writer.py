"""``ir.Block`` list → canonical Markdown (block structure).

Canonical block form: blocks separated by one blank line; ATX headings (``## …``); ``-``
bullets and ``1.`` numbers (``+`` / ``1)`` for a list that directly follows a list of the same
kind, which Markdown needs to keep them apart); items indented by their marker's width;
``> `` quotes; fenced code (`````` ``` `````` or longer); ``***`` rules; GFM pipe tables with
``---`` / ``:--`` / ``:-:`` / ``--:`` delimiters; figures as ``![caption](path "credit")``.
Tight lists are written without blank lines where Markdown allows it, otherwise loose.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .ir import Block, ListFrame, Quote
from .md_escape import destination, escape_text, title_part
from .md_inline import write_inline

_THEMATIC = re.compile(r"^ {0,3}([-*_])( *\1){2,} *$")
_PIPE = re.compile(r"(?<!\\)((?:\\\\)*)\\?\|")  # ``|`` or ``\|``, not after an odd run of ``\``
_DELIM_ROW = {"": "---", "left": ":--", "center": ":-:", "right": "--:"}


@dataclass
class _Unit:
    text: str
    kind: str  # block kind, or "quote" / "list"
    ordered: bool = False
    start: int = 1
    empty_first: bool = False
    delimiter: str = ""  # list marker character used


def write_blocks(blocks: list[Block]) -> str:
    """Canonical Markdown of ``blocks`` (ends with one newline unless empty)."""
    units = _units(blocks, 0)
    text = "\n\n".join(u.text for u in units)
    fence = re.search(r"\n[ >]*(`{3,}|~{3,})$", text)
    if blocks and blocks[-1].kind == "code" and blocks[-1].open_end and fence:
        return text[: fence.start()]  # an unclosed fence ends the file, as it was read
    return text + "\n" if text else ""


def _same(a, b) -> bool:
    return type(a) is type(b) and a.id == b.id


def _units(blocks: list[Block], depth: int) -> list[_Unit]:
    units: list[_Unit] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if len(block.stack) <= depth:
            unit = _leaf(block)
            if unit is not None:
                units.append(unit)
            i += 1
            continue
        frame = block.stack[depth]
        j = i
        while j < len(blocks) and len(blocks[j].stack) > depth and _same(blocks[j].stack[depth], frame):
            j += 1
        group = blocks[i:j]
        if isinstance(frame, Quote):
            units.append(_quote(group, depth))
        else:
            prev = units[-1] if units else None
            units.append(_list(group, depth, frame, prev))
        i = j
    return units


def _pipes_as_entities(line: str) -> str:
    """``line`` with each pipe outside code spans written ``&#124;`` (the same character)."""
    parts = re.split(r"(`+)", line)
    out: list[str] = []
    code: str | None = None  # the backtick run that opened the code span we are in
    for i, part in enumerate(parts):
        if i % 2:  # a run of backticks
            escaped = (len(out[-1]) - len(out[-1].rstrip("\\"))) % 2 == 1 if out else False
            if code is None and not escaped and part in parts[i + 2::2]:
                code = part
            elif part == code:
                code = None
            out.append(part)
        else:
            out.append(part if code else _PIPE.sub(r"\1&#124;", part))
    return "".join(out)


def _leaf(block: Block) -> _Unit | None:
    kind = block.kind
    if kind == "paragraph":
        text = write_inline(block.runs)
        return _Unit(text, kind) if text else None
    if kind == "heading":
        if block.level <= 2 and any(r.kind.endswith("break") for r in block.runs):
            # only a setext heading can hold line breaks
            text = write_inline(block.runs)
            if text:
                if block.level == 2:  # a pipe on the line above ``---`` can make a table
                    head, newline, last = text.rpartition("\n")
                    text = head + newline + _pipes_as_entities(last)
                return _Unit(text + "\n" + ("===" if block.level == 1 else "---"), kind)
        text = write_inline(block.runs, single_line=True)
        if text.endswith("#") and not text.endswith("\\#"):
            text = text[:-1] + "\\#"
        return _Unit(("#" * block.level + " " + text).rstrip(" "), kind)
    if kind == "code":
        return _Unit(_fence(block), kind)
    if kind == "hr":
        return _Unit("***", kind)
    if kind == "table":
        return _Unit(_table(block), kind)
    if kind == "figure":
        alt = escape_text(block.caption.replace("\n", "\x00")).replace("\x00", "&#10;")
        return _Unit("![" + alt + "](" + destination(block.src) + title_part(block.credit) + ")",
                     kind)
    return None


def _fence(block: Block) -> str:
    code = block.code
    lines = [] if code is None else code.split("\n")
    info = block.info
    ticks = max((len(m) for line in lines for m in re.findall(r"^ {0,3}(`{3,})", line)), default=0)
    tildes = max((len(m) for line in lines for m in re.findall(r"^ {0,3}(~{3,})", line)), default=0)
    if "`" in info:
        fence = "~" * max(3, tildes + 1)
    else:
        fence = "`" * max(3, ticks + 1)
    gap = " " if info[:1] in ("`", "~") else ""
    return "\n".join([fence + gap + info, *lines, fence])


def _table(block: Block) -> str:
    width = len(block.align)
    lines = []
    for r, row in enumerate(block.rows):
        cells = [write_inline(cell, table=True, single_line=True) for cell in row[:width]]
        cells += [""] * (width - len(cells))
        lines.append("| " + " | ".join(cells) + " |")
        if r == 0:
            lines.append("| " + " | ".join(_DELIM_ROW[a] for a in block.align) + " |")
    return "\n".join(lines)


def _quote(group: list[Block], depth: int) -> _Unit:
    inner = _units(group, depth + 1)
    text = "\n\n".join(u.text for u in inner)
    lines = [("> " + line) if line else ">" for line in text.split("\n")]
    return _Unit("\n".join(lines), "quote")


def _items(group: list[Block], depth: int) -> list[list[Block]]:
    items: list[list[Block]] = []
    current = None
    for block in group:
        frame = block.stack[depth]
        assert isinstance(frame, ListFrame)
        if frame.item != current:
            items.append([])
            current = frame.item
        items[-1].append(block)
    return items


def _joinable(prev: _Unit, nxt: _Unit) -> bool:
    """Can ``nxt`` follow ``prev`` inside a tight list item without a blank line?"""
    para = ("paragraph", "figure")
    if prev.kind == "quote" and prev.text == ">":  # an empty quote holds no paragraph
        return True
    if prev.kind == "table" or (prev.kind in ("quote", "list") and nxt.kind in (*para, "table")):
        return False
    if prev.kind == nxt.kind == "quote":  # two quotes on touching lines are one quote
        return False
    if prev.kind in para:
        if nxt.kind in para or nxt.kind == "table":
            return False
        if nxt.kind == "list" and ((nxt.ordered and nxt.start != 1) or nxt.empty_first):
            return False
    return True


def _list(group: list[Block], depth: int, frame: ListFrame, prev: _Unit | None) -> _Unit:
    items = [_units(item, depth + 1) for item in _items(group, depth)]
    has_para = any(u.kind in ("paragraph", "figure") for units in items for u in units)
    tight = (frame.tight or not has_para) and all(
        _joinable(a, b) for units in items for a, b in itertools.pairwise(units)
    )
    # a list right after one of the same kind needs the other delimiter, or the two merge
    adjacent = prev is not None and prev.kind == "list" and prev.ordered == frame.ordered
    before = prev.delimiter if adjacent and prev is not None else ""
    if frame.ordered:
        delimiter = ")" if before == "." else "."
    else:
        delimiter = "+" if before == "-" else "-"
    out = []
    for n, units in enumerate(items):
        marker = f"{frame.start + n}{delimiter}" if frame.ordered else delimiter
        body = ("\n" if tight else "\n\n").join(u.text for u in units)
        lines = body.split("\n") if body else [""]
        pad = " " * (len(marker) + 1)
        first = (marker + " " + lines[0]).rstrip(" ") if lines[0] else marker
        rest = [(pad + line) if line else "" for line in lines[1:]]
        if _THEMATIC.match(first):  # "- - -" would be a rule: start the item's content below
            first, rest = marker, [pad + lines[0], *rest]
        out.append("\n".join([first, *rest]))
    empty_first = not items or not items[0]
    return _Unit(("\n" if tight else "\n\n").join(out), "list", frame.ordered, frame.start,
                 empty_first, delimiter)
