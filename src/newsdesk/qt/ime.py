"""Never lose text an input method is still composing (Vietnamese Telex/VNI preedit).

Qt drops a widget's preedit when focus moves away on some platforms (and always offscreen).
``PreeditGuard`` watches text widgets: it remembers each one's current preedit string and, on
focus-out or when asked (before an autosave, when the window is deactivated), asks the
platform input method to commit and, if the text is still pending, commits it itself by
sending the widget a QInputMethodEvent carrying the preedit as its commit string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QWidget


class PreeditGuard(QObject):
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

    def commit(self, widget: QWidget) -> None:
        """Turn ``widget``'s pending composition into real text."""
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
    """The widget that receives input-method events (a scroll area's viewport for editors)."""
    return widget
