"""What the body editor paints over its text, never part of the document or the Markdown:
the bar left of quoted blocks (one per quote level), the greyed hints of an empty body
("Write the article here…" is Qt's placeholder) and of an empty caption or credit line, and
a frame round a photo the caret stands at (a clicked photo, which Delete or Backspace takes
with its caption and credit), as word processors show a selected picture, and a change bar
in the left margin beside each line holding a pending suggestion.

Only the blocks in view are visited, so painting costs the same in a long article.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextEdit

from newsdesk.bodymodel.ir import Quote

from .formats import CAPTION, CREDIT, FIGURE, QUOTE_INDENT, block_stack, fragments, kind_of
from .suggestion_format import P_CHANGE

QUOTE_BAR = QColor("#9fb3c8")
HINT = QColor("#9a9a9a")
BAR_WIDTH = 3.0
CHANGE_BAR = QColor("#6b6b6b")
CHANGE_BAR_X = 3.0


def hint_texts() -> dict[str, str]:
    return {CAPTION: QCoreApplication.translate("BodyEditor", "Caption"),
            CREDIT: QCoreApplication.translate("BodyEditor", "Credit")}


def visible_blocks(editor: QTextEdit):
    """The blocks in view, with their rectangles in viewport coordinates."""
    doc = editor.document()
    layout = doc.documentLayout()
    dx = editor.horizontalScrollBar().value()
    dy = editor.verticalScrollBar().value()
    height = editor.viewport().height()
    block: QTextBlock = editor.cursorForPosition(QPoint(0, 0)).block()
    while block.isValid() and block.previous().isValid() and \
            layout.blockBoundingRect(block).top() - dy > 0:
        block = block.previous()
    while block.isValid():
        rect = layout.blockBoundingRect(block).translated(-dx, -dy)
        if rect.top() > height:
            break
        yield block, rect
        block = block.next()


def paint_decorations(editor: QTextEdit, painter: QPainter) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    hints = None
    layout = editor.document().documentLayout()
    dy = editor.verticalScrollBar().value()
    photo = photo_at_caret(editor)
    for block, rect in visible_blocks(editor):
        if photo is not None and block == photo:
            paint_photo_frame(editor, painter, block, rect)
        paint_change_bar(painter, block, rect)
        stack = block_stack(block.blockFormat())
        quotes = [i for i, f in enumerate(stack) if isinstance(f, Quote)]
        if quotes:
            nxt = block.next()
            joined = nxt.isValid() and any(isinstance(f, Quote) for f in
                                           block_stack(nxt.blockFormat()))
            if joined:  # one bar through the quote's paragraphs and the gaps between them
                bottom = layout.blockBoundingRect(nxt).top() - dy
            else:
                lines = block.layout()
                last = lines.lineAt(lines.lineCount() - 1) if lines.lineCount() else None
                bottom = rect.top() + (last.y() + last.height() if last else rect.height())
            for level in range(len(quotes)):
                x = rect.left() + (level + 1) * QUOTE_INDENT - BAR_WIDTH - 5
                painter.fillRect(QRectF(x, rect.top(), BAR_WIDTH, bottom - rect.top()),
                                 QUOTE_BAR)
        kind = kind_of(block.blockFormat())
        if kind in (CAPTION, CREDIT) and block.length() <= 1:
            hints = hints or hint_texts()
            cursor_rect = editor.cursorRect(QTextCursor(block))
            font = editor.font()
            font.setItalic(True)
            painter.setFont(font)
            painter.setPen(HINT)
            text = hints[kind]
            width = painter.fontMetrics().horizontalAdvance(text)
            align = block.blockFormat().alignment()
            x = cursor_rect.left() + 2
            if align & Qt.AlignmentFlag.AlignHCenter:
                x = cursor_rect.center().x() - width / 2
            elif align & Qt.AlignmentFlag.AlignRight:
                x = cursor_rect.left() - width
            box = QRectF(x, cursor_rect.top(), width + 2, cursor_rect.height())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter), text)
    painter.restore()


def paint_change_bar(painter: QPainter, block: QTextBlock, rect: QRectF) -> None:
    """A bar beside each line of ``block`` that holds part of a pending suggestion."""
    lines = block.layout()
    for frag in fragments(block):
        if not frag.charFormat().hasProperty(P_CHANGE):
            continue
        start = frag.position() - block.position()
        first = lines.lineForTextPosition(start)
        last = lines.lineForTextPosition(start + max(frag.length() - 1, 0))
        if not first.isValid() or not last.isValid():
            continue
        top, bottom = first.y(), last.y() + last.height()
        painter.fillRect(QRectF(CHANGE_BAR_X, rect.top() + top,
                                2.0, bottom - top), CHANGE_BAR)


def photo_at_caret(editor: QTextEdit) -> QTextBlock | None:
    """The photo's block when the caret stands at a photo with nothing selected (a click on
    the photo puts it there), else None."""
    cursor = editor.textCursor()
    if cursor.hasSelection() or not editor.hasFocus():
        return None
    block = cursor.block()
    return block if kind_of(block.blockFormat()) == FIGURE else None


def paint_photo_frame(editor: QTextEdit, painter: QPainter, block: QTextBlock,
                      rect: QRectF) -> None:
    lines = block.layout()
    if not lines.lineCount():
        return
    photo = lines.lineAt(0).naturalTextRect().translated(rect.topLeft())
    pen = QPen(editor.palette().highlight().color(), 3)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(photo.adjusted(-2, -2, 2, 2))
