"""Suggest mode of the body editor: edits become pending suggestions by the user.

With ``suggesting`` on, what is typed (keys, an input method's commit, a paste) goes in as an
insertion attributed to ``suggester`` (the Preferences name and initials, the time of the
first key); typing on from the end of one's own insertion makes it longer. Backspace and
Delete (also by word, and on a selection, and Cut) mark text as a suggested deletion instead
of removing it — the caret moves over it, and one's own inserted text simply goes. Typing
over a selection in one paragraph suggests a replacement. Text already marked deleted is
stepped over, never typed into; what is typed right after one's own deletion is a
replacement with it ("lửa" deleted, then "9" typed: one suggestion "lửa → 9"). Suggestions stay within one paragraph: Backspace at a
paragraph's start does nothing, and in code blocks and photo captions and credits nothing is
suggested (``refused`` says why) — but for the caption and credit of a photo suggested for
insertion: what is typed there is part of that suggestion. Enter and formatting are ordinary edits, never
suggestions. Every step is one undo step; the Markdown follows from the character formats
(``suggestion_format``), so autosave needs nothing special.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
)

from newsdesk.domain.critic import attribution, parse_attribution
from newsdesk.domain.suggestions import new_id

from .figures import part
from .formats import CAPTION, CODE, CREDIT, FIGURE, fragments, kind_of
from .suggestion_format import Change, apply_change, change_of, clear_change

if TYPE_CHECKING:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QTextEdit as _Editor
else:
    _Editor = object

_UIDS = iter(range(1 << 30, 1 << 62))
NOT_HERE = (CODE, FIGURE, CAPTION, CREDIT)
_DELETES = {
    QKeySequence.StandardKey.DeleteStartOfWord: QTextCursor.MoveOperation.PreviousWord,
    QKeySequence.StandardKey.DeleteEndOfWord: QTextCursor.MoveOperation.NextWord,
}


class SuggestKeys(_Editor):
    """Mixin for the body editor: suggest mode (see module docstring)."""

    suggesting = False
    suggester: Callable[[], tuple[str, str]] = staticmethod(lambda: ("", ""))  # name, initials

    if TYPE_CHECKING:
        refused: Signal
        _preedit: str

    # -- a new suggestion -----------------------------------------------------------------------
    def _new_change(self, kind: str, part: str) -> Change:
        name, initials = self.suggester()
        at = datetime.now(UTC).isoformat(timespec="seconds")
        return kind, part, attribution(new_id(), name, initials, at), next(_UIDS)

    def _mine(self, change: Change | None, part: str) -> bool:
        return change is not None and change[1] == part and \
            parse_attribution(change[2]).get("by", "") == self.suggester()[0]

    def _refuse_here(self, cursor: QTextCursor) -> bool:
        kind = kind_of(cursor.block().blockFormat())
        if kind in NOT_HERE and self._suggested_figure(cursor.block()) is None:
            self.refused.emit(QCoreApplication.translate(
                "BodyEditor", "Suggestions can be made in the text, not in code blocks or a "
                "photo's caption or credit. Turn off Suggest changes to edit here."))
            return True
        return False

    @staticmethod
    def _suggested_figure(block) -> Change | None:
        """The insertion that the figure of ``block`` (its caption or credit) is: what is
        typed there is part of it. None elsewhere."""
        if kind_of(block.blockFormat()) not in (CAPTION, CREDIT):
            return None
        photo = part(block, FIGURE)
        if photo is None:
            return None
        for frag in fragments(photo):
            if frag.isValid() and frag.charFormat().isImageFormat():
                change = change_of(frag.charFormat())
                return change if change is not None and change[1] == "new" else None
        return None

    # -- keys -----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.suggesting or self.isReadOnly():
            super().keyPressEvent(event)
            return
        key = event.key()
        cursor = self.textCursor()
        if event.matches(QKeySequence.StandardKey.Cut):
            self.cut()
            return
        for sequence, move in _DELETES.items():
            if event.matches(sequence):
                if not cursor.hasSelection():
                    cursor.movePosition(move, QTextCursor.MoveMode.KeepAnchor)
                self._suggest_delete(cursor, forward=move == QTextCursor.MoveOperation.NextWord)
                return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            forward = key == Qt.Key.Key_Delete
            if not cursor.hasSelection():
                cursor.movePosition(QTextCursor.MoveOperation.NextCharacter if forward
                                    else QTextCursor.MoveOperation.PreviousCharacter,
                                    QTextCursor.MoveMode.KeepAnchor)
            self._suggest_delete(cursor, forward)
            return
        text = event.text()
        if text and text.isprintable():
            if self._prepare_typing():
                super().keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if self.suggesting and not self.isReadOnly() and not self._preedit and (
                event.commitString() or event.preeditString()):
            if not self._prepare_typing():
                return
        super().inputMethodEvent(event)

    def stop_change_at_its_end(self) -> None:
        if not self.suggesting:
            super().stop_change_at_its_end()  # type: ignore[misc]

    # -- typing ---------------------------------------------------------------------------------
    def _prepare_typing(self) -> bool:
        """Get the caret ready for typed text: a selection marked deleted (the text typed
        then replaces it), the caret out of deleted text, the insertion's format set. False
        when nothing may be typed here."""
        cursor = self.textCursor()
        if self._refuse_here(cursor):
            return False
        old: Change | None = None
        if cursor.hasSelection():
            one_block = cursor.document().findBlock(cursor.selectionStart()) == \
                cursor.document().findBlock(cursor.selectionEnd())
            old = self._mark_deleted(cursor, as_replace=one_block)
            cursor = self.textCursor()
        moved = self._out_of_deletion(self._past_own_deletion(cursor) if old is None
                                      else cursor)
        if moved.position() != cursor.position() or old is not None:
            self.setTextCursor(moved)
        cursor = moved
        figure = self._suggested_figure(cursor.block())
        if figure is not None:  # the caption or credit of a photo suggested: part of it
            fmt = QTextCharFormat(cursor.block().charFormat())
            clear_change(fmt)
            apply_change(fmt, figure)
            self.setCurrentCharFormat(fmt)
            return True
        before = change_of(cursor.charFormat()) if cursor.positionInBlock() else None
        if old is None and self._mine(before, "new") and \
                change_of(self.currentCharFormat()) == before:
            return True  # typing on at the end of one's own insertion: its format goes on
        if old is None and self._mine(before, "old") and before is not None \
                and before[0] == "delete":
            old = self._as_replacement(cursor, before)  # typing right after one's deletion
        if old is not None:
            change = ("replace", "new", old[2], old[3])
        elif self._mine(before, "new"):
            assert before is not None
            change = before
        else:
            change = self._new_change("insert", "new")
        fmt = QTextCharFormat(cursor.charFormat())
        clear_change(fmt)
        apply_change(fmt, change)
        self.setCurrentCharFormat(fmt)
        return True

    def _past_own_deletion(self, cursor: QTextCursor) -> QTextCursor:
        """The caret at the start of one's own deletion (where Backspace leaves it) goes to
        its end: what is typed there then replaces the deleted text."""
        if cursor.hasSelection() or cursor.atBlockEnd():
            return cursor
        after = QTextCursor(cursor)
        after.movePosition(QTextCursor.MoveOperation.NextCharacter)
        ahead = change_of(after.charFormat())
        here = change_of(cursor.charFormat()) if cursor.positionInBlock() else None
        if ahead is None or ahead == here or ahead[0] != "delete" or \
                not self._mine(ahead, "old"):
            return cursor
        while not after.atBlockEnd():
            probe = QTextCursor(after)
            probe.movePosition(QTextCursor.MoveOperation.NextCharacter)
            if change_of(probe.charFormat()) != ahead:
                break
            after = probe
        return after

    def _as_replacement(self, cursor: QTextCursor, deletion: Change) -> Change:
        """One's own deletion that ends at ``cursor`` made the old text of a replacement, for
        the text typed there to be its new text (one suggestion, "lửa → 9", not two)."""
        change: Change = ("replace", "old", deletion[2], deletion[3])
        edit = QTextCursor(cursor.document())
        for frag in list(fragments(cursor.block())):
            if change_of(frag.charFormat()) != deletion:
                continue
            fmt = QTextCharFormat(frag.charFormat())
            clear_change(fmt)
            apply_change(fmt, change)
            edit.setPosition(frag.position())
            edit.setPosition(frag.position() + frag.length(), QTextCursor.MoveMode.KeepAnchor)
            edit.setCharFormat(fmt)
        return change

    def _out_of_deletion(self, cursor: QTextCursor) -> QTextCursor:
        """Typing never lands inside text marked deleted: the caret goes to its end."""
        cursor.clearSelection()
        while not cursor.atBlockEnd():
            after = QTextCursor(cursor)
            after.movePosition(QTextCursor.MoveOperation.NextCharacter)
            change = change_of(after.charFormat())
            before = change_of(cursor.charFormat()) if cursor.positionInBlock() else None
            if change is None or change[1] != "old" or before is None or before != change:
                break
            cursor = after
        return cursor

    # -- deleting -------------------------------------------------------------------------------
    def _suggest_delete(self, cursor: QTextCursor, forward: bool) -> None:
        if not cursor.hasSelection():
            return
        if self._refuse_here(cursor):
            return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        doc = cursor.document()
        if doc.findBlock(start) != doc.findBlock(end) and not self.textCursor().hasSelection():
            return  # Backspace at a paragraph's start, Delete at its end: not a suggestion
        self._mark_deleted(cursor, as_replace=False)
        after = QTextCursor(self.textCursor())
        if forward:
            after.setPosition(min(end - self._removed, doc.characterCount() - 1))
        else:
            after.setPosition(start)
        self.setTextCursor(after)

    _removed = 0

    def _mark_deleted(self, cursor: QTextCursor, *, as_replace: bool) -> Change | None:
        """Mark the selection of ``cursor`` deleted (one's own inserted text in it just
        goes); the caret ends after it. The change used (None when nothing was marked)."""
        doc = cursor.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        pieces: list[tuple[int, int, QTextCharFormat]] = []
        block = doc.findBlock(start)
        while block.isValid() and block.position() <= end:
            for frag in fragments(block):
                a = max(frag.position(), start)
                b = min(frag.position() + frag.length(), end)
                if a < b:
                    pieces.append((a, b, frag.charFormat()))
            block = block.next()
        used: dict[int, Change] = {}  # block number → its deletion
        removed = 0
        last: Change | None = None
        for a, b, fmt in reversed(pieces):
            change = change_of(fmt)
            if change is not None and change[1] == "old":
                continue  # already marked deleted
            if change is not None:  # inserted text: one's own goes, another's is kept
                if self._mine(change, "new"):
                    edit.setPosition(a)
                    edit.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                    edit.removeSelectedText()
                    removed += b - a
                continue
            number = doc.findBlock(a).blockNumber()
            mark = used.get(number) or self._joining_deletion(doc, a, b) or \
                self._new_change("replace" if as_replace else "delete", "old")
            used[number] = mark
            last = mark
            marked = QTextCharFormat(fmt)
            apply_change(marked, mark)
            edit.setPosition(a)
            edit.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            edit.setCharFormat(marked)
        edit.endEditBlock()
        self._removed = removed
        caret = QTextCursor(doc)
        caret.setPosition(max(min(end - removed, doc.characterCount() - 1), 0))
        self.setTextCursor(caret)
        return last if as_replace else None

    def _joining_deletion(self, doc, a: int, b: int) -> Change | None:
        """One's own deletion right before or after ``a``–``b``, to grow it."""
        for at in (a, b + 1):
            probe = QTextCursor(doc)
            if at < 1 or at >= doc.characterCount():
                continue
            probe.setPosition(at)
            if probe.block() != doc.findBlock(a) or (at == a and probe.positionInBlock() == 0):
                continue
            change = change_of(probe.charFormat())
            if self._mine(change, "old") and change is not None and change[0] == "delete":
                return change
        return None

    # -- clipboard ------------------------------------------------------------------------------
    def suggest_cut(self) -> bool:
        """Cut in suggest mode: copied, then marked deleted. False when not suggesting."""
        if not self.suggesting:
            return False
        cursor = self.textCursor()
        if cursor.hasSelection() and not self._refuse_here(cursor):
            self.copy()
            self._mark_deleted(cursor, as_replace=False)
        return True

    def suggest_paste(self, text: str) -> bool:
        """Paste in suggest mode: the text (lines joined) as an insertion."""
        if not self.suggesting:
            return False
        if text and self._prepare_typing():
            cursor = self.textCursor()
            cursor.insertText(" ".join(text.split("\n")), self.currentCharFormat())
            self.setTextCursor(cursor)
        return True
