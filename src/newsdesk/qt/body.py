"""Which body editor the article view embeds, behind one small interface.

The WYSIWYG ``newsdesk.qt.editor.BodyEditor`` is used when the package provides it; otherwise
``PlainBodyEditor`` edits the Markdown source in a QTextEdit with the same signals and methods
(``set_markdown``, ``markdown``, ``changed``, ``photo_dropped``, ``insert_figure``). The rest of the app only talks to that interface.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QTextEdit, QWidget

from .ime import shown_text

ImageLoader = Callable[[str], bytes | None]


class PlainBodyEditor(QTextEdit):
    """The body as Markdown text; a figure is inserted as its Markdown line."""

    changed = Signal()
    photo_dropped = Signal(bytes, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self._loading = False
        self.textChanged.connect(self._text_changed)

    def set_markdown(self, markdown: str, image_loader: ImageLoader | None = None) -> None:
        self._loading = True
        try:
            self.setPlainText(markdown)
            self.document().clearUndoRedoStacks()
        finally:
            self._loading = False

    def markdown(self) -> str:
        """The Markdown as shown, a word an input method is still composing included."""
        return shown_text(self)

    def insert_figure(self, path: str, caption: str = "", credit: str = "") -> None:
        title = f' "{credit}"' if credit else ""
        cursor = self.textCursor()
        cursor.insertText(f"\n\n![{caption}]({path}{title})\n\n")
        self.setTextCursor(cursor)

    def insertFromMimeData(self, source: QMimeData) -> None:
        for url in source.urls() if source.hasUrls() else []:
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                kind = mimetypes.guess_type(path.name)[0] or ""
                if kind.startswith("image/") and path.is_file():
                    self.photo_dropped.emit(path.read_bytes(), path.name)
                    return
        super().insertFromMimeData(source)

    def _text_changed(self) -> None:
        if not self._loading:
            self.changed.emit()


def create_body_editor(parent: QWidget | None = None) -> QTextEdit:
    """The best body editor available (the WYSIWYG one when it is installed)."""
    try:
        from newsdesk.qt.editor.body_editor import BodyEditor
    except ImportError:
        return PlainBodyEditor(parent)
    return BodyEditor(parent)
