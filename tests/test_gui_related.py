"""The Related row of the article form, driven like a user: Alt+L, Tab, Space opens the
library search, the story typed for is taken with Enter; Add link… with its dialog; Alt+Up,
Delete. Every change is autosaved and read back from the library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui_support import close_window, open_window, type_text
from newsdesk.domain import Article
from newsdesk.domain.related import RelatedStory

pytestmark = pytest.mark.qt
OUTSIDE = "https://tinkhac.example.vn/the-thao/doi-bong.html"


def _answer(qtbot, act):
    """Run ``act(dialog)`` on the modal dialog the next key or click opens."""
    done = []

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        act(dialog)
        done.append(True)

    QTimer.singleShot(0, run)
    return done


def _stored(window, article_id):
    return [(s.article_id, s.url, s.headline) for s in window.library.get(article_id).related]


def test_adding_moving_and_removing_related_stories(qtbot):
    window = open_window(qtbot, autosave_seconds=0.2)
    try:
        library = window.library
        target = library.save(Article(headline="Đà Nẵng chuẩn bị lễ hội pháo hoa", body="x"))
        library.save(Article(headline="Phòng khám mới ở Thanh Khê", body="x"))
        main = library.save(Article(headline="Hải Phòng mở rộng cảng", body="Nội dung."))
        window.activateWindow()
        window.open_article(library.get(main.id))
        form = window.article_view.form
        field = form.related
        qtbot.waitUntil(lambda: form.headline.text() == "Hải Phòng mở rộng cảng")
        window.activateWindow()
        QTest.mouseClick(form.headline, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(form.headline.hasFocus)  # the window is active: Alt+letter works

        QTest.keyClick(form.headline, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(field.list.hasFocus)
        QTest.keyClick(field.list, Qt.Key.Key_Tab)
        assert field.add_library.hasFocus()

        def pick(dialog):
            assert dialog.windowTitle() == "Add related stories from the library"
            type_text(dialog.search, "phao hoa")  # tones ignored, as in the library panel
            qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=5000)
            # status and time under the headline: same-headline drafts can be told apart
            headline, details = dialog.results.item(0).text().split("\n")
            assert headline == "Đà Nẵng chuẩn bị lễ hội pháo hoa"
            assert details.startswith("Draft · ") and details.count(":") == 1
            QTest.keyClick(dialog.search, Qt.Key.Key_Down)
            assert dialog.results.hasFocus()
            QTest.keyClick(dialog.results, Qt.Key.Key_Return)

        picked = _answer(qtbot, pick)
        QTest.keyClick(field.add_library, Qt.Key.Key_Space)
        assert picked
        qtbot.waitUntil(lambda: _stored(window, main.id) == [
            (target.id, "", "Đà Nẵng chuẩn bị lễ hội pháo hoa")], timeout=5000)

        def link(dialog):
            ok = dialog.buttons.buttons()[0]
            type_text(dialog.url, "not a web address")
            type_text(dialog.headline, "Đội bóng vô địch")
            assert not ok.isEnabled() and dialog.problem.isVisibleTo(dialog)
            dialog.url.clear()
            type_text(dialog.url, OUTSIDE)
            assert ok.isEnabled()
            QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

        linked = _answer(qtbot, link)
        QTest.mouseClick(field.add_link, Qt.MouseButton.LeftButton)
        assert linked
        assert field.list.currentRow() == 1
        assert window.focusWidget() is field.list  # back in the list, ready for Alt+Up
        qtbot.waitUntil(lambda: len(_stored(window, main.id)) == 2, timeout=5000)

        QTest.keyClick(field.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: _stored(window, main.id) == [
            ("", OUTSIDE, "Đội bóng vô địch"),
            (target.id, "", "Đà Nẵng chuẩn bị lễ hội pháo hoa")], timeout=5000)

        field.list.setCurrentRow(1)
        QTest.keyClick(field.list, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: _stored(window, main.id) == [
            ("", OUTSIDE, "Đội bóng vô địch")], timeout=5000)
    finally:
        close_window(window)


def test_a_deleted_story_is_marked_in_the_list(qtbot):
    window = open_window(qtbot)
    try:
        library = window.library
        gone = library.save(Article(headline="Bài sẽ bị xóa", body="x"))
        here = library.save(Article(headline="Bài còn đây", body="x"))
        main = library.save(Article(headline="Bài chính", body="x", related=[
            RelatedStory(article_id=gone.id, headline="Bài sẽ bị xóa"),
            RelatedStory(article_id=here.id, headline="tít cũ")]))
        library.delete(gone.id)
        window.open_article(library.get(main.id))
        items = window.article_view.form.related.list
        qtbot.waitUntil(lambda: items.item(1).text() == "Bài còn đây", timeout=5000)
        assert items.item(0).text() == "[Deleted] Bài sẽ bị xóa"  # the mark first: never cut
        assert items.item(0).font().italic()
        assert "No longer in the library" in items.item(0).toolTip()
        assert "An article of the library" in items.item(1).toolTip()
        assert "Bài còn đây" in items.item(1).toolTip()
    finally:
        close_window(window)


def test_the_list_grows_with_its_stories_and_never_scrolls_sideways(qtbot):
    window = open_window(qtbot)
    try:
        long = ("Thành phố Đà Nẵng khai trương cây cầu thứ bảy bắc qua sông Hàn, giảm ùn tắc "
                "cho trung tâm vào giờ cao điểm")
        main = window.library.save(Article(headline="Bài chính", body="x", related=[
            RelatedStory(url=f"https://tin.example.vn/{n}.html", headline=f"{long} {n}")
            for n in range(5)]))
        window.resize(1400, 900)  # a laptop screen
        window.open_article(window.library.get(main.id))
        field = window.article_view.form.related
        qtbot.waitUntil(lambda: field.list.count() == 5)
        qtbot.wait(50)
        last = field.list.visualItemRect(field.list.item(4))
        assert last.bottom() <= field.list.viewport().height()  # all five shown, no scrolling
        assert last.width() <= field.list.viewport().width()  # cut with "…", not sideways
        assert not field.list.horizontalScrollBar().isVisible()
        assert field.list.item(0).toolTip().startswith(long)
        three = field.list.height()
        field.list.setCurrentRow(0)
        QTest.keyClick(field.list, Qt.Key.Key_Delete)
        QTest.keyClick(field.list, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: field.list.height() < three)
    finally:
        close_window(window)
