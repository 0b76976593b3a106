"""A brief ("tin ngắn") of two short paragraphs prints whole: its drop cap stands at the start
of its first line, in the same column, never alone at the top of the next column.

Measured in the exported PDF's text layer, as a layout editor would look at the page: the
drop cap's box and the box of the first line's next character.
"""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2
import pytest

from cli_support import run_newsdesk

MM = 72 / 25.4



def _exported(data_dir: Path, tmp_path: Path, name: str, markdown: str, *options: str) -> Path:
    """``markdown`` imported with ``newsdesk import`` and exported as ``name``.pdf with the
    export ``options`` (the real command, as a print desk runs it)."""
    source = tmp_path / f"{name}.md"
    source.write_text(markdown, encoding="utf-8")
    done = run_newsdesk(data_dir, "import", str(source))
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / f"{name}.pdf"
    done = run_newsdesk(data_dir, "export", done.stdout.split()[-1], "--format", "pdf", "-o",
                        str(pdf), *options)
    assert done.returncode == 0, done.stderr
    return pdf


def _boxes(pdf: Path, cap: str, rest: str) -> tuple[tuple, tuple]:
    """The boxes (left, bottom, right, top) of the body's drop cap — the tallest ``cap`` on
    the page — and of the first character of ``rest``, the words its line goes on with."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        text = document[0].get_textpage()
        whole = text.get_text_range()
        boxes = [text.get_charbox(i) for i in range(len(whole))]
        caps = [i for i, ch in enumerate(whole) if ch == cap]
        tallest = max(caps, key=lambda i: boxes[i][3] - boxes[i][1])
        return boxes[tallest], boxes[whole.index(rest)]
    finally:
        document.close()


@pytest.mark.webengine
@pytest.mark.parametrize("paper, columns", [("A4", "2"), ("A3", "3"), ("A5", "1")])
def test_a_two_paragraph_brief_keeps_its_drop_cap_on_its_first_line(data_dir, tmp_path,
                                                                      paper, columns):
    pdf = _exported(data_dir, tmp_path, "tin-ngan",
                    '---\nheadline: "Mưa lớn chiều nay"\n---\n\n'
                    "Sáng nay thành phố có mưa.\n\nChiều nắng trở lại.\n",
                    "--paper", paper, "--columns", columns)
    cap, line = _boxes(pdf, "S", "áng nay")
    assert cap[2] <= line[0] + 0.5, (cap, line)  # the cap stands before its line…
    assert line[0] - cap[2] < 4 * MM, (cap, line)  # …right before it, in the same column
    assert cap[1] - 2 <= line[1] <= cap[3], (cap, line)  # and the line is beside the cap


@pytest.mark.webengine
def test_a_short_story_with_a_subheading_sets_across_the_page(data_dir, tmp_path):
    """Three short paragraphs and a subheading, Tabloid in four columns at 12 pt: spread over
    the columns, the subheading stood alone at the foot of the third with its text in the
    fourth. Set as a brief, one column across the page, it heads its text."""
    pdf = _exported(data_dir, tmp_path, "cau",
                    '---\nheadline: "Cần Thơ khánh thành cầu mới"\n---\n\n'
                    "CẦN THƠ – Sáng nay, cầu Trần Hoàng Na chính thức thông xe sau ba năm "
                    "thi công.\n\n### Giảm tải cho cầu cũ\n\n"
                    "Lưu lượng xe qua cầu cũ dự kiến giảm một nửa.\n\nNgười dân vui mừng.\n",
                    "--paper", "Tabloid", "--columns", "4", "--font-size", "12")
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        text = document[0].get_textpage()
        whole = text.get_text_range()
        heading = text.get_charbox(whole.index("Giảm tải"))
        follows = text.get_charbox(whole.index("Lưu lượng"))
        first = text.get_charbox(whole.index("Sáng nay"))
    finally:
        document.close()
    assert abs(heading[0] - follows[0]) < 1, (heading, follows)  # one column: same left edge
    assert follows[3] < heading[1], (heading, follows)  # its text right under it
    assert heading[3] < first[1]  # after the first paragraph, down the page
    assert heading[1] - follows[3] < 12, (heading, follows)  # (within a line)


@pytest.mark.webengine
def test_a_brief_on_a_wide_page_is_a_box_of_columns_with_readable_lines(data_dir, tmp_path):
    """On A3 landscape in four columns at 11 pt a brief across the page ran some 190
    characters a line. It is now set across as many columns as keep its lines within 120
    characters (two), from the left, its head and its foot too; the page's other columns
    are left to the page."""
    pdf = _exported(data_dir, tmp_path, "cau-vuot",
                    '---\nheadline: "Thông xe cầu vượt nút giao Ngã Ba Huế"\n'
                    'byline: "Phạm Đức Anh"\n---\n\n'
                    "Sáng 20/12, UBND thành phố Đà Nẵng thông xe nhánh cầu vượt thứ ba tại nút "
                    "giao Ngã Ba Huế, sớm hơn kế hoạch hai tháng. Công trình có tổng vốn hơn 720 "
                    "tỷ đồng, giúp giảm ùn tắc tại cửa ngõ phía tây thành phố.\n\n"
                    "Theo Ban quản lý dự án, toàn bộ nút giao sẽ hoàn thành vào quý II năm 2025, "
                    "khi các tuyến đường gom và hệ thống chiếu sáng được lắp đặt xong.\n",
                    "--paper", "A3", "--orientation", "landscape", "--columns", "4",
                    "--font-size", "11")
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        page = document[0]
        width = page.get_width()
        text = page.get_textpage()
        whole = text.get_text_range()
        boxes = [text.get_charbox(i) for i in range(len(whole))]
        lines = [line for line in whole.replace("\r", "").split("\n") if line.strip()]
    finally:
        document.close()
    body = [i for i, ch in enumerate(whole) if not ch.isspace() and
            whole.index("áng 20/12") <= i < whole.index("lắp đặt xong") + 12]
    right = max(boxes[i][2] for i in body)
    headline = [boxes[i] for i in range(whole.index("Thông xe"), whole.index("Thông xe") + 8)]
    byline = boxes[whole.index("Phạm Đức Anh") + 11]
    margin = 15 * MM  # the page's margins (setup.margins_mm)
    half = margin + (width - 2 * margin) / 2
    assert right < half and byline[2] < half, (right, byline, width)  # two of the four columns
    assert right > half - 10 * MM  # …and as wide as those two
    assert max(b[2] for b in headline) < half
    longest = max(len(line) for line in lines if "Sáng" in line or "Theo" in line or
                  "thành phố" in line)
    assert longest <= 105, lines


@pytest.mark.webengine
def test_copying_the_headline_out_of_an_english_pdf_gives_its_words_whole(data_dir, tmp_path):
    """Soft hyphens are inserted for justified English columns; where text never hyphenates
    (headline, captions, byline) they are taken out before printing, so a PDF viewer's text
    layer (pypdf reads it as poppler-based viewers do) holds "Harbour", not "Har bour"."""
    import pypdf

    pdf = _exported(data_dir, tmp_path, "harbour",
                    '---\nheadline: "Harbour authorities announce extraordinary improvements"\n'
                    'language: en\nbyline: "Internationally Recognised"\n---\n\n'
                    "The harbourmaster announced extraordinary infrastructure improvements, "
                    "transforming the waterfront neighbourhood considerably.\n",
                    "--columns", "3")
    text = pypdf.PdfReader(str(pdf)).pages[0].extract_text()
    assert "Harbour authorities announce" in text, text
    assert "extraordinary improvements" in text and "Internationally Recognised" in text, text
    assert re.search("\u2010\\s*\n", text), text  # the columns still hyphenate at line ends


@pytest.mark.webengine
def test_a_short_story_with_a_quote_never_ends_a_column_on_its_subheading(data_dir, tmp_path):
    """Too much for a brief (a quote in it), a short story is set in two columns on A4 and
    balanced: the subheading stood alone at the foot of the first column, its paragraph at
    the head of the second. The subheading now heads its paragraph in one column."""
    pdf = _exported(data_dir, tmp_path, "cau-rong",
                    "---\nheadline: Cầu Rồng phun lửa dịp lễ 2/9\nbyline: Minh Châu\n"
                    "source: Báo Đà Nẵng\n---\n"
                    "Tối 2/9, đúng 21 giờ, Cầu Rồng bắt đầu phun lửa trong tiếng reo hò của "
                    "người dân.\n\n### Giao thông được điều tiết\n\n"
                    "Lực lượng CSGT đã **cấm xe qua cầu** từ 20 giờ. Chi tiết xem tại cổng "
                    "thông tin thành phố.\n\n"
                    "> Đây là lần đầu tiên tôi thấy rồng phun lửa, rất ấn tượng\n\n"
                    "Chị Lan, du khách Hà Nội, chia sẻ.\n",
                    "--paper", "A4", "--columns", "2", "--font-size", "10")
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        text = document[0].get_textpage()
        whole = text.get_text_range()
        heading = text.get_charbox(whole.index("Giao thông"))
        follows = text.get_charbox(whole.index("Lực lượng"))
    finally:
        document.close()
    assert abs(heading[0] - follows[0]) < 1, (heading, follows)  # the same column
    assert 0 < heading[1] - follows[3] < 12, (heading, follows)  # its text right under it


@pytest.mark.webengine
def test_a_photo_never_goes_before_the_first_paragraph(data_dir, tmp_path):
    """A short story with a subheading, a quote and one photo near its end, on A4 in three
    columns at 9 pt: the make-up moved the photo to the head of column one, before the
    opening paragraph, which lost its drop cap and began column two. The story begins with
    its first paragraph, the drop cap beside its line."""
    from PIL import Image

    (tmp_path / "images").mkdir()
    Image.new("RGB", (1800, 1200), (180, 90, 60)).save(tmp_path / "images" / "cau.jpg")
    pdf = _exported(data_dir, tmp_path, "cau-di-bo",
                    "---\nheadline: Đà Nẵng khai trương cầu đi bộ ven sông Hàn\n"
                    "sapo: Cây cầu dài 450 mét, dành riêng cho người đi bộ và xe đạp.\n"
                    "byline: Phan Thị Ngọc Ánh\nsource: Ban Đô thị\n---\n"
                    "ĐÀ NẴNG – Tối 7/12, UBND thành phố Đà Nẵng tổ chức lễ khai trương cầu đi "
                    "bộ ven sông Hàn, công trình có tổng vốn đầu tư hơn 200 tỷ đồng.\n\n"
                    "Cầu được thiết kế theo hình cánh buồm, mặt cầu lát gỗ và có hệ thống đèn "
                    "LED đổi màu.\n\n### Điểm đến mới của du khách\n\n"
                    "Theo Sở Du lịch, cầu sẽ mở cửa từ 6 giờ đến 23 giờ hằng ngày, miễn phí "
                    "cho người dân và du khách.\n\n"
                    "> Chúng tôi mong cây cầu sẽ trở thành biểu tượng mới của thành phố.\n\n"
                    "Thông tin chi tiết xem tại cổng du lịch thành phố.\n\n"
                    '![Cầu đi bộ nhìn từ bờ Đông sông Hàn.](images/cau.jpg "Ảnh: Hoàng Sơn")\n\n'
                    "Cây cầu dự kiến đón 5.000 lượt khách mỗi ngày.\n",
                    "--paper", "A4", "--columns", "3", "--font-size", "9")
    cap, line = _boxes(pdf, "Đ", "À NẴNG –")
    assert cap[2] <= line[0] + 0.5, (cap, line)  # the cap stands before its line…
    assert line[0] - cap[2] < 4 * MM, (cap, line)  # …right before it, in the same column
    assert cap[1] - 2 <= line[1] <= cap[3], (cap, line)  # and the line is beside the cap
