"""The red wave under misspelt words: in the body and the sapo (extra selections of their
QTextEdit / QPlainTextEdit) and in the headline (``SpellLineEdit`` paints it).

Nothing here checks a word: ``DocumentMarks`` and ``LineMarks`` ask the ``SpellService`` for
the results of each paragraph an edit touched (queued for the worker when not known) and
paint what is known when it says ``checked``. Extra selections follow the text as it is
edited and never touch the document, so painting changes nothing a save or an undo sees.
The marks of the find bar and of comments are kept as they are.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QInputMethodEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

if TYPE_CHECKING:
    from newsdesk.services.spelling import Misspelling

    from .spelling import SpellService

P_SPELL_MARK = int(QTextFormat.Property.UserProperty) + 42  # tells our extra selections apart
WAVE = QColor(220, 30, 30)
NEAR_SCREEN = 4000  # characters above and below the screen whose waves are kept ready


def wave_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(WAVE)
    fmt.setProperty(P_SPELL_MARK, True)
    return fmt


class DocumentMarks(QObject):
    """Underlines in one text editor (the body or the sapo)."""

    def __init__(self, service: SpellService, editor: QTextEdit | QPlainTextEdit) -> None:
        super().__init__(editor)
        self.service = service
        self.editor = editor
        self._document: QTextDocument | None = None
        self.marked: list[tuple[int, int, str]] = []  # (start, end, word) in the document
        self._dirty: set[int] = set()  # numbers of the blocks changed since the last check
        self._waves: list = []  # every wave of the document (QTextEdit.ExtraSelection)
        self._shown: list[int] | None = None  # which of them the editor has now
        service.checked.connect(self.repaint)
        service.add_source(self._changed_texts)
        editor.verticalScrollBar().valueChanged.connect(self.show_visible)
        editor.viewport().installEventFilter(self)  # a taller window shows more of the text
        self.attach()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.show_visible()
        return False

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
        fmt = wave_format()
        ours = []
        marked = []
        if self.service.active:
            for block in _blocks(doc):
                found = self.service.results(block.text()) if block.length() > 1 else ()
                if found is None:
                    self._dirty.add(block.blockNumber())  # checked when the typing pauses
                    continue
                for item in found:
                    start = block.position() + item.start
                    selection = QTextEdit.ExtraSelection()
                    cursor = QTextCursor(doc)
                    cursor.setPosition(start)
                    cursor.setPosition(block.position() + item.end,
                                       QTextCursor.MoveMode.KeepAnchor)
                    selection.cursor = cursor
                    selection.format = fmt
                    ours.append(selection)
                    marked.append((start, block.position() + item.end, item.word))
        if self._dirty:
            self.service.poke()  # paragraphs not known yet: checked once the typing pauses
        if marked == self.marked:
            return  # the same words in the same places: nothing to repaint
        self.marked = marked
        self._waves = ours
        self._shown = None
        self.show_visible()

    def show_visible(self, *_: object) -> None:
        """Give the editor the waves on and near the screen only: Qt weighs every extra
        selection against every block it paints, so 200 marks in a long article slowed each
        keystroke's repaint; the document's cursors keep all of them in place meanwhile."""
        editor = self.editor
        viewport = editor.viewport().rect()
        top = editor.cursorForPosition(viewport.topLeft()).position() - NEAR_SCREEN
        bottom = editor.cursorForPosition(viewport.bottomRight()).position() + NEAR_SCREEN
        near = [s for s in self._waves
                if s.cursor.selectionEnd() >= top and s.cursor.selectionStart() <= bottom]
        key = [id(s) for s in near]
        if key == self._shown:
            return
        self._shown = key
        others = [s for s in editor.extraSelections() if not s.format.hasProperty(P_SPELL_MARK)]
        editor.setExtraSelections([*others, *near])


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
