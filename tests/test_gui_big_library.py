"""A big library in the window: the list reads a page of articles at a time, on the thread
pool, and a change rereads only what is on screen (benchmarks/library_list_bench.py measures
it at 100,000 articles; here the rules are checked without a clock)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from gui_support import close_window, open_window, press, type_text
from newsdesk.domain import Article, Status
from newsdesk.qt.library_model import PAGE
from newsdesk.qt.library_panel import ID_ROLE
from newsdesk.services.library import Library

pytestmark = pytest.mark.qt

ARTICLES = 2 * PAGE + 137  # three pages, the last one short


@pytest.fixture
def asked(monkeypatch):
    """Every read of the list the library is asked for: (thread, offset, limit, search)."""
    calls: list[tuple[threading.Thread, int, int | None, str | None]] = []
    listing, counting = Library.list, Library.count

    def list_(self, **kwargs):
        calls.append((threading.current_thread(), kwargs.get("offset", 0), kwargs.get("limit"),
                      kwargs.get("search")))
        return listing(self, **kwargs)

    def count(self, **kwargs):
        calls.append((threading.current_thread(), -1, None, None))
        return counting(self, **kwargs)

    monkeypatch.setattr(Library, "list", list_)
    monkeypatch.setattr(Library, "count", count)
    return calls


@pytest.fixture
def big(data_dir):
    """A library of ARTICLES articles (the bulk path), oldest first; their ids, newest first."""
    with Library.open(data_dir) as library:
        stored = []
        for start in range(0, ARTICLES, 500):
            stored += library.repository.save_many([
                Article(headline=f"Tin số {n}", body="Nội dung.",
                        status=Status.PUBLISHED if n % 3 else Status.DRAFT)
                for n in range(start, min(ARTICLES, start + 500))])
        return [row.id for row in library.list()]


def test_the_list_reads_pages_on_the_pool_and_end_reaches_the_oldest(qtbot, big, asked):
    window = open_window(qtbot)
    try:
        panel = window.library_panel
        qtbot.waitUntil(lambda: len(panel.ids()) == PAGE, timeout=10000)
        assert panel.model.rowCount() == ARTICLES  # the scroll bar knows the whole list
        assert panel.ids() == big[:PAGE]  # newest first, one page read
        view = panel.view
        view.setFocus()
        press(view, Qt.Key.Key_Home)
        assert view.currentIndex().data(ID_ROLE) == big[0]
        press(view, Qt.Key.Key_End)  # the oldest article: its page is read, not the ones between
        qtbot.waitUntil(lambda: view.currentIndex().data(ID_ROLE) == big[-1], timeout=5000)
        assert 1 not in panel.model.pages
        # a change elsewhere (or a save here): what is shown is read again, nothing more
        del asked[:]
        panel.refresh()
        qtbot.waitUntil(lambda: not panel.model.loading, timeout=5000)
        assert sorted(offset for _t, offset, _l, _s in asked) == [-1, 0, 2 * PAGE]
        assert view.currentIndex().data(ID_ROLE) == big[-1]  # still on the same article
        # a filter lists from the start, on the server
        panel.status.setCurrentIndex(panel.status.findData(Status.DRAFT.value))
        drafts = (ARTICLES + 2) // 3
        qtbot.waitUntil(lambda: panel.model.rowCount() == drafts, timeout=5000)
        assert all(row.status == Status.DRAFT for row in panel.model.loaded())
    finally:
        close_window(window)
    main = threading.main_thread()
    assert asked and all(thread is not main for thread, *_ in asked)  # never on the UI thread
    assert all(search or (limit is not None and limit <= PAGE)
               for _t, offset, limit, search in asked if offset >= 0)  # never the whole list


def test_activating_a_row_opens_that_article(qtbot, big):
    window = open_window(qtbot)
    try:
        panel = window.library_panel
        qtbot.waitUntil(lambda: len(panel.ids()) == PAGE, timeout=10000)
        view = panel.view
        view.setFocus()
        press(view, Qt.Key.Key_Home)
        press(view, Qt.Key.Key_Down)
        press(view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window._has_article()
                        and window.article_view.base.id == big[1], timeout=5000)
        assert panel.current_id() == big[1]
    finally:
        close_window(window)


def test_typing_in_the_list_finds_a_headline_without_reading_every_page(qtbot, big, asked):
    with Library.open() as library:  # one more, newest, to be found by its first letters
        found = library.save(Article(headline="Đà Nẵng mở tuyến xe buýt", body="x"))
    window = open_window(qtbot)
    try:
        panel = window.library_panel
        qtbot.waitUntil(lambda: len(panel.ids()) == PAGE, timeout=10000)
        view = panel.view
        view.setFocus()
        press(view, Qt.Key.Key_End)
        qtbot.waitUntil(lambda: view.currentIndex().data(ID_ROLE) == big[-1], timeout=5000)
        press(view, Qt.Key.Key_Home)
        press(view, Qt.Key.Key_Down)  # from the second row on: every row after it, then wrap
        del asked[:]
        type_text(view, "Đà")  # type-ahead: the next headline starting so (wrapping)
        assert view.currentIndex().data(ID_ROLE) == found.id
        assert asked == []  # found among the rows read; no page asked for
    finally:
        close_window(window)


def test_the_open_article_is_highlighted_however_far_down(qtbot, big, asked):
    window = open_window(qtbot)
    try:
        panel = window.library_panel
        qtbot.waitUntil(lambda: len(panel.ids()) == PAGE, timeout=10000)
        oldest = big[-1]
        window.open_article_id(oldest)  # as the last article open is reopened at start
        qtbot.waitUntil(lambda: panel.current_id() == oldest, timeout=5000)
        assert panel.view.currentIndex().row() == ARTICLES - 1
        assert 1 not in panel.model.pages  # its page was read, not the ones before it
        # a filter that keeps it: found again in the new list
        status = window.article_view.base.status
        drafts = (ARTICLES + 2) // 3
        panel.status.setCurrentIndex(panel.status.findData(status.value))
        qtbot.waitUntil(lambda: panel.model.rowCount() == (
            drafts if status == Status.DRAFT else ARTICLES - drafts)
            and panel.current_id() == oldest, timeout=5000)
        assert panel.model.summary(panel.view.currentIndex().row()).status == status
    finally:
        close_window(window)


def test_a_reread_reads_the_rows_on_screen_again(qtbot, big, asked):
    """Scrolled down to a page other than the current row's, a change rereads that page too:
    the rows on screen never turn into placeholders to be read one more time."""
    window = open_window(qtbot)
    try:
        panel = window.library_panel
        qtbot.waitUntil(lambda: len(panel.ids()) == PAGE, timeout=10000)
        view = panel.view
        view.setCurrentIndex(panel.model.index(3))  # on the first page
        view.scrollTo(panel.model.index(PAGE + 100), QAbstractItemView.ScrollHint.PositionAtTop)
        qtbot.waitUntil(lambda: 1 in panel.model.pages, timeout=5000)  # read as it showed
        reread: list[set[int]] = []
        panel.model.listed.connect(lambda: reread.append(set(panel.model.pages)))
        del asked[:]
        panel.refresh()  # a change elsewhere (or a save here)
        qtbot.waitUntil(lambda: bool(reread), timeout=5000)
        assert {0, 1} <= reread[0]  # the page on screen came with the reread, not dropped
        assert PAGE in [offset for _t, offset, _l, _s in asked]
        assert panel.current_id() == big[3]
    finally:
        close_window(window)
