"""A replacement made in suggest mode on the real main window is one suggestion everywhere:
a word typed over with its space ("chín " → "9 "), and a word deleted with Backspace then
typed anew ("lửa", then "9") are each one item in the Changes list, in the library after
saving, and after a review bundle goes to another library (its ``changes --json`` too)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from cli_support import run_newsdesk
from gui_support import close_window, open_window, press, type_text
from newsdesk.domain import Article
from newsdesk.domain.suggestions import pending

pytestmark = pytest.mark.qt

BODY = "Cầu Rồng phun lửa chín lần rồi phun nước.\n"


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    w.library.settings.user_name = "Lê Minh"
    w.library.settings.user_initials = "LM"
    yield w
    close_window(w)


def test_replacements_stay_one_suggestion_after_saving_and_a_bundle(qtbot, window, tmp_path):
    article = window.library.save(Article(headline="Cầu Rồng", body=BODY))
    window.open_article(article)
    body = window.article_view.body
    body.setFocus()
    window.actions_["suggest_mode"].trigger()
    cursor = body.document().find("chín ")
    body.setTextCursor(cursor)  # the word with its space, as Ctrl+Shift+Right selects it
    type_text(body, "9 ")
    cursor = body.document().find("lửa")
    cursor.clearSelection()
    body.setTextCursor(cursor)
    for _ in range(3):
        press(body, Qt.Key.Key_Backspace)
    type_text(body, "9")
    window.actions_["show_side"].setChecked(True)
    window.side.set_current_tab("review")
    qtbot.waitUntil(lambda: window.side.review_tab.widget is not None, timeout=5000)
    review = window.side.review_tab.widget
    review.show_changes()
    panel = review.changes
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=5000)
    assert [(c.kind, c.old.strip(), c.new.strip()) for c in panel.changes] == [
        ("replace", "lửa", "9"), ("replace", "chín", "9")]
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: len(pending(window.library.get(article.id).body)) == 2,
                    timeout=10000)
    stored = window.library.get(article.id).body
    assert [(s.kind, s.old, s.new) for s in pending(stored)] == [
        ("replace", "lửa", "9"), ("replace", "chín", "9")]
    bundle = window.library.export(article.id, "bundle", tmp_path / "bai.newsdesk").path
    desk = tmp_path / "bien-tap"
    done = run_newsdesk(desk, "import", str(bundle))
    assert done.returncode == 0, done.stderr
    done = run_newsdesk(desk, "changes", article.id, "--json")
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)["changes"]
    assert [(c["kind"], c["old"], c["new"]) for c in listed] == [
        ("replace", "lửa", "9"), ("replace", "chín", "9")]
    # accepted, the text reads as typed
    done = run_newsdesk(desk, "accept", article.id, "all")
    assert done.returncode == 0, done.stderr
    shown = json.loads(run_newsdesk(desk, "show", article.id, "--json").stdout)["body"]
    assert shown == "Cầu Rồng phun 9 9 lần rồi phun nước.\n"


def test_suggest_mode_shows_and_says_the_headline_is_changed_directly(qtbot, window):
    article = window.library.save(Article(headline="Cầu Rồng", sapo="Lửa.", body=BODY))
    window.open_article(article)
    body = window.article_view.body
    body.setFocus()
    indicator = window.statusBar().findChild(type(window.changes.indicator),
                                             "status-suggesting")
    assert indicator is not None and not indicator.isVisible()
    press(body, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert window.actions_["suggest_mode"].isChecked()
    assert indicator.isVisible() and indicator.text() == "Suggesting"
    headline = window.article_view.form.headline
    assert "changed directly" in headline.toolTip()
    window.statusBar().clearMessage()
    headline.setFocus()
    headline.end(False)
    type_text(headline, " mới")
    message = window.statusBar().currentMessage()
    assert "headline is changed directly" in message, message
    window.statusBar().clearMessage()
    type_text(headline, "!")  # said once, not at every key
    assert window.statusBar().currentMessage() == ""
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: window.library.get(article.id).headline == "Cầu Rồng mới!",
                    timeout=10000)
    press(body, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert not indicator.isVisible() and headline.toolTip() == ""
