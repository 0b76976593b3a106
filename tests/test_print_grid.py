"""Body lines stand on one grid in every column of a page: after a photo, a heading, a list
or a quote the lines go on at whole-line steps, so a line of one column faces a line of the
next, as on a newspaper page. Read from the exported PDF's text layer: the baselines of the
body type in each column, compared with the first column's grid."""

from __future__ import annotations

import collections
import ctypes
import itertools
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest

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
    steps = [a - b for a, b in itertools.pairwise(first)]
    lines = [s for s in steps if s < 1.6 * min(steps)]  # one line apart, not across a photo
    pitch = sum(lines) / len(lines)  # one body line, pixel rounding averaged
    assert all(len(col) >= 5 for col in found), found
    for col in found[1:]:
        for y in col:
            off = (first[0] - y) % pitch
            assert min(off, pitch - off) <= 1.6, (y, off, pitch, found)
