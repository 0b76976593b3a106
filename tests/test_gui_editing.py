"""Editing commands around the body: find and replace (tones ignored on request), a photo
pasted from the clipboard, and the preferences dialog switching the UI language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from gui_support import close_window, open_window
from newsdesk.config.settings import Settings
from newsdesk.domain import Article
from newsdesk.qt.preferences import PreferencesDialog

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def open_body(window, body: str) -> None:
    window.open_article(window.library.save(Article(headline="Tin Hải Phòng", body=body)))
    window.article_view.body.setFocus()


def test_find_and_replace_ignoring_tones(qtbot, window):
    open_body(window, "Cảng Hải Phòng đón tàu lớn.\n\nHải Phòng mở rộng bến.")
    window.actions_["replace"].trigger()
    bar = window.article_view.find_bar
    assert bar.isVisible() and bar.replace.isVisible()
    QTest.keyClicks(bar.query, "hai phong")
    bar.find_next()
    assert window.article_view.body.textCursor().selectedText() == "Hải Phòng"
    bar.replace.setText("HP")
    assert bar.replace_all() == 2
    body = window.article_view.current_article().body
    assert "Hải Phòng" not in body and body.count("HP") == 2
    QTest.keyClick(bar.query, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_a_photo_pasted_from_the_clipboard_becomes_a_figure(qtbot, window):
    open_body(window, "Đoạn đầu.")
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QApplication.clipboard().setImage(image)
    window.actions_["paste"].trigger()
    view = window.article_view
    qtbot.waitUntil(lambda: "](images/" in view.current_article().body, timeout=5000)
    (path, sha), = view.current_article().assets.items()
    stored = window.library.photo_bytes(sha)
    assert stored[:8] == b"\x89PNG\r\n\x1a\n" and path.endswith(".png")
    QApplication.clipboard().clear()


def test_preferences_switch_the_language_and_are_saved(qtbot, window, data_dir, monkeypatch):
    def accept(dialog: PreferencesDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("vi"))
        dialog.user_name.setText("Nguyễn Văn An")
        dialog.columns.setValue(3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept)
    window.actions_["preferences"].trigger()
    assert window.actions_["save"].text() == "&Lưu"
    assert window.side.tabText(0) == "Xem bản in"
    saved = Settings.load(data_dir / "config" / "settings.json")
    assert (saved.ui_language, saved.user_name, saved.columns) == ("vi", "Nguyễn Văn An", 3)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("https://tin example.vn/bai-1",
         "The address contains a space: web addresses have none (write %20 where a space is "
         "meant)."),
        ("tin.example.vn/bai-1", "Not a web address: start with https://"),
        ("https://", "Not a valid web address: check the part after https://"),
    ],
)
def test_the_url_field_says_what_is_really_wrong(qtbot, window, typed, says):
    from PySide6.QtCore import QCoreApplication

    window.actions_["new"].trigger()
    form = window.article_view.form
    form.url.setFocus()
    QTest.keyClicks(form.url, typed)
    assert form.url_problem.isVisibleTo(window)
    assert form.url_problem.text() == QCoreApplication.translate("ArticleForm", says)
    form.url.clear()
    QTest.keyClicks(form.url, "https://tin.example.vn/bai-1")
    assert not form.url_problem.isVisibleTo(window)


def test_preferences_reach_the_print_previews_boxes_and_page(qtbot, window, monkeypatch):
    """Paper and columns chosen in the print preview, then others in Preferences: the
    preview's boxes show the Preferences' values and its page is printed with them."""
    open_body(window, "Mưa lớn kéo dài hơn hai giờ khiến nhiều tuyến phố ngập sâu.")
    window.side.set_current_tab("print")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: (p := window.side.preview("print")) is not None
                    and p.result is not None, timeout=60000)
    preview = window.side.preview("print")
    preview.paper.setCurrentText("A3")
    preview.columns.setValue(4)
    qtbot.waitUntil(lambda: _page_width_mm(preview) == 297, timeout=60000)

    def accept(dialog: PreferencesDialog) -> int:
        dialog.paper.setCurrentText("A5")
        dialog.columns.setValue(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept)
    window.actions_["preferences"].trigger()
    assert (preview.paper.currentText(), preview.columns.value()) == ("A5", 1)
    qtbot.waitUntil(lambda: _page_width_mm(preview) == 148, timeout=60000)


def _page_width_mm(preview) -> int | None:
    """The width of the page the print preview shows, in whole millimetres."""
    import pypdfium2

    if preview.result is None:
        return None
    pdf = pypdfium2.PdfDocument(str(preview.result.path))
    try:
        return round(pdf[0].get_size()[0] * 25.4 / 72)
    finally:
        pdf.close()


def test_the_status_bars_copyfit_follows_the_paper_chosen_in_the_print_preview(qtbot, window):
    open_body(window, "Mưa lớn kéo dài hơn hai giờ khiến nhiều tuyến phố ngập sâu.\n\n" * 30)
    window.side.set_current_tab("print")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: (p := window.side.preview("print")) is not None
                    and p.result is not None, timeout=60000)
    preview = window.side.preview("print")
    qtbot.waitUntil(lambda: preview.copyfit_text(preview.result.copyfit) in
                    window.status.copyfit.text(), timeout=10000)
    before = window.status.copyfit.text()
    preview.paper.setCurrentText("A5")
    qtbot.waitUntil(lambda: _page_width_mm(preview) == 148, timeout=60000)
    qtbot.waitUntil(lambda: window.status.copyfit.text() != before, timeout=10000)
    assert preview.copyfit_text(preview.result.copyfit) in window.status.copyfit.text()


@pytest.mark.parametrize("number", ["4.200", "7,82", "1.250.000"])
def test_a_double_click_selects_a_whole_number(qtbot, window, number):
    """A number written with separators is one word to a double click, as to the word count:
    retyping it replaces it whole ("4.200" → "4.300", never "4.4.300")."""
    open_body(window, f"Đã có hơn {number} hộ dân được di dời.")
    body = window.article_view.body
    qtbot.waitUntil(lambda: body.document().toPlainText().startswith("Đã có"))
    cursor = body.textCursor()
    cursor.setPosition(body.document().toPlainText().index(number) + len(number) - 1)
    spot = body.cursorRect(cursor).center()
    QTest.mouseDClick(body.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert body.textCursor().selectedText() == number
    QTest.keyClicks(body, "4.300")
    qtbot.waitUntil(lambda: "hơn 4.300 hộ dân" in window.article_view.current_article().body)
    assert number not in window.article_view.current_article().body
    # a plain word is a word as before
    cursor.setPosition(body.document().toPlainText().index("dân") + 1)
    QTest.mouseDClick(body.viewport(), Qt.MouseButton.LeftButton, pos=body.cursorRect(cursor).center())
    assert body.textCursor().selectedText() == "dân"


def test_a_double_click_on_a_number_in_suggest_mode_suggests_replacing_it_whole(qtbot, window):
    open_body(window, "Đã có hơn 4.200 hộ dân được di dời.")
    body = window.article_view.body
    qtbot.waitUntil(lambda: body.document().toPlainText().startswith("Đã có"))
    QTest.keyClick(body, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert window.actions_["suggest_mode"].isChecked() and body.suggesting
    cursor = body.textCursor()
    cursor.setPosition(body.document().toPlainText().index("200") + 1)
    QTest.mouseDClick(body.viewport(), Qt.MouseButton.LeftButton,
                      pos=body.cursorRect(cursor).center())
    assert body.textCursor().selectedText() == "4.200"
    QTest.keyClicks(body, "4.300")
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: "4.300" in window.library.get(
        window.article_view.current_article().id).body, timeout=10000)
    saved = window.library.get(window.article_view.current_article().id).body
    assert "{~~4.200~>4.300~~}" in saved, saved


def test_replace_all_says_how_many_it_replaced(qtbot, window):
    open_body(window, "Sở Giao thông vận tải họp.\n\nSở Giao thông vận tải báo cáo.")
    window.actions_["replace"].trigger()
    bar = window.article_view.find_bar
    QTest.keyClicks(bar.query, "So Giao thong van tai")
    bar.replace.setText("Sở Xây dựng")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.article_view.current_article().body.count("Sở Xây dựng") == 2)
    qtbot.wait(500)  # (after the search the edit itself sets going)
    assert bar.count.text() == "2 replaced"
