"""What a new comment goes on: the words selected in the headline, the sapo or the body.

``CommentTarget(marks)`` watches the three fields (``watch(body, sapo, headline)``). The field
the writer is in — the last of them to take the focus, or the last where words were selected —
is the *active* field; ``anchor()`` is the anchor of its selection, made on the text on screen
with the field it belongs to (``None`` when nothing is selected there). Clicking a button in
the Review tab takes the focus away from the text, and a headline (a line edit) drops its
selection when it loses the focus: the range selected in it is remembered while its text stays
the same, so the comment still goes on those words.

``field_name()`` names the active field; ``select_word()`` selects the word at the cursor of
the active field when nothing is selected (what Ctrl+Alt+M and the context menu do, as in a
word processor). ``changed`` fires whenever the target may have changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from newsdesk.domain.comments import Anchor, make_anchor
from newsdesk.domain.text import nfc

if TYPE_CHECKING:
    from .comment_marks import CommentMarks


def text_anchor(text: str, start: int, end: int, field: str) -> Anchor | None:
    """The anchor of ``text[start:end]`` of a plain-text field (offsets in the NFC text)."""
    if end <= start or not text[start:end].strip():
        return None
    before, quote = nfc(text[:start]), nfc(text[start:end])
    whole = nfc(text)
    if not whole.startswith(before + quote):
        whole = before + quote + nfc(text[end:])
    return make_anchor(whole, len(before), len(before) + len(quote), field=field)


class CommentTarget(QObject):
    changed = Signal()

    def __init__(self, marks: CommentMarks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.marks = marks
        self.fields: dict[str, QWidget] = {}
        self.active: str | None = None
        self._headline: tuple[str, int, int] | None = None  # (text, start, end) selected

    def watch(self, body: QWidget, sapo: QPlainTextEdit, headline: QLineEdit) -> None:
        self.fields = {"body": body, "sapo": sapo, "headline": headline}
        for name, widget in self.fields.items():
            widget.selectionChanged.connect(  # type: ignore[attr-defined]
                lambda n=name: self._selection_changed(n))
        headline.textChanged.connect(lambda _text: self._forget_headline())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def field_of(self, widget: QWidget | None) -> str | None:
        for name, field in self.fields.items():
            if widget is not None and (widget is field or field.isAncestorOf(widget)):
                return name
        return None

    def activate(self, name: str) -> None:
        if name in self.fields and name != self.active:
            self.active = name
            self.changed.emit()

    def _focus_changed(self, _old, new) -> None:
        name = self.field_of(new)
        if name is not None:
            if name == "headline":
                self._selection_changed(name)
            self.activate(name)

    def _selection_changed(self, name: str) -> None:
        widget = self.fields[name]
        if name == "headline":
            line = widget
            assert isinstance(line, QLineEdit)
            if line.hasSelectedText():
                start = line.selectionStart()
                self._headline = (line.text(), start, start + len(line.selectedText()))
            elif line.hasFocus():
                self._headline = None  # deselected by the writer (not by losing the focus)
        if self._has_selection(name):
            self.active = name
        self.changed.emit()

    def _forget_headline(self) -> None:
        line = self.fields.get("headline")
        if isinstance(line, QLineEdit) and not line.hasSelectedText():
            self._headline = None

    def _has_selection(self, name: str) -> bool:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            return widget.hasSelectedText()
        return widget.textCursor().hasSelection()  # type: ignore[attr-defined]

    def anchor(self) -> Anchor | None:
        """The anchor of the active field's selection (None: nothing selected there)."""
        if self.active == "body":
            return self.marks.selection_anchor()
        if self.active == "sapo":
            sapo = self.fields["sapo"]
            assert isinstance(sapo, QPlainTextEdit)
            cursor = sapo.textCursor()
            return text_anchor(sapo.toPlainText(), cursor.selectionStart(),
                               cursor.selectionEnd(), "sapo")
        if self.active == "headline":
            line = self.fields["headline"]
            assert isinstance(line, QLineEdit)
            if line.hasSelectedText():
                start = line.selectionStart()
                return text_anchor(line.text(), start, start + len(line.selectedText()),
                                   "headline")
            if self._headline is not None and self._headline[0] == line.text():
                return text_anchor(*self._headline, "headline")
        return None

    def select_word(self) -> bool:
        """Select the word at the active field's cursor if nothing is selected; True when the
        field now has a selection to comment on."""
        if self.active is None or self.anchor() is not None:
            return self.anchor() is not None
        widget = self.fields[self.active]
        if isinstance(widget, QLineEdit):
            text, at = widget.text(), widget.cursorPosition()
            start = at
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            end = at
            while end < len(text) and text[end].isalnum():
                end += 1
            if end > start:
                widget.setSelection(start, end - start)
        else:
            cursor = widget.textCursor()  # type: ignore[attr-defined]
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            if cursor.hasSelection():
                widget.setTextCursor(cursor)  # type: ignore[attr-defined]
        return self.anchor() is not None
