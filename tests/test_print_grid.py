"""Body lines stand on one grid in every column of a page: after a photo, a heading, a list
or a quote the lines go on at whole-line steps, so a line of one column faces a line of the
next, as on a newspaper page. Read from the exported PDF's text layer: the baselines of the
body type in each column, compared with the first column's grid."""

from __future__ import annotations

import collections
import ctypes
import io
import json
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from PIL import Image, ImageDraw

from cli_support import run_newsdesk

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "bai-mau.md"



def column_baselines(pdf: Path, columns: int) -> list[list[float]]:
    """The baselines (pt from the page's foot) of body-size lines in each column of page 1."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        page = document[0]
        text = page.get_textpage()
        count = text.count_chars()
        sizes = [round(pdfium_c.FPDFText_GetFontSize(text.raw, i), 1) for i in range(count)]
        body = collections.Counter(sizes).most_common(1)[0][0]
        width = page.get_width()
        rows: collections.Counter = collections.Counter()
        for i in range(count):
            if abs(sizes[i] - body) > 0.2:
                continue
            x, y = ctypes.c_double(), ctypes.c_double()
            pdfium_c.FPDFText_GetCharOrigin(text.raw, i, x, y)
            rows[(min(columns - 1, int(x.value / width * columns)), round(y.value, 1))] += 1
        return [sorted({y for (c, y), n in rows.items() if c == col and n > 3}, reverse=True)
                for col in range(columns)]
    finally:
        document.close()


@pytest.mark.webengine
@pytest.mark.parametrize("columns", ["2", "3"])
def test_lines_of_every_column_stand_on_the_first_columns_grid(data_dir, tmp_path, columns):
    done = run_newsdesk(data_dir, "import", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "bai.pdf"
    done = run_newsdesk(data_dir, "export", done.stdout.split()[-1], "--format", "pdf", "-o", str(pdf),
                "--columns", columns, "--paper", "A4")
    assert done.returncode == 0, done.stderr
    found = column_baselines(pdf, int(columns))
    first = found[0]
    # the grid's pitch is the body line the page setup gives (the export's defaults), not one
    # averaged from the first column's lines: a few lines there, rounded to 0.1 pt in the
    # PDF, would give a pitch a little off that adds up down the page
    from newsdesk.config.settings import Settings
    from newsdesk.printing.setup import page_setup

    pitch = page_setup(Settings(), columns=int(columns), paper="A4").line_height_pt
    assert all(len(col) >= 5 for col in found), found
    for col in found[1:]:
        for y in col:
            off = (first[0] - y) % pitch
            assert min(off, pitch - off) <= 1.6, (y, off, pitch, found)


def _banded(size=(1200, 800), band=80) -> bytes:
    """A photo grey in the middle, with a red band along its top and a blue one along its foot."""
    width, height = size
    image = Image.new("RGB", size, (128, 128, 128))
    ImageDraw.Draw(image).rectangle([0, 0, width, band - 1], fill=(220, 0, 0))
    ImageDraw.Draw(image).rectangle([0, height - band, width, height], fill=(0, 0, 220))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    return out.getvalue()


def _run_js(page, script: str):
    from PySide6.QtCore import QEventLoop

    loop, answer = QEventLoop(), {}

    def done(value) -> None:
        answer["value"] = value
        loop.quit()

    page.runJavaScript(script, 0, done)
    if "value" not in answer:
        loop.exec()
    return answer["value"]


@pytest.mark.qt
@pytest.mark.webengine
def test_a_photo_off_the_grid_is_cut_evenly_by_a_clip_not_by_object_fit(qapp, tmp_path):
    """The picture loses the same height at its top and its foot, and no picture is drawn with
    ``object-fit`` (Chromium prints such a picture ~0.3 s more slowly, each)."""
    from newsdesk.printing import PageSetup, init_printing
    from newsdesk.printing.api import _printer, print_article_pdf
    from print_support import sample_article

    init_printing()
    article = sample_article(words=300, photos=1)
    result = print_article_pdf(article, {"images/anh1.jpg": _banded()}.get, tmp_path / "p.pdf",
                               PageSetup(columns=2))
    page = _printer["printer"]._page
    styles = json.loads(_run_js(page, "JSON.stringify(Array.from(document.images).map(i => "
                                      "[getComputedStyle(i).objectFit, i.dataset.ndCut || '']))"))
    assert styles and all(fit == "fill" for fit, _ in styles), styles
    cut = float(styles[0][1] or 0)
    assert cut > 0.5, styles  # this photo ends off the grid: it is cut

    document = pypdfium2.PdfDocument(str(result.path))
    try:
        pdf_page = document[0]
        image = next(iter(pdf_page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])))
        left, bottom, right, top = image.get_bounds()
        scale = 4
        bitmap = pdf_page.render(scale=scale).to_pil().convert("RGB")
        x = int((left + right) / 2 * scale)
        height = pdf_page.get_height()
        ys = range(int((height - top) * scale) - 8, int((height - bottom) * scale) + 8)
        column = [bitmap.getpixel((x, y)) for y in ys]
    finally:
        document.close()
    red = sum(1 for r, g, b in column if r > 170 and g < 60 and b < 60)
    blue = sum(1 for r, g, b in column if b > 170 and r < 60 and g < 60)
    full = (top - bottom) * scale * 80 / 800  # each band's height in the uncut picture
    assert red < full - 1 and blue < full - 1, (red, blue, full)  # both ends lost some
    assert abs(red - blue) <= 2, (red, blue)  # the same at both
