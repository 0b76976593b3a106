"""Commented passages in the editor: highlighted, selectable, and where a new comment goes.

``CommentMarks(library)`` follows the open article (``set_article``), its body editor
(``attach``) and its sapo and headline (``attach_fields``). It loads the article's comments off the UI thread, finds each open (unresolved)
comment's passage in the text on screen — the editor's reading text, ``doc_reading`` — and
paints it with a soft background, like a word processor does. The marks are *extra
selections* of the editor: display only, never part of the document, so they are not saved in
the Markdown, are no undo step and do not make the document modified. They follow edits
(shortly after the last keystroke) and comments added, resolved or reopened (``reload``).

``selection_anchor()`` is the anchor of what the writer has selected (the exact words, no
Markdown syntax); ``select(anchor)`` selects a comment's passage in the field it is on. Open
comments on the sapo are painted in the sapo the same way (a headline, a one-line field, shows
its commented words only when the comment is clicked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from newsdesk.domain.comments import Anchor, Comment, locate, locate_passage, make_anchor
from newsdesk.domain.text import nfc

from ..editor.doc_reading import Reading, document_reading
from ..guard import alive

if TYPE_CHECKING:
    from newsdesk.services.review import Review
from ..workers import run_task

MARK_COLOUR = QColor("#fff1a6")
P_COMMENT_MARK = int(QTextFormat.Property.UserProperty) + 40  # tells our extra selections apart
RELOCATE_MS = 250


class CommentMarks(QObject):
    def __init__(self, library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library  # may still be opening: Review(library) is made on first use
        self._review: Review | None = None
        self.editor: QTextEdit | None = None
        self.sapo: QPlainTextEdit | None = None
        self.headline: QLineEdit | None = None
        self.article_id: str | None = None
        self.comments: list[Comment] = []
        self.marked: list[tuple[str, int, int]] = []  # (comment id, document start, end)
        self._reading: tuple[int, int, Reading] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOCATE_MS)
        self._timer.timeout.connect(self.apply)

    @property
    def review(self) -> Review:
        if self._review is None:
            from newsdesk.services.review import Review  # storage: on first use, off start-up

            self._review = Review(self.library)
        return self._review

    def attach(self, editor: QTextEdit) -> None:
        self.editor = editor
        editor.textChanged.connect(self._timer.start)

    def attach_fields(self, sapo: QPlainTextEdit, headline: QLineEdit) -> None:
        self.sapo, self.headline = sapo, headline
        sapo.textChanged.connect(self._timer.start)

    def set_article(self, article_id: str | None) -> None:
        if article_id != self.article_id:
            self.article_id = article_id
            self.comments = []
        self.reload()

    def reload(self) -> None:
        """Read the article's comments again (after one was added, resolved or imported)."""
        wanted = self.article_id
        if wanted is None:
            self.apply()
            return
        run_task(lambda: self.review.store.comments(wanted),
                 on_done=alive(self, lambda comments: self._loaded(wanted, comments)),
                 on_error=lambda _exc: None)

    def _loaded(self, article_id: str, comments: list[Comment]) -> None:
        if article_id == self.article_id:
            self.comments = comments
            self.apply()

    # -- the text on screen ----------------------------------------------------------------
    def reading(self) -> Reading | None:
        """The editor's reading text and position map (kept while the text is unchanged)."""
        if self.editor is None:
            return None
        doc = self.editor.document()
        key = (id(doc), doc.revision())
        if self._reading is None or self._reading[:2] != key:
            self._reading = (*key, document_reading(doc))
        return self._reading[2]

    def selection_anchor(self) -> Anchor | None:
        """The anchor of the editor's selection (None when nothing is selected)."""
        if self.editor is None or not self.editor.textCursor().hasSelection():
            return None
        reading = self.reading()
        if reading is None:
            return None
        cursor = self.editor.textCursor()
        start, end = reading.to_reading(cursor.selectionStart(), cursor.selectionEnd())
        if not reading.text[start:end].strip():
            return None  # only a photo or empty lines selected
        return make_anchor(reading.text, start, end)

    def passage(self, anchor: Anchor) -> tuple[int, int] | None:
        """Document positions of ``anchor``'s passage in the editor (None: not found)."""
        reading = self.reading()
        editor = self.editor
        if reading is None or editor is None or anchor.field != "body":
            return None
        found = locate_passage(anchor, reading.text, lambda: editor.markdown()
                               if hasattr(editor, "markdown") else editor.toPlainText())
        return None if found is None else reading.to_document(found.start, found.end)

    def field_passage(self, anchor: Anchor) -> tuple[int, int] | None:
        """Positions of a sapo or headline comment's passage in its field (None: gone)."""
        widget = self.sapo if anchor.field == "sapo" else self.headline \
            if anchor.field == "headline" else None
        if widget is None:
            return None
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        if nfc(text) != text:
            return None  # typed decomposed: offsets would not match the widget's
        found = locate(anchor, text)
        return None if found is None else (found.start, found.end)

    def select(self, anchor: Anchor) -> bool:
        """Select ``anchor``'s passage in its field and show it; False when it is gone."""
        if anchor.field in ("sapo", "headline"):
            return self._select_in_field(anchor)
        where = self.passage(anchor)
        if where is None or self.editor is None:
            return False
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(where[0])
        cursor.setPosition(where[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()
        return True

    def _select_in_field(self, anchor: Anchor) -> bool:
        where = self.field_passage(anchor)
        if where is None:
            return False
        if isinstance(self.headline, QLineEdit) and anchor.field == "headline":
            self.headline.setFocus()
            self.headline.setSelection(where[0], where[1] - where[0])
        elif self.sapo is not None:
            cursor = QTextCursor(self.sapo.document())
            cursor.setPosition(where[0])
            cursor.setPosition(where[1], QTextCursor.MoveMode.KeepAnchor)
            self.sapo.setFocus()
            self.sapo.setTextCursor(cursor)
        return True

    def apply(self) -> None:
        """Paint the open comments' passages (and nothing else of ours)."""
        self._paint_sapo()
        if self.editor is None:
            return
        marked = []
        for comment in self.comments if self.article_id else []:
            if comment.resolved or comment.anchor.field != "body":
                continue
            where = self.passage(comment.anchor)
            if where is not None and where[1] > where[0]:
                marked.append((comment.id, *where))
        self.marked = marked
        others = [s for s in self.editor.extraSelections()
                  if not s.format.hasProperty(P_COMMENT_MARK)]
        doc = self.editor.document()
        ours = [_mark(doc, *place) for place in marked]
        self.editor.setExtraSelections([*ours, *others])

    def _paint_sapo(self) -> None:
        if self.sapo is None:
            return
        ours = []
        for comment in self.comments if self.article_id else []:
            if comment.resolved or comment.anchor.field != "sapo":
                continue
            where = self.field_passage(comment.anchor)
            if where is not None and where[1] > where[0]:
                ours.append(_mark(self.sapo.document(), comment.id, *where))
        others = [s for s in self.sapo.extraSelections()
                  if not s.format.hasProperty(P_COMMENT_MARK)]
        self.sapo.setExtraSelections([*ours, *others])


def _mark(doc, comment_id: str, start: int, end: int) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setBackground(MARK_COLOUR)
    fmt.setProperty(P_COMMENT_MARK, comment_id)
    selection.format = fmt
    return selection
