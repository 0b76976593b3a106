"""The red wave under misspelt words: in the body and the sapo (a ``WaveOverlay`` over their
QTextEdit / QPlainTextEdit) and in the headline (``SpellLineEdit`` paints it).

Nothing here checks a word: ``DocumentMarks`` and ``LineMarks`` ask the ``SpellService`` for
the results of each paragraph an edit touched (queued for the worker when not known) and
paint what is known when it says ``checked``. The waves are text cursors that follow the text
as it is edited and are painted over it; they never touch the document, so painting changes
nothing a save or an undo sees, and the editor's own extra selections (the find bar's and the
comments' marks) are left alone.
"""

from __future__ import annotations

import bisect
import unicodedata
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QInputMethodEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextLine,
)
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

if TYPE_CHECKING:
    from newsdesk.services.spelling import Misspelling

    from .spelling import SpellService

WAVE = QColor(220, 30, 30)


class DocumentMarks(QObject):
    """Underlines in one text editor (the body or the sapo).

    The waves are painted over the text by ``WaveDrawing`` (with the body editor's own painter,
    or a ``WaveOverlay`` widget over the sapo), not given to the editor as extra selections:
    Qt paints a line holding an extra selection in several passes, which made each
    keystroke's repaint of a long article slower with checking on. Each wave is a
    ``QTextCursor`` on the document, so it follows the text as it is edited."""

    def __init__(self, service: SpellService, editor: QTextEdit | QPlainTextEdit) -> None:
        super().__init__(editor)
        self.service = service
        self.editor = editor
        self._document: QTextDocument | None = None
        self.marked: list[tuple[int, int, str]] = []  # (start, end, word) in the document
        self._dirty: set[int] = set()  # numbers of the blocks changed since the last check
        self.waves: list[QTextCursor] = []  # every wave of the document, in text order
        self.drawing = WaveDrawing(self)
        hooks = getattr(editor, "overlay_painters", None)
        if hooks is not None:  # the body: drawn with the editor's own painter, no widget
            hooks.append(self.drawing.paint)
            self._repaint_target: QWidget = editor.viewport()
        else:
            self._repaint_target = WaveOverlay(editor, self.drawing)
        service.checked.connect(self.repaint)
        service.add_source(self._changed_texts)
        self.attach()

    def attach(self) -> None:
        """Follow the editor's document (again, after it was replaced) and queue its text."""
        doc = self.editor.document()
        if doc is not self._document:
            if self._document is not None:
                try:
                    self._document.contentsChange.disconnect(self._changed)
                except (RuntimeError, TypeError):
                    pass
            self._document = doc
            doc.contentsChange.connect(self._changed)
        self.service.request([block.text() for block in _blocks(doc)])
        self.repaint()

    def _changed(self, position: int, _removed: int, added: int) -> None:
        """A keystroke: note the paragraphs it touched, nothing more."""
        doc = self.editor.document()
        first = doc.findBlock(position).blockNumber()
        last = doc.findBlock(position + added).blockNumber()
        self._dirty.update(range(max(first, 0), max(first, last) + 1))
        self.service.poke()

    def _changed_texts(self) -> list[str]:
        doc = self.editor.document()
        dirty, self._dirty = self._dirty, set()
        blocks = (doc.findBlockByNumber(n) for n in sorted(dirty))
        return [block.text() for block in blocks if block.isValid()]

    def misspelling_at(self, cursor: QTextCursor) -> tuple[QTextBlock, Misspelling] | None:
        block = cursor.block()
        found = self.service.results(block.text()) or ()
        at = cursor.positionInBlock()
        for item in found:
            if item.start <= at <= item.end:
                return block, item
        return None

    def repaint(self) -> None:
        doc = self.editor.document()
        waves = []
        marked = []
        if self.service.active:
            for block in _blocks(doc):
                found = self.service.results(block.text()) if block.length() > 1 else ()
                if found is None:
                    self._dirty.add(block.blockNumber())  # checked when the typing pauses
                    continue
                for item in found:
                    start, end = block.position() + item.start, block.position() + item.end
                    cursor = QTextCursor(doc)
                    cursor.setPosition(start)
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    waves.append(cursor)
                    marked.append((start, end, item.word))
        if self._dirty:
            self.service.poke()  # paragraphs not known yet: checked once the typing pauses
        if marked == self.marked:
            return  # the same words in the same places: nothing to repaint
        self.marked = marked
        self.waves = waves
        self._repaint_target.update()

    def in_range(self, first: int, last: int) -> list[QTextCursor]:
        """The waves touching document positions ``first``…``last``. Edits move the cursors
        but never reorder them, so the list stays sorted and can be bisected."""
        waves = self.waves
        low = bisect.bisect_left(waves, first, key=QTextCursor.selectionEnd)
        high = bisect.bisect_right(waves, last, key=QTextCursor.selectionStart)
        return waves[low:high]


class WaveDrawing:
    """Paints the waves of the words in the region Qt repaints, and nothing else: a keystroke
    repaints its own paragraph, so it costs the waves of that paragraph, however many the
    article holds. ``painted`` keeps the waves of the last paint (start, end)."""

    def __init__(self, marks: DocumentMarks) -> None:
        self.marks = marks
        self.painted: list[tuple[int, int]] = []

    def paint(self, painter: QPainter, region: QRect) -> None:
        marks = self.marks
        self.painted = []
        if not marks.waves:
            return
        editor = marks.editor
        if isinstance(editor, QPlainTextEdit):
            offset = editor.contentOffset()

            def block_rect(block: QTextBlock) -> QRectF:
                return editor.blockBoundingGeometry(block).translated(offset)
        else:
            doc = editor.document()
            layout, root = doc.documentLayout(), doc.rootFrame()
            dx, dy = -editor.horizontalScrollBar().value(), -editor.verticalScrollBar().value()

            def block_rect(block: QTextBlock) -> QRectF:
                lines = block.layout()
                if doc.frameAt(block.position()) == root:  # not in a table: where the paint
                    # that just ran laid it out (blockBoundingRect would first make sure the
                    # whole document above is laid out again after an edit)
                    return lines.boundingRect().translated(lines.position()).translated(dx, dy)
                return layout.blockBoundingRect(block).translated(dx, dy)

        top, bottom = region.top(), region.bottom() + 1
        block = editor.textCursor().block()  # a keystroke repaints the caret's paragraph
        rect = block_rect(block)
        first_found = False
        if rect.top() < bottom and rect.bottom() > top:
            for _ in range(4):  # and maybe a paragraph or two above it
                above = block.previous()
                if not above.isValid():
                    first_found = True
                    break
                above_rect = block_rect(above)
                if above_rect.bottom() <= top:
                    first_found = True
                    break
                block, rect = above, above_rect
        if not first_found:  # a scroll, a resize, a paint elsewhere
            block = editor.cursorForPosition(region.topLeft()).block()
            rect = block_rect(block)
        brush = wave_brush(painter.device().devicePixelRatioF())
        while True:  # the paragraphs in the repainted region, top to bottom
            position = block.position()
            waves = marks.in_range(position, position + block.length() - 1)
            if waves:
                self._paint_block(painter, brush, block, rect, waves)
            block = block.next()
            if not block.isValid():
                break
            rect = block_rect(block)
            if rect.top() >= bottom:
                break

    def _paint_block(self, painter: QPainter, brush: QBrush, block: QTextBlock, rect: QRectF,
                     waves: list[QTextCursor]) -> None:
        """The waves of one paragraph: its lines are read once, each wave costs its two ends
        (a keystroke repaints its whole paragraph, waves and all)."""
        layout = block.layout()
        position = block.position()
        length = block.length() - 1
        lines = [layout.lineAt(n) for n in range(layout.lineCount())]
        if not lines:
            return
        starts = [line.textStart() for line in lines]
        tops: dict[int, float] = {}  # line number → the top of its waves (read when needed)
        left = rect.left()
        painted = self.painted

        origin = [float("nan")]  # the wave tile's top as last set on the painter

        def span(number: int, x0: float, x1: float) -> None:
            top = tops.get(number)
            if top is None:
                line = lines[number]
                top = tops[number] = rect.top() + line.y() + line.height() - WAVE_HEIGHT
            if top != origin[0]:
                origin[0] = top
                painter.setBrushOrigin(QPointF(0, top))  # the tile's rows on the line's
            painter.fillRect(QRectF(left + x0, top, x1 - x0, WAVE_HEIGHT), brush)

        for wave in waves:
            start = max(wave.selectionStart() - position, 0)
            end = min(wave.selectionEnd() - position, length)
            if end <= start:
                continue
            first = bisect.bisect_right(starts, start) - 1
            last = bisect.bisect_right(starts, end - 1) - 1
            if first < 0:
                continue
            line = lines[first]
            if first == last:
                span(first, _x(line, start), _x(line, end))
            else:  # a word broken over two lines (a very long one)
                span(first, _x(line, start), line.x() + line.naturalTextWidth())
                span(last, lines[last].x(), _x(lines[last], end))
            painted.append((position + start, position + end))


def _x(line: QTextLine, position: int) -> float:
    """The x of the gap before ``position`` on ``line`` (PySide returns it with the position)."""
    return cast("tuple[float, int]", line.cursorToX(position))[0]


class WaveOverlay(QWidget):
    """For an editor that does not take painters of its own (the sapo): a see-through widget
    over its viewport that draws the waves. It is the viewport's sibling, so scrolling (which
    moves the viewport's children) leaves it in place; clicks, drops and tooltips pass
    through to the editor."""

    def __init__(self, editor: QTextEdit | QPlainTextEdit, drawing: WaveDrawing) -> None:
        super().__init__(editor)
        self.drawing = drawing
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        viewport = editor.viewport()
        self.setGeometry(viewport.geometry())
        viewport.installEventFilter(self)
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self.setGeometry(self.drawing.marks.editor.viewport().geometry())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.drawing.marks.waves:
            painter = QPainter(self)
            self.drawing.paint(painter, event.rect())
            painter.end()


WAVE_HEIGHT = 3
_brushes: dict[float, QBrush] = {}


def wave_brush(ratio: float) -> QBrush:
    """A tile of the red wave (the look of Qt's spell-check underline), made once per
    device pixel ratio."""
    brush = _brushes.get(ratio)
    if brush is None:
        period = 4
        image = QPixmap(int(period * ratio), int(WAVE_HEIGHT * ratio))
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(WAVE, 1.0))
        path = QPainterPath(QPointF(0, WAVE_HEIGHT - 0.5))
        path.lineTo(QPointF(period / 2, 0.5))
        path.lineTo(QPointF(period, WAVE_HEIGHT - 0.5))
        painter.drawPath(path)
        painter.end()
        brush = _brushes[ratio] = QBrush(image)
    return brush


def _blocks(doc: QTextDocument):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


class SpellLineEdit(QLineEdit):
    """A QLineEdit that paints a red wave under ``marks`` (start, end) of its text; nothing
    while an input method is composing (the composed text shifts the characters)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: list[tuple[int, int]] = []
        self._composing = False

    def set_marks(self, marks: list[tuple[int, int]]) -> None:
        if marks != self.marks:
            self.marks = marks
            self.update()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        super().inputMethodEvent(event)
        self._composing = bool(event.preeditString())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Left, a headline longer than the box shows its start ("Hà Nội khánh thành…"),
        not the middle its caret left in view; a selection (a comment's words) stays."""
        super().focusOutEvent(event)
        # (not for a menu or another window: the caret is where it was when the user is back)
        kept = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
        if not self.hasSelectedText() and event.reason() not in kept:
            self.setCursorPosition(0)

    def x_of(self, index: int) -> float:
        """The x of the gap before character ``index``, in widget coordinates."""
        metrics = QFontMetricsF(self.font())
        text = self.displayText()
        here = self.cursorPosition()
        return (self.cursorRect().center().x() + metrics.horizontalAdvance(text[:index])
                - metrics.horizontalAdvance(text[:here]))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.marks or self._composing or self.echoMode() != QLineEdit.EchoMode.Normal:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(WAVE, 1.0, Qt.PenStyle.SolidLine))
        painter.setClipRect(self.contentsRect())
        y = self.cursorRect().bottom() - 1.5
        for start, end in self.marks:
            left, right = self.x_of(start), self.x_of(end)
            path = QPainterPath(QPointF(left, y))
            x, up = left, True
            while x < right:
                x = min(right, x + 2.0)
                path.lineTo(QPointF(x, y - 1.5 if up else y + 0.5))
                up = not up
            painter.drawPath(path)
        painter.end()


class LineMarks(QObject):
    """Underlines in the headline."""

    def __init__(self, service: SpellService, edit: SpellLineEdit) -> None:
        super().__init__(edit)
        self.service = service
        self.edit = edit
        self._dirty = False
        edit.textChanged.connect(self._edited)
        service.checked.connect(self.repaint)
        service.add_source(self._changed_texts)

    def _edited(self, _text: str) -> None:
        self._dirty = True
        self.service.poke()
        self.repaint()

    def _changed_texts(self) -> list[str]:
        dirty, self._dirty = self._dirty, False
        return [self.edit.text()] if dirty else []

    def misspelling_at(self, position: int) -> Misspelling | None:
        for item in self.service.results(self.edit.text()) or ():
            if item.start <= position <= item.end:
                return item
        return None

    def repaint(self, *_: object) -> None:
        text = self.edit.text()
        found = self.service.results(text) if self.service.active else ()
        if found is None:  # not checked yet: keep the marks whose word is still there
            self._dirty = True
            kept = [(s, e) for s, e in self.edit.marks
                    if unicodedata.normalize("NFC", text[s:e]).isalpha() and e <= len(text)]
            self.edit.set_marks(kept)
            return
        self.edit.set_marks([(m.start, m.end) for m in found])
