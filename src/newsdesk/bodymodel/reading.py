"""The *reading text* of a body: what a reader sees, without any Markdown syntax.

Review comments on the body are anchored to this text (see ``domain.comments``), never to
the Markdown source: a quote is the words the reviewer selected, and the same text comes out
of the saved Markdown here and out of the body editor's document (``qt.editor.doc_reading``),
so an offset means the same in both.

The rules, one *line* per leaf block of the editor (lines joined with ``\\n``, NFC):

- paragraph, heading: its inline text; a soft break is a space, a hard break ``\\n``, an
  inline image contributes nothing (a reader sees a picture, not its alt text);
- code block: its lines; a rule (``***``): an empty line;
- figure: three lines — the photo (empty), the caption (a line break in it is ``\\n``), the
  credit;
- table: an empty line (the editor keeps a paragraph before a table), then one line per
  cell, row by row.

Blocks in quotes and lists are the same; their markers (``>``, ``-``, ``1.``) are not text.
"""

from __future__ import annotations

from functools import lru_cache

from newsdesk.domain.text import nfc

from .ir import Block, ListFrame, Quote, Run
from .md_reader import parse_blocks


def runs_text(runs: list[Run]) -> str:
    """The reading text of inline ``runs``."""
    parts = []
    for run in runs:
        if run.kind in ("text", "code"):
            parts.append(run.text.replace("\n", " "))
        elif run.kind == "hardbreak":
            parts.append("\n")
        elif run.kind == "softbreak":
            parts.append(" ")
    return "".join(parts)


def block_lines(block: Block) -> list[str]:
    """The lines ``block`` contributes to the reading text."""
    kind = block.kind
    if kind in ("paragraph", "heading"):
        return [runs_text(block.runs)]
    if kind == "code":
        return [""] if block.code is None else block.code.split("\n")
    if kind == "hr":
        return [""]
    if kind == "figure":
        return ["", block.caption, block.credit.replace("\n", " ")]
    if kind == "table":
        width = max(len(block.align), 1)
        return ["", *(runs_text(row[c]) if c < len(row) else ""
                      for row in block.rows for c in range(width))]
    return []


def reading_text(blocks: list[Block]) -> str:
    """The reading text of ``blocks`` (NFC)."""
    return nfc("\n".join(line for block in blocks for line in block_lines(block)))


@lru_cache(maxsize=8)
def body_reading_text(markdown: str) -> str:
    """The reading text of the body ``markdown`` (the last few are remembered)."""
    return reading_text(parse_blocks(markdown))


PHOTO_MARK = "\N{FRAME WITH PICTURE}"  # a photo in a comparison: 🖼 caption — credit


def _marked_text(runs: list[Run]) -> str:
    """``runs_text`` with each pending suggestion shown as it reads among the marks:
    ``[+added]``, ``[−removed]``, ``[old → new]`` — never the old and the new text run
    together."""
    parts: list[str] = []
    group: list[Run] = []

    def flush() -> None:
        if not group:
            return
        kind = group[0].change[0] if group[0].change else ""
        old = runs_text([r for r in group if r.change and r.change[1] == "old"])
        new = runs_text([r for r in group if r.change and r.change[1] != "old"])
        if kind == "replace" or (old and new):
            parts.append(f"[{old} → {new}]")
        elif old:
            parts.append(f"[−{old}]")
        else:
            parts.append(f"[+{new}]")
        group.clear()

    for run in runs:
        if run.change is None:
            flush()
            parts.append(runs_text([run]))
        elif group and group[0].change and group[0].change[3] != run.change[3]:
            flush()
            group.append(run)
        else:
            group.append(run)
    flush()
    return "".join(parts)


def compare_text(markdown: str) -> str:
    """The body ``markdown`` as a reader sees it, laid out for comparing two revisions.

    One paragraph per block, a blank line between them, no Markdown syntax: a heading is its
    line, a list item starts with ``• `` or its number, quoted text with ``│ ``, a photo is the
    line ``🖼 caption — credit`` (a changed photo file shows in the photos field), a rule is
    ``───``. Formatting alone (bold, links) is not a change a reader sees in words. A
    pending suggestion reads ``[+added]``, ``[−removed]`` or ``[old → new]``.
    """
    paragraphs: list[str] = []
    numbers: dict[int, int] = {}  # list id → number of the item being written
    items: dict[int, int] = {}  # list id → id of its current item
    for block in parse_blocks(markdown):
        prefix = ""
        for frame in block.stack:
            if isinstance(frame, Quote):
                prefix += "│ "
            elif isinstance(frame, ListFrame):
                if items.get(frame.id) != frame.item:  # a new item of this list
                    items[frame.id] = frame.item
                    numbers[frame.id] = numbers.get(frame.id, frame.start - 1) + 1
                first = frame is block.stack[-1] and block.item_start
                prefix += (f"{numbers[frame.id]}. " if frame.ordered else "• ") if first else "  "
        if block.kind == "figure":
            credit = block.credit.replace("\n", " ").strip()
            line = f"{PHOTO_MARK} {block.caption.strip()}" + (f" — {credit}" if credit else "")
        elif block.kind == "hr":
            line = "───"
        elif block.kind in ("paragraph", "heading"):
            line = _marked_text(block.runs)
        else:
            line = "\n".join(block_lines(block)).strip("\n")
        paragraphs.append(prefix + line.replace("\n", "\n" + " " * len(prefix)))
    return nfc("\n\n".join(paragraphs))
