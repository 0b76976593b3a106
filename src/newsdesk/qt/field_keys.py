"""The window's shortcuts from every field of the article form and of the side area.

A one-line field (``QLineEdit``: headline, byline, tags…, the print preview's type size and
zoom boxes) and the sapo box claim some keys for themselves before the window's shortcuts are
tried: on Linux Ctrl+E moves to the end of the line, Ctrl+K deletes to it. ``WindowKeys`` (an
event filter on the fields of the form and of the side area's tabs, each once it is built)
lets a key that one of the window's enabled commands uses (Export Ctrl+E, Save Ctrl+S,
Suggest changes Ctrl+Shift+E…) go to that command instead. The keys of editing the field's
own text (undo, redo, cut, copy, paste, select all, delete) stay the field's, and so do the
body's formatting commands (bold, link…), which have nothing to do in a one-line field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey
FIELD_KEYS = (Key.Undo, Key.Redo, Key.Cut, Key.Copy, Key.Paste, Key.SelectAll, Key.Delete,
              Key.Backspace, Key.DeleteStartOfWord, Key.DeleteEndOfWord)


class WindowKeys(QObject):
    def __init__(self, commands: Callable[[], Iterable[QAction]], parent: QObject) -> None:
        super().__init__(parent)
        self.commands = commands

    def watch(self, form: QWidget) -> None:
        """Filter the keys of every field ``form`` holds now (calling it again is harmless;
        a side tab built later is watched once it is)."""
        for child in form.findChildren(QWidget):
            child.removeEventFilter(self)
            child.installEventFilter(self)

    def command_for(self, event: QKeyEvent) -> QAction | None:
        if any(event.matches(key) for key in FIELD_KEYS):
            return None
        pressed = QKeySequence(event.keyCombination())
        for action in self.commands():
            if action.isEnabled() and any(
                    shortcut.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                    for shortcut in action.shortcuts()):
                return action
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self.command_for(event) is not None:
            event.ignore()  # not the field's: the window's shortcut runs
            return True
        return False
