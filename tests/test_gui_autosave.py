"""Autosave, crash recovery and input-method safety: typed text is never lost.

- every change reaches the database a moment after the last keystroke (new articles too);
- a process killed with SIGKILL after typing gives its text back at the next start;
- text an input method is still composing (preedit) is committed when focus moves and when the
  window is deactivated; autosave and the journal store it without committing it (these
  synthetic events stand in for macOS and Windows input methods; tests/test_ime_real.py types
  through a real one).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from gui_support import close_window, commit_text, open_window, preedit, type_text
from newsdesk.config.settings import Settings
from newsdesk.qt import recovery_dialog

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot, autosave_seconds=0.3)
    yield w
    close_window(w)


def test_a_new_article_reaches_the_database_while_typing(qtbot, window):
    window.new_article()
    view = window.article_view
    type_text(view.form.headline, "Bão số 5 đổ bộ")
    qtbot.waitUntil(window.isWindowModified, timeout=2000)  # unsaved: "*" in the title
    library = window.library
    qtbot.waitUntil(lambda: [s.headline for s in library.list()] == ["Bão số 5 đổ bộ"],
                    timeout=5000)
    article_id = library.list()[0].id
    view.body.setFocus()
    commit_text(view.body, "Gió giật cấp mười hai ở ven biển.")
    qtbot.waitUntil(lambda: "cấp mười hai" in library.get(article_id).body, timeout=5000)
    # still one article: later autosaves update the one the first autosave created
    assert len(library.list()) == 1
    qtbot.waitUntil(lambda: window.status.save_state.text() in ("Saved", "Đã lưu"), timeout=5000)
    assert window.windowTitle() == "Bão số 5 đổ bộ[*] — Newsdesk"
    assert not window.isWindowModified()  # the title's "*" is gone once stored
    # the article reached the database: its recovery journal is gone
    qtbot.waitUntil(lambda: not list((library.paths.data / "recovery").glob("*.json")),
                    timeout=5000)


def test_closing_the_window_saves_the_last_keystrokes(qtbot):
    w = open_window(qtbot, autosave_seconds=60)
    w.new_article()
    type_text(w.article_view.form.headline, "Đóng cửa sổ vẫn lưu")
    library = w.library
    w.close()
    assert [s.headline for s in library.list()] == ["Đóng cửa sổ vẫn lưu"]
    assert not list((library.paths.data / "recovery").glob("*.json"))
    library.close()


def test_preedit_is_committed_when_focus_moves(qtbot, window):
    window.new_article()
    form = window.article_view.form
    form.headline.setFocus()
    commit_text(form.headline, "Tin ")
    preedit(form.headline, "Việt")  # Telex still composing the word
    assert form.headline.text() == "Tin "
    form.sapo.setFocus()
    QApplication.processEvents()
    assert form.headline.text() == "Tin Việt"
    preedit(form.sapo, "mới")
    form.byline.setFocus()
    QApplication.processEvents()
    assert form.sapo.toPlainText() == "mới"


def test_autosave_reads_the_preedit_without_committing_it(qtbot, window):
    """Autosave fires while the reporter is typing: it stores the word being composed but
    leaves the composition alone (a commit would cut the word: "ve" + "è")."""
    window.new_article()
    view = window.article_view
    form = view.form
    form.headline.setFocus()
    commit_text(form.headline, "Tin nhanh ")
    preedit(form.headline, "về")
    view.body.setFocus()
    commit_text(view.body, "Nước lũ ")
    preedit(view.body, "dâng")
    view.body.setFocus()
    view.autosave.generation += 1
    view.autosave.save_now()
    library = window.library
    qtbot.waitUntil(lambda: any("Nước lũ dâng" in library.get(s.id).body
                                for s in library.list()), timeout=5000)
    assert library.list()[0].headline == "Tin nhanh về"  # committed when focus moved on
    # the composition is still the input method's: nothing committed into the body
    assert view.body.toPlainText() == "Nước lũ "
    assert view.body.textCursor().block().layout().preeditAreaText() == "dâng"
    commit_text(view.body, "dâng")  # the input method ends the word itself
    assert view.body.markdown() == "Nước lũ dâng\n"  # nothing doubled


def test_the_journal_and_statistics_read_a_field_being_composed(qtbot, window):
    window.new_article()
    view = window.article_view
    form = view.form
    form.sapo.setFocus()
    commit_text(form.sapo, "Giao ")
    preedit(form.sapo, "thông")
    form.headline.setFocus()  # focus leaves the sapo: committed there
    assert form.sapo.toPlainText() == "Giao thông"
    commit_text(form.headline, "Hà  mưa")
    form.headline.setCursorPosition(3)
    preedit(form.headline, "Nội")  # composing in the middle of the field
    assert view.current_article().headline == "Hà Nội mưa"
    assert form.headline.text() == "Hà  mưa"  # untouched
    view.autosave.write_journal()
    journal = view.journal
    qtbot.waitUntil(lambda: any(e.article.headline == "Hà Nội mưa" for e in journal.pending()),
                    timeout=5000)
    assert view.ime.pending(form.headline) == "Nội"
    view._update_stats()
    qtbot.waitUntil(lambda: window.status.words.text().startswith("5"), timeout=5000)


def test_deactivating_the_window_commits_the_preedit(qtbot, window):
    window.new_article()
    view = window.article_view
    view.body.setFocus()
    commit_text(view.body, "Nước lũ ")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    preedit(view.body, "cao")
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()  # the reporter switches to another window
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=2000)
    assert view.body.toPlainText() == "Nước lũ cao"


RECOVERY_SCRIPT = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    sys.path.insert(0, {tests!r})
    from gui_support import type_text
    from newsdesk.qt.app import create_application, create_main_window

    app = create_application([])
    window = create_main_window([], offer_recovery=False)
    window.show()
    journal = window.journal.folder

    def typed():
        window.new_article()
        view = window.article_view
        type_text(view.form.headline, "Phóng sự vùng lũ")
        view.body.setFocus()
        type_text(view.body, "Đêm qua, nước sông Bồ lên nhanh.\\nNgười dân đã kịp sơ tán.")
        QTimer.singleShot(100, wait_for_journal)

    def wait_for_journal():  # the first keystroke is journalled at once, the rest ~1 s later
        if any("sơ tán" in path.read_text(encoding="utf-8") for path in journal.glob("*.json")):
            print("TYPED", flush=True)
        else:
            QTimer.singleShot(100, wait_for_journal)

    QTimer.singleShot(50, typed)
    app.exec()
""")


def test_text_typed_before_a_kill_is_offered_back(qtbot, data_dir, monkeypatch, tmp_path):
    # autosave far away: only the recovery journal can have the text when the process dies
    settings = Settings(autosave_seconds=600.0)
    settings.save(data_dir / "config" / "settings.json")
    script = tmp_path / "crash_app.py"
    script.write_text(RECOVERY_SCRIPT.format(tests=str(Path(__file__).parent)), encoding="utf-8")
    env = {**os.environ, "NEWSDESK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env, text=True)
    try:
        line = process.stdout.readline()
        assert line.strip() == "TYPED"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    (journal,) = (data_dir / "recovery").glob("*.json")
    kept = json.loads(journal.read_text(encoding="utf-8"))["article"]["body"]
    assert "Đêm qua, nước sông Bồ lên nhanh." in kept and "Người dân đã kịp sơ tán." in kept

    asked = []
    monkeypatch.setattr(recovery_dialog, "ask_restore",
                        lambda parent, entry: asked.append(entry) or True)
    w = open_window(qtbot, autosave_seconds=0.3)
    try:
        assert w.library.list() == []  # nothing reached the database before the kill
        assert w.offer_recovery()
        assert asked and asked[0].article.headline == "Phóng sự vùng lũ"
        view = w.article_view
        assert view.form.headline.text() == "Phóng sự vùng lũ"
        assert view.body.markdown() == kept
        assert view.body.toPlainText().split("\n")[-1] == "Người dân đã kịp sơ tán."
        # the restored text is saved like any edit
        qtbot.waitUntil(lambda: [s.headline for s in w.library.list()] == ["Phóng sự vùng lũ"],
                        timeout=5000)
    finally:
        close_window(w)


def test_the_journal_is_written_even_while_typing_never_pauses(qtbot):
    from newsdesk.qt.workers import Debouncer

    fired: list[int] = []
    debouncer = Debouncer(300, lambda: fired.append(1), max_wait_ms=600)
    plain = Debouncer(300, lambda: fired.append(0))
    for _ in range(40):  # a keystroke every 40 ms for 1.6 s: never a 300 ms pause
        debouncer.poke()
        plain.poke()
        qtbot.wait(40)
    assert fired.count(1) >= 1  # the bounded one fired during the burst
    assert fired.count(0) == 0  # a plain debouncer would still be waiting
    qtbot.waitUntil(lambda: fired.count(0) == 1, timeout=2000)


def test_journal_entries_the_library_already_has_are_not_offered(qtbot, monkeypatch):
    from newsdesk.domain import Article

    w = open_window(qtbot)
    try:
        stored = w.library.save(Article(headline="Đã lưu rồi", body="Nội dung đủ."))
        w.journal.write("same", stored)
        changed = stored.copy(body="Nội dung đủ. Thêm một câu chưa lưu.")
        w.journal.write("newer", changed)
        asked = []
        monkeypatch.setattr(recovery_dialog, "ask_restore",
                            lambda parent, entry: asked.append(entry.key) or True)
        assert w.offer_recovery()
        assert asked == ["newer"]
        assert w.article_view.body.markdown().strip() == "Nội dung đủ. Thêm một câu chưa lưu."
        qtbot.waitUntil(lambda: "chưa lưu" in w.library.get(stored.id).body, timeout=5000)
        qtbot.waitUntil(lambda: not w.journal.pending(), timeout=5000)
    finally:
        close_window(w)


def test_a_new_article_typed_before_the_library_opened_is_not_offered_back(qtbot,
                                                                           monkeypatch):
    """The library opens in the background and the recovery question comes once it is open:
    a new article begun and typed in before that (its first keystroke journalled at once) is
    the text being typed, not text left by a crash. Asking would put the question in the middle
    of the typing, and a space bar or Return answering "Restore" reopened the first keystroke
    over everything typed since."""
    w = open_window(qtbot, autosave_seconds=600)  # only the journal holds the text
    try:
        w.actions_["new"].trigger()
        view = w.article_view
        type_text(view.form.headline, "Tin nóng: cháy chợ")
        qtbot.waitUntil(lambda: len(w.journal.pending()) == 1, timeout=5000)
        asked = []
        monkeypatch.setattr(recovery_dialog, "ask_restore",
                            lambda parent, entry: asked.append(entry.key) or True)
        assert not w.offer_recovery()  # what library.ready runs
        assert asked == []
        assert view.form.headline.text() == "Tin nóng: cháy chợ"
        assert len(w.journal.pending()) == 1  # still protecting the text being typed
    finally:
        close_window(w)


def test_deleting_the_open_article(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from newsdesk.domain import Article

    w = open_window(qtbot)
    try:
        w.open_article(w.library.save(Article(headline="Bài sẽ xóa")))
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        w.actions_["delete"].trigger()
        qtbot.waitUntil(lambda: w.library.list() == [], timeout=5000)
        assert w.centre.currentWidget() is w.start_page
        assert not w.actions_["save"].isEnabled()
    finally:
        close_window(w)


def test_the_article_shown_is_remembered_at_once_for_a_start_after_a_crash(qtbot):
    """Not only on a clean quit: after a kill the app comes back to the article that was
    being edited, a new article once it is first stored included."""
    from newsdesk.domain import Article
    from newsdesk.qt.main_window import window_settings

    window = open_window(qtbot, autosave_seconds=0.2)
    try:
        first = window.library.save(Article(headline="Mưa lớn ở Huế", body="x"))
        window.library.save(Article(headline="Hải Phòng mở rộng cảng", body="y"))
        window.open_article(window.library.get(first.id))

        def last():
            return window_settings(window.paths).value("last_article", "")

        assert last() == first.id  # on disk now: no quit needed
        window.new_article()
        type_text(window.article_view.form.headline, "Tin mới")
        qtbot.waitUntil(lambda: window.article_view.base.id is not None, timeout=5000)
        qtbot.waitUntil(lambda: last() == window.article_view.base.id, timeout=5000)
    finally:
        close_window(window)
