"""The library list follows changes made by other programs while the app is open: the
``newsdesk`` command importing into the same data folder, another process saving or
deleting (a second connection to the library), a shared PostgreSQL library whose live
listener cannot connect. The list picks them up by itself (a cheap check every few seconds
and when the window becomes active), at once with View › Refresh (F5), and keeps the
article selected, the articles on screen and what was typed in the open article."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from gui_support import close_window, commit_text, open_from_list, open_window, press
from newsdesk import launcher
from newsdesk.domain import Article, Status
from newsdesk.qt.library_panel import HEADLINE_ROLE, ID_ROLE
from newsdesk.services.library import Library
from review_support import postgres_database

pytestmark = pytest.mark.qt

ARTICLE = Path(__file__).parent / "fixtures" / "articles" / "hai-phong-cang.md"
IMPORTED = "Hải Phòng mở rộng cảng nước sâu Lạch Huyện"  # its headline
SOON_MS = 6000  # the check runs every 2 s: a change shows well within this
AT_ONCE_MS = 1200  # less than one interval of the check: only an immediate reread passes


@pytest.fixture
def stored(data_dir):
    """Three articles already in the library when the app opens, oldest first."""
    with Library.open(data_dir) as library:
        return [library.save(Article(headline=headline, body="Nội dung bài.", section=section))
                for headline, section in (("Giá lúa tăng ở Cần Thơ", "Kinh tế"),
                                          ("Mưa lớn ở Huế", "Thời sự"),
                                          ("Trường mới ở Sơn La", "Giáo dục"))]


@pytest.fixture
def window(qtbot, stored):
    w = open_window(qtbot, autosave_seconds=60)  # what is typed stays unsaved
    qtbot.waitUntil(lambda: len(w.library_panel.ids()) == len(stored), timeout=10000)
    yield w
    close_window(w)


def on_screen(panel) -> list[str]:
    """The entries the list widget shows, top to bottom, as painted (headline, details)."""
    view = panel.view
    shown = []
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        if view.visualRect(index).intersects(view.viewport().rect()):
            shown.append(index.data())
    return shown


def shows(panel, headline: str) -> bool:
    return any(entry.split("\n")[0] == headline for entry in on_screen(panel))


def current_id(panel) -> str | None:
    index = panel.view.currentIndex()
    return index.data(ID_ROLE) if index.isValid() else None


def typed_into(qtbot, window, article_id: str, text: str):
    """Open the article from the list and type ``text`` at the end of its body (with Telex,
    as an input method commits it); its editor, what was typed not yet saved."""
    open_from_list(qtbot, window, article_id)
    view = window.article_view
    view.body.setFocus()
    view.body.moveCursor(QTextCursor.MoveOperation.End)
    commit_text(view.body, text)
    return view


def import_on_the_command_line(capsys) -> str:
    """``newsdesk import FILE`` into the app's data folder (the real entry point)."""
    capsys.readouterr()
    assert launcher.main(["import", str(ARTICLE)]) == 0
    return capsys.readouterr().out.strip()


def test_an_import_on_the_command_line_shows_and_the_typing_stays(qtbot, window, stored,
                                                                     capsys):
    panel = window.library_panel
    chosen = stored[1]
    view = typed_into(qtbot, window, chosen.id, " Chưa lưu.")
    assert view.autosave.dirty
    assert current_id(panel) == chosen.id
    new_id = import_on_the_command_line(capsys)
    qtbot.waitUntil(lambda: shows(panel, IMPORTED), timeout=SOON_MS)
    assert panel.ids()[0] == new_id  # the newest, on top
    assert current_id(panel) == chosen.id  # the selection stays on the same article
    assert view.body.toPlainText().endswith("Nội dung bài. Chưa lưu.")  # nothing typed lost
    assert view.autosave.dirty and window.version_dialog is None
    assert view.base.id == chosen.id


def test_changes_and_deletions_by_another_process_show(qtbot, window, stored):
    panel = window.library_panel
    view = panel.view
    view.setFocus()
    press(view, Qt.Key.Key_Home)
    press(view, Qt.Key.Key_Down)  # the reporter goes down the list, opening nothing
    selected = current_id(panel)
    assert selected == stored[1].id and not window._has_article()
    first, _second, third = stored
    with Library.open(window.library.paths.data) as other:  # its own connections
        changed = other.get(first.id)
        changed.headline, changed.status = "Giá lúa giảm ở Cần Thơ", Status.SUBMITTED
        other.save(changed, expected_version=changed.version)
        other.delete(third.id)
    qtbot.waitUntil(lambda: shows(panel, "Giá lúa giảm ở Cần Thơ")
                    and not shows(panel, third.headline), timeout=SOON_MS)
    assert not shows(panel, first.headline)
    entry = next(e for e in on_screen(panel) if e.startswith("Giá lúa giảm ở Cần Thơ\n"))
    assert "Submitted" in entry
    assert panel.ids() == [first.id, stored[1].id]  # saved last: first
    assert current_id(panel) == selected  # still the article the reporter was on


def test_the_open_article_changed_elsewhere_follows_when_nothing_was_typed(qtbot, window,
                                                                           stored):
    chosen = stored[0]
    open_from_list(qtbot, window, chosen.id)
    view = window.article_view
    with Library.open(window.library.paths.data) as other:
        changed = other.get(chosen.id)
        changed.headline, changed.status = "Giá lúa giảm ở Cần Thơ", Status.SUBMITTED
        other.save(changed, expected_version=changed.version)
    qtbot.waitUntil(lambda: view.form.headline.text() == "Giá lúa giảm ở Cần Thơ",
                    timeout=SOON_MS)
    assert view.base.status == Status.SUBMITTED and view.base.version == changed.version + 1
    qtbot.waitUntil(lambda: shows(window.library_panel, "Giá lúa giảm ở Cần Thơ"), timeout=5000)
    assert current_id(window.library_panel) == chosen.id
    assert window.version_dialog is None and not view.autosave.dirty


def test_the_open_article_changed_elsewhere_never_replaces_what_was_typed(qtbot, window,
                                                                          stored):
    chosen = stored[0]
    view = typed_into(qtbot, window, chosen.id, " Đang viết dở.")
    with Library.open(window.library.paths.data) as other:
        changed = other.get(chosen.id)
        changed.body += "\n\nThêm một đoạn."
        other.save(changed, expected_version=changed.version)
    qtbot.waitUntil(lambda: window.version_dialog is not None, timeout=SOON_MS)
    assert view.body.toPlainText().endswith("Đang viết dở.")  # still on screen
    assert "Đang viết dở." not in window.library.get(chosen.id).body  # nothing overwritten


def test_view_refresh_f5_reads_the_library_at_once(qtbot, window, stored):
    action = window.actions_["refresh"]
    assert action in window.actions_.menus["view"].actions()
    assert action.shortcut().toString() == "F5"
    panel = window.library_panel
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.library_watch.timer.stop()  # only F5 may find it
    with Library.open(window.library.paths.data) as other:
        other.save(Article(headline="Cầu mới nối hai bờ sông"))
    QTest.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: shows(panel, "Cầu mới nối hai bờ sông"), timeout=AT_ONCE_MS)


def test_coming_back_to_the_window_shows_an_import_at_once(qtbot, window, capsys):
    panel = window.library_panel
    terminal = QWidget()  # the reporter goes to a terminal and imports there
    qtbot.addWidget(terminal)
    terminal.show()
    terminal.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=2000)
    import_on_the_command_line(capsys)
    qtbot.wait(50)
    window.activateWindow()  # and comes back
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.waitUntil(lambda: shows(panel, IMPORTED), timeout=AT_ONCE_MS)


def row_centre(panel, article_id: str) -> QPoint:
    return panel.view.visualRect(panel.model.index(panel.model.row_of(article_id))).center()


def test_rows_do_not_move_under_the_pointer(qtbot, window, stored):
    """The reporter edits the oldest article, then clicks one row and the next in the list:
    leaving the first saves it, which puts it on top, but not while the pointer is there —
    the second click opens the row clicked, not the one that moved under it."""
    panel = window.library_panel
    oldest, middle, newest = stored
    assert panel.ids() == [newest.id, middle.id, oldest.id]
    view = typed_into(qtbot, window, oldest.id, " Sửa thêm.")
    assert view.autosave.dirty
    viewport = panel.view.viewport()
    QTest.mouseMove(viewport, row_centre(panel, middle.id))
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=row_centre(panel, middle.id))
    qtbot.waitUntil(lambda: window._has_article() and window.article_view.base.id == middle.id,
                    timeout=5000)
    qtbot.waitUntil(lambda: "Sửa thêm." in window.library.get(oldest.id).body,
                    timeout=5000)  # stored: newest change first, it now heads the list
    qtbot.wait(300)  # (its reread would have come back by now)
    assert not panel.model.loading
    assert panel.ids() == [newest.id, middle.id, oldest.id]  # as the reporter saw it
    top = panel.view.visualRect(panel.model.index(0)).center()
    QTest.mouseMove(viewport, top)
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=top)
    qtbot.waitUntil(lambda: window.article_view.base.id == newest.id, timeout=5000)
    QTest.mouseMove(window.article_view.body.viewport(), QPoint(20, 20))  # the pointer leaves
    qtbot.waitUntil(lambda: panel.ids() == [oldest.id, newest.id, middle.id], timeout=AT_ONCE_MS)
    assert current_id(panel) == newest.id  # the open article, wherever it now stands


def test_a_save_waits_while_the_pointer_moves_over_the_list(qtbot, window, stored):
    """The reporter saves (Ctrl+S) with the pointer already moving over the list, on its way
    to the next article: the saved article would jump to the top; the rows stay as they are
    until the pointer stops or leaves, and the click opens the row it points at."""
    panel = window.library_panel
    oldest, middle, newest = stored
    typed_into(qtbot, window, oldest.id, " Sửa thêm.")
    viewport = panel.view.viewport()
    top = panel.view.visualRect(panel.model.index(0)).center()
    for dy in (12, 8, 4, 0):  # the pointer comes up the list, no button held
        QTest.mouseMove(viewport, top + QPoint(0, dy))
    assert panel.pointer_moving
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: "Sửa thêm." in window.library.get(oldest.id).body, timeout=5000)
    qtbot.waitUntil(lambda: panel.held, timeout=2000)
    qtbot.wait(300)
    assert panel.ids() == [newest.id, middle.id, oldest.id]
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=top)
    qtbot.waitUntil(lambda: window.article_view.base.id == newest.id, timeout=5000)


def test_a_pointer_at_rest_holds_nothing(qtbot, window):
    """A window shown or raised under a pointer at rest gets an Enter, and a move to where the
    pointer already is: neither is the reporter moving it, and nothing waits."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QCursor, QEnterEvent, QMouseEvent

    panel = window.library_panel
    viewport = panel.view.viewport()
    there = QPointF(QCursor.pos())  # where the pointer rests (the last test's, say)
    here = QPointF(viewport.mapFromGlobal(QCursor.pos()))
    QApplication.sendEvent(viewport, QEnterEvent(here, here, there))
    QApplication.sendEvent(viewport, QMouseEvent(QMouseEvent.Type.MouseMove, here, there,
                                                 Qt.MouseButton.NoButton,
                                                 Qt.MouseButton.NoButton,
                                                 Qt.KeyboardModifier.NoModifier))
    assert not panel.pointer_moving
    with Library.open(window.library.paths.data) as other:
        other.save(Article(headline="Cầu mới nối hai bờ sông"))
    window.library_watch.check()
    qtbot.waitUntil(lambda: shows(panel, "Cầu mới nối hai bờ sông"), timeout=AT_ONCE_MS)
    assert not panel.held


def test_rows_held_under_the_pointer_move_once_it_rests(qtbot, window, stored, monkeypatch):
    from newsdesk.qt import library_panel

    panel = window.library_panel
    monkeypatch.setattr(library_panel, "HOLD_MS", 300)  # (2 s in the app)
    panel._hold.setInterval(300)
    below_the_rows = QPoint(10, panel.view.viewport().height() - 5)
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=below_the_rows)
    assert panel.pointer_moving and not window._has_article()  # (a click on no row)
    with Library.open(window.library.paths.data) as other:
        other.save(Article(headline="Cầu mới nối hai bờ sông"))
    window.library_watch.check()
    qtbot.waitUntil(lambda: panel.held, timeout=SOON_MS)
    assert not shows(panel, "Cầu mới nối hai bờ sông")
    qtbot.waitUntil(lambda: shows(panel, "Cầu mới nối hai bờ sông"), timeout=AT_ONCE_MS)
    assert not panel.pointer_moving  # still there, resting: the list came up to date


def test_f5_reads_the_list_at_once_under_the_pointer(qtbot, window):
    panel = window.library_panel
    below_the_rows = QPoint(10, panel.view.viewport().height() - 5)
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=below_the_rows)
    assert panel.pointer_moving
    window.library_watch.timer.stop()
    with Library.open(window.library.paths.data) as other:
        other.save(Article(headline="Cầu mới nối hai bờ sông"))
    window.actions_["refresh"].trigger()
    qtbot.waitUntil(lambda: shows(panel, "Cầu mới nối hai bờ sông"), timeout=AT_ONCE_MS)
    assert not panel.held


def test_a_list_scrolled_down_keeps_its_place(qtbot, data_dir):
    with Library.open(data_dir) as library:
        library.repository.save_many([Article(headline=f"Tin số {n}") for n in range(80)])
    window = open_window(qtbot)
    try:
        panel = window.library_panel
        view = panel.view
        qtbot.waitUntil(lambda: len(panel.ids()) == 80, timeout=10000)
        view.scrollTo(view.model().index(30, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        view.setCurrentIndex(view.model().index(34, 0))
        top = view.indexAt(QPoint(view.viewport().width() // 2, 10)).data(HEADLINE_ROLE)
        selected = current_id(panel)
        assert top == panel.headlines()[30] and selected == panel.ids()[34]
        with Library.open(data_dir) as other:
            other.save(Article(headline="Bài mới một"))
            other.save(Article(headline="Bài mới hai"))
        qtbot.waitUntil(lambda: panel.model.rowCount() == 82, timeout=SOON_MS)
        qtbot.waitUntil(lambda: not panel.model.loading, timeout=5000)
        assert panel.headlines()[:2] == ["Bài mới hai", "Bài mới một"]
        assert view.indexAt(QPoint(view.viewport().width() // 2, 10)).data(HEADLINE_ROLE) == top  # the same place
        assert current_id(panel) == selected
        assert not shows(panel, "Bài mới hai")  # came in above, out of sight
    finally:
        close_window(window)


@pytest.mark.postgres
def test_a_shared_library_without_its_listener_still_shows_an_import(qtbot, tmp_path,
                                                                      monkeypatch, capsys):
    """PostgreSQL, the live listener unable to connect (its own way to the server is wrong,
    as behind a misconfigured pooler): the list still follows the command line."""
    from newsdesk.qt.app import create_application, create_main_window

    with postgres_database("nd_refresh") as url:
        monkeypatch.setenv("NEWSDESK_LIVE_DATABASE_URL", "postgresql://nobody@127.0.0.1:9/none")
        create_application([])
        window = create_main_window(["--database", url], offer_recovery=False,
                                    install_hook=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        try:
            qtbot.waitUntil(lambda: window.library.is_open and not window.library_panel
                            .model.loading and window.library_panel.model.query is not None,
                            timeout=20000)
            capsys.readouterr()
            assert launcher.main(["--database", url, "import", str(ARTICLE)]) == 0
            qtbot.waitUntil(lambda: shows(window.library_panel, IMPORTED), timeout=SOON_MS)
            assert not window.live.hearing
        finally:
            close_window(window)
