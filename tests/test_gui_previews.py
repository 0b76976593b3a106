"""The side area: the print preview shows the very PDF the export writes, the web preview runs
no script and fetches nothing, the QR panel encodes the URL as it is typed and saves it."""

from __future__ import annotations

import hashlib
import http.server
import threading
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog

from gui_support import close_window, open_window, type_text
from newsdesk.domain import Article

pytestmark = pytest.mark.qt

URL = "https://baomau.example.vn/xa-hoi/cau-moi-noi-hai-bo-song.html"


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def pdf_text(path: Path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    return "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))


def opened(qtbot, window, **fields) -> Article:
    article = window.library.save(Article(
        headline="Cầu mới nối hai bờ sông", sapo="Cây cầu rút ngắn quãng đường đi làm.",
        body="Sáng nay cây cầu dài 800 mét được thông xe.\n\nNgười dân hai bờ phấn khởi.",
        url=URL, **fields))
    window.open_article(article)
    return article


def printed_preview(qtbot, window):
    """The open article's print preview, once its first page is printed."""
    window.side.set_current_tab("print")
    window.side.refresh_now()

    def printed() -> bool:
        preview = window.side.preview("print")
        return preview is not None and preview.result is not None

    qtbot.waitUntil(printed, timeout=60000)
    return window.side.preview("print")


def test_print_preview_shows_the_pdf_the_export_writes(qtbot, window, tmp_path, monkeypatch):
    opened(qtbot, window)
    preview = printed_preview(qtbot, window)
    assert preview.page_count() == preview.result.pages >= 1
    assert window.status.copyfit.text().startswith("Copyfit:")
    shown = pdf_text(preview.result.path)
    assert "Cầu mới nối hai bờ sông" in shown.replace("\r\n", " ").replace("\n", " ")
    # edits reach the preview after the pause
    count = preview._shown
    body = window.article_view.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Thêm câu mới.")
    qtbot.waitUntil(lambda: preview._shown > count, timeout=60000)
    assert "Thêm câu mới." in pdf_text(preview.result.path)
    # the preview's controls change the layout ...
    preview.columns.setValue(1)
    qtbot.waitUntil(lambda: preview.result.copyfit.columns == 1, timeout=60000)
    assert window.settings.columns == 1
    # ... and the PDF export prints the same thing, page for page
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "a.pdf"), ""))
    window.actions_["export_pdf"].trigger()
    qtbot.waitUntil(lambda: window.export_dialog.result_ is not None, timeout=60000)
    exported = window.export_dialog.result_
    assert exported.pages == preview.result.pages
    assert pdf_text(exported.path) == pdf_text(preview.result.path)


def test_web_preview_is_the_html_export_without_scripts_or_network(qtbot, window, tmp_path):
    from newsdesk.export.base import ExportOptions
    from newsdesk.export.html import standalone_html

    article = opened(qtbot, window)
    window.side.set_current_tab("web")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: window.side.preview("web") is not None, timeout=5000)
    web = window.side.preview("web")
    qtbot.waitUntil(lambda: web.loads >= 1, timeout=30000)
    expected = standalone_html(window.article_view.current_article(),
                               lambda p: None, ExportOptions())
    assert web.html == expected and article.headline in web.html
    from PySide6.QtWebEngineCore import QWebEngineSettings

    settings = web.page.settings()
    assert not settings.testAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled)
    # a page that asks for the network gets nothing: a local server sees no request
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        web._show(f'<html><head><link rel="stylesheet" href="{base}/x.css"></head><body>'
                  f'<img src="{base}/pixel.png"><iframe src="{base}/frame"></iframe>'
                  f'<script src="{base}/tracker.js"></script></body></html>', web._serial)
        qtbot.waitUntil(lambda: web.loads >= 2, timeout=30000)
        qtbot.wait(500)
    finally:
        server.shutdown()
        server.server_close()
    assert hits == []


def test_qr_panel_follows_the_url_and_saves_svg_and_png(qtbot, window, tmp_path, monkeypatch):
    window.new_article()
    form = window.article_view.form
    type_text(form.url, URL)
    qr = window.side.qr
    qtbot.waitUntil(lambda: qr.svg.startswith("<svg"), timeout=3000)
    assert qr.save_png.isEnabled()
    svg_target, png_target = tmp_path / "qr.svg", tmp_path / "qr"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(svg_target), ""))
    assert qr.save_as_svg() == svg_target
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(png_target), ""))
    saved_png = qr.save_as_png()
    assert saved_png == tmp_path / "qr.png"  # the extension is added
    (decoded,) = zxingcpp.read_barcodes(Image.open(saved_png))
    assert decoded.text == URL
    assert svg_target.read_text(encoding="utf-8").startswith("<svg")
    # a URL that is not one: a message, no code, nothing to save
    form.url.clear()
    type_text(form.url, "baomau.example.vn")
    qtbot.waitUntil(lambda: qr.svg == "", timeout=3000)
    assert not qr.save_svg.isEnabled() and "http" in qr.message.text()
    assert hashlib.sha256(svg_target.read_bytes()).hexdigest()  # the saved file is untouched


def test_the_status_bar_copyfit_is_the_open_articles_with_the_preview_hidden(qtbot, window):
    """The copyfit line in the status bar follows the open article when the side area (and
    the print preview) is hidden: "—" until its figure is measured, never the one before's."""
    long_body = "\n\n".join(
        f"Đoạn {n}: người dân hai bờ sông phấn khởi khi cây cầu dài 800 mét được thông xe, "
        "rút ngắn quãng đường đi làm mỗi ngày từ hơn một giờ xuống còn chừng mười lăm phút."
        for n in range(40))
    first = window.library.save(Article(headline="Bài dài hai trang", body=long_body))
    second = window.library.save(Article(headline="Tin ngắn", body="Một đoạn văn ngắn."))
    window.open_article(first)
    window.side.set_current_tab("print")
    window.side.refresh_now()
    status = window.status.copyfit
    qtbot.waitUntil(lambda: status.text().startswith("Copyfit:") and "—" not in status.text(),
                    timeout=60000)
    long_text = status.text()
    assert "2 pages" in long_text or "3 pages" in long_text, long_text
    window.actions_["show_side"].trigger()  # the side area (and its print preview) hidden
    assert not window.side.isVisible()
    window.library_panel.article_chosen.emit(second.id)  # opened as a click in the list opens it
    qtbot.waitUntil(lambda: window.article_view.base.id == second.id, timeout=10000)
    assert status.text() != long_text  # at once: never the article before's figure
    qtbot.waitUntil(lambda: "—" not in status.text(), timeout=60000)
    preview = window.side.preview("print")
    assert preview.article.id == second.id and preview.result.copyfit.pages == 1
    assert status.text() == preview.copyfit_text(preview.result.copyfit)
    assert " over 1 page, " in status.text() and status.text() != long_text


def test_the_print_preview_turns_the_page_to_landscape(qtbot, window, tmp_path, monkeypatch):
    """Layout staff choose the page's way up in the preview, as the command line's
    ``--orientation``: the page prints landscape, the choice is kept, and the PDF export
    prints the same."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    opened(qtbot, window)
    preview = printed_preview(qtbot, window)
    assert not preview.orientation.isChecked()
    first = preview._shown
    preview.zoom_in.setFocus()
    QTest.keyClick(preview.zoom_in, Qt.Key.Key_Tab)  # after the zoom: the page's way up
    assert preview.orientation.hasFocus()
    QTest.keyClick(preview.orientation, Qt.Key.Key_Space)
    assert preview.orientation.isChecked() and "Landscape" in preview.orientation.toolTip()
    qtbot.waitUntil(lambda: preview._shown > first, timeout=60000)
    width, height = pypdfium2.PdfDocument(str(preview.result.path))[0].get_size()
    assert width > height  # A4 turned: 297 × 210 mm
    assert abs(width - 297 * 72 / 25.4) < 1.5
    assert window.settings.orientation == "landscape"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "a.pdf"), ""))
    window.actions_["export_pdf"].trigger()
    qtbot.waitUntil(lambda: window.export_dialog.result_ is not None, timeout=60000)
    width, height = pypdfium2.PdfDocument(str(window.export_dialog.result_.path))[0].get_size()
    assert width > height
