"""Opening another article while the last edit of the one before is still being saved.

The save of the article left behind finishes after the next one is open: it lands in the
library under its own article and changes nothing of the article now open (its id, version,
save state). The database is held by another connection's write transaction for a moment, so
the save is in flight for as long as the test needs, without sleeping.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from gui_support import close_window, commit_text, open_window
from newsdesk.domain import Article
from newsdesk.qt.status_bar import SaveState
from newsdesk.services.library import Library

pytestmark = pytest.mark.qt


@contextmanager
def database_held(window) -> Iterator[Callable[[], None]]:
    """Another connection holds the write lock until the block ends or ``release()`` is
    called: saves wait meanwhile (the library's busy timeout is 5 s)."""
    locker = sqlite3.connect(window.library.paths.database_file, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")

    def release() -> None:
        if locker.in_transaction:
            locker.execute("ROLLBACK")

    try:
        yield release
    finally:
        release()
        locker.close()


def stored(window, article_id: str) -> Article:
    """The article as the database holds it, read by a library of its own."""
    with Library.open(window.library.paths.data) as fresh:
        return fresh.get(article_id)


def two_articles(qtbot, window) -> tuple[Article, Article]:
    a = window.library.save(Article(headline="Mưa lớn ở Huế", body="Nước sông Hương lên."))
    b = window.library.save(Article(headline="Bão số 3", body="Bão vào Quảng Ninh."))
    window.library_panel.refresh()
    qtbot.waitUntil(lambda: set(window.library_panel.ids()) == {a.id, b.id}, timeout=5000)
    return a, b


def click_in_library(qtbot, window, article_id: str) -> None:
    panel = window.library_panel
    rect = panel.view.visualRect(panel.model.index(panel.model.row_of(article_id)))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_from_library(qtbot, window, article_id: str):
    click_in_library(qtbot, window, article_id)
    view = window.article_view
    qtbot.waitUntil(lambda: view.has_article and view.base.id == article_id, timeout=5000)
    return view


def type_at_end(view, text: str) -> None:
    view.body.setFocus()
    view.body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(view.body, text)


def settled(window) -> bool:
    view = window.article_view
    return (not view.saving and not view.autosave.dirty
            and window.status.state == SaveState.SAVED)


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot, autosave_seconds=0.3)
    yield w
    close_window(w)


def test_the_article_left_keeps_its_last_edit_and_the_next_one_its_own(qtbot, window):
    a, b = two_articles(qtbot, window)
    view = open_from_library(qtbot, window, a.id)
    with database_held(window):
        type_at_end(view, " Edit of A.")
        open_from_library(qtbot, window, b.id)  # A's last edit is sent as A closes: it waits
        assert view.saving
    qtbot.waitUntil(lambda: not view.saving, timeout=10000)  # A's save has landed
    type_at_end(view, " Edit of B.")
    qtbot.waitUntil(lambda: settled(window), timeout=10000)

    assert stored(window, a.id).body.strip() == "Nước sông Hương lên. Edit of A."
    assert stored(window, b.id).body.strip() == "Bão vào Quảng Ninh. Edit of B."
    assert view.base.id == b.id and view.form.headline.text() == "Bão số 3"
    assert view.current_article().id == b.id
    assert window.library_panel.current_id() == b.id
    assert window.side.article_id == b.id and window.comment_marks.article_id == b.id


def test_what_is_typed_while_the_save_is_in_flight_stays_with_its_article(qtbot, window):
    """The article is closed while one save is in flight and more was typed after it: that
    rest is saved after it, as the article was when closed (never the text open next)."""
    a, b = two_articles(qtbot, window)
    view = open_from_library(qtbot, window, a.id)
    with database_held(window):
        type_at_end(view, " First.")
        qtbot.waitUntil(lambda: view.autosave.in_flight, timeout=5000)
        type_at_end(view, " Second.")
        open_from_library(qtbot, window, b.id)
    type_at_end(view, " Edit of B.")
    qtbot.waitUntil(lambda: settled(window), timeout=10000)

    assert stored(window, a.id).body.strip() == "Nước sông Hương lên. First. Second."
    assert stored(window, b.id).body.strip() == "Bão vào Quảng Ninh. Edit of B."
    assert view.base.id == b.id and view.form.headline.text() == "Bão số 3"
    assert not window.journal.pending()  # both are in the library: nothing left to offer


def test_quitting_while_a_save_is_in_flight_stores_the_last_edit(qtbot):
    """Quit while one save is in flight and more was typed after it: the window waits for
    that save, then stores the rest with the version it brought back."""
    window = open_window(qtbot, autosave_seconds=0.3)
    wait = window.finish_background_work
    closed = False
    try:
        a, _b = two_articles(qtbot, window)
        view = open_from_library(qtbot, window, a.id)
        with database_held(window) as release:
            type_at_end(view, " First.")
            qtbot.waitUntil(lambda: view.autosave.in_flight, timeout=5000)
            type_at_end(view, " Last.")

            def released(*args, **kwargs):  # the database is free once the window waits
                release()
                return wait(*args, **kwargs)

            window.finish_background_work = released
            closed = True
            close_window(window)
    finally:
        if not closed:
            close_window(window)
    assert stored(window, a.id).body.strip() == "Nước sông Hương lên. First. Last."


def test_going_back_at_once_shows_the_last_edit_it_was_closed_with(qtbot, window):
    """Reopened while what was typed before it closed is still on its way: it is read once
    that is stored, so it shows that edit and goes on from the version it made."""
    a, b = two_articles(qtbot, window)
    view = open_from_library(qtbot, window, a.id)
    with database_held(window):
        type_at_end(view, " Edit of A.")
        open_from_library(qtbot, window, b.id)
        click_in_library(qtbot, window, a.id)
    qtbot.waitUntil(lambda: view.base.id == a.id, timeout=5000)
    assert view.body.markdown().strip() == "Nước sông Hương lên. Edit of A."
    type_at_end(view, " Again.")
    qtbot.waitUntil(lambda: settled(window), timeout=10000)

    assert stored(window, a.id).body.strip() == "Nước sông Hương lên. Edit of A. Again."
    assert stored(window, b.id).body.strip() == "Bão vào Quảng Ninh."
    assert window.version_dialog is None  # no conflict with its own last edit


def slow_to_read(window, monkeypatch, article_id: str, seconds: float) -> None:
    """Reading ``article_id`` from the library takes ``seconds`` (a slow disk or server)."""
    import time

    read = window._load

    def load(wanted: str) -> Article:
        if wanted == article_id:
            time.sleep(seconds)
        return read(wanted)

    monkeypatch.setattr(window, "_load", load)


def test_a_row_clicked_while_the_one_before_is_read_is_the_one_that_opens(qtbot, window,
                                                                          monkeypatch):
    a, b = two_articles(qtbot, window)
    slow_to_read(window, monkeypatch, a.id, 0.6)
    shown = []
    window.article_view.opened.connect(lambda article: shown.append(article.id))
    click_in_library(qtbot, window, a.id)
    view = open_from_library(qtbot, window, b.id)  # clicked at once
    qtbot.wait(1000)  # the first has been read by now
    assert shown == [b.id]  # never the first on screen, not even for a moment
    assert view.base.id == b.id and view.form.headline.text() == "Bão số 3"
    assert window.library_panel.current_id() == b.id


def test_a_new_article_is_not_replaced_by_one_still_being_read(qtbot, window, monkeypatch):
    a, _b = two_articles(qtbot, window)
    slow_to_read(window, monkeypatch, a.id, 0.6)
    click_in_library(qtbot, window, a.id)
    window.actions_["new"].trigger()
    view = window.article_view
    commit_text(view.form.headline, "Tin mới")  # typed with Telex
    qtbot.wait(1000)
    assert view.base.id != a.id and view.form.headline.text() == "Tin mới"


def test_the_last_sessions_article_read_late_never_comes_back_over_a_deletion(
        qtbot, window, monkeypatch):
    """At start the app reads the article open when it was last closed. Read slowly, it must
    not open after the reporter has opened another article and deleted it: the start page
    stays."""
    from PySide6.QtWidgets import QMessageBox

    a, b = two_articles(qtbot, window)
    window._remember_open(a.id)
    slow_to_read(window, monkeypatch, a.id, 0.6)
    window._reopen_last()  # as when the library has opened
    open_from_library(qtbot, window, b.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.actions_["delete"].trigger()
    qtbot.waitUntil(lambda: [s.id for s in window.library.list()] == [a.id], timeout=5000)
    qtbot.wait(1000)  # the last session's article has been read by now
    assert window.centre.currentWidget() is window.start_page
    assert not window._has_article()


def test_reopened_after_its_closing_save_failed_it_goes_on_from_the_text_it_was_closed_with(
        qtbot, window):
    """The database stays locked past its timeout while the article closes: the save fails,
    the status bar says which article was not saved, and opening it again shows what was
    typed (not the older version in the library), which is then saved, without a conflict."""
    a, b = two_articles(qtbot, window)
    view = open_from_library(qtbot, window, a.id)
    with database_held(window):
        type_at_end(view, " Edit of A.")
        open_from_library(qtbot, window, b.id)
        qtbot.waitUntil(lambda: not view.saving, timeout=10000)  # it failed after 5 s
        assert window.status.currentMessage().startswith("“Mưa lớn ở Huế” not saved yet")
        click_in_library(qtbot, window, a.id)
        qtbot.waitUntil(lambda: view.base.id == a.id, timeout=5000)
        assert view.body.markdown().strip() == "Nước sông Hương lên. Edit of A."
        assert window.isWindowModified()  # not stored yet, and the title says so
        assert window.status.currentMessage() == ""  # the save state says it now
    type_at_end(view, " Again.")
    qtbot.waitUntil(lambda: settled(window), timeout=15000)

    assert stored(window, a.id).body.strip() == "Nước sông Hương lên. Edit of A. Again."
    assert stored(window, b.id).body.strip() == "Bão vào Quảng Ninh."
    assert window.version_dialog is None  # no conflict with its own last edit
    assert not any(c.dirty for c in view.closing) and not window.journal.pending()


def test_a_photo_stored_after_its_article_closed_ends_that_article(qtbot, window, monkeypatch,
                                                                   tmp_path):
    """A photo inserted just before another article is opened, stored (slowly) after: it is
    added at the end of the article it was inserted into, never to the one open now, and the
    status bar says so."""
    import time

    from PySide6.QtWidgets import QFileDialog

    from gui_support import jpeg_bytes

    a, b = two_articles(qtbot, window)
    photo = tmp_path / "den-long.jpg"
    photo.write_bytes(jpeg_bytes(800, 600))
    add_photo = window.library.add_photo

    def slow_add(data: bytes, filename: str = "") -> str:
        time.sleep(0.8)
        return add_photo(data, filename)

    monkeypatch.setattr(window.library, "add_photo", slow_add)
    view = open_from_library(qtbot, window, a.id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    window.actions_["insert_photo"].trigger()
    open_from_library(qtbot, window, b.id)
    qtbot.waitUntil(lambda: "den-long.jpg" in window.status.currentMessage(), timeout=5000)
    assert "“Mưa lớn ở Huế”" in window.status.currentMessage()
    qtbot.waitUntil(lambda: not view.saving and not any(c.dirty for c in view.closing),
                    timeout=10000)

    kept = stored(window, a.id)
    assert kept.body.startswith("Nước sông Hương lên.")
    figure = kept.body.strip().splitlines()[-1]
    assert figure.startswith("![") and "images/den-long-" in figure
    assert list(kept.assets) == [figure[figure.index("(") + 1:].split(")")[0].split()[0]]
    assert stored(window, b.id).body.strip() == "Bão vào Quảng Ninh."
    assert view.base.id == b.id and "den-long" not in view.body.markdown()


def test_ctrl_s_on_a_busy_database_waits_and_saves_a_revision_without_a_message_box(
        qtbot, window, monkeypatch):
    """Ctrl+S while another program holds the database past its timeout: no message box
    takes the keys typed next (they stay in the article), the save state says it is not
    saved, and the save is sent again once the database is free: it lands as a revision."""
    from PySide6.QtWidgets import QMessageBox

    from newsdesk.domain.revision import RevisionKind
    from newsdesk.services.review import Review

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    a, _b = two_articles(qtbot, window)
    view = open_from_library(qtbot, window, a.id)
    with database_held(window) as release:
        type_at_end(view, " Fixed the time.")
        QTest.keySequence(window, "Ctrl+S")
        qtbot.waitUntil(lambda: window.status.state == SaveState.FAILED, timeout=10000)
        type_at_end(view, " Then more.")  # no box in the way: the keys reach the article
        assert boxes == []
        release()
        qtbot.waitUntil(lambda: settled(window), timeout=20000)
    assert boxes == []
    assert stored(window, a.id).body.strip() == "Nước sông Hương lên. Fixed the time. Then more."
    with Library.open(window.library.paths.data) as fresh:
        kinds = [str(r.kind) for r in Review(fresh).history(a.id)]
    assert str(RevisionKind.SAVE) in kinds, kinds


def test_a_closing_save_that_failed_is_sent_again_and_its_message_goes(qtbot, window):
    a, b = two_articles(qtbot, window)
    view = open_from_library(qtbot, window, a.id)
    with database_held(window):
        type_at_end(view, " Edit of A.")
        open_from_library(qtbot, window, b.id)
        qtbot.waitUntil(lambda: "not saved yet" in window.status.currentMessage(),
                        timeout=10000)
    qtbot.waitUntil(lambda: window.status.currentMessage() == "", timeout=15000)
    assert stored(window, a.id).body.strip() == "Nước sông Hương lên. Edit of A."
    assert view.base.id == b.id and not window.journal.pending()
