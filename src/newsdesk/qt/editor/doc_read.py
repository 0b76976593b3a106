"""QTextDocument → ``ir.Block`` list (the inverse of ``doc_build``).

Tolerant of whatever editing left behind: a block in a ``QTextList`` always starts a list item
(also for lists Qt created itself, e.g. from pasted HTML), a caption or credit whose photo
was deleted (its block gone, or the photo taken out of it) becomes a plain paragraph (text is
never dropped, and no photo is stored that the editor does not show), and several blocks of
one figure's caption are joined.
"""

from __future__ import annotations

import unicodedata
from itertools import count

from PySide6.QtGui import QTextBlock, QTextDocument, QTextListFormat

from newsdesk.bodymodel.ir import EM, STRIKE, STRONG, Block, ListFrame, Run
from newsdesk.bodymodel.md_reader import merge_runs

from .formats import (
    CAPTION,
    CODE,
    CREDIT,
    FIGURE,
    FIGURE_KINDS,
    HR,
    LINE_SEPARATOR,
    OBJECT_CHAR,
    P_CODE_EMPTY,
    P_CODE_ID,
    P_CODE_INFO,
    P_CODE_OPEN,
    P_CODE_SPAN,
    P_FIG_ID,
    P_FIG_SRC,
    P_IMG_ALT,
    P_IMG_SRC,
    P_IMG_TITLE,
    P_LINK_ID,
    P_LINK_TITLE,
    P_NEST,
    P_SOFTBREAK,
    P_TABLE_ALIGN,
    block_stack,
    fragments,
    is_strong,
    kind_of,
    prop,
    table_of,
    text_list,
)
from .suggestion_format import Change, change_of, really_struck


def _nfc(text: str) -> str:
    """Text typed through some input methods arrives decomposed (NFD); bodies are NFC."""
    return unicodedata.normalize("NFC", text)


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def block_runs(block: QTextBlock) -> list[Run]:
    """The inline runs of one text block."""
    runs: list[Run] = []
    for frag in fragments(block):
        if not frag.isValid():
            continue
        fmt = frag.charFormat()
        text = frag.text()
        marks = set()
        if is_strong(fmt):
            marks.add(STRONG)
        if fmt.fontItalic():
            marks.add(EM)
        if really_struck(fmt):
            marks.add(STRIKE)
        change = change_of(fmt)
        link = None
        if fmt.isAnchor() and fmt.anchorHref():
            ident = prop(fmt, P_LINK_ID)
            link = (fmt.anchorHref(), _str(prop(fmt, P_LINK_TITLE)),
                    ident if isinstance(ident, int) else 0)
        nest = _str(prop(fmt, P_NEST))
        frozen = frozenset(marks)
        if fmt.isImageFormat():
            img = fmt.toImageFormat()
            for _ in text:
                runs.append(Run("image", _str(prop(img, P_IMG_ALT)), frozen, link, nest,
                                src=_str(prop(img, P_IMG_SRC)),
                                title=_str(prop(img, P_IMG_TITLE)), change=change))
            continue
        kind = "code" if prop(fmt, P_CODE_SPAN) else "text"
        soft = bool(prop(fmt, P_SOFTBREAK))
        buf: list[str] = []
        for ch in text:
            if ch == LINE_SEPARATOR or (soft and ch == " ") or ch == OBJECT_CHAR:
                if buf:
                    runs.append(Run(kind, _nfc("".join(buf)), frozen, link, nest,
                                    change=change))
                    buf = []
                if ch != OBJECT_CHAR:
                    runs.append(Run("hardbreak" if ch == LINE_SEPARATOR else "softbreak",
                                    "", frozen, link, nest, change=change))
            else:
                buf.append(ch)
        if buf:
            runs.append(Run(kind, _nfc("".join(buf)), frozen, link, nest, change=change))
    merged = merge_runs(runs)
    out: list[Run] = []
    for run in merged:  # adjacent code spans of one format are one span
        if out and run.kind == out[-1].kind == "code" and run.same_format(out[-1]):
            out[-1].text += run.text
        else:
            out.append(run)
    return out


class _Reader:
    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc
        self.blocks: list[Block] = []
        self.items: dict[int, tuple[int, int]] = {}  # list id -> (stored, current) item
        self.ids = count(1 << 50)
        self.qt_lists: dict[int, int] = {}

    def stack_of(self, block: QTextBlock) -> tuple:
        stack = block_stack(block.blockFormat())
        qlist = text_list(block)
        if qlist is not None and not (stack and isinstance(stack[-1], ListFrame)):
            key = id(qlist)
            lid = self.qt_lists.setdefault(key, next(self.ids))
            style = qlist.format().style()
            ordered = style in (QTextListFormat.Style.ListDecimal,
                                QTextListFormat.Style.ListLowerAlpha,
                                QTextListFormat.Style.ListUpperAlpha,
                                QTextListFormat.Style.ListLowerRoman,
                                QTextListFormat.Style.ListUpperRoman)
            stack = (*stack, ListFrame(lid, 0, ordered, max(qlist.format().start(), 0), True))
        out = []
        for depth, frame in enumerate(stack):
            if isinstance(frame, ListFrame):
                current = self.items.get(frame.id)
                starts = depth == len(stack) - 1 and qlist is not None
                if starts or current is None or current[0] != frame.item:
                    current = (frame.item, next(self.ids))
                    self.items[frame.id] = current
                frame = ListFrame(frame.id, current[1], frame.ordered, frame.start, frame.tight)
            out.append(frame)
        return tuple(out)

    def run(self) -> list[Block]:
        block = self.doc.firstBlock()
        while block.isValid():
            table = table_of(block)
            if table is not None:
                block = self.table(block, table)
                continue
            fmt = block.blockFormat()
            kind = kind_of(fmt)
            stack = self.stack_of(block)
            if kind == CODE:
                block = self.code(block, stack)
                continue
            if kind in FIGURE_KINDS:
                block = self.figure(block, stack)
                continue
            if kind == HR:
                self.blocks.append(Block("hr", stack))
            elif fmt.headingLevel() > 0:
                self.blocks.append(Block("heading", stack, level=fmt.headingLevel(),
                                         runs=block_runs(block)))
            else:
                self.blocks.append(Block("paragraph", stack, runs=block_runs(block)))
            block = block.next()
        return self.blocks

    def code(self, block: QTextBlock, stack: tuple) -> QTextBlock:
        fmt = block.blockFormat()
        code_id = prop(fmt, P_CODE_ID)
        info = _str(prop(fmt, P_CODE_INFO))
        lines: list[str] = []
        empty = bool(prop(fmt, P_CODE_EMPTY))
        open_end = bool(prop(fmt, P_CODE_OPEN))
        while block.isValid():
            f = block.blockFormat()
            if kind_of(f) != CODE or prop(f, P_CODE_ID) != code_id or (
                lines and text_list(block) is not None
            ):
                break
            lines.append(block.text().replace(LINE_SEPARATOR, "\n"))
            block = block.next()
        code = None if (empty and lines == [""]) else "\n".join(lines)
        self.blocks.append(Block("code", stack, info=info, code=code, open_end=open_end))
        return block

    def figure(self, block: QTextBlock, stack: tuple) -> QTextBlock:
        fig = prop(block.blockFormat(), P_FIG_ID)
        src = None
        change: Change | None = None
        photo_block = False
        caption: list[str] = []
        credit: list[str] = []
        while block.isValid():
            f = block.blockFormat()
            kind = kind_of(f)
            if kind not in FIGURE_KINDS or prop(f, P_FIG_ID) != fig:
                break
            text = block.text().replace(OBJECT_CHAR, "")
            if kind == FIGURE:
                if photo_block:
                    break
                photo_block = True
                if OBJECT_CHAR in block.text():  # the photo is still there
                    src = _str(prop(f, P_FIG_SRC))
                    change = next((change_of(frag.charFormat()) for frag in fragments(block)
                                   if frag.isValid() and frag.charFormat().isImageFormat()),
                                  None)
                if text.strip():
                    caption.append(text)
            elif kind == CAPTION:
                caption.append(text)
            elif kind == CREDIT:
                credit.append(text)
            block = block.next()
        cap = _nfc(" ".join(t for t in caption if t).replace(LINE_SEPARATOR, "\n"))
        cred = _nfc(" ".join(t for t in credit if t).replace(LINE_SEPARATOR, " "))
        if src is None:
            for text in (cap, cred):
                if text:
                    runs: list[Run] = []
                    for n, line in enumerate(text.split("\n")):
                        runs += [Run("hardbreak")] if n else []
                        runs += [Run("text", line)] if line else []
                    self.blocks.append(Block("paragraph", stack, runs=runs))
        elif change is not None:  # a photo suggested whole: its line, caption and credit in it
            self.blocks.append(Block("paragraph", stack, runs=[Run(
                "image", cap.replace("\n", " "), src=src, title=cred, change=change)]))
        else:
            self.blocks.append(Block("figure", stack, src=src, caption=cap, credit=cred))
        return block

    def table(self, block: QTextBlock, table) -> QTextBlock:
        stack = self.stack_of(block)
        align = _str(prop(table.format(), P_TABLE_ALIGN)).split(",")
        cols = table.columns()
        align = (align + [""] * cols)[:cols]
        rows = []
        for r in range(table.rows()):
            row = []
            for c in range(cols):
                cell = table.cellAt(r, c)
                runs: list[Run] = []
                b = cell.firstCursorPosition().block()
                end = cell.lastCursorPosition().block()
                while b.isValid():
                    if runs:
                        runs.append(Run("text", " "))
                    runs.extend(block_runs(b))
                    if b == end:
                        break
                    b = b.next()
                row.append(merge_runs(runs))
            rows.append(row)
        self.blocks.append(Block("table", stack, rows=rows,
                                 align=[a if a in ("left", "center", "right") else ""
                                        for a in align]))
        last = table.lastCursorPosition().block()
        return last.next()


def read_document(doc: QTextDocument) -> list[Block]:
    return _Reader(doc).run()
