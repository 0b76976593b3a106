"""The main window stays usable from 1024×700 up: no field squeezed below ~20 characters, a
readable headline, and on a wide window body lines of a readable measure, centred."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtGui import QFontMetricsF

from gui_support import close_window, open_window
from newsdesk.domain import Article

pytestmark = pytest.mark.qt

BODY = ("Bây giờ tối thứ Năm, dãy bàn gỗ dài trong căn phòng tầng trệt đã kín chỗ. " * 12).strip()


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def sized(qtbot, window, width: int, height: int):
    article = window.library.save(Article(
        headline="Thư viện phường mở cửa đến 22 giờ, thu hút người trẻ sau giờ làm",
        byline="Minh Khoa", source="Ban Văn hóa – Xã hội", tags="thư viện, đọc sách",
        url="https://baomau.example.vn/van-hoa/thu-vien.html", body=BODY))
    window.open_article(article)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height, timeout=3000)
    qtbot.wait(50)
    return window.article_view


def chars(widget, count: int) -> float:
    return QFontMetricsF(widget.font()).averageCharWidth() * count


@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
def test_no_field_is_squeezed(qtbot, window, size):
    view = sized(qtbot, window, *size)
    form = view.form
    assert window.minimumSizeHint().width() <= 1024
    for edit in (form.byline, form.source, form.section, form.tags, form.url):
        assert edit.isVisible()
        assert edit.width() >= chars(edit, 20), (edit.accessibleName(), edit.width())
        assert edit.width() >= edit.minimumSizeHint().width()
    assert form.headline.width() >= chars(form.headline, 24)  # a headline's words, readable
    assert view.body.viewport().height() >= 200  # room left to write the body
    for label, _field in form._pairs:
        assert label.width() >= label.sizeHint().width()  # labels not cut either


def test_body_lines_keep_a_readable_measure_on_a_wide_window(qtbot, window):
    view = sized(qtbot, window, 1600, 1000)
    window.actions_["show_side"].setChecked(False)  # the editor as wide as it gets
    window.actions_["show_library"].setChecked(False)
    qtbot.wait(50)
    body = view.body
    assert body.width() > 1200
    document = body.document()
    font = QFontMetricsF(document.defaultFont())
    layout = document.firstBlock().layout()
    longest = max(layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount()))
    assert longest / font.averageCharWidth() <= 85  # ~75 characters a line, never 150
    viewport = body.viewport().geometry()
    left, right = viewport.left(), body.width() - viewport.right()
    assert abs(left - right) <= body.verticalScrollBar().width() + 4  # centred
    # the headline and fields line up over the text column, not across the whole pane
    assert view.form.width() < body.width() * 0.6


def test_tab_walks_the_form_in_reading_order_then_into_the_body(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    window.actions_["new"].trigger()
    form = window.article_view.form
    qtbot.waitUntil(form.headline.hasFocus)
    visited = []
    for _ in range(12):
        visited.append(QApplication.focusWidget())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    # left to right, row by row: Published (its box) comes before the URL beside it; then the
    # related stories and their buttons (Remove and Move up/down are off: the list is empty)
    related = form.related
    assert visited == [form.headline, form.sapo, form.byline, form.source, form.section,
                       form.tags, form.has_published, form.url, related.list,
                       related.add_library, related.add_link, window.article_view.body]


def test_alt_p_reaches_the_publication_time_box_while_no_time_is_set(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    window.actions_["new"].trigger()
    form = window.article_view.form
    qtbot.waitUntil(form.headline.hasFocus)
    assert not form.published.isEnabled()
    assert form.published.text() == "not set"  # no time shown for a time not set
    QTest.keyClick(form.headline, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.has_published
    QTest.keyClick(form.has_published, Qt.Key.Key_Space)
    assert form.published.isEnabled()
    shown = form.published.dateTime()  # ticked: now, as the article's own offset shows it
    assert abs(shown.toSecsSinceEpoch() - QDateTime.currentSecsSinceEpoch()) < 120
    assert form.published_value() is not None
    assert form.published_value().second == 0  # to the minute, as shown
    QTest.keyClick(form.has_published, Qt.Key.Key_Space)
    assert form.published.text() == "not set" and form.published_value() is None


def test_a_publication_time_edited_keeps_no_seconds_it_does_not_show(qtbot, window):
    """A time read from the article keeps its seconds; edited in the box (shown to the
    minute), it has none: 16:35:27 a day on is 16:35:00, never a second the editor did
    not see reaching the CMS."""
    from datetime import datetime, timedelta, timezone

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from newsdesk.domain import Article

    seven = timezone(timedelta(hours=7))
    article = window.library.save(Article(
        headline="Giờ đăng", body="Nội dung.",
        published=datetime(2023, 10, 10, 16, 35, 27, tzinfo=seven)))
    window.open_article(article)
    form = window.article_view.form
    qtbot.waitUntil(lambda: form.headline.text() == "Giờ đăng")
    assert form.published_value() == datetime(2023, 10, 10, 16, 35, 27, tzinfo=seven)
    form.published.setFocus()
    QTest.keyClick(form.published, Qt.Key.Key_Up)  # the day, one on
    assert form.published_value() == datetime(2023, 10, 11, 16, 35, tzinfo=seven)
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: window.library.get(article.id).published
                    == datetime(2023, 10, 11, 16, 35, tzinfo=seven), timeout=10000)


def test_a_publication_time_typed_in_one_go_is_the_time_typed(qtbot, window):
    """A reporter types "14/03/2026 06:45" into the box as they write it: each section
    takes its digits (the day's first digit replaces the day shown), and a slash after a
    day Qt completed by itself moves on one section, not two."""
    from datetime import datetime

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    window.actions_["new"].trigger()
    form = window.article_view.form
    qtbot.waitUntil(form.headline.hasFocus)
    QTest.keyClicks(form.headline, "Gio dang go tay")
    QTest.keyClick(form.headline, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(form.has_published, Qt.Key.Key_Space)  # ticked: now is shown
    for typed, meant in (("14/03/2026 06:45", datetime(2026, 3, 14, 6, 45)),
                         ("5/11/2026 9:30", datetime(2026, 11, 5, 9, 30)),
                         ("31012027 2359", datetime(2027, 1, 31, 23, 59))):
        # a click on the day, as the user does (Tab goes on from the box to the URL)
        QTest.mouseClick(form.published.lineEdit(), Qt.MouseButton.LeftButton,
                         pos=QPoint(6, form.published.lineEdit().height() // 2))
        assert form.published.hasFocus()
        QTest.keyClicks(form.published, typed)
        assert form.published_value().replace(tzinfo=None) == meant, (typed, form.published.text())
    window.actions_["save"].trigger()
    def saved():
        return [a for a in window.library.list() if a.headline == "Gio dang go tay"]

    qtbot.waitUntil(lambda: bool(saved()), timeout=10000)
    assert window.library.get(saved()[0].id).published.replace(tzinfo=None) == meant


def text_needs(widget) -> int:
    """The width ``widget``'s current text takes as drawn. A label's mnemonic is drawn as an
    underlined run of its own, which breaks kerning there: it takes the unkerned width."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

    if isinstance(widget, QLabel):
        text = widget.text()
        font = QFont(widget.font())
        if "&" in text and widget.buddy() is not None:
            text = text.replace("&", "")
            font.setKerning(False)
        margins = widget.contentsMargins()
        return (QFontMetrics(font).horizontalAdvance(text) + 2 * widget.margin()
                + margins.left() + margins.right())
    if isinstance(widget, QPushButton):
        return widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
    if isinstance(widget, QComboBox):
        return widget.fontMetrics().horizontalAdvance(widget.currentText())
    if isinstance(widget, QLineEdit):
        return 0  # a field scrolls its text; its minimum is what counts
    return 0


def cut_off(widget) -> bool:
    """Part of ``widget`` lies outside its parent's rectangle (hidden by it)."""
    parent = widget.parentWidget()
    return parent is not None and not parent.rect().contains(widget.geometry())


def squeezed(areas) -> list[str]:
    """The visible fields, lists, buttons and labels in ``areas`` narrower than their
    minimum or than their text, or cut off by their parent."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QPushButton

    problems = []
    for area in areas:
        for widget in [w for kind in (QLineEdit, QComboBox, QPushButton, QLabel,
                                      QAbstractSpinBox) for w in area.findChildren(kind)]:
            if (not widget.isVisible() or widget.objectName().startswith("qt_")  # Qt's insides
                    or (isinstance(widget, QLabel) and widget.wordWrap())):
                continue
            name = f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"
            if isinstance(widget, QLabel):
                name += f" {widget.text()!r}"
            least = max(widget.minimumSizeHint().width(), text_needs(widget))
            if widget.width() < least:
                problems.append(f"{name}: {widget.width()} px wide, needs {least}")
            if cut_off(widget):
                problems.append(f"{name}: cut off by its parent ({widget.geometry()})")
    return problems


@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
def test_every_visible_control_has_room_for_its_text(qtbot, window, size):
    view = sized(qtbot, window, *size)
    window.side.set_current_tab("print")
    qtbot.waitUntil(lambda: window.side.print_tab.widget is not None, timeout=5000)
    qtbot.wait(50)
    problems = squeezed((view.form, window.toolbar, window.side, window.library_panel))
    assert not problems, "\n".join(problems)


def test_the_dialogs_have_room_for_their_labels(qtbot, window):
    from newsdesk.qt.editor.link_dialog import LinkDialog
    from newsdesk.qt.export_dialog import ExportDialog
    from newsdesk.qt.preferences import PreferencesDialog

    dialogs = [ExportDialog(window.library, None, "Thư viện phường", window),
               LinkDialog(window, "https://baomau.example.vn", "", existing=True),
               PreferencesDialog(window.settings, window)]
    problems = []
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"{type(dialog).__name__}: {p}" for p in squeezed([dialog])]
        dialog.reject()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("where", ["text", "margin"])
def test_a_right_click_on_the_body_opens_its_menu_without_an_error(qtbot, window, where):
    """A right-button press the text does not take propagates up to the editor, which must
    not send it back down again (it recursed until Python gave up: an error box instead of
    the menu with Comment…)."""
    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMenu

    view = sized(qtbot, window, 1600, 1000)
    body = view.body
    window.activateWindow()
    seen: list[list[str]] = []

    def close_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append([a.text() for a in menu.actions()])
            menu.close()

    if where == "text":
        target, point = body.viewport(), QPoint(40, 10)
    else:
        target, point = body, QPoint(4, body.viewport().geometry().top() + 10)
        assert not body.viewport().geometry().contains(point)
    for _ in range(2):
        QTimer.singleShot(200, close_menu)
        QTest.mousePress(target, Qt.MouseButton.RightButton, pos=point)
        QTest.mouseRelease(target, Qt.MouseButton.RightButton, pos=point)
        if where == "text":  # what the platform sends after the press
            from PySide6.QtGui import QContextMenuEvent
            QApplication.sendEvent(body.viewport(), QContextMenuEvent(
                QContextMenuEvent.Reason.Mouse, point, body.viewport().mapToGlobal(point)))
        qtbot.wait(300)
    if where == "text":
        assert seen and any("Comment" in t or "Góp ý" in t for t in seen[0]), seen
