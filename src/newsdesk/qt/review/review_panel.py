"""The review side panel: workflow bar on top, then History, Comments and Changes as tabs.

``ReviewPanel(library)`` is what the main window docks; ``set_article(article_id)`` points
every part at one article (None: nothing open). It re-emits what the window needs to know:
``article_changed(Article)`` after a transition or a restore (the editor reloads it), and
``passage_requested(anchor)`` when a comment is clicked (the editor selects its passage) and
``comments_changed`` after a comment was added, replied to, resolved, reopened or deleted. The
window calls ``set_anchor_source(source)`` as the writer selects text (``source()`` gives the
anchor of the words selected in the headline, sapo or body); ``tell(text)`` shows a message in
the Comments tab. The Changes tab (``changes``, a ``ChangesPanel``) lists the body's pending
suggestions; what it asks goes out as ``change_chosen``, ``change_step`` and
``change_decision`` (see ``changes_panel``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from .changes_panel import ChangesPanel
from .comments_panel import CommentsPanel
from .history_panel import HistoryPanel
from .workflow_bar import WorkflowBar

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


class ReviewPanel(QWidget):
    article_changed = Signal(object)
    passage_requested = Signal(object)
    comments_changed = Signal()
    change_chosen = Signal(str)
    change_step = Signal(int)
    change_decision = Signal(object, bool)

    def __init__(self, library: LibraryAPI, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.workflow = WorkflowBar(library, self)
        self.history = HistoryPanel(library, self)
        self.comments = CommentsPanel(library, self)
        self.changes = ChangesPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.comments, "")
        self.tabs.addTab(self.changes, "")
        self.changes.chosen.connect(self.change_chosen)
        self.changes.step.connect(self.change_step)
        self.changes.decision.connect(self.change_decision)
        layout = QVBoxLayout(self)
        layout.addWidget(self.workflow)
        layout.addWidget(self.tabs, 1)
        self.workflow.transitioned.connect(self._article_changed)
        self.history.restored.connect(self._article_changed)
        self.comments.passage_requested.connect(self.passage_requested)
        self.comments.changed.connect(self.comments_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Labels in the current UI language (the side panel calls this on a switch)."""
        self.tabs.setTabText(0, self.tr("History"))
        self.tabs.setTabText(1, self.tr("Comments"))
        self.tabs.setTabText(2, self.tr("Changes"))
        self.workflow.retranslate()
        self.history.retranslate()
        self.comments.retranslate()
        self.changes.retranslate()

    def set_article(self, article_id: str | None) -> None:
        self.workflow.set_article(article_id)
        self.history.set_article(article_id)
        self.comments.set_article(article_id)

    def set_selection(self, start: int, end: int) -> None:
        self.comments.set_selection(start, end)

    def set_selection_anchor(self, anchor) -> None:
        self.comments.set_selection_anchor(anchor)

    def set_anchor_source(self, source) -> None:
        self.comments.set_anchor_source(source)

    def tell(self, text: str) -> None:
        """Show the Comments tab with ``text`` under its buttons."""
        self.tabs.setCurrentWidget(self.comments)
        self.comments.say(text)

    def show_changes(self) -> None:
        """Show the Changes tab."""
        self.tabs.setCurrentWidget(self.changes)

    def new_comment(self) -> None:
        """Show the Comments tab with the cursor in the comment box."""
        self.tabs.setCurrentWidget(self.comments)
        self.comments.focus_comment()

    def refresh(self) -> None:
        """After the article was saved elsewhere in the window (or a bundle brought a review
        step): reload its status, history and comments."""
        if self.workflow.article_id is not None:
            self.workflow.set_article(self.workflow.article_id)
        self.history.reload()
        self.comments.reload()

    def _article_changed(self, article) -> None:
        self.workflow.show_article(article)
        self.history.reload()
        self.comments.reload()
        self.article_changed.emit(article)
