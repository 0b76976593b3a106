"""``ir.Block`` list → QTextDocument (see ``formats`` for how structure is stored).

Figures get their photo as a document resource through an image loader callback
(path → bytes | None, see ``photos``); a missing or unreadable photo shows a placeholder.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextList,
    QTextListFormat,
    QTextTableFormat,
)

from newsdesk.bodymodel.ir import EM, STRIKE, STRONG, Block, ListFrame, Run

from .formats import (
    CAPTION,
    CODE,
    CREDIT,
    FIGURE,
    HR,
    LINE_SEPARATOR,
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
    P_KIND,
    P_NEST,
    P_SOFTBREAK,
    P_TABLE_ALIGN,
    apply_look,
    apply_stack_display,
    caption_char_format,
    code_char_format,
    credit_char_format,
    em_px,
    heading_char_format,
    link_display,
    new_id,
    set_strong,
)
from .photo_resources import DEFAULT_IMAGE_WIDTH, ImageLoader, PhotoDecoder, load_image
from .suggestion_format import Change, apply_change


def run_format(run: Run, base: QTextCharFormat | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
    if STRONG in run.marks:
        set_strong(fmt, True)
    if EM in run.marks:
        fmt.setFontItalic(True)
    if STRIKE in run.marks:
        fmt.setFontStrikeOut(True)
    if run.link is not None:
        link_display(fmt, *run.link)
    if run.nest:
        fmt.setProperty(P_NEST, run.nest)
    if run.kind == "code":
        fmt.merge(code_char_format())
        fmt.setProperty(P_CODE_SPAN, True)
    if run.kind == "softbreak":
        fmt.setProperty(P_SOFTBREAK, True)
    if run.change is not None:
        apply_change(fmt, run.change)
    return fmt


def insert_runs(cursor: QTextCursor, runs: list[Run], base: QTextCharFormat | None = None,
                loader: ImageLoader | None = None) -> None:
    for run in runs:
        fmt = run_format(run, base)
        if run.kind in ("text", "code"):
            cursor.insertText(run.text.replace("\n", " "), fmt)
        elif run.kind == "softbreak":
            cursor.insertText(" ", fmt)
        elif run.kind == "hardbreak":
            cursor.insertText(LINE_SEPARATOR, fmt)
        elif run.kind == "image":
            img = load_image(cursor.document(), run.src, loader)
            img.merge(fmt)
            img.setProperty(P_IMG_SRC, run.src)
            img.setProperty(P_IMG_ALT, run.text)
            img.setProperty(P_IMG_TITLE, run.title)
            cursor.insertImage(img)


class _Builder:
    def __init__(self, doc: QTextDocument, loader: ImageLoader | None) -> None:
        self.doc = doc
        self.loader = loader
        self.cursor = QTextCursor(doc)
        self.reuse = True  # the next block may fill the current empty block
        self.lists: dict[int, QTextList] = {}
        self.max_width = DEFAULT_IMAGE_WIDTH
        self.decoder: PhotoDecoder | None = None  # decode photos in the background
        self.em = em_px(doc)

    def block(self, stack, kind: str = "", char: QTextCharFormat | None = None,
              props: dict[int, object] | None = None, level: int = 0) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        apply_stack_display(fmt, stack)
        apply_look(fmt, self.em, kind, level, stack)
        if kind:
            fmt.setProperty(P_KIND, kind)
        for key, value in (props or {}).items():
            fmt.setProperty(key, value)
        char = char or QTextCharFormat()
        if self.reuse:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(char)
            self.cursor.setCharFormat(char)
            self.reuse = False
        else:
            self.cursor.insertBlock(fmt, char)
        return fmt

    def list_membership(self, block: Block) -> None:
        frame = block.stack[-1] if block.stack else None
        if not isinstance(frame, ListFrame) or not block.item_start:
            return
        qlist = self.lists.get(frame.id)
        if qlist is None:
            lf = QTextListFormat()
            lf.setStyle(QTextListFormat.Style.ListDecimal if frame.ordered
                        else QTextListFormat.Style.ListDisc)
            lf.setStart(frame.start)
            lf.setIndent(sum(isinstance(f, ListFrame) for f in block.stack))
            qlist = self.cursor.createList(lf)
            self.lists[frame.id] = qlist
        else:
            qlist.add(self.cursor.block())

    def add(self, block: Block) -> None:
        kind, stack = block.kind, block.stack
        if kind == "paragraph" and _suggested_photo(block):
            photo = block.runs[0]
            self.figure(Block("figure", stack, item_start=block.item_start, src=photo.src,
                              caption=photo.text, credit=photo.title), photo.change)
            return
        if kind == "paragraph":
            self.block(stack)
            insert_runs(self.cursor, block.runs, loader=self.loader)
        elif kind == "heading":
            char = heading_char_format(block.level)
            fmt = self.block(stack, char=char, level=block.level)
            fmt.setHeadingLevel(block.level)
            self.cursor.setBlockFormat(fmt)
            insert_runs(self.cursor, block.runs, char, self.loader)
        elif kind == "code":
            code_id = new_id()
            lines = [""] if block.code is None else block.code.split("\n")
            for n, line in enumerate(lines):
                fmt = self.block(stack, CODE, code_char_format(), {P_CODE_ID: code_id,
                                 P_CODE_INFO: block.info, P_CODE_EMPTY: block.code is None,
                                 P_CODE_OPEN: block.open_end})
                fmt.setNonBreakableLines(True)
                fmt.setBackground(QColor("#f3f3f3"))
                self.cursor.setBlockFormat(fmt)
                if n == 0:
                    self.list_membership(block)
                self.cursor.insertText(line, code_char_format())
            return
        elif kind == "hr":
            fmt = self.block(stack, HR)
            fmt.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                            QTextLength(QTextLength.Type.PercentageLength, 100))
            self.cursor.setBlockFormat(fmt)
        elif kind == "figure":
            self.figure(block)
            return
        elif kind == "table":
            self.table(block)
            return
        self.list_membership(block)

    def figure(self, block: Block, change: Change | None = None) -> None:
        """Photo, caption and credit; ``change``: the figure is that suggestion (a photo
        added or removed whole), each of its three parts marked with it."""
        fig = new_id()
        fmt = self.block(block.stack, FIGURE, props={P_FIG_ID: fig, P_FIG_SRC: block.src})
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.cursor.setBlockFormat(fmt)
        self.list_membership(block)
        image = load_image(self.doc, block.src, self.loader, self.max_width, self.decoder)
        if change is not None:  # the photo as the Markdown reader gives it: a photo run
            apply_change(image, change)
            image.setProperty(P_IMG_SRC, block.src)
            image.setProperty(P_IMG_ALT, block.caption)
            image.setProperty(P_IMG_TITLE, block.credit)
        self.cursor.insertImage(image)
        cap = caption_char_format()
        if change is not None:
            apply_change(cap, change)
        fmt = self.block(block.stack, CAPTION, cap, {P_FIG_ID: fig})
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.cursor.setBlockFormat(fmt)
        self.cursor.insertText(block.caption.replace("\n", LINE_SEPARATOR), cap)
        credit = credit_char_format()
        if change is not None:
            apply_change(credit, change)
        fmt = self.block(block.stack, CREDIT, credit, {P_FIG_ID: fig})
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)  # under the photo, whatever its width
        self.cursor.setBlockFormat(fmt)
        self.cursor.insertText(block.credit.replace("\n", " "), credit)

    def table(self, block: Block) -> None:
        self.block(block.stack)  # cells cannot be list items: the item is known by its id
        rows, cols = len(block.rows), max(len(block.align), 1)
        tf = QTextTableFormat()
        tf.setHeaderRowCount(1)
        tf.setBorder(1)
        tf.setCellPadding(3)
        tf.setCellSpacing(0)
        tf.setProperty(P_TABLE_ALIGN, ",".join(block.align))
        table = self.cursor.insertTable(rows, cols, tf)
        for r, row in enumerate(block.rows):
            for c in range(cols):
                cursor = table.cellAt(r, c).firstCursorPosition()
                bf = QTextBlockFormat()
                apply_stack_display(bf, block.stack)
                bf.setIndent(0)
                align = block.align[c] if c < len(block.align) else ""
                bf.setAlignment({"center": Qt.AlignmentFlag.AlignHCenter,
                                 "right": Qt.AlignmentFlag.AlignRight}.get(
                                     align, Qt.AlignmentFlag.AlignLeft))
                cursor.setBlockFormat(bf)
                if r == 0:
                    cell = table.cellAt(r, c)
                    cf = cell.format()
                    cf.setBackground(QColor("#eeeeee"))
                    cell.setFormat(cf)
                insert_runs(cursor, row[c] if c < len(row) else [], None, self.loader)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.reuse = True


def _suggested_photo(block: Block) -> bool:
    """A paragraph that is one photo suggested whole (added or removed): shown as a figure."""
    if len(block.runs) != 1:
        return False
    run = block.runs[0]
    return run.kind == "image" and run.change is not None and run.link is None \
        and not run.marks and run.change[0] in ("insert", "delete") and bool(run.src)


def build_document(blocks: list[Block], loader: ImageLoader | None = None,
                   doc: QTextDocument | None = None,
                   max_width: int = DEFAULT_IMAGE_WIDTH,
                   decoder: PhotoDecoder | None = None) -> QTextDocument:
    doc = doc if doc is not None else QTextDocument()
    doc.clear()
    builder = _Builder(doc, loader)
    builder.max_width = max_width
    builder.decoder = decoder
    for block in blocks:
        builder.add(block)
    if not blocks:
        builder.block(())  # the empty body's one paragraph gets the reading layout too
    doc.setModified(False)
    return doc
