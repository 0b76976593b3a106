"""BodyEditor: the WYSIWYG article body (a QTextEdit over the Markdown bridge).

The widget only wires keys, actions, clipboard and input method to the plain functions of
``commands``, ``figures`` and ``find``; the Markdown itself comes from ``document_bridge`` and
is produced only when asked for (``markdown()``), never per keystroke. ``changed`` fires on
every edit; debouncing (autosave, preview) is the window's job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QTextEdit, QWidget

from . import commands
from .doc_build import ImageLoader, build_document
from .document_bridge import document_to_markdown
from .figures import figure_blocks, figure_id, insert_figure, part
from .find import FindOptions, find_next, replace_all
from .formats import CAPTION, CREDIT, FIGURE, LINE_SEPARATOR, kind_of
from .ir import Block
from .md_reader import parse_blocks
from .paste import clean_pasted_html

MARKDOWN_MIME = "text/markdown"
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".heic"}

# name -> (label, shortcut)
ACTIONS = {
    "bold": ("Bold", QKeySequence.StandardKey.Bold),
    "italic": ("Italic", QKeySequence.StandardKey.Italic),
    "strike": ("Strikethrough", "Ctrl+Shift+X"),
    "link": ("Link…", "Ctrl+K"),
    "heading2": ("Heading 2", "Ctrl+Alt+2"),
    "heading3": ("Heading 3", "Ctrl+Alt+3"),
    "paragraph": ("Paragraph", "Ctrl+Alt+0"),
    "quote": ("Quote", "Ctrl+Shift+9"),
    "bullets": ("Bulleted list", "Ctrl+Shift+8"),
    "numbers": ("Numbered list", "Ctrl+Shift+7"),
}


class BodyEditor(QTextEdit):
    """Rich-text body editor speaking Markdown (see module docstring)."""

    changed = Signal()
    photo_dropped = Signal(bytes, str)  # photo bytes, file name ("" for clipboard images)
    link_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setAccessibleName(self.tr("Article body"))
        self.setAccessibleDescription(self.tr("The text of the article, with headings, lists, "
                                              "quotes, links and photos"))
        self.setTabChangesFocus(True)
        self._loader: ImageLoader | None = None
        self._loading = False
        self._preedit = ""
        self._cache: tuple[int, str] | None = None
        self.document().contentsChanged.connect(self._on_changed)
        self._actions: dict[str, QAction] = {}
        for name, (label, key) in ACTIONS.items():
            action = QAction(self.tr(label), self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(getattr(self, f"_do_{name}"))
            self.addAction(action)
            self._actions[name] = action

    # --- content -------------------------------------------------------------------------
    def set_markdown(self, markdown: str, image_loader: ImageLoader | None = None) -> None:
        """Show ``markdown``; photos come from ``image_loader(path) -> bytes | None``."""
        self._loader = image_loader
        width = max(200, self.viewport().width() - 40) if self.isVisible() else 560
        # built detached (no relayout per inserted block), then swapped in
        doc = QTextDocument(self)
        doc.setDefaultFont(self.document().defaultFont())
        doc.setUndoRedoEnabled(False)
        build_document(parse_blocks(markdown), image_loader, doc, max_width=width)
        doc.setUndoRedoEnabled(True)
        doc.setModified(False)
        self._loading = True
        try:
            self.setDocument(doc)  # QTextEdit deletes the previous document it owned
        finally:
            self._loading = False
        doc.contentsChanged.connect(self._on_changed)
        self._cache = None
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def markdown(self) -> str:
        """The body as canonical Markdown (commits any text still being composed)."""
        self.commit_preedit()
        revision = self.document().revision()
        if self._cache is None or self._cache[0] != revision:
            self._cache = (revision, document_to_markdown(self.document()))
        return self._cache[1]

    def action(self, name: str) -> QAction:
        """The QAction for ``name`` (bold, italic, strike, link, heading2, heading3,
        paragraph, quote, bullets, numbers) — put them in menus and toolbars."""
        return self._actions[name]

    def insert_markdown(self, markdown: str) -> None:
        """Insert a piece of body Markdown at the cursor (one undo step)."""
        blocks = parse_blocks(markdown)
        if blocks and (blocks[0].kind != "paragraph" or blocks[0].stack):
            # a fragment's first block takes the format of the block it lands in: lead with
            # a plain paragraph so that a figure, heading or list item keeps its own
            blocks.insert(0, Block("paragraph"))
        width = max(200, self.viewport().width() - 40) if self.isVisible() else 560
        doc = build_document(blocks, self._loader, max_width=width)
        self.textCursor().insertFragment(QTextDocumentFragment(doc))

    def insert_figure(self, path: str, caption: str = "", credit: str = "") -> None:
        """Insert a figure after the current paragraph; the cursor goes to its caption."""
        width = max(200, self.viewport().width() - 40) if self.isVisible() else None
        cursor = insert_figure(self.document(), self.textCursor(), path, caption, credit,
                               self._loader, width)
        self.setTextCursor(cursor)

    def apply_format(self, name: str, url: str | None = None, title: str = "") -> None:
        """Run the formatting command ``name`` (an ``ACTIONS`` name) on the selection.

        For ``link``, ``url`` is the address (LinkError if refused; None asks the user).
        """
        if name == "link":
            if url is None:
                self._do_link()
            else:
                self.set_link(url, title)
            return
        if name not in ACTIONS:
            raise ValueError(f"unknown formatting command {name!r}")
        getattr(self, f"_do_{name}")()

    def set_link(self, url: str, title: str = "") -> None:
        """Link the selection (LinkError for a refused address; "" removes the link)."""
        commands.set_link(self.document(), self.textCursor(), url, title)

    def find(self, query: str, options: FindOptions | None = None,  # type: ignore[override]
             backward: bool = False) -> bool:
        found = find_next(self.document(), self.textCursor(), query, options or FindOptions(),
                          backward=backward)
        if found is not None:
            self.setTextCursor(found)
        return found is not None

    def replace_all(self, query: str, replacement: str,
                    options: FindOptions | None = None) -> int:
        return replace_all(self.document(), query, replacement, options or FindOptions())

    # --- input method --------------------------------------------------------------------
    def commit_preedit(self) -> None:
        """Put text still being composed by an input method into the document."""
        if not self._preedit:
            return
        text = self._preedit
        QGuiApplication.inputMethod().commit()  # a real IM answers with a commit event
        if self._preedit:  # none did: commit it ourselves and make the IM forget it
            event = QInputMethodEvent("", [])
            event.setCommitString(text)
            super().inputMethodEvent(event)
            self._preedit = ""
            QGuiApplication.inputMethod().reset()

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self._redirect_from_photo()
        super().inputMethodEvent(event)
        self._preedit = event.preeditString()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit_preedit()
        super().focusOutEvent(event)

    # --- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        cursor = self.textCursor()
        block = cursor.block()
        kind = kind_of(block.blockFormat())
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if kind in (FIGURE, CAPTION, CREDIT) and enter:
            self._figure_enter(block, kind)
            return
        if key == Qt.Key.Key_Backspace and not cursor.hasSelection() and cursor.atBlockStart():
            prev = block.previous()
            if kind in (CAPTION, CREDIT, FIGURE) or (figure_id(prev) is not None and
                                                     figure_id(block) is None):
                if not block.text() and figure_id(block) is None:
                    cursor.deleteChar() if block.next().isValid() else cursor.deletePreviousChar()
                else:
                    self.moveCursor(QTextCursor.MoveOperation.PreviousBlock)
                    self.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
                return
        if key == Qt.Key.Key_Delete and not cursor.hasSelection() and cursor.atBlockEnd():
            if kind in (FIGURE, CAPTION, CREDIT) or figure_id(block.next()) is not None:
                return
        if cursor.hasSelection() and (event.text() or key in (Qt.Key.Key_Backspace,
                                                              Qt.Key.Key_Delete)):
            self._whole_figures(cursor)
        if event.text() and event.text().isprintable():
            self._redirect_from_photo()
            self._stop_link_at_its_end()
        heading_end = enter and block.blockFormat().headingLevel() > 0 and cursor.atBlockEnd()
        super().keyPressEvent(event)
        if heading_end:  # the paragraph after a heading is body text again
            commands.set_heading(self.document(), self.textCursor(), 0)
            self.setCurrentCharFormat(QTextCharFormat())

    def _stop_link_at_its_end(self) -> None:
        """Typing right after a link does not make the link longer."""
        cursor = self.textCursor()
        fmt = cursor.charFormat()
        if cursor.hasSelection() or not fmt.isAnchor():
            return
        after = QTextCursor(cursor)
        if not cursor.atBlockEnd():
            after.movePosition(QTextCursor.MoveOperation.NextCharacter)
            if after.charFormat().isAnchor() and \
                    after.charFormat().anchorHref() == fmt.anchorHref():
                return  # inside the link: typing edits its text
        plain = QTextCharFormat(fmt)
        commands.clear_link_format(plain)
        self.setCurrentCharFormat(plain)

    def _figure_enter(self, block, kind: str) -> None:
        if kind == FIGURE:
            target = part(block, CAPTION)
        elif kind == CAPTION:
            target = part(block, CREDIT)
        else:
            target = None
        if target is None:  # leave the figure: continue in (or make) the paragraph after it
            last = figure_blocks(block)[-1]
            nxt = last.next()
            if not nxt.isValid() or figure_id(nxt) is not None or kind_of(nxt.blockFormat()):
                c = QTextCursor(last)
                c.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                c.insertBlock(QTextBlockFormat(), QTextCharFormat())
                nxt = last.next()
            target = nxt
            c = QTextCursor(target)
        else:
            c = QTextCursor(target)
            c.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        self.setTextCursor(c)

    def _redirect_from_photo(self) -> None:
        cursor = self.textCursor()
        if kind_of(cursor.block().blockFormat()) == FIGURE and not cursor.hasSelection():
            caption = part(cursor.block(), CAPTION)
            if caption is not None:
                c = QTextCursor(caption)
                c.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                self.setTextCursor(c)

    def _whole_figures(self, cursor: QTextCursor) -> None:
        """A selection that touches a figure's photo takes the whole figure with it."""
        doc = self.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        first, last = doc.findBlock(start), doc.findBlock(end)
        if first == last and kind_of(first.blockFormat()) != FIGURE:
            return
        touched = [first, last]
        grown = False
        for b in touched:
            blocks = figure_blocks(b)
            if blocks and any(kind_of(x.blockFormat()) == FIGURE and
                              start <= x.position() + 1 and end >= x.position() for x in blocks):
                start = min(start, blocks[0].position())
                end = max(end, blocks[-1].position() + blocks[-1].length() - 1)
                grown = True
        if grown:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)

    # --- clipboard and drops -------------------------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:
        """Copies carry the selection's Markdown too, so pasting here keeps figures whole."""
        qt_mime = super().createMimeDataFromSelection()  # fills its formats lazily: copy them
        mime = QMimeData()
        for name in qt_mime.formats():
            mime.setData(name, qt_mime.data(name))
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
            self.textCursor().insertText(source.text().replace("\r\n", "\n")
                                         .replace(LINE_SEPARATOR, "\n"))

    def _emit_photo(self, url: QUrl) -> None:
        path = Path(url.toLocalFile())
        try:
            data = path.read_bytes()
        except OSError:
            return
        self.photo_dropped.emit(data, path.name)

    # --- actions -------------------------------------------------------------------------
    def _apply_inline(self, command) -> None:
        fmt = command(self.document(), self.textCursor())
        if not self.textCursor().hasSelection():
            self.setCurrentCharFormat(fmt)

    def _do_bold(self) -> None:
        self._apply_inline(commands.toggle_bold)

    def _do_italic(self) -> None:
        self._apply_inline(commands.toggle_italic)

    def _do_strike(self) -> None:
        self._apply_inline(commands.toggle_strike)

    def _do_link(self) -> None:
        if self.receivers(self.link_requested) > 0:
            self.link_requested.emit()
            return
        href, _title = commands.current_link(self.textCursor())
        url, ok = QInputDialog.getText(self, self.tr("Link"), self.tr("Address (https://…):"),
                                       QLineEdit.EchoMode.Normal, href)
        if ok:
            try:
                self.set_link(url)
            except commands.LinkError as exc:
                QMessageBox.warning(self, self.tr("Link"), exc.message)

    def _do_heading2(self) -> None:
        commands.set_heading(self.document(), self.textCursor(), 2)

    def _do_heading3(self) -> None:
        commands.set_heading(self.document(), self.textCursor(), 3)

    def _do_paragraph(self) -> None:
        commands.set_heading(self.document(), self.textCursor(), 0)

    def _do_quote(self) -> None:
        commands.toggle_quote(self.document(), self.textCursor())

    def _do_bullets(self) -> None:
        commands.toggle_bullet_list(self.document(), self.textCursor())

    def _do_numbers(self) -> None:
        commands.toggle_numbered_list(self.document(), self.textCursor())

    def _on_changed(self) -> None:
        if not self._loading:
            self.changed.emit()
