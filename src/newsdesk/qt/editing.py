"""Menu commands that act on the text being edited: undo/redo, clipboard, find.

Clipboard and undo commands go to whichever text field has the focus; find and replace open
the find bar on the body. (Formatting is the body editor's own: ``BodyEditor.apply_format``.)
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def edit_command(window: QWidget, name: str) -> None:
    """Undo, redo, cut, copy, paste (focused text field) or find/replace (the body)."""
    if name in ("find", "replace"):
        from .find_bar import show_find_bar

        show_find_bar(window, replace=(name == "replace"))
        return
    target = QApplication.focusWidget()
    if isinstance(target, QLineEdit | QTextEdit | QPlainTextEdit):
        getattr(target, name)()
