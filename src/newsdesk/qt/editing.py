"""Menu commands that act on the text being edited: formatting, undo/redo, clipboard, find.

Formatting goes to the body editor's command functions (``newsdesk.qt.editor.commands``)
when the WYSIWYG editor is present; with the plain Markdown editor it inserts the Markdown
marks itself. Clipboard and undo commands go to whichever text field has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .body import PlainBodyEditor

_INLINE = {"bold": "**", "italic": "*"}
_LINE_PREFIX = {"heading2": "## ", "heading3": "### ", "quote": "> ", "bullets": "- ",
                "numbers": "1. ", "paragraph": ""}


def ask_link(parent: QWidget | None, current: str = "") -> str | None:
    url, ok = QInputDialog.getText(parent, QCoreApplication.translate("Editing", "Link"),
                                   QCoreApplication.translate("Editing", "Web address:"),
                                   QLineEdit.EchoMode.Normal, current or "https://")
    return url.strip() if ok and url.strip() else None


def apply_format(body: QTextEdit, name: str, parent: QWidget | None = None) -> None:
    """Apply the formatting command ``name`` to the body editor's selection or block."""
    if not isinstance(body, PlainBodyEditor):
        hook = getattr(body, "apply_format", None)
        if callable(hook):
            if name == "link":
                url = ask_link(parent)
                if url:
                    hook(name, url)
            else:
                hook(name)
            return
    _plain_format(body, name, parent)


def _plain_format(body: QTextEdit, name: str, parent: QWidget | None) -> None:
    cursor = body.textCursor()
    cursor.beginEditBlock()
    if name in _INLINE:
        mark = _INLINE[name]
        text = cursor.selectedText()
        cursor.insertText(f"{mark}{text}{mark}")
        if not text:
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(mark))
    elif name == "link":
        url = ask_link(parent)
        if url:
            text = cursor.selectedText() or url
            cursor.insertText(f"[{text}]({url})")
    else:
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        line = cursor.block().text()
        stripped = line.lstrip("#>-*+0123456789. ")
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(_LINE_PREFIX.get(name, "") + stripped)
    cursor.endEditBlock()
    body.setTextCursor(cursor)


def edit_command(window: QWidget, name: str) -> None:
    """Undo, redo, cut, copy, paste (focused text field) or find/replace (the body)."""
    if name in ("find", "replace"):
        from .find_bar import show_find_bar

        show_find_bar(window, replace=(name == "replace"))
        return
    target = QApplication.focusWidget()
    if isinstance(target, QLineEdit | QTextEdit | QPlainTextEdit):
        getattr(target, name)()
