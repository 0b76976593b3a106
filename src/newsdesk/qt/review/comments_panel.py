"""The comments panel: review comments beside the text, add one on the selection, reply to
one, resolve or reopen or delete one, and jump to a comment's passage.

``CommentsPanel(library)``; ``set_article(article_id)`` loads the comments (located in the
current text, off the UI thread). Each comment shows who made it, when (local time,
``10/10/2023 16:35``), the field it is on and its passage, with its replies under it; the
reply box under the list answers the comment selected. What "Comment on selection" anchors to
comes from ``anchor_source`` when the window sets it (a callable giving the anchor of the
words selected in the headline, sapo or body, asked at the moment the comment is added:
``CommentTarget.anchor``), else from ``set_selection_anchor(anchor)`` or from
``set_selection(start, end)``, offsets in the stored body's reading text (no Markdown syntax,
``bodymodel.reading``). The line above the comment box says which words the comment will go
on, or that nothing is selected.
Clicking a comment emits ``passage_requested(anchor)`` so the editor can select its passage;
``changed`` fires after a comment was added, resolved, reopened or deleted. An orphaned comment (its
passage deleted) is listed with a mark, never dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
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
from .comment_text import CommentText

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
        self.anchor_source: Callable[[], Anchor | None] | None = None
        self.texts = CommentText(self)
        self.views: list[CommentView] = []
        self._loader = ArticleLoader(self, self.review.comments, lambda: self.article_id,
                                     self._loaded, self._error)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)  # one comment and its thread apart from the next
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._clicked)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.show_resolved = QCheckBox(self)
        self.show_resolved.setChecked(True)
        self.show_resolved.toggled.connect(lambda _checked: self._fill())
        self.reply_editor = QPlainTextEdit(self)
        self.reply_editor.setMaximumHeight(60)
        self.reply_editor.textChanged.connect(self._update_buttons)
        answer = QShortcut(QKeySequence("Ctrl+Return"), self.reply_editor, self._reply)
        answer.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.reply = QPushButton(self)
        self.reply.clicked.connect(self._reply)
        self.target = QLabel(self)
        self.target.setWordWrap(True)
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
        replying = QHBoxLayout()
        replying.addWidget(self.reply_editor, 1)
        replying.addWidget(self.reply)
        self.reply_row = QWidget(self)
        self.reply_row.setLayout(replying)
        replying.setContentsMargins(16, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_resolved)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.reply_row)
        layout.addWidget(self.target)
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
        self.reply_editor.setPlaceholderText(self.tr("Your reply to the selected comment"))
        self.reply.setText(self.tr("Reply"))
        self.reply.setToolTip(self.tr("Add your reply under the selected comment (Ctrl+Enter)"))
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

    def set_anchor_source(self, source: Callable[[], Anchor | None] | None) -> None:
        """Where comments go from now on: ``source()`` is asked when one is added."""
        self.anchor_source = source
        if self.message.text() == self.texts.nothing_selected() \
                and self.current_selection() is not None:
            self.say("")
        self._update_buttons()

    def current_selection(self) -> tuple[int, int] | Anchor | None:
        """What a comment added now goes on."""
        if self.anchor_source is not None:
            return self.anchor_source()
        return self.selection

    def reload(self) -> None:
        if self.article_id is not None:
            self._loader.load(self.article_id)

    def _loaded(self, views: list[CommentView]) -> None:
        chosen = self.selected_view()
        self.views = views
        self._fill(chosen.comment.id if chosen is not None else None)

    def _fill(self, keep: str | None = None) -> None:
        """List the comments; ``keep``: the id of the comment to show selected again."""
        if keep is None and self.views and self.list.selectedItems():
            chosen = self.selected_view()
            keep = chosen.comment.id if chosen is not None else None
        # the rows still name places in the list before ``views`` changed: no one reads them
        # while they are cleared and filled anew (the buttons are set once, after)
        with QSignalBlocker(self.list):
            self.list.clear()
            for index, view in enumerate(self.views):
                comment = view.comment
                if comment.resolved and not self.show_resolved.isChecked():
                    continue
                item = QListWidgetItem(self.texts.item(view), self.list)
                item.setToolTip(item.text())
                item.setData(Qt.ItemDataRole.UserRole, index)
                if comment.resolved:
                    item.setForeground(Qt.GlobalColor.gray)
                if keep is not None and comment.id == keep:
                    item.setSelected(True)
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
        selection = self.current_selection()
        if self.article_id is None or not text:
            return
        if selection is None:
            self.say(self.texts.nothing_selected())
            return
        self.add.setEnabled(False)  # one comment per click, also while it is being stored
        call: Callable[..., Comment]
        args: tuple[Any, ...]
        if isinstance(selection, Anchor):
            call, args = self.review.add_comment_anchored, (selection,)
        else:
            call, args = self.review.add_comment, tuple(selection)
        run_task(call, self.article_id, *args, text, on_done=alive(self, self._added),
                 on_error=alive(self, self._error))

    def _reply(self) -> None:
        view = self.selected_view()
        text = self.reply_editor.toPlainText().strip()
        if view is None or not text:
            return
        self.reply.setEnabled(False)
        run_task(self.review.add_reply, view.comment.id, text,
                 on_done=alive(self, self._replied), on_error=alive(self, self._error))

    def _replied(self, _reply) -> None:
        self.reply_editor.clear()
        self._added(None, keep_comment=True)

    def say(self, text: str) -> None:
        """Show ``text`` under the buttons (what went wrong, what to do)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _added(self, _comment, *, keep_comment: bool = False) -> None:
        if not keep_comment:
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
        selection = self.current_selection()
        self.target.setText(self.texts.target(selection))
        self.add.setEnabled(selection is not None and bool(self.editor.toPlainText().strip()))
        view = self.selected_view() if self.views else None
        self.resolve.setEnabled(view is not None)
        self.delete.setEnabled(view is not None)
        self.reply_row.setVisible(view is not None)
        self.reply.setEnabled(view is not None and bool(self.reply_editor.toPlainText().strip()))
        if view is not None:
            self.resolve.setText(self.tr("Reopen") if view.comment.resolved else self.tr("Resolve"))

    def _error(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.say(text)
        self._update_buttons()
        self.failed.emit(text)
