"""One page setup: the print preview and ``newsdesk export --format pdf`` print the same page.

Both start from the user's Settings in the data folder; an option given on the command line
(``--paper``, ``--orientation``, ``--columns``, ``--font-size``) overrides only itself. The
end-to-end test prints one article through the GUI's preview and through the installed
command, with settings that are not the defaults, and compares the PDFs page by page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2
import pytest

from cli_support import run_newsdesk
from newsdesk.config.settings import Settings
from newsdesk.domain import Article
from newsdesk.export.base import ExportOptions

MM = 72 / 25.4

CHOSEN = Settings(
    paper="A5",
    orientation="portrait",
    columns=1,
    font_size_pt=11.5,
    margins_mm=20.0,
    publication_name="Báo Thử Nghiệm",
)


def test_page_setup_defaults_are_the_settings_defaults():
    from newsdesk.printing.setup import PageSetup, margins_from, page_setup

    defaults = Settings()
    setup = PageSetup()
    assert (setup.paper, setup.orientation, setup.columns, setup.font_size_pt) == (
        defaults.paper, defaults.orientation, defaults.columns, defaults.font_size_pt)
    assert setup.margins_mm == margins_from(defaults.margins_mm)
    assert page_setup(None, "vi") == PageSetup(publication=defaults.publication_name)


def test_export_options_override_only_themselves():
    from newsdesk.printing.setup import PageSetup, page_setup
    from newsdesk.services.pdf_export import page_setup as pdf_page_setup

    article = Article(headline="Tin", body="Nội dung.", language="en")
    options = ExportOptions(publication=CHOSEN.publication_name,
                            extra={"settings": CHOSEN, "font_size": 9.0})
    setup = pdf_page_setup(article, options)
    assert setup == page_setup(CHOSEN, "en", font_size_pt=9.0)
    assert (setup.paper, setup.columns, setup.font_size_pt, setup.margins_mm) == (
        "A5", 1, 9.0, (23.0, 20.0, 23.0, 20.0))
    assert setup.language == "en" and setup.publication == "Báo Thử Nghiệm"
    # without Settings handed in (a direct call of the exporter): the one set of defaults
    bare = pdf_page_setup(article, ExportOptions(publication="X", extra={"paper": "A3"}))
    assert bare == PageSetup(paper="A3", publication="X", language="en")


# -- the preview and the command print the same PDF -------------------------------------------
def _pages(path: Path) -> list[tuple[tuple[float, float], str]]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [(tuple(round(v, 1) for v in document[i].get_size()),
                 document[i].get_textpage().get_text_range()) for i in range(len(document))]
    finally:
        document.close()



@pytest.mark.qt
@pytest.mark.webengine
@pytest.mark.slow
def test_preview_and_cli_print_the_same_pages_with_the_users_settings(qtbot, data_dir, tmp_path):
    from gui_support import close_window, open_window
    from newsdesk.interchange import write_markdown_file
    from print_support import photo_source, sample_article

    CHOSEN.save(data_dir / "config" / "settings.json")
    source = tmp_path / "nguon" / "bai.md"
    write_markdown_file(sample_article(words=700, photos=2), source, photo_source(2, (1200, 800)))
    imported = run_newsdesk(data_dir, "import", str(source))
    assert imported.returncode == 0, imported.stderr
    article_id = imported.stdout.strip()

    window = open_window(qtbot)
    try:
        assert window.library.settings.font_size_pt == 11.5  # the saved settings are read
        window.open_article(window.library.get(article_id))
        window.side.set_current_tab("print")
        window.side.refresh_now()

        def printed() -> bool:
            preview = window.side.preview("print")
            return preview is not None and preview.result is not None

        qtbot.waitUntil(printed, timeout=90000)
        preview = window.side.preview("print")
        assert (preview.paper.currentText(), preview.columns.value(),
                preview.font_size.value()) == ("A5", 1, 11.5)
        shown = _pages(Path(preview.result.path))
    finally:
        close_window(window)

    target = tmp_path / "bai.pdf"
    exported = run_newsdesk(data_dir, "export", article_id[:8], "--format", "pdf", "-o", str(target))
    assert exported.returncode == 0, exported.stderr
    written = _pages(target)

    assert len(shown) >= 2  # long enough to run over pages: the layout is really compared
    for width, height in (size for size, _ in shown):
        assert (width, height) == (pytest.approx(148 * MM, abs=1.5), pytest.approx(210 * MM, abs=1.5))
    assert [size for size, _ in written] == [size for size, _ in shown]
    for number, ((_, expected), (_, got)) in enumerate(zip(shown, written, strict=True), 1):
        assert got == expected, f"page {number} differs"
    assert "BÁO THỬ NGHIỆM" in shown[0][1]  # the running header: the publication set

    # an option on the command line overrides that one setting only
    a4 = tmp_path / "a4.pdf"
    overridden = run_newsdesk(data_dir, "export", article_id, "--format", "pdf", "-o", str(a4),
                      "--paper", "A4")
    assert overridden.returncode == 0, overridden.stderr
    pages = _pages(a4)
    assert pages[0][0] == (pytest.approx(210 * MM, abs=1.5), pytest.approx(297 * MM, abs=1.5))
    # the copyfit line counts the columns of every page: one a page, as set
    page_count, columns = map(int, re.search(r"over (\d+) pages?, \d+ lines? a column, "
                                             r"(\d+) columns? filled", overridden.stderr).groups())
    assert page_count == len(pages) and columns <= page_count
