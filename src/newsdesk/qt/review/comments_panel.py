"""The comments panel: review comments beside the text, add one on the selection, resolve or
reopen or delete one, and jump to a comment's passage.

``CommentsPanel(library)``; ``set_article(article_id)`` loads the comments (located in the
current text, off the UI thread). What "Comment on selection" anchors to is set either by
``set_selection_anchor(anchor)`` — the window passes the anchor of the editor's selection, made
on the text on screen (``CommentMarks.selection_anchor``) — or by ``set_selection(start, end)``,
offsets in the stored body's reading text (no Markdown syntax, ``bodymodel.reading``).
Clicking a comment emits ``passage_requested(anchor)`` so the editor can select its passage;
``changed`` fires after a comment was added, resolved, reopened or deleted. An orphaned comment (its
passage deleted) is listed with a mark, never dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.comments import Anchor, Comment, CommentView
from newsdesk.services.review import Review

from ..errors import error_text
from ..guard import ArticleLoader, alive
from ..workers import run_task

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


class CommentsPanel(QWidget):
    passage_requested = Signal(object)  # the comment's Anchor
    changed = Signal()
    failed = Signal(str)

    def __init__(self, library: LibraryAPI, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.review = Review(library)
        self.article_id: str | None = None
        self.selection: tuple[int, int] | Anchor | None = None
        self.views: list[CommentView] = []
        self._loader = ArticleLoader(self, self.review.comments, lambda: self.article_id,
                                     self._loaded, self._error)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.show_resolved = QCheckBox(self)
        self.show_resolved.setChecked(True)
        self.show_resolved.toggled.connect(lambda _checked: self._fill())
        self.editor = QPlainTextEdit(self)
        self.editor.setMaximumHeight(80)
        self.editor.textChanged.connect(self._update_buttons)
        send = QShortcut(QKeySequence("Ctrl+Return"), self.editor, self._add)
        send.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.add = QPushButton(self)
        self.add.clicked.connect(self._add)
        self.resolve = QPushButton(self)
        self.resolve.clicked.connect(self._toggle_resolved)
        self.delete = QPushButton(self)
        self.delete.clicked.connect(self._delete)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.resolve)
        buttons.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_resolved)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_resolved.setText(self.tr("Show resolved"))
        self.editor.setPlaceholderText(self.tr("Your comment on the selected passage"))
        self.add.setText(self.tr("Comment on selection"))
        self.add.setToolTip(self.tr("Add the comment to the selected passage (Ctrl+Enter)"))
        self.resolve.setText(self.tr("Resolve"))
        self.delete.setText(self.tr("Delete"))
        self.delete.setToolTip(self.tr("Delete the selected comment"))
        self._fill()

    def set_article(self, article_id: str | None) -> None:
        self.article_id = article_id
        self.views = []
        self.list.clear()
        self.reload()

    def set_selection(self, start: int, end: int) -> None:
        self.selection = (start, end) if end > start else None
        self._update_buttons()

    def set_selection_anchor(self, anchor: Anchor | None) -> None:
        self.selection = anchor
        self._update_buttons()

    def reload(self) -> None:
        if self.article_id is not None:
            self._loader.load(self.article_id)

    def _loaded(self, views: list[CommentView]) -> None:
        self.views = views
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for index, view in enumerate(self.views):
            comment = view.comment
            if comment.resolved and not self.show_resolved.isChecked():
                continue
            who = comment.initials or comment.author or "–"
            mark = "✓ " if comment.resolved else ""
            where = self.tr("(passage deleted)") if view.orphaned else f"“{comment.anchor.quote}”"
            item = QListWidgetItem(f"{mark}{who}: {comment.text}\n{where}", self.list)
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, index)
            if comment.resolved:
                item.setForeground(Qt.GlobalColor.gray)
        self._update_buttons()

    def selected_view(self) -> CommentView | None:
        items = self.list.selectedItems()
        if not items:
            return None
        return self.views[int(items[0].data(Qt.ItemDataRole.UserRole))]

    def _clicked(self, item: QListWidgetItem) -> None:
        view = self.views[int(item.data(Qt.ItemDataRole.UserRole))]
        self.passage_requested.emit(view.comment.anchor)

    def _add(self) -> None:
        text = self.editor.toPlainText().strip()
        if self.article_id is None or self.selection is None or not text:
            return
        self.add.setEnabled(False)  # one comment per click, also while it is being stored
        call: Callable[..., Comment]
        args: tuple[Any, ...]
        if isinstance(self.selection, Anchor):
            call, args = self.review.add_comment_anchored, (self.selection,)
        else:
            call, args = self.review.add_comment, tuple(self.selection)
        run_task(call, self.article_id, *args, text, on_done=alive(self, self._added),
                 on_error=alive(self, self._error))

    def _added(self, _comment) -> None:
        self.editor.clear()
        self.message.clear()
        self.message.hide()
        self.changed.emit()
        self.reload()

    def _toggle_resolved(self) -> None:
        view = self.selected_view()
        if view is None:
            return
        call = self.review.reopen_comment if view.comment.resolved else self.review.resolve_comment
        run_task(
            call,
            view.comment.id,
            on_done=alive(self, self._added),
            on_error=alive(self, self._error),
        )

    def _delete(self) -> None:
        view = self.selected_view()
        if view is None:
            return
        run_task(self.review.delete_comment, view.comment.id, on_done=alive(self, self._added),
                 on_error=alive(self, self._error))

    def focus_comment(self) -> None:
        """Put the cursor in the comment box (the window's "New comment" command)."""
        self.editor.setFocus()

    def _update_buttons(self) -> None:
        self.add.setEnabled(self.selection is not None and bool(self.editor.toPlainText().strip()))
        view = self.selected_view() if self.views else None
        self.resolve.setEnabled(view is not None)
        self.delete.setEnabled(view is not None)
        if view is not None:
            self.resolve.setText(self.tr("Reopen") if view.comment.resolved else self.tr("Resolve"))

    def _error(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.message.setText(text)
        self.message.show()
        self.failed.emit(text)
