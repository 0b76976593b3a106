"""The print engine's rules: page setup, copyfit arithmetic, atomic writes, offline loading,
large documents, failures with clear errors, the async printer and the CLI."""

from __future__ import annotations

import base64
import errno
import io
import os

import pypdfium2 as pdfium
import pytest
from PIL import Image

from newsdesk.domain import NewsdeskError
from newsdesk.printing import PageSetup, PageSetupError, init_printing
from newsdesk.printing.copyfit import compute_copyfit, fill_columns
from print_support import URL, photo_source, sample_article

init_printing()  # at collection time: before any QApplication exists

MM = 72 / 25.4


# -- page setup (no Qt) -------------------------------------------------------------------------
def test_page_setup_geometry_and_css():
    setup = PageSetup(paper="a3", orientation="Landscape", columns=3, publication='Báo "Mẫu"')
    assert setup.paper == "A3" and setup.orientation == "landscape"
    assert setup.page_size_mm == (420.0, 297.0)
    assert setup.column_width_mm == pytest.approx((420 - 30 - 2 * 5) / 3)
    css = setup.css("Thời sự")
    assert "size: 420mm 297mm" in css
    assert '"Trang " counter(page) " / " counter(pages)' in css
    assert 'content: "Báo \\"Mẫu\\""' in css and '"Thời sự"' in css
    assert "--nd-columns: 3" in css
    english = PageSetup(language="en-GB").css()
    assert '"Page " counter(page) " of " counter(pages)' in english


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"paper": "B5"}, "print.paper"),
        ({"orientation": "sideways"}, "print.orientation"),
        ({"columns": 5}, "print.columns"),
        ({"columns": 0}, "print.columns"),
        ({"font_size_pt": 40}, "print.font_size"),
        ({"margins_mm": (1, 1, 1, 1)}, "print.margins"),
        ({"paper": "A5", "columns": 4}, "print.columns"),  # 4 columns of 25 mm: refused
    ],
)
def test_page_setup_refuses_bad_values_with_a_clear_code(changes, code):
    with pytest.raises(PageSetupError) as caught:
        PageSetup(**changes)
    assert caught.value.code == code
    assert caught.value.message


# -- copyfit arithmetic (no Qt) -------------------------------------------------------------------
def test_fill_columns_moves_photos_whole_and_splits_paragraphs():
    line = 10.0
    # column of 100 px: 6 lines of text, then a 60 px photo that does not fit -> next column
    used = fill_columns([(60, True, False), (60, False, False)], 100, 100, 2, line)
    assert used == (2, 60)
    # a 150 px paragraph splits across two columns at a line boundary
    assert fill_columns([(150, True, False)], 100, 100, 2, line) == (2, 50)
    # a heading needs two lines of what follows it in the same column
    assert (
        fill_columns([(85, True, False), (10, False, True), (30, True, False)], 100, 100, 1, line)[
            0
        ]
        == 2
    )


def test_compute_copyfit_counts_lines_on_the_body_grid():
    setup = PageSetup(paper="A4", columns=2)
    line = 20.0
    metrics = {"line": line, "head": 200.0, "story": 1000.0, "blocks": [(1000.0, True, False)]}
    fit = compute_copyfit(metrics, setup, pages=1, target_lines=40)
    depth = setup.content_size_mm[1] * 96 / 25.4
    assert fit.lines_per_column == int(depth // line)
    assert fit.first_page_lines_per_column == int((depth - 200) // line)
    assert fit.lines_total == 50 and fit.over_under == 10 and fit.columns == 2
    assert "10 lines OVER the 40-line slot" in fit.describe()
    short = compute_copyfit(metrics, setup, pages=1, target_lines=60)
    assert short.over_under == -10 and "UNDER" in short.describe()
    assert fit.describe().startswith("copyfit: 50 lines over 1 page, ")
    assert fit.describe().endswith(" a column, 2 columns filled; 10 lines OVER the 40-line slot")
    one = compute_copyfit(metrics, setup, pages=1, target_lines=49)
    assert one.describe().endswith(" filled; 1 line OVER the 49-line slot")


# -- atomic writes (no Qt) ------------------------------------------------------------------------
def test_write_atomic_reports_a_full_disk_and_keeps_the_old_file(tmp_path, monkeypatch):
    from newsdesk.config import atomic
    from newsdesk.printing import output

    target = tmp_path / "page.pdf"
    target.write_bytes(b"old")

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(NewsdeskError) as caught:
        output.write_atomic(target, b"%PDF-new")
    assert caught.value.code == "print.disk_full"
    assert "disk is full" in caught.value.message
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["page.pdf"]  # no temp file left behind


# -- printing -------------------------------------------------------------------------------------
def _html(body: str, head: str = "") -> str:
    return (
        "<!doctype html><html lang='vi'><head><meta charset='utf-8'>"
        f"{head}</head><body><article class='nd-article'><div class='nd-body'>{body}"
        "</div></article></body></html>"
    )


def _document(html: str):
    from newsdesk.printing.document import add_fonts, font_css
    from newsdesk.printing.scheme import PrintDocument

    document = PrintDocument()
    style = f"<style>{font_css()} body {{ font-family: 'Newsdesk Serif'; }}</style>"
    document.add("index.html", html.replace("</head>", style + "</head>").encode(), "text/html")
    add_fonts(document)
    return document


def _print_document(document, target, **kwargs):
    from newsdesk.printing.api import print_document_pdf

    return print_document_pdf(document, target, PageSetup(columns=1), **kwargs)


@pytest.mark.webengine
def test_network_requests_are_blocked(qapp, tmp_path):
    from newsdesk.printing.engine import shared_profile

    secret = tmp_path / "private.png"
    Image.new("RGB", (20, 20), "red").save(secret)
    html = _html(
        "<p>Chỉ in nội dung cục bộ.</p><img src='https://example.com/tracker.png'>"
        f"<img src='{secret.as_uri()}'>"
    )
    result = _print_document(_document(html), tmp_path / "offline.pdf")
    _profile, _server, interceptor = shared_profile()
    # refused by the profile (local content may not reach remote URLs) or by the interceptor
    assert any("https://example.com/tracker.png" in w for w in result.warnings)
    assert any("private.png" in w for w in result.warnings)  # no file outside the document
    assert all(not url.startswith("newsdesk-print:") for url in interceptor.blocked)
    with pdfium.PdfDocument(result.path) as pdf:
        assert "Chỉ in nội dung cục bộ." in pdf[0].get_textpage().get_text_range()


@pytest.mark.webengine
def test_a_document_over_2_mb_prints(qapp, tmp_path):
    noise = Image.frombytes("RGB", (900, 900), os.urandom(900 * 900 * 3))
    out = io.BytesIO()
    noise.save(out, "PNG")
    uri = "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()
    html = _html(f"<p>Ảnh lớn nhúng trực tiếp.</p><img style='width:50mm' src='{uri}'>")
    assert len(html) > 2 * 1024 * 1024  # setHtml silently fails above 2 MB
    result = _print_document(_document(html), tmp_path / "big.pdf")
    with pdfium.PdfDocument(result.path) as pdf:
        assert "Ảnh lớn nhúng trực tiếp." in pdf[0].get_textpage().get_text_range()
        assert len(list(pdf[0].get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE]))) == 1


@pytest.mark.webengine
def test_the_folder_fallback_prints_without_the_scheme(qapp, tmp_path):
    from newsdesk.printing.api import _shared_printer, print_document_pdf

    printer = _shared_printer()
    server = printer._server
    printer._server = None  # as when the GUI created its QApplication before init_printing()
    try:
        result = print_document_pdf(
            _document(_html("<p>Đọc từ thư mục tạm.</p>")), tmp_path / "f.pdf", PageSetup()
        )
    finally:
        printer._server = server
    with pdfium.PdfDocument(result.path) as pdf:
        assert "Đọc từ thư mục tạm." in pdf[0].get_textpage().get_text_range()
    assert not printer._interceptor.folders  # the temporary folder is gone from the allow-list


@pytest.mark.webengine
def test_failures_are_clear_errors_and_the_printer_recovers(qapp, tmp_path):
    from newsdesk.printing.engine import PrintError

    document = _document(_html("<p>Thử lại.</p>"))
    blocker = tmp_path / "not-a-folder"  # a file where the PDF's folder would be made
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(PrintError) as caught:
        _print_document(document, blocker / "x.pdf")
    assert caught.value.code == "print.write" and "not-a-folder" in caught.value.message
    with pytest.raises(PrintError) as caught:
        _print_document(document, tmp_path / "slow.pdf", timeout_s=0.001)
    assert caught.value.code == "print.timeout"
    assert not (tmp_path / "slow.pdf").exists()
    result = _print_document(document, tmp_path / "ok.pdf")  # the same printer works again
    assert result.pages == 1 and result.path.read_bytes().startswith(b"%PDF")


def _pages_long():
    """A document of a few pages: Chromium takes a while to make its PDF, so a test stops the
    print before the PDF is back, not just after."""
    paragraph = "<p>Bản in bị dừng giữa chừng, khi Chromium còn đang in trang này.</p>"
    return _document(_html(paragraph * 150))


@pytest.mark.webengine
def test_a_print_cancelled_while_chromium_prints_hands_its_page_back(qapp, qtbot, tmp_path,
                                                                     monkeypatch):
    """Cancelled once Chromium is turning the page into PDF: the page is neither stopped nor
    deleted before that PDF is back (Chromium aborts on the one, QtWebEngine crashes on the
    other), then it goes (``settled``); nothing is written and the printer prints again."""
    from newsdesk.printing.engine import PdfPrinter

    printer = PdfPrinter(timeout_s=20)
    measured, cancelled = PdfPrinter._measured, []

    def measured_then_cancel(self, generation, metrics):
        measured(self, generation, metrics)  # printToPdf is asked for
        if not cancelled:
            cancelled.append(True)
            self.cancel()

    monkeypatch.setattr(PdfPrinter, "_measured", measured_then_cancel)
    document = _pages_long()
    with qtbot.waitSignal(printer.failed, timeout=20000) as failed:
        printer.print_document(document, tmp_path / "cancelled.pdf", PageSetup())
    assert failed.args == ["printing was cancelled"] and not printer.busy
    assert printer.printing  # Chromium is still making that PDF: its page waits for it
    with qtbot.waitSignal(printer.settled, timeout=20000):
        pass
    assert not printer.printing
    assert list(tmp_path.iterdir()) == []
    with qtbot.waitSignal(printer.finished, timeout=20000) as done:
        printer.print_document(document, tmp_path / "ok.pdf", PageSetup())
    assert done.args[0].pages > 1 and (tmp_path / "ok.pdf").exists()
    printer.dispose()


class _CtrlC(Exception):
    """What this test's SIGINT handler raises (KeyboardInterrupt would stop the test run)."""


@pytest.mark.webengine
def test_ctrl_c_while_chromium_prints_stops_the_print_then_interrupts(qapp, tmp_path,
                                                                      monkeypatch):
    """SIGINT comes while Chromium turns the page into PDF (inside a callback of Qt's loop):
    it is not raised there, where Qt would swallow it and the print go on; the print stops,
    the page is handed back, and then the program's handler runs, from print_document_pdf.
    Nothing is written, the handler is the program's again, and the printer prints again."""
    import signal

    from newsdesk.printing.api import _shared_printer
    from newsdesk.printing.engine import PdfPrinter

    measured, pressed = PdfPrinter._measured, []

    def measured_then_ctrl_c(self, generation, metrics):
        measured(self, generation, metrics)  # printToPdf is asked for
        if not pressed:
            pressed.append(True)
            os.kill(os.getpid(), signal.SIGINT)

    def handler(_signum, _frame):
        raise _CtrlC

    monkeypatch.setattr(PdfPrinter, "_measured", measured_then_ctrl_c)
    wakeup_fd = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(wakeup_fd)
    document = _pages_long()
    previous = signal.signal(signal.SIGINT, handler)
    try:
        with pytest.raises(_CtrlC):
            _print_document(document, tmp_path / "stopped.pdf", timeout_s=20)
        assert signal.getsignal(signal.SIGINT) is handler
    finally:
        signal.signal(signal.SIGINT, previous)
    assert signal.set_wakeup_fd(wakeup_fd) == wakeup_fd
    assert pressed and not _shared_printer().printing  # the stopped page came back
    assert list(tmp_path.iterdir()) == []  # no PDF, no temporary file
    result = _print_document(document, tmp_path / "ok.pdf")
    assert result.pages > 1 and result.path.read_bytes().startswith(b"%PDF")


@pytest.mark.webengine
def test_async_printer_signals_and_cancel(qapp, qtbot, tmp_path):
    from newsdesk.printing.document import build_print_document
    from newsdesk.printing.engine import PdfPrinter

    printer = PdfPrinter()
    article = sample_article(words=200, photos=1)
    document, warnings = build_print_document(article, photo_source(1, (800, 600)), PageSetup())
    with qtbot.waitSignal(printer.failed, timeout=10000) as failed:
        printer.print_document(document, tmp_path / "cancelled.pdf", PageSetup())
        assert printer.busy
        printer.cancel()
    assert failed.args == ["printing was cancelled"]
    assert printer.last_error.code == "print.cancelled" and not printer.busy
    with qtbot.waitSignal(printer.finished, timeout=20000) as done:
        printer.print_document(document, tmp_path / "async.pdf", PageSetup(), warnings=warnings)
    result = done.args[0]
    assert result.pages >= 1 and result.path.exists() and result.copyfit.lines_total > 0
    printer.dispose()


@pytest.mark.webengine
@pytest.mark.parametrize("after_ms", [0, 10, 30, 60, 120])
def test_a_document_asked_for_while_the_warm_up_page_loads_prints(qapp, qtbot, tmp_path,
                                                                 after_ms):
    """The warm-up page (the print fonts) may still be loading when the document comes, at
    any of its steps: the document is loaded after it and prints, with the fonts."""
    from PySide6.QtCore import QEventLoop, QTimer

    from newsdesk.printing.engine import PdfPrinter

    printer = PdfPrinter(timeout_s=20)
    printer.prewarm()
    loop = QEventLoop()
    QTimer.singleShot(after_ms, loop.quit)
    loop.exec()
    document = _document(_html("<p>Chữ in nghiêng <i>đây</i> và <b>đậm</b>.</p>"))
    with qtbot.waitSignal(printer.finished, timeout=20000) as done:
        printer.print_document(document, tmp_path / "page.pdf", PageSetup(columns=1))
    assert done.args[0].pages == 1
    with pdfium.PdfDocument(str(tmp_path / "page.pdf")) as pdf:
        assert "Chữ in nghiêng" in pdf[0].get_textpage().get_text_range()
    printer.dispose()


@pytest.mark.webengine
def test_cli_exports_pdf_with_options_and_copyfit_line(qapp, tmp_path, capsys):
    from newsdesk.cli.main import main
    from newsdesk.interchange import write_markdown_file

    article = sample_article(words=400, photos=2)
    source = tmp_path / "bai-viet.md"
    write_markdown_file(article, source, photo_source(2, (1200, 800)))
    assert main(["import", str(source)]) == 0
    article_id = capsys.readouterr().out.strip().splitlines()[-1]
    target = tmp_path / "trang.pdf"
    code = main(
        ["export", article_id[:8], "--format", "pdf", "-o", str(target), "--paper", "A5",
         "--orientation", "landscape", "--columns", "2", "--font-size", "9", "--fit", "30"]
    )  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.strip() == str(target)
    assert "copyfit:" in captured.err and "lines OVER the 30-line slot" in captured.err
    with pdfium.PdfDocument(target) as pdf:
        width, height = pdf[0].get_size()
        assert (width, height) == pytest.approx((210 * MM, 148 * MM), abs=1.5)
        assert URL  # the QR code of the article is checked in test_print_pdf
    bad = main(["export", article_id[:8], "--format", "pdf", "-o", str(target), "--columns", "7"])
    assert bad == 2
    assert capsys.readouterr().err.startswith("newsdesk: columns must be 1, 2, 3 or 4")


def _photo_colour(pdf_path):
    with pdfium.PdfDocument(pdf_path) as pdf:
        image = next(iter(pdf[0].get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE])))
        return image.get_bitmap().to_pil().convert("RGB").getpixel((2, 2))


def _solid(colour) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (900, 600), colour).save(out, "JPEG", quality=95)
    return out.getvalue()


@pytest.mark.webengine
def test_each_print_shows_its_own_photos_never_a_cached_one(qapp, tmp_path):
    from newsdesk.printing.api import print_article_pdf

    article = sample_article(words=120, photos=1)
    setup = PageSetup(columns=1)
    red = print_article_pdf(
        article, {"images/anh1.jpg": _solid((220, 0, 0))}.get, tmp_path / "r.pdf", setup
    )
    blue = print_article_pdf(
        article, {"images/anh1.jpg": _solid((0, 0, 220))}.get, tmp_path / "b.pdf", setup
    )
    r, _g, b = _photo_colour(red.path)
    assert r > 180 and b < 60
    r, _g, b = _photo_colour(blue.path)
    assert b > 180 and r < 60


@pytest.mark.webengine
def test_article_printer_builds_off_the_gui_thread_and_signals(qapp, qtbot, tmp_path):
    from newsdesk.printing.jobs import ArticlePrinter

    printer = ArticlePrinter()
    article = sample_article(words=300, photos=2)
    photos = photo_source(2, (1600, 1200))
    with qtbot.waitSignal(printer.failed, timeout=10000) as failed:
        printer.print_article(article, photos, tmp_path / "never.pdf", PageSetup())
        assert printer.busy  # returned at once: the document is being built in the pool
        printer.cancel()
    assert failed.args == ["printing was cancelled"]
    with qtbot.waitSignal(printer.finished, timeout=30000) as done:
        printer.print_article(
            article,
            photos,
            tmp_path / "page.pdf",
            PageSetup(paper="A5", columns=1),
            target_lines=40,
        )
    result = done.args[0]
    assert result.path == tmp_path / "page.pdf" and result.copyfit.target_lines == 40
    assert not (tmp_path / "never.pdf").exists()
    with pdfium.PdfDocument(result.path) as pdf:
        assert pdf[0].get_size() == pytest.approx((148 * MM, 210 * MM), abs=1.5)
    printer.dispose()


# -- hyphenation ----------------------------------------------------------------------------------
def test_soft_hyphens_only_in_article_text_and_never_for_vietnamese():
    from newsdesk.printing.hyphenate import SOFT_HYPHEN, hyphenate_html

    svg = "<svg><title>transportation</title><path d='M0 0'/></svg>"
    html = (
        "<html><head><title>transportation</title></head><body>"
        f"<article><p>transportation &amp;hellip; authority</p>{svg}</article></body></html>"
    )
    out = hyphenate_html(html, "en-GB")
    assert f"trans{SOFT_HYPHEN}" in out.split("<article>")[1]
    assert "<title>transportation</title></head>" in out  # outside <article>: untouched
    assert svg in out and "&amp;hellip;" in out
    vietnamese = html.replace("transportation", "nghiêng ngả")
    assert hyphenate_html(vietnamese, "vi") == vietnamese


@pytest.mark.webengine
def test_english_columns_are_hyphenated_but_not_the_headline(qapp, tmp_path):
    from newsdesk.domain import Article
    from newsdesk.printing.api import print_article_pdf

    text = (
        "The municipal transportation authority acknowledged extraordinary administrative "
        "complications concerning electrification infrastructure and responsibilities. "
    )
    article = Article(
        headline="Electrification of municipal transportation infrastructure",
        body=(text * 3 + "\n\n") * 4,
        byline="Correspondent",
        language="en",
    )
    result = print_article_pdf(
        article, lambda _p: None, tmp_path / "en.pdf", PageSetup(columns=4, language="en")
    )
    with pdfium.PdfDocument(result.path) as pdf:
        lines = pdf[0].get_textpage().get_text_range().splitlines()
    hyphenated = [line for line in lines if line.endswith(("\u2010", "-", "\u00ad"))]
    assert len(hyphenated) >= 3, lines[:20]
    headline = [line for line in lines[:6] if "Electrification" in line or "infrastructure" in line]
    assert headline and not any(line.endswith(("\u2010", "-")) for line in headline)


def test_bundle_warns_about_a_missing_photo_and_a_missing_url():
    from newsdesk.printing.document import build_print_document

    article = sample_article(words=100, photos=2).copy(url="")
    document, warnings = build_print_document(
        article, {"images/anh1.jpg": photo_source(1)("images/anh1.jpg")}.get, PageSetup()
    )
    assert any("images/anh2.jpg is missing" in w for w in warnings)
    assert any("no URL" in w for w in warnings)
    html = document.files["index.html"][0].decode()
    assert html.count("<img") == 1 and '<aside class="nd-qr"' not in html
    assert [p for p in document.files if p.startswith("img/")] == [document.image_path(1, ".jpg")]


@pytest.mark.webengine
def test_the_sync_helper_refuses_a_worker_thread(qapp, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from newsdesk.printing.api import print_article_pdf
    from newsdesk.printing.engine import PrintError

    article = sample_article(words=50, photos=0)
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(print_article_pdf, article, lambda _p: None, tmp_path / "x.pdf")
        with pytest.raises(PrintError) as caught:
            future.result(timeout=30)
    assert caught.value.code == "print.thread"
    assert not (tmp_path / "x.pdf").exists()


def test_environment_for_the_cli_without_display_and_as_root(monkeypatch):
    from newsdesk.printing import runtime

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--lang=vi")
    monkeypatch.delenv("NEWSDESK_NO_SANDBOX", raising=False)
    monkeypatch.setattr(runtime, "_is_root", lambda: True)
    runtime.configure_environment(for_cli=True)
    runtime.configure_environment(for_cli=True)  # idempotent
    flags = os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    assert flags.count("--no-sandbox") == 1 and flags.count("--disable-gpu") == 1
    assert flags[0] == "--lang=vi"


def test_sandbox_kept_for_a_normal_user_with_a_display(monkeypatch):
    from newsdesk.printing import runtime

    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "")
    monkeypatch.delenv("NEWSDESK_NO_SANDBOX", raising=False)
    monkeypatch.setattr(runtime, "_is_root", lambda: False)
    runtime.configure_environment(for_cli=True)
    flags = os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"
    assert "--no-sandbox" not in flags and "--disable-gpu" not in flags
    monkeypatch.setenv("NEWSDESK_NO_SANDBOX", "1")
    runtime.configure_environment()
    assert "--no-sandbox" in os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()


def test_no_photo_fitting_option_and_setting_reach_the_page_setup():
    from newsdesk.cli.main import build_parser
    from newsdesk.config.settings import Settings
    from newsdesk.export import ExportOptions
    from newsdesk.services.pdf_export import page_setup

    args = build_parser(["export"]).parse_args(
        ["export", "abcd", "-f", "pdf", "-o", "x.pdf", "--no-photo-fitting"])
    assert args.no_photo_fitting is True
    article = sample_article(words=50, photos=0)
    assert page_setup(article, ExportOptions()).photo_fitting is True
    off = ExportOptions(extra={"no_photo_fitting": True})
    assert page_setup(article, off).photo_fitting is False
    saved = ExportOptions(extra={"settings": Settings(print_photo_fitting=False)})
    assert page_setup(article, saved).photo_fitting is False


@pytest.mark.webengine
@pytest.mark.parametrize(("paper", "orientation", "margin"), [
    ("A3", "portrait", 15), ("A4", "portrait", 15), ("A5", "portrait", 15),
    ("Tabloid", "portrait", 15), ("Letter", "portrait", 15), ("A4", "landscape", 12),
    ("A4", "portrait", 20.3), ("A3", "landscape", 7.7),
])
def test_the_page_area_the_make_up_lays_out_is_the_one_chromium_prints_on(
        qapp, tmp_path, paper, orientation, margin):
    """PageSetup.print_area_px is the page area of the real print (to within 1/16 px: the
    print fits a little more than the whole px): a row exactly that wide stands on one line
    and one 1/8 px wider does not; a block exactly that deep ends page 1 and one 1/8 px deeper
    does not fit it. (The content width in millimetres is up to 1.3 px off.)"""
    from newsdesk.printing.api import print_document_pdf
    from newsdesk.printing.setup import margins_from

    setup = PageSetup(paper=paper, orientation=orientation, columns=1,
                      margins_mm=margins_from(margin))
    width, height = setup.print_area_px
    rows = "".join(
        f'<div style="font-size:0;line-height:0;height:2px">'
        f'<span style="display:inline-block;width:{width - 10 + d}px;height:1px"></span>'
        f'<span style="display:inline-block;width:10px;height:1px;background:#000"></span></div>'
        for d in (0, 1 / 8))
    css = ("<style>" + setup.css() + " body { margin: 0 } .nd-article { width: auto } </style>")

    def pages(body: str) -> tuple[int, list[float]]:
        document = _document(f"<!doctype html><html><head>{css}</head><body>{body}</body></html>")
        result = print_document_pdf(document, tmp_path / "area.pdf", setup)
        pdf = pdfium.PdfDocument(str(result.path))
        try:
            marks = sorted((-o.get_bounds()[3], o.get_bounds()[0]) for o in pdf[0].get_objects(
                filter=[pdfium.raw.FPDF_PAGEOBJ_PATH]))  # from the top down
            return len(pdf), [left for _top, left in marks]
        finally:
            pdf.close()

    _pages, lefts = pages(rows)
    at_the_edge = setup.margins_mm[3] * 72 / 25.4 + 2  # a wrapped mark starts the next line
    assert [left > at_the_edge for left in lefts[:2]] == [True, False], lefts
    for deeper, expected in ((0, 1), (1 / 8, 2)):
        block = (f'<div style="height:{height - 2}px"></div>'
                 f'<div style="height:{2 + deeper}px;break-inside:avoid;background:#000"></div>')
        assert pages(block)[0] == expected, (deeper, setup.print_area_px)
