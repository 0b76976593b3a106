"""The library panel: the articles in the database, newest change first.

Search as you type (debounced, run on the thread pool, diacritics-insensitive because the
library's search is), filters by status and section. Only the answer to the latest query is
shown. The list is a window on the library (``library_model``): it reads a page of articles
at a time, those it shows, on the thread pool, so a library of any size opens at once and a
change made elsewhere rereads what is on screen, not the whole library. Activating an entry emits ``article_chosen(id)``; files the library can import (.md,
.newsdesk, Word .docx) dropped on the list emit ``files_dropped(paths)``. The section filter offers the
newsroom's standard sections followed by any other section the library's articles use,
asked for on the thread pool at every refresh (so after each save, import and deletion).
A list read again keeps the article that was current, and, scrolled down, the articles on
screen where they were: those added or saved since come in above them unseen (at the top of
the list, they show).

Rows never move under the pointer: the list is newest change first, and leaving an article
saves it, so the row just left would jump to the top while the reporter moves on to click
the next one. A reread (a save, a change made elsewhere) waits while the pointer moves in
the list, until it leaves or rests there ``HOLD_MS``; a new search or filter, and what the
user asks for (View › Refresh, an import, a deletion), is read at once.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPoint,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
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
from .library_model import HEADLINE_ROLE, ID_ROLE, PAGE, ArticleListModel, Query
from .workers import Debouncer, run_task

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI

__all__ = ["HEADLINE_ROLE", "ID_ROLE", "LibraryPanel", "article_details", "status_label"]
SEARCH_DELAY_MS = 250
HOLD_MS = 2000  # a reread waits while the pointer moves in the list, this long after it rests
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


class _Pointer(QObject):
    """Tells the panel when the pointer moves in the list and when it leaves. A move counts
    when the pointer stands somewhere else than at the event before (a window shown or raised
    under a pointer at rest sends an Enter, and a move to where it already was, which do
    not); a click and the wheel always count."""

    ACTIONS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.Wheel)
    MOVES = (QEvent.Type.MouseMove, QEvent.Type.HoverMove, QEvent.Type.Enter)

    def __init__(self, panel: LibraryPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self._at: QPointF | None = None  # where the pointer stood at the last event

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in self.ACTIONS:
            self.panel._pointer_moved()
        elif kind in self.MOVES:
            at = event.globalPosition() if hasattr(event, "globalPosition") else None
            if at is not None and self._at is not None and at != self._at:
                self.panel._pointer_moved()
            self._at = at
        elif kind == QEvent.Type.Leave:
            self._at = None
            self.panel._pointer_left()
        return False


class LibraryPanel(QWidget):
    article_chosen = Signal(str)
    files_dropped = Signal(list)  # local paths of files to import
    listed = Signal(int, bool)  # how many shown, whether a search/filter was active
    failed = Signal(object)  # the list could not be read (e.g. the server is away)

    def __init__(self, library: LibraryAPI, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._section_serial = 0
        self.wanted: str | None = None  # the article to highlight: the one open
        self._kept: str | None = None  # the article current when the list was asked for
        self._locating: str | None = None  # the open article, being looked for in the list
        self._on_screen: list[tuple[str, int, int]] = []  # (id, version, row) before a reread
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
        self.model = ArticleListModel(library, self._describe, self)
        self.model.listed.connect(self._show)
        self.model.page_arrived.connect(self._page_arrived)
        self.model.failed.connect(self.failed)
        self.view.setModel(self.model)
        self.view.viewport().setAcceptDrops(True)
        self.view.viewport().installEventFilter(_FileDrops(self))
        self.view.viewport().setMouseTracking(True)  # moves without a button held reach it
        self.view.viewport().installEventFilter(_Pointer(self))
        self._moved_at: float | None = None  # when the pointer last moved in the list
        self.held = False  # a reread waits for the pointer to leave or rest
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._release)
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

    def query(self) -> Query:
        return Query(search=self.search.text().strip() or None,
                     status=self.status.currentData(), section=self.section.currentData())

    def refresh(self, *, now: bool = False) -> None:
        """List the articles matching the filters (read on the thread pool): a new search or
        filter lists from the start; the same one rereads the rows on screen, once the
        pointer has left the list or rests in it (at once when ``now``: the user asked)."""
        self._debounce.cancel()
        if not now and self.pointer_moving and self.query() == self.model.query:
            if not self.held:
                self.held = True
                self._hold.start()
            return
        self.held = False
        self._hold.stop()
        self.refresh_sections()
        self._kept = self.current_id()
        query = self.query()
        if query != self.model.query:
            self._on_screen = []
            self.model.reset(query)
        else:
            self._on_screen = self._articles_on_screen()
            self.model.refresh(self._rows_shown())

    @property
    def pointer_moving(self) -> bool:
        """The pointer moved in the list less than ``HOLD_MS`` ago (rows must stay put)."""
        return (self._moved_at is not None
                and time.monotonic() - self._moved_at < HOLD_MS / 1000)

    def _pointer_moved(self) -> None:
        self._moved_at = time.monotonic()
        if self.held:
            self._hold.start()  # it rests HOLD_MS from now

    def _pointer_left(self) -> None:
        self._moved_at = None
        self._release()

    def _release(self) -> None:
        """The pointer left the list or rests in it: a reread that waited runs now (not in a
        window closed meanwhile)."""
        if self.held:
            self.held = False
            if self.isVisible():
                self.refresh(now=True)

    def _rows_shown(self) -> list[int]:
        """The rows on screen and the current one (the model rereads their pages)."""
        rows = [self.view.currentIndex().row(), *(self._screen_rows() or ())]
        return [row for row in rows if row >= 0]

    def _screen_rows(self) -> tuple[int, int] | None:
        """The first and the last row on screen (None: none). The rows are spaced apart
        (``setSpacing``), on every side: a point on the viewport's edge falls between rows,
        so each edge is looked at a spacing further in too."""
        area = self.view.viewport().rect()
        step = 2 * self.view.spacing() + 1

        def row_at(y: int, inward: int) -> int:
            for dy in (0, inward * step):
                index = self.view.indexAt(QPoint(area.center().x(), y + dy))
                if index.isValid():
                    return index.row()
            return -1

        first = row_at(area.top(), 1)
        if first < 0:
            return None
        last = row_at(area.bottom(), -1)
        return first, last if last >= 0 else self.model.rowCount() - 1  # the list ends above

    def _articles_on_screen(self) -> list[tuple[str, int, int]]:
        """The articles read and shown, top first, when the list is scrolled down (at its top,
        none: what comes in above shows)."""
        rows = self._screen_rows()
        if self.view.verticalScrollBar().value() <= 0 or rows is None:
            return []
        shown = []
        for row in range(rows[0], rows[1] + 1):
            summary = self.model.summary(row)
            if summary is not None:
                shown.append((summary.id, summary.version, row))
        return shown

    def _keep_on_screen(self) -> None:
        """After a reread, scroll by as many rows as came in above the articles that were on
        screen (the first of them still there and not saved since: a saved one moved up)."""
        shown, self._on_screen = self._on_screen, []
        if not shown:
            return
        top = shown[0][2]
        for article_id, version, row in shown:
            now = self.model.row_of(article_id)
            summary = self.model.summary(now) if now is not None else None
            if now is None or summary is None or summary.version != version:
                continue
            if now != row:
                self.view.scrollTo(self.model.index(max(0, now - (row - top))),
                                   QAbstractItemView.ScrollHint.PositionAtTop)
            return

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

    def _show(self) -> None:
        """A list has arrived: the article that was current stays current (it may have
        moved), else the open article is highlighted if it is in the list. A current row that
        was not read yet when the list was asked for stays current (it is read when shown)."""
        self._keep_on_screen()
        current = self.view.currentIndex()
        if self._kept is None and current.isValid():
            pass
        elif (row := self._row_wanted()) is not None:
            index = self.model.index(row)
            if current != index:
                self.view.setCurrentIndex(index)
        else:
            if current.isValid():
                self.view.selectionModel().clear()
                self.view.setCurrentIndex(QModelIndex())
            self._locate()
        count = self.model.rowCount()
        self.empty.setVisible(not count and self.filtering)
        self.listed.emit(count, self.filtering)

    def _locate(self) -> None:
        """The open article is not among the rows read: ask the library where it is in the
        list (on the thread pool), read that page and highlight it there."""
        query, wanted = self.model.query, self.wanted
        if not wanted or query is None or query.search:  # a search lists its 200 newest only
            return
        run_task(lambda: self.library.position(wanted, status=query.status,
                                               section=query.section),
                 on_done=lambda row: self._located(wanted, query, row))

    def _located(self, article_id: str, query: Query, row: int | None) -> None:
        if row is None or article_id != self.wanted or query != self.model.query:
            return
        self._locating = article_id
        if self.model.summary(row) is not None:
            self._page_arrived(row // PAGE)
        else:
            self.model.ask(row)

    def _page_arrived(self, page: int) -> None:
        """A page was read: the open article located in it is highlighted (and shown)."""
        if self._locating is None or self._locating != self.wanted:
            return
        row = self.model.row_of(self.wanted)
        if row is not None and row // PAGE == page:
            self._locating = None
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(row))

    def _row_wanted(self) -> int | None:
        row = self.model.row_of(self._kept)
        return row if row is not None else self.model.row_of(self.wanted)

    def _describe(self, row: object) -> tuple[str, str]:
        """An article's entry: its headline over its details, and the details alone."""
        details = self._details(row)
        headline = getattr(row, "headline", "") or self.tr("(untitled)")
        return f"{headline}\n{details}", details

    def _details(self, row: object) -> str:
        return article_details(row)

    def ids(self) -> list[str]:
        """The ids listed, as far as they are read (all of a small library)."""
        return [row.id for row in self.model.loaded()]

    def headlines(self) -> list[str]:
        return [row.headline for row in self.model.loaded()]

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, article_id: str | None) -> None:
        """Highlight the open article (``None`` or an id not listed yet: no highlight; an
        article listed later, once stored, is highlighted then)."""
        self.wanted = self._kept = article_id or None
        row = self.model.row_of(self.wanted)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row))
            return
        self.view.selectionModel().clear()
        self.view.setCurrentIndex(QModelIndex())
        self._locate()  # further down a long list (not read yet): looked for

    def _activated(self, index: QModelIndex) -> None:
        article_id = index.data(ID_ROLE)
        if article_id:
            self.wanted = article_id
            self.article_chosen.emit(article_id)
