"""A reporter's day in the app: new article, Vietnamese typing, formatting, a photo, export,
search. Driven through widgets, shortcuts and actions as a user would (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from gui_support import close_window, jpeg_bytes, open_window, type_text
from newsdesk.domain import Article

pytestmark = pytest.mark.qt

HEADLINE = "Hà Nội đón đợt gió mùa đông bắc đầu tiên"
BODY = "Sáng nay, nhiệt độ ở Hà Nội giảm mạnh. Người dân mặc áo ấm ra đường"


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def new_article_with_text(qtbot, window) -> None:
    qtbot.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    view = window.article_view
    assert window.centre.currentWidget() is view
    assert view.form.headline.hasFocus() or view.form.headline.setFocus() is None
    type_text(view.form.headline, HEADLINE)
    view.body.setFocus()
    type_text(view.body, BODY)


def test_empty_library_shows_the_start_page(window):
    assert window.centre.currentWidget() is window.start_page
    assert not window.actions_["save"].isEnabled()


def test_type_vietnamese_and_format_with_shortcuts(qtbot, window):
    new_article_with_text(qtbot, window)
    view = window.article_view
    body = view.body
    assert view.form.headline.text() == HEADLINE
    # select the last word ("đường") and make it bold with the standard shortcut
    QTest.keyClick(body, Qt.Key.Key_Left,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert body.textCursor().selectedText() == "đường"
    QTest.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    # a heading through the shortcut of the Format menu's action
    body.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # bold off again
    type_text(body, "\nGió mùa về")
    QTest.keySequence(body, window.actions_["heading2"].shortcut())
    article = view.current_article()
    assert article.headline == HEADLINE
    assert "**đường**" in article.body
    assert "\n## Gió mùa về" in article.body
    assert article.body.startswith("Sáng nay, nhiệt độ ở Hà Nội")
    # the status bar counts the words of headline and body
    words = len((HEADLINE + " " + BODY + " Gió mùa về").split())
    qtbot.waitUntil(lambda: window.status.words.text().split()[:1] == [str(words)], timeout=3000)


def test_insert_photo_from_the_menu(qtbot, window, tmp_path, monkeypatch):
    photo = tmp_path / "gio-mua.jpg"
    photo.write_bytes(jpeg_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    new_article_with_text(qtbot, window)
    view = window.article_view
    window.actions_["insert_photo"].trigger()
    qtbot.waitUntil(lambda: "images/" in view.current_article().body, timeout=5000)
    # the caret waits in the caption: the reporter types it
    type_text(view.body, "Người dân co ro trong gió lạnh.")
    article = view.current_article()
    (path, sha), = article.assets.items()
    assert path.startswith("images/gio-mua-") and path.endswith(".jpg")
    assert window.library.photo_bytes(sha) == photo.read_bytes()
    assert f"![Người dân co ro trong gió lạnh.]({path}" in article.body
    # the figure is what the library autosaves, photo reference included
    qtbot.waitUntil(lambda: any(path in window.library.get(s.id).assets
                                for s in window.library.list()), timeout=6000)


def export_through_action(qtbot, window, action: str, target: Path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_[action].trigger()
    qtbot.waitUntil(lambda: getattr(window, "export_dialog", None) is not None
                    and (window.export_dialog.result_ is not None
                         or window.export_dialog.error is not None), timeout=60000)
    dialog = window.export_dialog
    assert dialog.error is None, dialog.status.text()
    assert "Exported" in dialog.status.text() or "Đã xuất" in dialog.status.text()
    dialog.close()
    return dialog.result_


def test_export_html_and_pdf_through_the_actions(qtbot, window, tmp_path, monkeypatch):
    new_article_with_text(qtbot, window)
    window.article_view.form.url.setText("https://baomau.example.vn/thoi-su/gio-mua.html")
    html = export_through_action(qtbot, window, "export_html", tmp_path / "bai.html", monkeypatch)
    text = Path(html.path).read_text(encoding="utf-8")
    assert HEADLINE in text and "Người dân mặc áo ấm" in text
    assert "https://baomau.example.vn/thoi-su/gio-mua.html" in text
    pdf = export_through_action(qtbot, window, "export_pdf", tmp_path / "bai.pdf", monkeypatch)
    document = pypdfium2.PdfDocument(str(pdf.path))
    words = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    assert "gió mùa" in words.replace("\r", "").replace("\n", " ")
    # export stored the article first: what was exported is in the library
    stored = window.library.list()
    assert [s.headline for s in stored] == [HEADLINE]


def test_search_the_library_as_you_type(qtbot, window):
    library = window.library
    for headline, body in (("Đà Nẵng mở tuyến xe buýt điện", "Xe chạy ven sông Hàn."),
                           ("Hải Phòng khánh thành cầu mới", "Cây cầu nối hai quận."),
                           ("Giá lúa tăng ở đồng bằng", "Nông dân Hải Phòng vui mừng.")):
        library.save(Article(headline=headline, body=body))
    panel = window.library_panel
    panel.refresh()
    qtbot.waitUntil(lambda: len(panel.headlines()) == 3, timeout=5000)
    QTest.keyClicks(panel.search, "hai phong")
    qtbot.waitUntil(lambda: len(panel.headlines()) == 2, timeout=5000)
    assert set(panel.headlines()) == {"Hải Phòng khánh thành cầu mới", "Giá lúa tăng ở đồng bằng"}
    panel.search.clear()
    QTest.keyClicks(panel.search, "da nang")
    qtbot.waitUntil(lambda: panel.headlines() == ["Đà Nẵng mở tuyến xe buýt điện"], timeout=5000)
    # choosing an entry opens it in the editor
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.article_chosen.emit(panel.ids()[0])
    qtbot.waitUntil(lambda: window.article_view.form.headline.text()
                    == "Đà Nẵng mở tuyến xe buýt điện", timeout=5000)
    assert "sông Hàn" in window.article_view.body.markdown()


def test_file_dialogs_open_in_the_folder_last_chosen(qtbot, window, tmp_path, monkeypatch):
    """Insert photo, Import and the QR code's Save as open where the last photo, article or
    code was chosen (home the first time), each its own, and so again after a restart."""
    photos, articles = tmp_path / "anh", tmp_path / "bai"
    photos.mkdir()
    articles.mkdir()
    (photos / "gio-mua.jpg").write_bytes(jpeg_bytes())
    (articles / "bao.md").write_text("---\nheadline: Bão số 3\n---\n\nGió giật mạnh.\n",
                                     encoding="utf-8")
    opened: list[tuple[str, str]] = []

    def choose(picked):
        def dialog(_parent, title, folder, *_rest, **_kw):
            opened.append((title, folder))
            return str(picked), ""
        return dialog

    new_article_with_text(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose(photos / "gio-mua.jpg"))
    window.actions_["insert_photo"].trigger()
    qtbot.waitUntil(lambda: "images/" in window.article_view.current_article().body,
                    timeout=5000)
    window.actions_["insert_photo"].trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose(articles / "bao.md"))
    window.actions_["import"].trigger()
    qtbot.waitUntil(lambda: any(s.headline == "Bão số 3" for s in window.library.list()),
                    timeout=10000)
    window.actions_["import"].trigger()
    assert [folder for _title, folder in opened] == [
        str(Path.home()), str(photos), str(Path.home()), str(articles)]
    saved: list[str] = []

    def save(_parent, _title, name, *_rest, **_kw):
        saved.append(name)
        return str(tmp_path / "ma" / "qr.svg"), ""

    (tmp_path / "ma").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    window.side.qr.save_as_svg()
    window.side.qr.save_as_svg()
    assert Path(saved[0]).parent == Path.home() and Path(saved[1]).parent == tmp_path / "ma"
    from newsdesk.qt.folders import start_folder  # what a restarted window reads

    assert start_folder(window.library.paths.config, "photo") == photos
