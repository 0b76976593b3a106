"""A "Comment…" entry in the right-click menu of the headline, the sapo and the body.

``CommentMenus(target, shortcut)`` gives each field ``target`` watches (``CommentTarget``) its
usual context menu (cut, copy, paste, …) followed by *Comment…* with the keyboard shortcut
shown beside it, as a word processor does. Right-clicking where nothing is selected puts the
cursor on the word clicked, so that word is what gets commented. Choosing the entry makes that
field the comment's target and emits ``comment_requested``; the window opens the comment box.
The menu shown last is ``menu`` (it closes by itself; it is deleted when closed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from .comment_target import CommentTarget


class CommentMenus(QObject):
    comment_requested = Signal()

    def __init__(self, target: CommentTarget, shortcut: Callable[[], QKeySequence],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.shortcut = shortcut
        self.menu: QMenu | None = None
        # called with (field name, field, menu) once the menu is made: more entries (spelling)
        self.extra: Callable[[str, QWidget, QMenu], object] | None = None
        for name, widget in target.fields.items():
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(
                lambda pos, n=name: self.show_menu(n, pos))

    def entry_text(self) -> str:
        keys = self.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        label = self.tr("Comment…")
        return f"{label}\t{keys}" if keys else label

    def build(self, name: str, pos: QPoint) -> QMenu:
        """The context menu of field ``name`` for a right click at ``pos`` (viewport
        coordinates for the sapo and the body, as Qt gives them)."""
        widget = self.target.fields[name]
        if isinstance(widget, QLineEdit):
            if not widget.hasSelectedText():
                widget.setCursorPosition(widget.cursorPositionAt(pos))
            menu = widget.createStandardContextMenu()
        else:
            if not widget.textCursor().hasSelection():  # type: ignore[attr-defined]
                widget.setTextCursor(widget.cursorForPosition(pos))  # type: ignore[attr-defined]
            menu = widget.createStandardContextMenu(pos)  # type: ignore[attr-defined]
        if self.extra is not None:
            self.extra(name, widget, menu)
        menu.addSeparator()
        action = menu.addAction(self.entry_text())
        action.setObjectName("comment-here")
        action.triggered.connect(lambda: self._chosen(name))
        return menu

    def show_menu(self, name: str, pos: QPoint) -> None:
        widget: QWidget = self.target.fields[name]
        menu = self.build(name, pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.menu = menu
        viewport = getattr(widget, "viewport", None)
        origin = viewport() if callable(viewport) else widget
        menu.popup(origin.mapToGlobal(pos))

    def _chosen(self, name: str) -> None:
        self.target.activate(name)
        self.comment_requested.emit()
