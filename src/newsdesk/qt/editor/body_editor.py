"""BodyEditor: the WYSIWYG article body (a QTextEdit over the Markdown bridge).

The widget wires actions and the input method to the plain functions of ``commands``,
``figures`` and ``find`` (structure keys: ``editor_keys``; clipboard: ``editor_clipboard``).
The Markdown comes from ``document_bridge`` and is produced only when asked for
(``markdown()``, cached per document revision), never per keystroke. ``changed`` fires on
every edit; debouncing (autosave, preview) is the window's job.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QGuiApplication,
    QImage,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QDialog, QTextEdit, QWidget

from newsdesk.bodymodel.ir import Block
from newsdesk.bodymodel.md_reader import parse_blocks

from ..ime import document_with_preedit
from . import commands
from .decorations import paint_decorations, photo_at_caret
from .doc_build import ImageLoader, build_document
from .doc_words import document_counted_text
from .document_bridge import document_to_markdown
from .editor_clipboard import ClipboardMixin
from .editor_keys import StructureKeys
from .figures import insert_figure, insert_suggested_figure, photo_paragraph_to_figure
from .find import FindOptions, find_next, replace_all
from .image_handler import FittedImages, fit_images
from .photo_resources import PhotoDecoder
from .suggest_mode import SuggestKeys

# name -> (label, shortcut)
ACTIONS: dict[str, tuple[str, QKeySequence.StandardKey | str]] = {
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


DOCUMENT_MARGIN = 12  # px around the text, so that it does not touch the frame
MIN_WIDTH = 200  # px: the narrowest the body gets in a small window
INDENT_WIDTH = 22  # px per list level (Qt's 40 px pushes list items far to the right)
NUMBER = re.compile(r"\d+(?:[.,]\d+)+")  # 4.200, 7,82, 1.250.000: one word to a double click


def _page_look(doc: QTextDocument) -> None:
    """Document-wide looks (never read back: the Markdown comes from block properties)."""
    doc.setDocumentMargin(DOCUMENT_MARGIN)
    doc.setIndentWidth(INDENT_WIDTH)


class BodyEditor(SuggestKeys, StructureKeys, ClipboardMixin, QTextEdit):
    """Rich-text body editor speaking Markdown (see module docstring)."""

    changed = Signal()
    photo_dropped = Signal(bytes, str)  # photo bytes, file name ("" for clipboard images)
    refused = Signal(str)  # why a suggestion cannot be made here (suggest mode)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setAccessibleName(self.tr("Article body"))
        self.setAccessibleDescription(self.tr("The text of the article, with headings, lists, "
                                              "quotes, links and photos"))
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Write the article here…"))
        _page_look(self.document())
        self._loader: ImageLoader | None = None
        self._loading = False
        self._preedit = ""
        self._deferred_enter: QKeyEvent | None = None  # an Enter waiting for a composed word
        self._cache: tuple[int, str] | None = None
        self.document().contentsChanged.connect(self._on_changed)
        self._framed: QTextBlock | None = None  # the photo framed (decorations.photo_at_caret)
        self.cursorPositionChanged.connect(self._frame_photo)
        self.selectionChanged.connect(self._frame_photo)
        self._images = FittedImages(self)
        self.photos = PhotoDecoder(self)  # photos of a loaded body are decoded off-thread
        self.photos.decoded.connect(self._photo_decoded)
        fit_images(self.document(), self._images)
        self._actions: dict[str, QAction] = {}
        # painted over the text after it, with the decorations' painter (the spelling waves)
        self.overlay_painters: list[Callable[[QPainter, QRect], None]] = []
        labels = {  # literal tr() calls, so that pylupdate finds them
            "bold": self.tr("Bold"), "italic": self.tr("Italic"),
            "strike": self.tr("Strikethrough"), "link": self.tr("Link…"),
            "heading2": self.tr("Heading 2"), "heading3": self.tr("Heading 3"),
            "paragraph": self.tr("Paragraph"), "quote": self.tr("Quote"),
            "bullets": self.tr("Bulleted list"), "numbers": self.tr("Numbered list"),
        }
        for name, (_label, key) in ACTIONS.items():
            action = QAction(labels[name], self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(getattr(self, f"_do_{name}"))
            self.addAction(action)
            self._actions[name] = action

    # --- content -------------------------------------------------------------------------
    def set_markdown(self, markdown: str, image_loader: ImageLoader | None = None) -> None:
        """Show ``markdown``; photos come from ``image_loader(path) -> bytes | None``."""
        self._loader = image_loader
        # built detached (no relayout per inserted block), then swapped in
        doc = QTextDocument(self)
        doc.setDefaultFont(self.document().defaultFont())
        _page_look(doc)
        doc.setUndoRedoEnabled(False)
        self.photos.generation += 1
        build_document(parse_blocks(markdown), image_loader, doc, decoder=self.photos)
        doc.setUndoRedoEnabled(True)
        doc.setModified(False)
        fit_images(doc, self._images)  # before it is shown: photos are laid out fitted at once
        self._loading = True
        try:
            self.setDocument(doc)  # QTextEdit deletes the previous document it owned
        finally:
            self._loading = False
        doc.contentsChanged.connect(self._on_changed)
        fit_images(doc, self._images)
        self._cache = None
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def markdown(self) -> str:
        """The body as canonical Markdown, with a word an input method is still composing in
        its place. The composition is read, not committed: the word being typed goes on."""
        pending = document_with_preedit(self)
        if pending is not None:
            return document_to_markdown(pending)
        revision = self.document().revision()
        if self._cache is None or self._cache[0] != revision:
            self._cache = (revision, document_to_markdown(self.document()))
        return self._cache[1]

    def counted_text(self) -> str:
        """The words of the body that count (``domain.stats``), a word an input method is
        still composing included; cheap enough for every pause in the typing."""
        pending = document_with_preedit(self)
        return document_counted_text(pending if pending is not None else self.document())

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
        doc = build_document(blocks, self._loader)
        self.textCursor().insertFragment(QTextDocumentFragment(doc))

    def insert_figure(self, path: str, caption: str = "", credit: str = "") -> None:
        """Insert a figure after the current paragraph; the cursor goes to its caption. In
        suggest mode the figure is a suggested insertion by the user, its caption and credit
        typed as part of it."""
        if self.suggesting and not self.isReadOnly():
            cursor = insert_suggested_figure(self.document(), self.textCursor(), path,
                                             caption, credit, self._new_change("insert", "new"),
                                             self._loader)
        else:
            cursor = insert_figure(self.document(), self.textCursor(), path, caption, credit,
                                   self._loader)
        self.setTextCursor(cursor)

    def photos_to_figures(self, blocks) -> None:
        """The paragraphs of ``blocks`` that hold just a photo (a figure suggestion just
        decided) shown as figures again: photo, caption, credit. Inside the caller's edit
        block."""
        for block in blocks:
            if block.isValid():
                photo_paragraph_to_figure(block, self._loader)

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

    def set_link(self, url: str, title: str = "", text: str = "") -> None:
        """Link the selection (LinkError for a refused address; "" removes the link); with no
        selection, insert ``text`` (else the address) as a link."""
        commands.set_link(self.document(), self.textCursor(), url, title, text)

    # replaces QTextEdit.find (flags) with the body's own search (FindOptions: ignore tones)
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
    @property
    def composing(self) -> bool:
        """An input method is composing a word here (shown, not in the document yet)."""
        return bool(self._preedit)

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
        if not self._preedit:  # a new word starts: not inside the suggestion it follows
            self.stop_change_at_its_end()
        super().inputMethodEvent(event)
        self._preedit = event.preeditString()
        if not self._preedit:
            self._replay_deferred_enter()

    def _frame_photo(self) -> None:
        """Repaint when the caret comes to a photo or leaves it: its frame shows or goes."""
        framed = photo_at_caret(self)
        if framed != self._framed:
            self._framed = framed
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        paint_decorations(self, painter)  # quote bars, caption and credit hints: looks only
        for paint in self.overlay_painters:  # the spelling waves
            paint(painter, event.rect())
        painter.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double click selects a word; in a number written with separators ("4.200",
        "7,82", "1.250.000") the whole number, as the word count counts it, not "200"."""
        super().mouseDoubleClickEvent(event)
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return
        block = cursor.block()
        start = cursor.selectionStart() - block.position()
        end = cursor.selectionEnd() - block.position()
        for match in NUMBER.finditer(block.text()):
            if match.start() <= start and end <= match.end() and match.span() != (start, end):
                cursor.setPosition(block.position() + match.start())
                cursor.setPosition(block.position() + match.end(), QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(cursor)
                break

    def minimumSizeHint(self) -> QSize:
        """Qt's hint counts the viewport margins that centre the text column (``TextMeasure``),
        so a wide window's margins would keep the editor from getting narrower again: the
        margins give way first, and the window's splitter may take the editor down to this."""
        return QSize(MIN_WIDTH, super().minimumSizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setPlaceholderText(self.tr("Write the article here…"))
        super().changeEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit_preedit()
        super().focusOutEvent(event)
        self._frame_photo()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._frame_photo()

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
        """Ctrl+K: ask for the address of a link on the selection, or edit / remove the link
        the cursor is in (the whole link, wherever in it the cursor is)."""
        from .link_dialog import REMOVE, LinkDialog
        from .link_lookup import link_range

        cursor = self.textCursor()
        found = link_range(cursor)
        if found is not None:
            cursor.setPosition(found[0])
            cursor.setPosition(found[1], QTextCursor.MoveMode.KeepAnchor)
        href, title = (found[2], found[3]) if found else ("", "")
        dialog = LinkDialog(self, href, title, existing=found is not None,
                            with_text=found is None and not cursor.hasSelection())
        result = dialog.exec()
        dialog.deleteLater()
        self.window().activateWindow()  # the typing goes on here, whatever the window manager
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if result == QDialog.DialogCode.Rejected:
            return
        self.setTextCursor(cursor)
        insert_at = None if cursor.hasSelection() else cursor.position()
        if result == REMOVE:
            self.set_link("")
        else:
            self.set_link(dialog.url, dialog.title.text(), dialog.link_text())
        end = self.textCursor()  # the caret goes after the link, ready to type on
        if insert_at is not None and result != REMOVE:  # the text (or address) went in
            end.setPosition(insert_at + len(dialog.link_text() or dialog.url))
        else:
            end.setPosition(end.selectionEnd())
        self.setTextCursor(end)

    def _do_heading2(self) -> None:
        commands.set_heading(self.document(), self.textCursor(), 2)

    def _do_heading3(self) -> None:
        commands.set_heading(self.document(), self.textCursor(), 3)

    def _do_paragraph(self) -> None:
        commands.make_paragraph(self.document(), self.textCursor())

    def _do_quote(self) -> None:
        commands.toggle_quote(self.document(), self.textCursor())

    def _do_bullets(self) -> None:
        commands.toggle_bullet_list(self.document(), self.textCursor())

    def _do_numbers(self) -> None:
        commands.toggle_numbered_list(self.document(), self.textCursor())

    def _photo_decoded(self, generation: int, url: QUrl, image: QImage) -> None:
        if generation == self.photos.generation:
            self.document().addResource(QTextDocument.ResourceType.ImageResource, url, image)
            self.viewport().update()

    def _on_changed(self) -> None:
        if not self._loading:
            self.changed.emit()
