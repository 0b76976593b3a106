"""The article's history as the real window writes and shows it, and the recovery journal's
first write: Ctrl+S with nothing changed adds no revision, a workflow step reads
"Draft → Submitted" before its note, and a new article is journalled at its first keystroke."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
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


def test_the_history_shows_words_as_read_and_steps_through_the_changes(qtbot, window):
    """A revision with bold words, a link and a photo, then one word and the caption changed:
    the diff shows words and the photo by its caption, never Markdown syntax, and F8 and
    Shift+F8 step through exactly the two changes."""
    body = ("## Lễ khánh thành\n\nCây cầu **dài 1,2 km** nối [hai quận](https://tp.vn/a).\n\n"
            "![Cầu nhìn từ bờ Đông](images/cau.jpg \"Ảnh: Minh Anh\")\n\n"
            "Người dân đến xem từ sáng sớm.\n")
    article = window.library.save(Article(headline="Khánh thành cầu mới", body=body))
    changed = body.replace("1,2 km", "1,5 km").replace("bờ Đông", "bờ Tây")
    window.library.save(article.copy(body=changed), expected_version=article.version)
    window.open_article(window.library.get(article.id))
    window.side.set_current_tab("review")
    history = window.side.review_tab.widget.history
    qtbot.waitUntil(lambda: history.list.count() == 2, timeout=5000)
    history.list.item(0).setSelected(True)  # the newest, compared with the one before
    qtbot.waitUntil(lambda: history.changes == 2, timeout=5000)
    shown = history.diff.toPlainText()
    for syntax in ("**", "](", "images/", "##", "&#"):
        assert syntax not in shown, (syntax, shown)
    assert "[Photo] Cầu nhìn từ bờ Đông" in shown and "Tây" in shown and "Ảnh: Minh Anh" in shown
    assert "🖼" not in shown  # not in every system font: an empty box there
    assert "Lễ khánh thành" in shown and "hai quận" in shown
    assert history.next_change.isEnabled()

    history.diff.setFocus()
    QTest.keyClick(history.diff, Qt.Key.Key_F8)
    assert history.change == 1 and history.change_count.text() in ("Change 1 of 2", "Thay đổi 1/2")
    QTest.keyClick(history.diff, Qt.Key.Key_F8)
    assert history.change == 2
    QTest.keyClick(history.diff, Qt.Key.Key_F8)  # wraps round
    assert history.change == 1
    QTest.keyClick(history.diff, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert history.change == 2
    html = history.diff.toHtml()
    assert html.count("change-1") == 1 and html.count("change-2") == 1


def test_a_change_of_formatting_alone_still_shows(qtbot, window):
    article = window.library.save(Article(headline="Giá xăng", body="Giá xăng giảm mạnh.\n"))
    window.library.save(article.copy(body="Giá xăng **giảm mạnh**.\n"),
                        expected_version=article.version)
    review = Review(window.library)
    changes = review.diff(article.id, 1, 2)
    assert [c.field for c in changes] == ["body"]
    assert any(op.kind == "insert" and "**" in op.text for op in changes[0].ops)


@pytest.fixture
def quick_window(qtbot):
    w = open_window(qtbot, autosave_seconds=0.3)
    yield w
    close_window(w)


def test_autosaved_work_becomes_a_revision_when_the_article_is_closed(qtbot, quick_window):
    window = quick_window
    window.new_article()
    view = window.article_view
    type_text(view.form.headline, "Mưa lớn ở Huế")
    view.body.setFocus()
    type_text(view.body, "Nước sông Hương lên nhanh.")
    qtbot.waitUntil(lambda: bool(window.library.list())
                    and window.status.save_state.text() in SAVED, timeout=5000)
    article_id = window.library.list()[0].id
    review = Review(window.library)
    assert review.history(article_id) == []  # autosaves alone, a moment ago: no revision yet
    window.actions_["new"].trigger()  # the article is closed: its autosaved work is kept
    qtbot.waitUntil(lambda: len(review.history(article_id)) == 1, timeout=5000)
    kept = review.history(article_id)[0]
    assert kept.kind == "autosave"
    assert kept.snapshot.headline == "Mưa lớn ở Huế"
    assert "Nước sông Hương lên nhanh." in kept.snapshot.body
    window.open_article(window.library.get(article_id))  # opened and closed unchanged: no more
    window.actions_["new"].trigger()
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not window.article_view.saving, timeout=5000)
    assert len(review.history(article_id)) == 1


def test_autosaves_reach_the_history_every_ten_minutes_of_work(tmp_path, monkeypatch):
    from datetime import timedelta

    from newsdesk.services import review as review_module
    from newsdesk.services.library import Library

    with Library.open(data_dir=tmp_path / "newsroom") as library:
        article = library.save(Article(headline="Giá vàng", body="Giá vàng tăng.\n"))
        review = Review(library)
        stored = library.autosave(article.copy(body="Giá vàng tăng mạnh.\n"),
                                  expected_version=article.version)
        assert [r.kind for r in review.history(article.id)] == ["save"]  # just saved: no more
        monkeypatch.setattr(review_module, "AUTOSAVE_REVISION_EVERY", timedelta(0))  # 10 min on
        stored = library.autosave(stored.copy(body="Giá vàng tăng rất mạnh.\n"),
                                  expected_version=stored.version)
        kinds = [r.kind for r in review.history(article.id)]
        assert kinds[-1] == "autosave" and len(kinds) == 2
        library.autosave(stored.copy(), expected_version=stored.version)  # nothing new: none
        assert len(review.history(article.id)) == 2


def test_the_focus_stays_in_the_review_bar_after_a_workflow_step(qtbot, window):
    # the library is asked for changes made elsewhere all the time: the step's own change,
    # stored before its answer arrives, is never read as one (that rebuilt the bar)
    window.library_watch.timer.setInterval(20)
    window.new_article()
    view = window.article_view
    type_text(view.form.headline, "Khánh thành cầu mới")
    saved_once_more(qtbot, window, 0)
    article_id = window.library.list()[0].id
    window.side.set_current_tab("review")
    bar = window.side.review_tab.widget.workflow
    qtbot.waitUntil(lambda: bar.status == Status.DRAFT and bool(bar.buttons), timeout=20000)
    submit = next(b for a, b in bar.buttons.items() if a.value == "submit")
    submit.setFocus()
    qtbot.waitUntil(submit.hasFocus)  # (once the window is active)
    QTest.keyClick(submit, Qt.Key.Key_Space)  # pressed from the keyboard
    qtbot.waitUntil(lambda: window.library.get(article_id).status == Status.SUBMITTED,
                    timeout=20000)
    qtbot.waitUntil(lambda: bar.status == Status.SUBMITTED, timeout=20000)
    # the bar is rebuilt when the step is answered (off the UI thread): the focus lands after
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.note, timeout=20000)
    qtbot.wait(300)  # and stays there: nothing later moves it to the library's search box
    focused = QApplication.focusWidget()
    assert focused is not window.library_panel.search
    assert focused is bar.note, focused


def test_a_double_click_on_a_workflow_step_takes_one_step(qtbot, window):
    """Submit is replaced where it stood by Start review once the step is answered: a second
    click there as quick as a double click's does nothing; a click after that is a step."""
    window.new_article()
    view = window.article_view
    type_text(view.form.headline, "Khánh thành cầu mới")
    saved_once_more(qtbot, window, 0)
    article_id = window.library.list()[0].id
    window.side.set_current_tab("review")
    bar = window.side.review_tab.widget.workflow
    qtbot.waitUntil(lambda: bar.status == Status.DRAFT and bool(bar.buttons), timeout=20000)
    submit = next(b for a, b in bar.buttons.items() if a.value == "submit")
    # where the user sees it: laid out in the row under the status line
    qtbot.waitUntil(lambda: submit.y() > bar.status_text.geometry().bottom(), timeout=5000)
    spot = submit.mapTo(bar, submit.rect().center())
    assert bar.childAt(spot) is submit
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.status == Status.SUBMITTED and bool(bar.buttons), timeout=20000)
    qtbot.waitUntil(lambda: all(b.y() > bar.status_text.geometry().bottom()
                                for b in bar.buttons.values()), timeout=5000)
    under = bar.childAt(spot)
    assert under is not None and under.objectName() == "action_start_review"
    qtbot.mouseClick(under, Qt.MouseButton.LeftButton)  # the double click's second click
    qtbot.wait(QApplication.doubleClickInterval() + 400)
    assert window.library.get(article_id).status == Status.SUBMITTED and not bar.busy
    start = bar.childAt(spot)
    assert start is not None and start.isEnabled()
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.library.get(article_id).status == Status.IN_REVIEW,
                    timeout=20000)



def test_a_comparison_stays_through_a_save_and_a_workflow_step(qtbot, window):
    """Revision 1 compared with the current text, then a word typed and Ctrl+S, then Submit:
    the history is read again each time, revision 1 stays selected and the comparison with
    the current text shows the word typed; two revisions compared stay shown after a step."""
    article = window.library.save(Article(headline="Giá điện", body="Giá điện tăng nhẹ.\n"))
    window.library.save(article.copy(body="Giá điện tăng nhẹ từ tháng sau.\n"),
                        expected_version=article.version)
    window.open_article(window.library.get(article.id))
    window.side.set_current_tab("review")
    history = window.side.review_tab.widget.history
    qtbot.waitUntil(lambda: history.list.count() == 2, timeout=5000)
    oldest = history.list.item(history.list.count() - 1)
    oldest.setSelected(True)
    QTest.mouseClick(history.compare_current, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "từ tháng sau" in history.diff.toPlainText(), timeout=5000)
    body = window.article_view.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Ngay mai")
    saved_once_more(qtbot, window, window.library.get(article.id).version)
    qtbot.waitUntil(lambda: history.list.count() == 3, timeout=5000)
    assert history.selected_numbers() == [1]
    qtbot.waitUntil(lambda: "Ngay mai" in history.diff.toPlainText(), timeout=5000)
    # two revisions compared, then a workflow step: still selected, still shown
    history.list.clearSelection()
    for row in (0, 1):
        history.list.item(row).setSelected(True)
    qtbot.waitUntil(lambda: "Ngay mai" in history.diff.toPlainText(), timeout=5000)
    shown = history.diff.toPlainText()
    bar = window.side.review_tab.widget.workflow
    qtbot.waitUntil(lambda: bar.status == Status.DRAFT and bool(bar.buttons), timeout=5000)
    submit = next(b for a, b in bar.buttons.items() if a.value == "submit")
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.library.get(article.id).status == Status.SUBMITTED,
                    timeout=5000)
    qtbot.waitUntil(lambda: history.list.count() == 4, timeout=5000)
    assert history.selected_numbers() == [2, 3]
    assert history.diff.toPlainText() == shown
