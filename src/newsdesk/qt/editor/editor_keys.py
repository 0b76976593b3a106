"""Keys of the body editor that keep its structure sound.

A figure stays one unit: Enter or Tab in the caption goes to the credit (Shift+Tab in the
credit back to the caption), Enter or Tab in the credit leaves the figure, Backspace and Delete never merge a caption, a credit or the paragraph after a
figure into another block, typing on the photo goes to its caption, and deleting the photo
(Delete before it, Backspace after it, a selection or a cut that touches it, typing over
such a selection) takes the whole figure — photo, caption and credit, one undo step. Enter after a heading starts a plain
paragraph; Enter on an empty list item or quote line leaves the list or quote; typing
right after a link, or right after a pending suggestion, does not extend it.

Enter while an input method is still composing a word (Telex, VNI) waits for the word: the
input method commits it in answer to the same key, but that commit can reach the editor after
the key itself. Handled first, the Enter would move the cursor (to the credit, out of the
figure, into a new paragraph) and the word would land there. So the Enter is replayed once
the commit has arrived, or after ``ENTER_WAIT_MS`` with the word committed by the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)

from . import commands
from .figures import delete_figure, delete_span, figure_blocks, figure_id, part, touches_figure
from .formats import CAPTION, CREDIT, FIGURE, apply_look, em_px, kind_of
from .suggestion_format import change_of, clear_change

ENTER_WAIT_MS = 300

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTextEdit as _Editor
else:
    _Editor = object


class StructureKeys(_Editor):
    """Mixin for a QTextEdit holding a body document (see module docstring)."""

    _preedit: str
    _deferred_enter: QKeyEvent | None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self._preedit:  # the word being composed first (see module docstring)
            self._deferred_enter = QKeyEvent(event.type(), key, event.modifiers(), event.text())
            QTimer.singleShot(ENTER_WAIT_MS, self._flush_deferred_enter)
            return
        cursor = self.textCursor()
        deleting = key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and \
            not event.matches(QKeySequence.StandardKey.Cut)
        typing = bool(event.text()) and (event.text().isprintable() or enter)
        if cursor.hasSelection() and event.matches(QKeySequence.StandardKey.Cut):
            self.cut()  # the editor's own cut: a figure goes whole
            return
        if cursor.hasSelection() and (typing or deleting) and self.delete_selection():
            if deleting:
                return
            cursor = self.textCursor()  # typing over the selection goes on where it was
        block = cursor.block()
        kind = kind_of(block.blockFormat())
        if kind in (FIGURE, CAPTION, CREDIT) and enter:
            self._figure_enter(block, kind)
            return
        if deleting and kind == FIGURE and not cursor.hasSelection() and (
                cursor.atBlockEnd() if key == Qt.Key.Key_Backspace else cursor.atBlockStart()):
            self.setTextCursor(delete_figure(block))  # Backspace after / Delete before the photo
            return
        if key == Qt.Key.Key_Backspace and not cursor.hasSelection() and cursor.atBlockStart():
            prev = block.previous()
            if kind in (CAPTION, CREDIT, FIGURE) or (figure_id(prev) is not None and
                                                     figure_id(block) is None):
                if not block.text() and figure_id(block) is None:
                    cursor.deleteChar() if block.next().isValid() else cursor.deletePreviousChar()
                else:
                    self.moveCursor(QTextCursor.MoveOperation.PreviousBlock)
                    self.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
                return
        if key == Qt.Key.Key_Delete and not cursor.hasSelection() and cursor.atBlockEnd():
            if kind in (FIGURE, CAPTION, CREDIT) or figure_id(block.next()) is not None:
                return
        if event.text() and event.text().isprintable():
            self._redirect_from_photo()
            self._stop_link_at_its_end()
            self.stop_change_at_its_end()
        if enter and not block.text() and not kind and commands.leave_container(
                self.document(), block):
            return  # Enter on an empty list item or quote line ends the list / quote
        heading_end = enter and block.blockFormat().headingLevel() > 0 and cursor.atBlockEnd()
        super().keyPressEvent(event)
        self._margin_at_the_ends()
        if heading_end:  # the paragraph after a heading is body text again
            commands.set_heading(self.document(), self.textCursor(), 0)
            self.setCurrentCharFormat(QTextCharFormat())

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab in a caption goes to the credit of the same photo, Tab in the credit to the
        paragraph after the figure, Shift+Tab in the credit back to the caption; anywhere
        else Tab moves on to the next field of the window."""
        cursor = self.textCursor()
        kind = kind_of(cursor.block().blockFormat())
        if not self.isReadOnly() and self.hasFocus() and not cursor.hasSelection() and (
                kind in (CAPTION, CREDIT) if next else kind == CREDIT):
            if self._preedit:
                self.commit_preedit()  # type: ignore[attr-defined]  # the word first
            block = self.textCursor().block()
            if next:
                self._figure_enter(block, kind)
            else:
                caption = part(block, CAPTION)
                if caption is None:
                    return super().focusNextPrevChild(next)
                c = QTextCursor(caption)
                c.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                self.setTextCursor(c)
            self.ensureCursorVisible()
            return True
        return super().focusNextPrevChild(next)

    def _margin_at_the_ends(self) -> None:
        """On the first (last) line of the body the view shows the document's margin above
        (below) it, as at the sides: Qt scrolls only as far as the caret's line, which left
        the first line against the top edge after Ctrl+Home."""
        cursor = self.textCursor()
        block = cursor.block()
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return
        line = layout.lineForTextPosition(cursor.positionInBlock()).lineNumber()
        bar = self.verticalScrollBar()
        if block == self.document().firstBlock() and line == 0:
            bar.setValue(bar.minimum())
        elif block == self.document().lastBlock() and line == layout.lineCount() - 1:
            bar.setValue(bar.maximum())

    def _replay_deferred_enter(self) -> None:
        """The composed word has arrived: now the Enter that was waiting for it."""
        event, self._deferred_enter = self._deferred_enter, None
        if event is not None:
            self.keyPressEvent(event)

    def _flush_deferred_enter(self) -> None:
        if self._deferred_enter is None:
            return
        self.commit_preedit()  # type: ignore[attr-defined]  # BodyEditor's; replays the Enter
        self._replay_deferred_enter()

    def _stop_link_at_its_end(self) -> None:
        """Typing right after a link does not make the link longer."""
        cursor = self.textCursor()
        fmt = cursor.charFormat()
        if cursor.hasSelection() or not fmt.isAnchor():
            return
        after = QTextCursor(cursor)
        if not cursor.atBlockEnd():
            after.movePosition(QTextCursor.MoveOperation.NextCharacter)
            if after.charFormat().isAnchor() and \
                    after.charFormat().anchorHref() == fmt.anchorHref():
                return  # inside the link: typing edits its text
        plain = QTextCharFormat(fmt)
        commands.clear_link_format(plain)
        self.setCurrentCharFormat(plain)

    def stop_change_at_its_end(self) -> None:
        """Typing right after a pending suggestion is not part of it (inside, it edits it)."""
        cursor = self.textCursor()
        fmt = cursor.charFormat()
        change = change_of(fmt)
        if cursor.hasSelection() or change is None:
            return
        if not cursor.atBlockEnd():
            after = QTextCursor(cursor)
            after.movePosition(QTextCursor.MoveOperation.NextCharacter)
            if change_of(after.charFormat()) == change:
                return
        plain = QTextCharFormat(fmt)
        clear_change(plain)
        self.setCurrentCharFormat(plain)

    def _figure_enter(self, block, kind: str) -> None:
        if kind == FIGURE:
            target = part(block, CAPTION)
        elif kind == CAPTION:
            target = part(block, CREDIT)
        else:
            target = None
        if target is None:  # leave the figure: continue in (or make) the paragraph after it
            last = figure_blocks(block)[-1]
            nxt = last.next()
            if not nxt.isValid() or figure_id(nxt) is not None or kind_of(nxt.blockFormat()):
                c = QTextCursor(last)
                c.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                fmt = QTextBlockFormat()
                apply_look(fmt, em_px(self.document()))
                c.insertBlock(fmt, QTextCharFormat())
                nxt = last.next()
            target = nxt
            c = QTextCursor(target)
        else:
            c = QTextCursor(target)
            c.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        self.setTextCursor(c)

    def _redirect_from_photo(self) -> None:
        cursor = self.textCursor()
        if kind_of(cursor.block().blockFormat()) == FIGURE and not cursor.hasSelection():
            caption = part(cursor.block(), CAPTION)
            if caption is not None:
                c = QTextCursor(caption)
                c.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                self.setTextCursor(c)

    def delete_selection(self) -> bool:
        """Delete a selection that reaches into a figure, figures whole or kept (see
        ``delete_span``). False, and nothing done, for a selection of text only: Qt's own
        editing deletes it."""
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if not cursor.hasSelection() or not touches_figure(self.document(), start, end):
            return False
        self.setTextCursor(delete_span(self.document(), start, end))
        return True
