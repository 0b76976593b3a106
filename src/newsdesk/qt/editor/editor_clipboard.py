"""Clipboard and drops of the body editor.

Photos (clipboard images, dropped or pasted image files) are handed to the window through
``photo_dropped(bytes, filename)``; the window stores them and inserts the figure. HTML from
Word or the web is cleaned to body Markdown; plain text stays plain; copies made in the
editor carry their Markdown (``text/markdown``) so that figures paste back whole. Pasted plain
text gives a paragraph per line, its blank lines dropped (``pasted_plain_text``): the editor
never holds empty paragraphs the saved Markdown would not. Cutting,
or pasting over, a selection that touches a photo takes its figures whole (``delete_selection``
of ``editor_keys``), as deleting it does. In suggest mode a cut marks the text deleted and a
paste is an insertion (``suggest_mode``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument

from newsdesk.bodymodel.paste import clean_pasted_html, pasted_plain_text

from .document_bridge import document_to_markdown
from .figures import whole_figures
from .formats import LINE_SEPARATOR

MARKDOWN_MIME = "text/markdown"
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".heic"}

if TYPE_CHECKING:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QTextEdit as _Editor
else:
    _Editor = object


class ClipboardMixin(_Editor):
    """Mixin for the body editor's QTextEdit (needs ``photo_dropped`` and ``insert_markdown``)."""

    if TYPE_CHECKING:
        photo_dropped: Signal

        def insert_markdown(self, markdown: str) -> None: ...

        def delete_selection(self) -> bool: ...

        def suggest_cut(self) -> bool: ...

        def suggest_paste(self, text: str) -> bool: ...

    def cut(self) -> None:
        """Copy the selection, then delete it (figures it touches go whole)."""
        if not self.textCursor().hasSelection() or self.isReadOnly():
            return
        if self.suggest_cut():  # suggest mode: copied, then marked deleted
            return
        start, end = whole_figures(self.document(), self.textCursor().selectionStart(),
                                   self.textCursor().selectionEnd())
        grown = QTextCursor(self.document())
        grown.setPosition(start)
        grown.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(grown)  # what goes to the clipboard is what is deleted
        self.copy()
        if not self.delete_selection():
            super().cut()

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copies carry the selection's Markdown too, so pasting here keeps figures whole."""
        # Qt's own mime data, with our format added: asking for one of its formats sets them
        # all up. (A QMimeData made in Python and left on the clipboard crashes the process
        # when it exits.)
        mime = super().createMimeDataFromSelection()
        mime.data("text/plain")
        selection = QTextCursor(self.textCursor())
        start, end = selection.selectionStart(), selection.selectionEnd()
        if start > 0 and selection.document().findBlock(start).position() == start:
            # a fragment drops its first block's format: start it in the block before
            selection.setPosition(start - 1)
            selection.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        doc = QTextDocument()
        QTextCursor(doc).insertFragment(selection.selection())
        mime.setData(MARKDOWN_MIME, document_to_markdown(doc).encode("utf-8"))
        return mime

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText() and self.suggest_paste(
                pasted_plain_text(source.text().replace(LINE_SEPARATOR, "\n"))):
            return  # suggest mode: the text as an insertion
        self.delete_selection()  # pasting over a photo replaces its whole figure
        if source.hasImage() and not source.hasUrls():
            image = source.imageData()
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            self.photo_dropped.emit(bytes(data.data()), "")
            return
        photos = [u for u in source.urls() if u.isLocalFile()
                  and Path(u.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES]
        if photos:
            for url in photos:
                self._emit_photo(url)
            return
        if source.hasFormat(MARKDOWN_MIME):
            text = bytes(source.data(MARKDOWN_MIME).data()).decode("utf-8", "replace")
            self.insert_markdown(text)
        elif source.hasHtml():
            self.insert_markdown(clean_pasted_html(source.html()))
        elif source.hasText():
            # blank lines separate paragraphs; none is left behind empty
            cursor = self.textCursor()
            doc = self.document()
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            last = doc.findBlock(end)
            cursor.insertText(pasted_plain_text(
                source.text().replace(LINE_SEPARATOR, "\n"),
                at_start=doc.findBlock(start).position() == start,
                at_end=end == last.position() + last.length() - 1))

    def _emit_photo(self, url: QUrl) -> None:
        path = Path(url.toLocalFile())
        try:
            data = path.read_bytes()
        except OSError:
            return
        self.photo_dropped.emit(data, path.name)
