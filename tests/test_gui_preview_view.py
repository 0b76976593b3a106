"""The previews as a reader uses them: the web preview keeps its scroll position across
refreshes; the print preview zooms (Ctrl+plus/minus, Ctrl+wheel, fit width / fit page), is
readable at fit width at the default pane width, keeps its place when the article it shows is
printed again but shows another article from the top, and shows no page of an earlier setup
when the one chosen cannot be printed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui_support import close_window, open_window, type_text
from newsdesk.config.settings import Settings
from newsdesk.domain import Article
from newsdesk.qt.status_bar import SaveState

pytestmark = pytest.mark.qt

LONG_BODY = "\n\n".join(f"Đoạn {n}: cây cầu dài 800 mét được thông xe sáng nay, người dân "
                        "hai bờ phấn khởi đi thử." for n in range(60))


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def opened(window) -> Article:
    article = window.library.save(Article(headline="Cầu mới nối hai bờ sông", body=LONG_BODY,
                                          url="https://baomau.example.vn/xa-hoi/cau.html"))
    window.open_article(article)
    return article


def chosen_in_library(qtbot, window, article: Article, words: str) -> None:
    """``article`` opened as a reader opens it: found by ``words`` typed in the library's
    search box, then a click on its entry."""
    panel = window.library_panel
    panel.search.clear()
    QTest.keyClicks(panel.search, words)
    qtbot.waitUntil(lambda: panel.ids() == [article.id], timeout=10000)
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.view.visualRect(panel.model.index(0, 0)).center())
    qtbot.waitUntil(lambda: window.article_view.base.id == article.id, timeout=10000)


def shown_headline(preview) -> str:
    """The headline of the article whose pages the print preview shows (the PDF's title)."""
    return preview.document.metaData(QPdfDocument.MetaDataField.Title)


def printed_first(qtbot, window, article: Article, words: str):
    """The print preview shown, ``article`` chosen in the library and its pages printed."""
    window.side.set_current_tab("print")
    chosen_in_library(qtbot, window, article, words)
    qtbot.waitUntil(lambda: window.side.preview("print") is not None, timeout=5000)
    preview = window.side.preview("print")
    qtbot.waitUntil(lambda: shown_headline(preview) == article.headline, timeout=60000)
    return preview


def test_web_preview_keeps_its_place_across_refreshes(qtbot, window):
    opened(window)
    window.side.set_current_tab("web")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: window.side.preview("web") is not None, timeout=5000)
    web = window.side.preview("web")
    qtbot.waitUntil(lambda: web.loads >= 1, timeout=30000)
    web.page.runJavaScript("window.scrollTo(0, 900);", 1)  # the reader scrolls down
    qtbot.waitUntil(lambda: web.page.scrollPosition().y() >= 800, timeout=10000)
    body = window.article_view.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Thêm.")
    qtbot.waitUntil(lambda: web.loads >= 2, timeout=30000)
    qtbot.waitUntil(lambda: web.page.scrollPosition().y() >= 800, timeout=10000)
    positions = []
    for _ in range(10):
        qtbot.wait(100)
        positions.append(web.page.scrollPosition().y())
    assert min(positions) >= 800


def test_print_preview_zooms_and_reads_at_fit_width(qtbot, window):
    window.resize(1600, 1000)
    opened(window)
    window.side.set_current_tab("print")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: window.side.preview("print") is not None
                    and window.side.preview("print").result is not None, timeout=60000)
    preview = window.side.preview("print")
    qtbot.wait(100)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.zoom.currentText() == "Fit width"
    fit = preview.zoom_factor()
    assert fit >= 0.7  # 9.5 pt body text at ≥ 9 px: readable at the default pane width
    preview.view.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    bigger = preview.view.zoomFactor()
    assert bigger > fit
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() < bigger
    viewport = preview.view.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    before = preview.view.zoomFactor()
    wheel = QWheelEvent(centre, viewport.mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    assert preview.view.zoomFactor() > before
    preview.zoom.setCurrentIndex(preview.zoom.findData("page"))
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert preview.zoom_factor() < fit


def test_print_preview_settles_at_every_height_of_the_pane(qtbot, tmp_path):
    """A page at fit width whose height is about the viewport's used to make QPdfView show and
    hide its scrollbar for ever (the app froze at a 1440×900 window): every height settles."""
    from PySide6.QtCore import QEvent, QObject, QRectF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from newsdesk.qt.preview_print import PrintPreview
    from newsdesk.services.library import Library

    pdf = tmp_path / "page.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(QRectF(0, 0, 2000, 200), "Cầu mới nối hai bờ sông")
    painter.end()
    library = Library.open(data_dir=tmp_path / "newsroom")
    preview = PrintPreview(library)
    qtbot.addWidget(preview)
    preview.document.load(str(pdf))
    assert preview.document.pageCount() == 1

    class Resizes(QObject):
        count = 0

        def eventFilter(self, _watched, event):
            if event.type() == QEvent.Type.Resize:
                Resizes.count += 1
                if Resizes.count > 20:  # looping: break it, or the test would hang, not fail
                    preview.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            return False

    counter = Resizes()
    preview.view.viewport().installEventFilter(counter)
    preview.show()
    qtbot.waitExposed(preview)
    restless = []
    for width in (320, 400, 480):
        preview.resize(width, 300)
        QApplication.processEvents()
        top = preview.height() - preview.view.viewport().height()  # controls above the page
        page = (preview.view.viewport().width() - 12) * 297 / 210
        for height in range(int(page + top) - 30, int(page + top) + 30, 2):
            preview.resize(width, height)
            Resizes.count = 0
            for _ in range(30):
                QApplication.processEvents()
            if Resizes.count > 3:
                restless.append((width, height, Resizes.count))
    preview.close()
    library.close()
    assert not restless, restless


def test_print_preview_keeps_its_place_on_a_refresh_and_opens_another_article_at_the_top(
        qtbot, window):
    """Reading page 2 of one article: an edit prints it again at the same place; another
    article chosen in the library is shown from the top of its first page, not scrolled to
    where the reader was in the one before."""
    first = window.library.save(Article(headline="Cầu mới nối hai bờ sông", body=LONG_BODY))
    second = window.library.save(Article(headline="Đường ven biển thông xe", body=LONG_BODY))
    preview = printed_first(qtbot, window, first, "cau moi")
    bar = preview.view.verticalScrollBar()
    assert preview.page_count() >= 2
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum() * 3 // 4)  # the reader scrolls down to the second page
    place = bar.value()
    assert place > 0
    # an edit: the same article printed again, read on at the same place
    count = preview._shown
    body = window.article_view.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Thêm.")
    qtbot.waitUntil(lambda: preview._shown > count, timeout=60000)
    qtbot.wait(50)
    assert shown_headline(preview) == first.headline
    assert bar.value() == place
    qtbot.waitUntil(lambda: window.status.state is SaveState.SAVED, timeout=10000)  # stored
    # another article: its first page, from the top
    chosen_in_library(qtbot, window, second, "ven bien")
    qtbot.waitUntil(lambda: shown_headline(preview) == second.headline, timeout=60000)
    qtbot.wait(50)
    assert bar.value() == 0


def test_a_page_setup_that_cannot_be_printed_leaves_no_page_of_the_one_before(qtbot, window):
    """A5 with four columns is refused (each column would be too narrow): the page of the
    setup before is no longer shown as if it were this one's, the reason is shown in the
    page's place, and no figure of the old page stays as the copyfit; a setup that prints
    brings the page back."""
    article = opened(window)
    window.side.set_current_tab("print")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: window.side.preview("print") is not None, timeout=5000)
    preview = window.side.preview("print")
    qtbot.waitUntil(lambda: shown_headline(preview) == article.headline, timeout=60000)
    assert (preview.paper.currentText(), preview.columns.value()) == ("A4", 2)
    old_copyfit = window.status.copyfit.text()
    assert old_copyfit.startswith("Copyfit:") and "—" not in old_copyfit
    preview.paper.setCurrentText("A5")  # printed in the background ...
    preview.columns.setValue(4)  # ... when four columns are asked for: refused
    assert window.settings.columns == 4
    # kept for the next start and the command line: the last setup the page could take
    stored = Settings.load(window.library.paths.settings_file)
    assert (stored.paper, stored.columns) == ("A5", 2)
    assert preview.page_count() == 0 and preview.result is None  # no A4 page left shown ...
    assert not preview.printer.busy  # ... nor the A5 one being printed coming to be shown
    assert not preview.view.isVisible()
    assert preview.unprintable.isVisible()
    assert "Too many columns" in preview.unprintable.text()
    for copyfit in (preview.copyfit.text(), window.status.copyfit.text()):
        assert copyfit != old_copyfit and "—" in copyfit
    # three columns fit on A5 no more than four; two do
    preview.columns.setValue(3)
    assert preview.page_count() == 0 and "Too many columns" in preview.unprintable.text()
    assert Settings.load(window.library.paths.settings_file).columns == 2
    preview.orientation.click()  # landscape A5 takes three
    preview.columns.setValue(3)
    stored = Settings.load(window.library.paths.settings_file)
    assert (stored.orientation, stored.columns) == ("landscape", 3)
    preview.orientation.click()
    assert Settings.load(window.library.paths.settings_file).orientation == "landscape"
    preview.columns.setValue(2)
    assert Settings.load(window.library.paths.settings_file).orientation == "portrait"
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=60000)
    assert preview.view.isVisible() and not preview.unprintable.isVisible()
    width = preview.document.pagePointSize(0).width()
    assert width == pytest.approx(148 / 25.4 * 72, abs=2)  # an A5 page
    assert preview.copyfit_text(preview.result.copyfit) == window.status.copyfit.text()


def test_another_article_never_shows_the_page_of_the_one_before(qtbot, window):
    """Clicking another article in the library: until its own page is printed, the print
    preview shows that it is laying it out, never the article before's page (nor its
    warnings) as if it were this one's."""
    first = window.library.save(Article(headline="Cầu mới nối hai bờ sông", body=LONG_BODY))
    second = window.library.save(Article(headline="Đường ven biển thông xe", body=LONG_BODY))
    preview = printed_first(qtbot, window, first, "cau moi")
    assert preview.view.isVisible()
    seen = []  # what the pane shows each time the event loop turns, until the new page
    chosen_in_library(qtbot, window, second, "ven bien")

    def look() -> bool:
        seen.append((preview.pages.currentWidget(), shown_headline(preview)))
        if preview.pages.currentWidget() is preview.waiting:
            assert preview.copyfit.text() == "Copyfit: —"  # not the one before's figures
        return shown_headline(preview) == second.headline and preview.view.isVisible()

    qtbot.waitUntil(look, timeout=60000)
    assert not [headline for widget, headline in seen
                if widget is preview.view and headline == first.headline]
    assert any(widget is preview.waiting for widget, _ in seen)
    assert not preview.waiting.isVisible()
    assert preview.waiting.text() == "Laying out the page…"
    # the same article printed again after an edit keeps its page on screen meanwhile
    count = preview._shown
    body = window.article_view.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Thêm.")
    qtbot.waitUntil(lambda: preview._shown > count, timeout=60000)
    assert preview.pages.currentWidget() is preview.view


def test_columns_too_narrow_or_too_wide_for_the_type_size_are_said_so(qtbot, window):
    """Four columns of 12 pt on A4 hold about 19 characters a line, one column of 10.5 pt on
    Tabloid about 135: the preview prints them and says why they set badly, in the words of
    the notice; a measure that sets well says nothing."""
    opened(window)
    window.side.set_current_tab("print")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: window.side.preview("print") is not None, timeout=5000)
    preview = window.side.preview("print")
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=60000)
    assert "characters" not in preview.message.text()
    preview.columns.setValue(4)
    preview.font_size.setValue(12.0)
    qtbot.waitUntil(lambda: "about 19 characters a line at 12 pt" in preview.message.text(),
                    timeout=60000)
    assert preview.message.isVisible() and preview.page_count() > 0
    assert "fewer columns or a smaller type size" in preview.message.text()
    preview.paper.setCurrentText("Tabloid")
    preview.columns.setValue(1)
    preview.font_size.setValue(10.5)
    qtbot.waitUntil(lambda: "Lines of about 135 characters at 10.5 pt" in preview.message.text(),
                    timeout=60000)
    preview.columns.setValue(3)
    qtbot.waitUntil(lambda: preview.page_count() > 0 and "characters" not in
                    preview.message.text() and not preview.printer.busy, timeout=60000)


def _fixture_in_print_preview(qtbot, window, story_name: str):
    """A story fixture of ``test_print_story_layout`` (its test photos in the library) open in
    the real window, its print preview shown: the preview."""
    from pathlib import Path

    from newsdesk.interchange.frontmatter import parse_markdown
    from print_support import photo
    from test_print_story_layout import SHAPES

    path = Path(__file__).parent / "fixtures" / "print" / f"{story_name}.md"
    story, _warnings = parse_markdown(path.read_text(encoding="utf-8"), name=path.name)
    assets = {src: window.library.add_photo(photo(i, size), src.rsplit("/", 1)[-1])
              for i, (src, size) in enumerate(SHAPES.items()) if f"]({src}" in story.body}
    window.open_article(window.library.save(story.copy(assets=assets)))
    window.side.set_current_tab("print")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: window.side.preview("print") is not None, timeout=5000)
    return window.side.preview("print")


def test_the_print_preview_names_a_photo_the_make_up_cut(qtbot, window):
    """The reporter's bridge story on A4, three columns, 10 pt: the make-up shows its panorama
    deeper to close a hole, its sides cut. The preview says so under the page, naming the
    photo and the millimetres; one column, where nothing is cut, says nothing of photos."""
    preview = _fixture_in_print_preview(qtbot, window, "cau-song-han")
    preview.paper.setCurrentText("A4")
    preview.font_size.setValue(10.0)
    preview.columns.setValue(3)
    qtbot.waitUntil(lambda: "img/wide.jpg" in preview.message.text(), timeout=60000)
    assert preview.message.isVisible()
    said = [line for line in preview.message.text().splitlines() if "img/wide.jpg" in line]
    assert len(said) == 1 and "mm cut off its sides" in said[0], said
    assert "“Toàn cảnh sông Hàn nhìn từ phía cầu Thuận Phước…” (img/wide.jpg)" in said[0]
    preview.columns.setValue(1)
    qtbot.waitUntil(lambda: preview.page_count() > 0 and not preview.printer.busy and
                    "img/wide.jpg" not in preview.message.text(), timeout=60000)


def test_several_photos_cut_are_said_under_one_line(qtbot, window):
    """The festival story on A4, four columns, 9 pt has three photos shown deeper: the preview
    says why and how to turn that off once, then a photo a line, each with its millimetres."""
    preview = _fixture_in_print_preview(qtbot, window, "hoi-an-trung-thu")
    preview.paper.setCurrentText("A4")
    preview.font_size.setValue(9.0)
    preview.columns.setValue(4)
    qtbot.waitUntil(lambda: "mm cut off" in preview.message.text(), timeout=60000)
    lines = preview.message.text().splitlines()
    heading = lines.index("Photos cut to close gaps in the columns (Preferences can turn photo "
                          "fitting off):")
    cut = lines[heading + 1:]
    assert len(cut) == 3 and all(line.startswith("– “") and "” (images/" in line and
                                 ": printed larger, " in line and
                                 line.endswith(" mm cut off its sides") for line in cut), lines
    assert preview.message.text().count("Preferences") == 1
