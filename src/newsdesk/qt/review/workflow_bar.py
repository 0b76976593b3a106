"""The workflow bar: the article's status, one button per action the workflow allows now, and
a note kept with the transition.

``WorkflowBar(library)``; ``set_article(article_id)`` loads the status off the UI thread;
a click applies the action through ``services.review.Review.transition`` (in a worker) and
emits ``transitioned(Article)``; a refusal or conflict emits ``failed(str)`` and shows the
message in the bar. The buttons are rebuilt from ``allowed_actions``, so a refused action
is never offered.

Laid out for a narrow side panel (~400 px): the status on its own line (with the window's
Suggest changes switch at its right, ``add_tool``), the action buttons on the next, then the
note across the whole width, and any message (wrapped) below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import Article
from newsdesk.domain.status import Action, Status, allowed_actions
from newsdesk.services.review import Review

from ..errors import error_text
from ..guard import ArticleLoader, alive
from ..workers import run_task

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI

SETTLE_MS = 250  # beyond a double click's time, before the next step's buttons take a click


def action_label(action: Action) -> str:
    return {
        Action.SUBMIT: QCoreApplication.translate("WorkflowBar", "Submit"),
        Action.START_REVIEW: QCoreApplication.translate("WorkflowBar", "Start review"),
        Action.REQUEST_CHANGES: QCoreApplication.translate("WorkflowBar", "Request changes"),
        Action.APPROVE: QCoreApplication.translate("WorkflowBar", "Approve"),
        Action.PUBLISH: QCoreApplication.translate("WorkflowBar", "Publish"),
        Action.ARCHIVE: QCoreApplication.translate("WorkflowBar", "Archive"),
        Action.REOPEN: QCoreApplication.translate("WorkflowBar", "Reopen"),
    }[action]


def status_label(status: Status) -> str:
    return {
        Status.DRAFT: QCoreApplication.translate("WorkflowBar", "Draft"),
        Status.SUBMITTED: QCoreApplication.translate("WorkflowBar", "Submitted"),
        Status.IN_REVIEW: QCoreApplication.translate("WorkflowBar", "In review"),
        Status.APPROVED: QCoreApplication.translate("WorkflowBar", "Approved"),
        Status.PUBLISHED: QCoreApplication.translate("WorkflowBar", "Published"),
        Status.ARCHIVED: QCoreApplication.translate("WorkflowBar", "Archived"),
    }[status]


class WorkflowBar(QWidget):
    transitioned = Signal(object)  # Article after the action
    failed = Signal(str)

    def __init__(self, library: LibraryAPI, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.review = Review(library)
        self.article_id: str | None = None
        self.status: Status | None = None
        self.busy = False
        self._loader = ArticleLoader(self, lambda article_id: self.library.get(article_id),
                                     lambda: self.article_id, self._loaded, self._error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.status_text = QLabel(self)
        bold = QFont(self.status_text.font())
        bold.setBold(True)
        self.status_text.setFont(bold)
        self.note = QLineEdit(self)
        self.note.setClearButtonEnabled(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self._row = QHBoxLayout()
        self._row.setSpacing(6)
        self._row.addStretch(1)
        self._buttons_at = 0
        self._top = QHBoxLayout()
        self._top.addWidget(self.status_text, 1)
        layout.addLayout(self._top)
        layout.addLayout(self._row)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        self.buttons: dict[Action, QPushButton] = {}
        # after a step the next step's buttons stand where the last was clicked: they wait a
        # double click's time before they take a click (Submit, clicked twice, never also
        # starts the review; Approve never also publishes)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._settled)
        self.retranslate()

    def add_tool(self, action: QAction) -> QToolButton:
        """A button for the window's ``action`` at the right of the status line."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._top.addWidget(button)
        return button

    def retranslate(self) -> None:
        self.note.setPlaceholderText(self.tr("Note for this step (optional)"))
        self.note.setToolTip(self.note.placeholderText())
        self._show(self.status)

    def set_article(self, article_id: str | None) -> None:
        self.article_id = article_id
        if article_id is None:
            self._show(None)
            return
        self._loader.load(article_id)

    def show_article(self, article: Article) -> None:
        """Show ``article``'s status without a database round trip."""
        self.article_id = article.id
        self._show(article.status)

    def _loaded(self, article: Article) -> None:
        self._show(article.status)

    def _show(self, status: Status | None) -> None:
        self.status = status
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        if status is None:
            self.status_text.setText(self.tr("No article"))
            return
        self.status_text.setText(self.tr("Status: %1").replace("%1", status_label(status)))
        for offset, action in enumerate(allowed_actions(status)):
            button = QPushButton(action_label(action), self)
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _=False, a=action: self.apply(a))
            button.setEnabled(not self.busy and not self._settle.isActive())
            self._row.insertWidget(self._buttons_at + offset, button)
            self.buttons[action] = button

    def apply(self, action: Action) -> None:
        if self.article_id is None or self.busy:
            return
        self.busy = True
        self.message.clear()
        self.message.hide()
        if any(button.hasFocus() for button in self.buttons.values()):
            self.note.setFocus()  # not to the next widget in the window (the library's search)
        for button in self.buttons.values():
            button.setEnabled(False)
        run_task(
            self.review.transition,
            self.article_id,
            action,
            note=self.note.text(),
            on_done=alive(self, self._done),
            on_error=alive(self, self._error),
        )

    def _done(self, article: Article) -> None:
        self.busy = False
        self.note.clear()
        self._settle.start(QApplication.doubleClickInterval() + SETTLE_MS)
        self._show(article.status)
        self.transitioned.emit(article)

    def _settled(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(not self.busy)

    def _error(self, exc: BaseException) -> None:
        self.busy = False
        text = error_text(exc)
        self.message.setText(text)
        self.message.show()
        for button in self.buttons.values():
            button.setEnabled(True)
        self.failed.emit(text)
