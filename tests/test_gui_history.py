"""The article's history as the real window writes and shows it, and the recovery journal's
first write: Ctrl+S with nothing changed adds no revision, a workflow step reads
"Draft → Submitted" before its note, and a new article is journalled at its first keystroke."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui_support import close_window, open_window, type_text
from newsdesk.domain import Article, Status
from newsdesk.qt.recovery import excerpt
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

SAVED = ("Saved", "Đã lưu")


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot, autosave_seconds=60)  # only Ctrl+S stores, within the test
    yield w
    close_window(w)


def press_save(window) -> None:
    focused = QApplication.focusWidget() or window.article_view.body
    QTest.keySequence(focused, window.actions_["save"].shortcut())


def saved_once_more(qtbot, window, before: int) -> int:
    """Press Ctrl+S in the focused field; the library's version after the save."""
    library = window.library
    press_save(window)
    qtbot.waitUntil(lambda: bool(library.list()) and library.list()[0].version > before, timeout=5000)
    qtbot.waitUntil(lambda: window.status.save_state.text() in SAVED, timeout=5000)
    return library.list()[0].version


def test_saving_again_without_a_change_adds_no_revision(qtbot, window):
    window.new_article()
    view = window.article_view
    view.form.headline.setFocus()
    type_text(view.form.headline, "Giá xăng giảm lần thứ ba")
    view.body.setFocus()
    type_text(view.body, "Từ 15 giờ chiều nay, giá xăng giảm.")
    version = saved_once_more(qtbot, window, 0)
    article_id = window.library.list()[0].id
    review = Review(window.library)
    assert [r.number for r in review.history(article_id)] == [1]

    version = saved_once_more(qtbot, window, version)  # Ctrl+S, nothing typed since
    version = saved_once_more(qtbot, window, version)  # and again
    assert [r.number for r in review.history(article_id)] == [1]
    assert window.status.save_state.text() in SAVED
    assert not window.isWindowModified()

    type_text(view.body, " Dầu diesel giữ nguyên.")  # a real change is a revision again
    saved_once_more(qtbot, window, version)
    history = review.history(article_id)
    assert [r.number for r in history] == [1, 2]
    assert history[-1].snapshot.body.strip().endswith("Dầu diesel giữ nguyên.")


def test_saving_an_article_made_elsewhere_unchanged_adds_no_revision(qtbot, window):
    # stored without the line break the editor ends a body with: still the same text
    article = window.library.save(Article(headline="Khánh thành cầu", body="Cầu dài 17 km."))
    window.open_article(article)
    window.article_view.body.setFocus()
    saved_once_more(qtbot, window, article.version)
    assert [r.number for r in Review(window.library).history(article.id)] == [1]


def test_a_workflow_step_shows_its_statuses_before_its_note(qtbot, window):
    window.new_article()
    view = window.article_view
    type_text(view.form.headline, "Khánh thành cầu mới")
    view.body.setFocus()
    type_text(view.body, "Cây cầu dài 1,2 km.")
    saved_once_more(qtbot, window, 0)
    article_id = window.library.list()[0].id
    window.side.set_current_tab("review")
    panel = window.side.review_tab.widget
    bar = panel.workflow
    qtbot.waitUntil(lambda: bar.status == Status.DRAFT and bool(bar.buttons), timeout=5000)
    bar.note.setFocus()
    type_text(bar.note, "Nhờ kiểm tra số liệu")
    submit = next(b for a, b in bar.buttons.items() if a.value == "submit")
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.library.get(article_id).status == Status.SUBMITTED,
                    timeout=5000)
    history = Review(window.library).history(article_id)
    assert history[-1].note == "Nhờ kiểm tra số liệu"
    rows = panel.history.list
    qtbot.waitUntil(lambda: rows.count() == len(history), timeout=5000)
    top = rows.item(0).text()  # newest first
    assert top.endswith(" — Draft → Submitted (note: Nhờ kiểm tra số liệu)") or top.endswith(
        " — Bản nháp → Đã gửi duyệt (ghi chú: Nhờ kiểm tra số liệu)"), top


def test_a_new_article_is_journalled_at_its_first_keystroke(qtbot, window):
    window.new_article()
    view = window.article_view
    journal = window.journal
    assert journal.pending() == []
    view.form.headline.setFocus()
    QTest.keyClicks(QApplication.focusWidget(), "Bao")
    # no timer has fired (the journal's debounce is a second): the write was asked at once
    from newsdesk.qt.autosave import journal_pool

    assert journal_pool().waitForDone(5000)
    entries = journal.pending()
    assert len(entries) == 1
    assert entries[0].article.headline.startswith("B")
    assert entries[0].key == view.autosave.key


def test_a_new_article_body_is_journalled_at_its_first_keystroke(qtbot, window):
    window.new_article()
    view = window.article_view
    view.body.setFocus()
    QTest.keyClicks(QApplication.focusWidget(), "M")
    from newsdesk.qt.autosave import journal_pool

    assert journal_pool().waitForDone(5000)
    (entry,) = window.journal.pending()
    assert entry.article.body.strip() == "M"


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Ngắn gọn.", 200, "Ngắn gọn."),
        ("Một đoạn\n\nĐoạn cuối cùng", 200, "Đoạn cuối cùng"),
        ("Gió giật cấp mười hai ở ven biển", 20, "Gió giật cấp mười…"),
        ("Gió giật cấp mười hai", 21, "Gió giật cấp mười hai"),
        ("Gió giật cấp mười, hai", 19, "Gió giật cấp mười…"),
        ("", 200, ""),
        ("Khôngcókhoảngtrắngnàocả", 10, "Khôngcókh…"),
    ],
)
def test_the_recovery_excerpt_ends_between_words(text, limit, expected):
    got = excerpt(text, limit)
    assert got == expected
    assert len(got) <= limit
