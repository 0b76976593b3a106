"""The library list's model: a window of a list of any length, read a page at a time.

``ArticleListModel`` holds the number of articles the list has (all of them, or those the
status and section filters keep) and the pages of ``PAGE`` summaries read so far, newest
change first. The view asks only for the rows it shows: a row whose page is not read yet
shows a placeholder and asks for its page on the thread pool; the page fills in when it
arrives. So opening a library of 100,000 articles reads one count and one page, scrolling
to the end reads the pages passed over that the view shows, and nothing runs a query on the
UI thread. A search answers its newest matches at once (at most the library's search
limit, 200), as one page.

``reset(query)`` starts a new list (other filters or search): the old rows stay until the new
ones arrive. ``refresh(rows)`` reads again, for the same query, the first page and the pages
holding ``rows`` (those on screen and the current one) — a colleague's change, a save or a
deletion rereads what is shown, never the whole list — and drops the other pages, which are
read again if they are scrolled back to. Scrolling through a long list keeps at most
``KEPT_PAGES`` pages, forgetting those farthest from where the list is read. Answers to an
older request are ignored.

Each new list and each reread also reads the library's change stamp first
(``Library.change_stamp``), kept as ``stamp``: the rows shown are at least as new as it. A
stamp read later that differs means the library changed since (``library_watch``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal

from .workers import run_task

if TYPE_CHECKING:
    from newsdesk.services.library import ArticleSummary, LibraryAPI

log = logging.getLogger(__name__)

PAGE = 500  # rows read at once: the most the list ever asks the library for
KEPT_PAGES = 40  # pages held at most (20,000 rows); the farthest from those read last go
SEARCH_LIMIT = 200  # a search's newest matches (the library's own limit)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADLINE_ROLE = Qt.ItemDataRole.UserRole + 2
PLACEHOLDER = "…\n "  # two lines, like every article's entry

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Query:
    search: str | None = None
    status: str | None = None
    section: str | None = None


def read(library: LibraryAPI, query: Query, pages: Iterable[int],
         total: int | None = None) -> tuple[int, dict[int, list]]:
    """Worker thread: how many articles ``query`` lists (unless ``total`` is known), and the
    ``pages`` asked for."""
    if query.search:
        rows = library.list(search=query.search, status=query.status, section=query.section,
                            limit=SEARCH_LIMIT)
        return len(rows), {0: rows}
    if total is None:
        total = library.count(status=query.status, section=query.section)
    found = {}
    for page in sorted(set(pages)):
        if page * PAGE < total or page == 0:
            found[page] = library.list(status=query.status, section=query.section,
                                       offset=page * PAGE, limit=PAGE)
    return total, found


def reread(library: LibraryAPI, query: Query, pages: Iterable[int],
           ) -> tuple[object, int, dict[int, list]]:
    """Worker thread: the library's change stamp, then the list as ``read`` gives it. The
    stamp comes first: a change made while the rows are read makes the next stamp differ,
    so it is read again then rather than missed."""
    stamp = library.change_stamp()
    return (stamp, *read(library, query, pages))


class ArticleListModel(QStringListModel):
    """The rows are counted by Qt's own string list (empty strings, one per article listed):
    a list view lays out every row, asking for each row's index, so ``rowCount`` and
    ``index`` must not be Python (100,000 rows: 0.6 s of the UI thread). Only ``data`` is,
    for the rows on screen."""

    listed = Signal()  # a new list or a list read again has arrived
    page_arrived = Signal(int)  # a page read for the view (its number)
    failed = Signal(object)  # a list or a page could not be read (e.g. the server is away)

    def __init__(self, library: LibraryAPI, describe, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.describe = describe  # summary -> (text shown, details line)
        self.query: Query | None = None
        self.total = 0
        self.pages: dict[int, list[ArticleSummary]] = {}
        self._pending: set[int] = set()
        self._serial = 0
        self.loading = False  # a new list or a reread is under way
        self.stamp: object = None  # the library's change stamp read with the rows shown

    # -- Qt's model interface ----------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self.summary(index.row())
        if summary is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._ask(index.row() // PAGE)
                return PLACEHOLDER
            return None
        if role == ID_ROLE:
            return summary.id
        if role == HEADLINE_ROLE:
            return summary.headline
        if role == Qt.ItemDataRole.DisplayRole:
            return self.describe(summary)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(summary)[1]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary.headline} — {self.describe(summary)[1]}"
        return None

    def match(self, start: _Index, role: int, value: Any, hits: int = 1,
              flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
              ) -> list[QModelIndex]:
        """Type-ahead in the list (a headline starting with the letters typed) looks through
        the rows read, never asking for the others (Qt's own would read every row)."""
        if role != Qt.ItemDataRole.DisplayRole or not isinstance(value, str) or not self.total:
            return super().match(start, role, value, hits, flags)
        wanted = value.casefold()
        rows = self.loaded()
        first = start.row() if start.isValid() else 0
        order = list(range(first, len(rows)))
        if flags & Qt.MatchFlag.MatchWrap:
            order += range(0, min(first, len(rows)))
        found = []
        for row in order:
            headline = (rows[row].headline or "").casefold()
            if headline.startswith(wanted) if flags & Qt.MatchFlag.MatchStartsWith \
                    else wanted in headline:
                found.append(self.index(row))
                if hits != -1 and len(found) >= hits:
                    break
        return found

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- what is read ------------------------------------------------------------------------
    def summary(self, row: int) -> ArticleSummary | None:
        rows = self.pages.get(row // PAGE)
        if rows is None or not 0 <= row < self.total:
            return None
        offset = row % PAGE
        return rows[offset] if offset < len(rows) else None

    def loaded(self) -> list[ArticleSummary]:
        """The rows read, in order, from the first up to the first row not read."""
        out: list[ArticleSummary] = []
        for page in range((self.total + PAGE - 1) // PAGE):
            rows = self.pages.get(page)
            if rows is None:
                break
            out.extend(rows)
            if len(rows) < PAGE:
                break
        return out[: self.total]

    def row_of(self, article_id: str | None) -> int | None:
        if not article_id:
            return None
        for page, rows in self.pages.items():
            for offset, summary in enumerate(rows):
                if summary.id == article_id and page * PAGE + offset < self.total:
                    return page * PAGE + offset
        return None

    # -- reading -----------------------------------------------------------------------------
    def reset(self, query: Query) -> None:
        """List ``query`` from its start (its first page and its count)."""
        self.query = query
        self._read([0], replace=True)

    def refresh(self, rows: Iterable[int] = ()) -> None:
        """Read the same list again: its first page and the pages of ``rows``."""
        if self.query is None:
            return
        self._read([0, *(row // PAGE for row in rows if row >= 0)], replace=False)

    def _read(self, pages: list[int], *, replace: bool) -> None:
        assert self.query is not None
        self._serial += 1
        self._pending.clear()
        self.loading = True
        serial, query = self._serial, self.query
        run_task(reread, self.library, query, pages,
                 on_done=lambda found: self._listed(found, serial, replace),
                 on_error=lambda exc: self._failed(exc, serial, replace=replace))

    def _failed(self, exc: BaseException, serial: int, page: int | None = None, *,
                replace: bool = False) -> None:
        if not shiboken6.isValid(self):  # the window closed while the list was being read
            return
        if page is not None:
            self._pending.discard(page)  # asked again when shown again
        elif serial == self._serial:
            self.loading = False
            if replace:  # a new search or filter: the old rows do not answer it
                self.total, self.pages = 0, {}
                self.setStringList([])
        log.warning("library list not read: %s", exc)
        if serial == self._serial:
            self.failed.emit(exc)

    @property
    def reads(self) -> int:
        """How many lists and rereads were asked for (an answer to an older one is ignored)."""
        return self._serial

    def _listed(self, found: tuple[object, int, dict[int, list]], serial: int,
                replace: bool) -> None:
        if not shiboken6.isValid(self) or serial != self._serial:
            return  # the window closed meanwhile, or an answer to an older request
        self.stamp, total, pages = found
        self.loading = False
        if replace:
            self.total, self.pages = total, pages
            self.setStringList([""] * total)  # a reset of the model
        else:
            old = self.total
            self.total = total  # before the rows are there: they show what is read
            if total > old:
                self.insertRows(old, total - old)
            elif total < old:
                self.removeRows(total, old - total)
            self.pages = pages  # the others are read again when shown
            for page in pages:  # (a row not read shows as such when it is painted)
                first, last = page * PAGE, min(total, (page + 1) * PAGE) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first), self.index(last))
        self.listed.emit()

    def ask(self, row: int) -> None:
        """Read the page of ``row`` if it is not read (``page_arrived`` says when)."""
        if 0 <= row < self.total:
            self._ask(row // PAGE)

    def _ask(self, page: int) -> None:
        if page in self._pending or page in self.pages or self.query is None:
            return
        self._pending.add(page)
        serial, query = self._serial, self.query
        run_task(read, self.library, query, [page], self.total,
                 on_done=lambda found: self._page(found, page, serial),
                 on_error=lambda exc: self._failed(exc, serial, page))

    def _page(self, found: tuple[int, dict[int, list]], page: int, serial: int) -> None:
        if not shiboken6.isValid(self) or serial != self._serial:
            return
        self._pending.discard(page)
        rows = found[1].get(page)
        if rows is None:
            return
        self.pages[page] = rows
        while len(self.pages) > KEPT_PAGES:  # scrolled through a long list: forget the farthest
            del self.pages[max((p for p in self.pages if p != 0), key=lambda p: abs(p - page))]
        first = page * PAGE
        last = min(self.total, first + PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first), self.index(last))
        self.page_arrived.emit(page)
