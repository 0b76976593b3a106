"""The library panel: the articles in the database, newest change first.

Search as you type (debounced, run on the thread pool, diacritics-insensitive because the
library's search is), filters by status and section. Only the answer to the latest query is
shown. Activating an entry emits ``article_chosen(id)``; files the library can import (.md,
.newsdesk, Word .docx) dropped on the list emit ``files_dropped(paths)``. The section filter offers the
newsroom's standard sections followed by any other section the library's articles use,
asked for on the thread pool at every refresh (so after each save, import and deletion).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import Status

from .article_form import SECTIONS
from .workers import Debouncer, run_task

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADLINE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 250
LONGEST_ITEM = 18  # characters of a filter item always shown whole


def article_details(row: object) -> str:
    """Section · status · last saved, the line under an article's headline in lists."""
    parts = [getattr(row, "section", "") or "", status_label(getattr(row, "status", ""))]
    updated = getattr(row, "updated", None)
    if isinstance(updated, datetime):
        parts.append(updated.astimezone().strftime("%d/%m/%Y %H:%M"))
    return " · ".join(p for p in parts if p)


def status_label(status: Status | str) -> str:
    labels = {
        Status.DRAFT: QCoreApplication.translate("Status", "Draft"),
        Status.SUBMITTED: QCoreApplication.translate("Status", "Submitted"),
        Status.IN_REVIEW: QCoreApplication.translate("Status", "In review"),
        Status.APPROVED: QCoreApplication.translate("Status", "Approved"),
        Status.PUBLISHED: QCoreApplication.translate("Status", "Published"),
        Status.ARCHIVED: QCoreApplication.translate("Status", "Archived"),
    }
    try:
        return labels[Status(str(status))]
    except ValueError:
        return str(status)


def _fit(box: QComboBox) -> None:
    """Room for the box's longest item (up to ``LONGEST_ITEM`` characters: a longer section
    name elides rather than widen the panel). Qt counts the room in widths of "x", which is
    narrower than most letters with a Vietnamese diacritic: a few characters are added."""
    longest = max((len(box.itemText(i)) for i in range(box.count())), default=6)
    box.setMinimumContentsLength(min(longest, LONGEST_ITEM) + 3)


def importable(mime: QMimeData) -> list[str]:
    """The local files in ``mime`` (a drag) whose kind the library imports."""
    if not mime.hasUrls():
        return []
    # on first use: the window shows before the library (and its storage) is loaded
    from newsdesk.services.library import IMPORTERS

    paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if "." in p and "." + p.rsplit(".", 1)[1].lower() in IMPORTERS]


class _FileDrops(QObject):
    """Accepts importable files dragged over the list; a drop emits the panel's signal."""

    def __init__(self, panel: LibraryPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            paths = importable(event.mimeData())  # type: ignore[attr-defined]
            if not paths:
                return False
            event.acceptProposedAction()  # type: ignore[attr-defined]
            if kind == QEvent.Type.Drop:
                self.panel.files_dropped.emit(paths)
            return True
        return False


class LibraryPanel(QWidget):
    article_chosen = Signal(str)
    files_dropped = Signal(list)  # local paths of files to import
    listed = Signal(int, bool)  # how many shown, whether a search/filter was active
    failed = Signal(object)  # the list could not be read (e.g. the server is away)

    def __init__(self, library: LibraryAPI, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._serial = 0
        self._section_serial = 0
        self.wanted: str | None = None  # the article to highlight: the one open
        self.sections: list[str] = list(SECTIONS)  # what the section filter offers
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.section = QComboBox(self)
        self.section.setEditable(False)
        for box in (self.status, self.section):  # wide enough for every item (see _fit)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.view = QListView(self)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(1)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.model = QStandardItemModel(self)
        self.view.setModel(self.model)
        self.view.viewport().setAcceptDrops(True)
        self.view.viewport().installEventFilter(_FileDrops(self))
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        filters = QVBoxLayout()  # one above the other: side by side, a narrow panel cut
        filters.setContentsMargins(0, 0, 0, 0)  # "Mọi trạng thái" and "Mọi chuyên mục"
        filters.setSpacing(4)
        filters.addWidget(self.status)
        filters.addWidget(self.section)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self._debounce = Debouncer(SEARCH_DELAY_MS, self.refresh, self)
        self.retranslate()
        self.search.textChanged.connect(self._debounce.poke)
        self.status.currentIndexChanged.connect(self.refresh)
        self.section.currentIndexChanged.connect(self.refresh)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search articles…"))
        self.search.setAccessibleName(self.tr("Search articles"))
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.section.setAccessibleName(self.tr("Filter by section"))
        self.view.setAccessibleName(self.tr("Articles"))
        self.empty.setText(self.tr("No article matches."))
        current_status = self.status.currentData()
        current_section = self.section.currentData()
        for box in (self.status, self.section):
            box.blockSignals(True)
            box.clear()
        self.status.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        self.section.addItem(self.tr("All sections"), None)
        for name in self.sections:
            self.section.addItem(name, name)
        for box, value in ((self.status, current_status), (self.section, current_section)):
            index = box.findData(value)
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)
            _fit(box)

    @property
    def filtering(self) -> bool:
        return bool(self.search.text().strip() or self.status.currentData()
                    or self.section.currentData())

    def refresh(self) -> None:
        """Ask the library (on the thread pool) for the entries matching the filters."""
        self._debounce.cancel()
        self.refresh_sections()
        self._serial += 1
        serial = self._serial
        run_task(
            lambda **query: self.library.list(**query),
            search=self.search.text().strip() or None,
            status=self.status.currentData(),
            section=self.section.currentData(),
            on_done=lambda rows: self._show(rows, serial),
            on_error=lambda exc: self._failed(exc, serial),
        )

    def refresh_sections(self) -> None:
        """Ask the library (on the thread pool) which sections its articles use."""
        self._section_serial += 1
        serial = self._section_serial
        run_task(lambda: self.library.sections(),
                 on_done=lambda used: self._set_sections(used, serial),
                 on_error=lambda _exc: None)  # the list's own failure says why

    def _set_sections(self, used: list[str], serial: int) -> None:
        if serial != self._section_serial:
            return
        sections = list(SECTIONS) + [name for name in used if name not in SECTIONS]
        current = self.section.currentData()
        if current and current not in sections:
            sections.append(current)  # keep the filter the user chose, even if now unused
        if sections == self.sections:
            return
        self.sections = sections
        self.section.blockSignals(True)
        self.section.clear()
        self.section.addItem(self.tr("All sections"), None)
        for name in sections:
            self.section.addItem(name, name)
        self.section.setCurrentIndex(max(0, self.section.findData(current)))
        self.section.blockSignals(False)
        _fit(self.section)

    def _failed(self, exc: BaseException, serial: int) -> None:
        if serial == self._serial:
            self.failed.emit(exc)

    def _show(self, rows: list, serial: int) -> None:
        if serial != self._serial:
            return  # an answer to an older query
        selected = self.wanted
        self.model.clear()
        for row in rows:
            headline = row.headline or self.tr("(untitled)")
            item = QStandardItem(f"{headline}\n{self._details(row)}")
            item.setData(row.id, ID_ROLE)
            item.setData(row.headline, HEADLINE_ROLE)
            item.setToolTip(self._details(row))
            item.setAccessibleText(f"{row.headline} — {self._details(row)}")
            self.model.appendRow(item)
            if row.id == selected:
                self.view.setCurrentIndex(item.index())
        self.empty.setVisible(not rows and self.filtering)
        self.listed.emit(len(rows), self.filtering)

    def _details(self, row: object) -> str:
        return article_details(row)

    def ids(self) -> list[str]:
        return [self.model.item(i).data(ID_ROLE) for i in range(self.model.rowCount())]

    def headlines(self) -> list[str]:
        return [self.model.item(i).data(HEADLINE_ROLE) for i in range(self.model.rowCount())]

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, article_id: str | None) -> None:
        """Highlight the open article (``None`` or an id not listed yet: no highlight; an
        article listed later, once stored, is highlighted then)."""
        self.wanted = article_id or None
        for i in range(self.model.rowCount()):
            if self.model.item(i).data(ID_ROLE) == self.wanted:
                self.view.setCurrentIndex(self.model.index(i, 0))
                return
        self.view.selectionModel().clear()
        self.view.setCurrentIndex(QModelIndex())

    def _activated(self, index: QModelIndex) -> None:
        article_id = index.data(ID_ROLE)
        if article_id:
            self.wanted = article_id
            self.article_chosen.emit(article_id)
