"""The two dialogs of the article form's Related row: pick library articles, type a link.

``LibraryPickDialog`` searches the library as you type (``services.related.find_stories`` on
the thread pool, the newest answer only) and lists the matches; Down moves from the search
box into the list, Enter or a double-click takes the selected stories. ``RelatedLinkDialog``
asks for an outside story's address and headline and refuses an address that is not a web
address.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import url_problem
from newsdesk.domain.related import RelatedStory

from .errors import error_text
from .guard import alive
from .library_panel import article_details
from .workers import Debouncer, run_task

if TYPE_CHECKING:
    from newsdesk.services.related import FoundStory

SEARCH_DELAY_MS = 200


class LibraryPickDialog(QDialog):
    """Choose one or more library articles as related stories."""

    def __init__(self, library: Any, exclude: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.exclude = set(exclude)
        self.setWindowTitle(self.tr("Add related stories from the library"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the library"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Library articles"))
        self.results.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.status = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._serial = 0
        self._debounce = Debouncer(SEARCH_DELAY_MS, self.run_search, self)
        self.search.textChanged.connect(lambda _t: self._debounce.poke())
        self.search.returnPressed.connect(self._enter_in_search)
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        self.results.itemSelectionChanged.connect(self._selection_changed)
        self.search.installEventFilter(self)
        self._selection_changed()
        self.run_search()

    # -- searching --------------------------------------------------------------------------
    def run_search(self) -> None:
        from newsdesk.services.related import find_stories

        self._serial += 1
        serial = self._serial
        self.status.setText(self.tr("Searching…"))
        run_task(find_stories, self.library, self.search.text(), exclude=self.exclude,
                 on_done=alive(self, lambda found: self._found(serial, found)),
                 on_error=alive(self, lambda exc: self._failed(serial, exc)))

    def _found(self, serial: int, found: list[FoundStory]) -> None:
        if serial != self._serial:
            return  # an older search answering late
        self.results.clear()
        for story in found:
            details = article_details(story)
            item = QListWidgetItem(f"{story.headline}\n{details}", self.results)
            item.setToolTip(f"{story.headline}\n{details}")
            item.setData(Qt.ItemDataRole.UserRole, (story.article_id, story.headline))
        if found:
            self.results.setCurrentRow(0)
        self.status.setText(self.tr("%n article(s)", "", len(found)) if found
                            else self.tr("No article matches."))
        self._selection_changed()

    def _failed(self, serial: int, exc: BaseException) -> None:
        if serial == self._serial:
            self.status.setText(error_text(exc))

    # -- choosing ---------------------------------------------------------------------------
    def chosen(self) -> list[RelatedStory]:
        rows = sorted(self.results.row(item) for item in self.results.selectedItems())
        out = []
        for row in rows:
            article_id, headline = self.results.item(row).data(Qt.ItemDataRole.UserRole)
            out.append(RelatedStory(article_id=article_id, headline=headline))
        return out

    def _selection_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.results.selectedItems()))

    def _enter_in_search(self) -> None:
        if self.results.selectedItems():
            self.accept()

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down and self.results.count():
            self.results.setFocus()
            return True
        return super().eventFilter(watched, event)


class RelatedLinkDialog(QDialog):
    """An outside story: its web address and headline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a related link"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://")
        self.url.setAccessibleName(self.tr("Address of the related story"))
        self.headline = QLineEdit(self)
        self.headline.setAccessibleName(self.tr("Headline of the related story"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Address"), self.url)
        form.addRow(self.tr("&Headline"), self.headline)
        form.addRow("", self.problem)
        form.addRow(self.buttons)
        self.setMinimumWidth(480)
        self.url.textChanged.connect(self._check)
        self.headline.textChanged.connect(self._check)
        self._check()

    def _check(self, *_: object) -> None:
        url, headline = self.url.text().strip(), self.headline.text().strip()
        message = ""
        if url and url_problem(url) is not None:
            message = self.tr("Not a web address: it must start with https:// or http://")
        elif url and not headline:
            message = self.tr("Type the headline the link is shown with.")
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        ok = bool(url and headline) and url_problem(url) is None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def story(self) -> RelatedStory:
        return RelatedStory(url=self.url.text().strip(), headline=self.headline.text().strip())
