"""Text an input method is still composing (Vietnamese Telex/VNI preedit): read it while the
word is being typed, commit it only where the platform expects a commit.

With Telex or VNI every word is typed through a preedit: "thoo" shows as "thô" under the
cursor while the field's own text does not hold it yet. Asking the input method to commit in
the middle of a word (``QInputMethod.commit`` resets the engine) cuts the word: "ve" is
committed and "e"+"f" is then composed alone as "è", or the raw keys come through. So:

- ``shown_text`` / ``PreeditGuard.text`` read a field as the user sees it — its committed text
  with the pending composition at the cursor — touching neither the widget nor the input
  method. Autosave, the recovery journal, the previews and the statistics read fields so.
- ``PreeditGuard.commit`` turns a composition into real text. It is called only where the
  platform expects one: focus leaving the field, the window deactivating, the article being
  closed or saved explicitly, the app quitting. Qt drops a widget's preedit when focus moves
  away on some platforms (and always offscreen), so a composition still pending at focus-out
  is committed by sending the widget a QInputMethodEvent carrying it as its commit string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def preedit_at(edit: QTextEdit | QPlainTextEdit) -> tuple[int, str]:
    """Where a text editor's pending composition sits (a document position) and its text."""
    block = edit.textCursor().block()
    layout = block.layout()
    if layout is None:
        return 0, ""
    text = layout.preeditAreaText()
    if not text:
        return 0, ""
    return block.position() + layout.preeditAreaPosition(), text


def document_with_preedit(edit: QTextEdit | QPlainTextEdit) -> QTextDocument | None:
    """A copy of the editor's document with the pending composition typed in (None if there
    is none): what the document will be once the word is committed. The editor is untouched."""
    at, text = preedit_at(edit)
    if not text:
        return None
    copy = edit.document().clone()
    cursor = QTextCursor(copy)
    cursor.setPosition(min(at, copy.characterCount() - 1))
    cursor.insertText(text, edit.textCursor().charFormat())
    return copy


def shown_text(widget: QWidget, preedit: str = "") -> str:
    """The plain text of a line edit, combo box or text editor as the user sees it: what is
    committed, with the composition at the cursor (``preedit``: a line edit's, which only its
    input-method events tell — see PreeditGuard)."""
    if isinstance(widget, QComboBox):
        line = widget.lineEdit()
        if line is None:
            return widget.currentText()
        widget = line
    if isinstance(widget, QLineEdit):
        text = widget.text()
        if not preedit:
            return text
        at = widget.cursorPosition()
        return text[:at] + preedit + text[at:]
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        text = widget.toPlainText()  # one character per document position
        at, pending = preedit_at(widget)
        return text[:at] + pending + text[at:] if pending else text
    return ""


class PreeditGuard(QObject):
    """Watches text fields: remembers each one's composition, reads them with it, commits it
    at focus-out and when asked (see the module docstring for when that is)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[QWidget, str] = {}
        self._watched: list[QWidget] = []

    def watch(self, widget: QWidget) -> None:
        target = _input_target(widget)
        if target not in self._watched:
            target.installEventFilter(self)
            self._watched.append(target)

    def pending(self, widget: QWidget) -> str:
        return self._pending.get(_input_target(widget), "")

    def text(self, widget: QWidget) -> str:
        """``widget``'s text with its pending composition; the composition goes on."""
        return shown_text(widget, self.pending(widget))

    def commit(self, widget: QWidget) -> None:
        """Turn ``widget``'s pending composition into real text (ends the word being typed)."""
        target = _input_target(widget)
        hook = getattr(widget, "commit_preedit", None)
        if callable(hook):  # the widget knows how to commit its own composition
            self._pending.pop(target, None)
            hook()
            return
        if not self._pending.get(target):
            return
        method = QGuiApplication.inputMethod()
        if target.hasFocus() and method is not None:
            method.commit()  # a real input method commits (and resets) itself, synchronously
        text = self._pending.pop(target, "")
        if text:
            event = QInputMethodEvent()
            event.setCommitString(text)
            QCoreApplication.sendEvent(target, event)

    def commit_all(self) -> None:
        for widget in list(self._watched):
            self.commit(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):  # only widgets are watched
            return False
        kind = event.type()
        if kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            preedit = event.preeditString()
            if preedit:
                self._pending[watched] = preedit
            else:
                self._pending.pop(watched, None)
        elif kind == QEvent.Type.FocusOut and self._pending.get(watched):
            self.commit(watched)
        return False


def _input_target(widget: QWidget) -> QWidget:
    """The widget that receives input-method events (an editable combo box's line edit)."""
    edit = widget.lineEdit() if isinstance(widget, QComboBox) else None
    return edit if edit is not None else widget
