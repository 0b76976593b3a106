"""Real PDFs from the print engine, read back with pypdfium2 (text, fonts, images, QR).

A few documents are printed once per module (each print takes about half a second) and every
test reads them: an A4 / 2-column Vietnamese article with 8 camera-size photos, the same on
A5 / 1 column in English, a short article on Letter landscape / 3 columns with one
low-resolution photo, and a Tabloid / 4-column page.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp

from newsdesk.printing import PageSetup, init_printing
from print_support import BYLINE, CAPTIONS, HEADLINE, SAPO, URL, photo, photo_source, sample_article

init_printing()  # at collection time: before any QApplication exists (as the GUI does)

pytestmark = [pytest.mark.qt, pytest.mark.webengine]
MM = 72 / 25.4
PUBLICATION = "Báo Mẫu"
SECOND_URL = "https://baomau.example.vn/video/xe-buyt-dien"


def _print(article, photos, target, setup, **kwargs):
    from newsdesk.printing.api import print_article_pdf

    return print_article_pdf(article, photos, target, setup, **kwargs)


@pytest.fixture(scope="module")
def printed(qapp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("print")
    cache = folder / "cache"
    photos = photo_source(8)
    docs = {}
    jobs = {
        "a4": (sample_article(), photos, PageSetup(publication=PUBLICATION), {"target_lines": 250}),
        "a5": (
            sample_article(language="en"),
            photos,
            PageSetup(paper="A5", columns=1, publication="Sample Daily", language="en"),
            {},
        ),
        "letter": (
            sample_article(words=500, photos=1),
            {"images/anh1.jpg": photo(2, size=(400, 300))}.get,
            PageSetup(paper="Letter", orientation="landscape", columns=3, publication=PUBLICATION),
            {},
        ),
        "tabloid": (
            sample_article(words=900, photos=2),
            photos,
            PageSetup(paper="Tabloid", columns=4, publication=PUBLICATION, font_size_pt=10),
            {"extra_qr": [(SECOND_URL, "Xem video phóng sự")]},
        ),
    }
    for name, (article, source, setup, extra) in jobs.items():
        target = folder / f"{name}.pdf"
        result = _print(article, source, target, setup, cache_dir=cache, **extra)
        docs[name] = (result, pdfium.PdfDocument(target), setup, article)
    yield docs
    for _result, pdf, _setup, _article in docs.values():
        pdf.close()


def page_text(page) -> str:
    return page.get_textpage().get_text_range()


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\ufffe", "").replace("\u00ad", "")).strip()


def all_text(pdf) -> str:
    return flat(" ".join(page_text(pdf[i]) for i in range(len(pdf))))


def fonts_of(pdf) -> set[tuple[str, bool]]:
    found = set()
    for i in range(len(pdf)):
        for obj in pdf[i].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
            font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
            size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
            buffer = ctypes.create_string_buffer(size)
            pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
            found.add((buffer.value.decode(), bool(pdfium_c.FPDFFont_GetIsEmbedded(font))))
    return found


@pytest.mark.parametrize("name", ["a4", "a5", "letter", "tabloid"])
def test_page_size_follows_the_setup(printed, name):
    result, pdf, setup, _ = printed[name]
    width_mm, height_mm = setup.page_size_mm
    assert result.pages == len(pdf) >= 1
    for i in range(len(pdf)):
        width, height = pdf[i].get_size()
        assert width == pytest.approx(width_mm * MM, abs=1.5)
        assert height == pytest.approx(height_mm * MM, abs=1.5)


def test_landscape_pages_are_wider_than_tall(printed):
    width, height = printed["letter"][1][0].get_size()
    assert width > height


def test_vietnamese_text_extracts_intact_and_nfc(printed):
    _result, pdf, _setup, _article = printed["a4"]
    text = all_text(pdf)
    assert unicodedata.is_normalized("NFC", text)
    assert HEADLINE in text
    assert flat(SAPO) in text
    assert "Thứ Ba, 10/10/2023 16:35" in text  # date line
    assert BYLINE in text
    assert "Nguồn tin: Báo Mẫu" in text
    assert "Bà Hoàng Thị Ngọc Ánh, một người bán hàng ở chợ Hàn" in text
    assert "đề-xi-ben trên đường Trần Phú" in text
    assert f"MÃ QR: {HEADLINE}".upper() in text.upper()  # the label in the article's language
    assert "QR CODE" not in text.upper()


def test_date_line_and_section_sit_above_the_headline(printed):
    first = flat(page_text(printed["a4"][1][0]))
    assert first.index("Thứ Ba, 10/10/2023") < first.index(HEADLINE)
    assert first.upper().index("XÃ HỘI") < first.index(HEADLINE)


@pytest.mark.parametrize("name", ["a4", "a5", "tabloid"])
def test_every_font_is_embedded_and_is_bundled_noto(printed, name):
    found = fonts_of(printed[name][1])
    names = {font.split("+")[-1] for font, _ in found}
    assert {"NotoSerif-Regular", "NotoSans-Bold"} <= names
    assert all(embedded for _, embedded in found), found
    assert all(n.startswith(("NotoSerif-", "NotoSans-")) for n in names), names


@pytest.mark.parametrize(
    ("name", "first", "between"),
    [("a4", "Trang ", " / "), ("a5", "Page ", " of "), ("tabloid", "Trang ", " / ")],
)
def test_running_header_and_page_numbers_on_every_page(printed, name, first, between):
    _result, pdf, setup, article = printed[name]
    total = len(pdf)
    for i in range(total):
        text = flat(page_text(pdf[i]))
        assert text.upper().startswith(setup.publication.upper())
        assert article.section.upper() in text.upper()[: len(setup.publication) + 40]
        assert f"{first}{i + 1}{between}{total}" in text


def _body_char_x(page, setup):
    """x-extents (pt) of the body characters: inside the content box, below the head and
    above the foot (byline, source, QR codes: it spans the columns, under them)."""
    _width, height = page.get_size()
    top, _right, bottom, _left = setup.margins_mm
    textpage = page.get_textpage()
    ceiling = height - top * MM
    searcher = textpage.search("dọc bờ sông.")  # the end of the sapo, on the first page only
    hit = searcher.get_next()
    if hit:
        ceiling = textpage.get_charbox(hit[0] + hit[1] - 1)[1]
    floor = bottom * MM
    hit = textpage.search(BYLINE).get_next()
    if hit:
        floor = textpage.get_charbox(hit[0])[3]
    boxes = []
    for i in range(textpage.count_chars()):
        left, low, right, high = textpage.get_charbox(i)
        if right - left <= 0.1 or low < floor or high > ceiling:
            continue
        boxes.append((left, right))
    return boxes


@pytest.mark.parametrize(
    ("name", "page_index"), [("a4", 1), ("a5", 1), ("letter", 0), ("tabloid", 0)]
)
def test_text_sits_in_as_many_column_bands_as_asked(printed, name, page_index):
    _result, pdf, setup, _ = printed[name]
    boxes = _body_char_x(pdf[page_index], setup)
    left0 = setup.margins_mm[3] * MM
    column = setup.layout_column_width_px * 0.75  # CSS px to pt: the columns as set
    step = column + setup.column_gap_mm * MM
    counts = [0] * setup.columns
    for left, right in boxes:
        band = int((left - left0 + 0.5) // step)
        assert 0 <= band < setup.columns
        band_left = left0 + band * step
        # no character crosses into a gutter: it lies inside its column band
        assert band_left - 0.5 <= left and right <= band_left + column + 1.0, (left, right)
        counts[band] += 1
    assert all(count > 50 for count in counts), counts


def _image_objects(page):
    return list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))


@pytest.mark.parametrize("name", ["a4", "a5"])
def test_every_photo_is_inside_one_page_with_its_caption(printed, name):
    _result, pdf, setup, _article = printed[name]
    width_pt, height_pt = pdf[0].get_size()
    top, right, bottom, left = (m * MM for m in setup.margins_mm)
    seen = 0
    for i in range(len(pdf)):
        page = pdf[i]
        images = _image_objects(page)
        text = flat(page_text(page))
        captions = [c for c in CAPTIONS if c in text]
        assert len(images) == len(captions), (i, len(images), captions)
        for image in images:
            x0, y0, x1, y1 = image.get_bounds()
            assert left - 0.5 <= x0 < x1 <= width_pt - right + 0.5
            assert bottom - 0.5 <= y0 < y1 <= height_pt - top + 0.5
        seen += len(images)
    assert seen == 8


def test_photos_are_print_renditions_not_camera_originals(printed):
    _result, pdf, _setup, _ = printed["a4"]
    for i in range(len(pdf)):
        for image in _image_objects(pdf[i]):
            px_width, _ = image.get_px_size()
            x0, _y0, x1, _y1 = image.get_bounds()
            dpi = px_width / ((x1 - x0) / 72)
            assert px_width < 3000  # the 3000 px originals never reach the PDF
            assert 250 <= dpi <= 320  # made for the printed width at 300 dpi


def test_low_resolution_photo_is_reported(printed):
    result = printed["letter"][0]
    assert any("anh1.jpg" in w and "dpi" in w for w in result.warnings), result.warnings
    assert not printed["a4"][0].warnings


@pytest.mark.parametrize("name", ["a4", "a5"])
def test_qr_code_decodes_to_the_article_url(printed, name):
    pdf = printed[name][1]
    last = pdf[len(pdf) - 1]
    image = last.render(scale=150 / 72).to_pil()
    found = [r.text for r in zxingcpp.read_barcodes(image)]
    assert URL in found


def test_second_qr_code_prints_beside_the_first(printed):
    pdf = printed["tabloid"][1]
    last = pdf[len(pdf) - 1]
    found = {
        r.text: r.position for r in zxingcpp.read_barcodes(last.render(scale=150 / 72).to_pil())
    }
    assert {URL, SECOND_URL} <= set(found)
    first, second = found[URL], found[SECOND_URL]
    assert abs(first.top_left.y - second.top_left.y) < 40  # side by side, not stacked
    assert "XEM VIDEO PHÓNG SỰ" in flat(page_text(last)).upper()


def test_qr_code_prints_at_least_20_mm(printed):
    pdf = printed["a4"][1]
    image = pdf[len(pdf) - 1].render(scale=150 / 72).to_pil()
    code = next(r for r in zxingcpp.read_barcodes(image) if r.text == URL)
    xs = [p.x for p in (code.position.top_left, code.position.top_right, code.position.bottom_left)]
    width_mm = (max(xs) - min(xs)) / 150 * 25.4  # outer corners of the symbol
    assert width_mm >= 20  # the symbol itself, without its quiet zone


def test_copyfit_comes_from_the_printed_layout(printed):
    result, _pdf, _setup, _ = printed["a4"]
    fit = result.copyfit
    assert fit.pages == result.pages
    assert fit.target_lines == 250
    assert fit.over_under == fit.lines_total - 250
    assert 2 * result.pages - 1 <= fit.columns <= 2 * result.pages
    assert fit.first_page_lines_per_column < fit.lines_per_column
    one_column = printed["a5"][0]
    assert one_column.copyfit.columns == one_column.pages  # one column: a column is a page
    assert ("lines" in fit.describe() and "OVER" in fit.describe()) or "UNDER" in fit.describe()


@pytest.mark.parametrize("name", ["a4", "a5", "letter", "tabloid"])
def test_the_page_count_read_from_the_pdfs_page_tree_is_pdfiums(printed, name):
    """The engine counts pages from the PDF's own page tree (its catalog, through the
    cross-reference sections, the title's update included), as a PDF reader does."""
    from newsdesk.printing.pdf_info import page_count

    result, pdf, _setup, _article = printed[name]
    assert page_count(result.path.read_bytes()) == len(pdf) == result.pages


def test_a_page_tree_it_cannot_read_gives_no_count():
    from newsdesk.printing.pdf_info import page_count

    assert page_count(b"%PDF-1.7\nnot a real file") is None
    assert page_count(b"") is None
    fake = (b"%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n"
            b"xref\n0 2\n0000000000 65535 f \n0000000999 00000 n \n"
            b"trailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n")
    assert page_count(fake) is None  # the offsets lead nowhere: QtPdf counts instead


def test_a_credit_longer_than_its_column_wraps_and_prints_whole(qapp, tmp_path):
    """An agency's credit is wider than a column of four on A4: it wraps under the caption
    rather than being cut at the column's edge (a credit is kept to one line only where it
    fits)."""
    long_credit = "Ảnh: Nguyễn Thị Thu Hằng – Thông tấn xã Việt Nam (TTXVN)"
    unbroken = "Ảnh:NguyễnVănAn/https://flickr.com/photos/nguyenvanan/53219876543"
    article = sample_article(words=700, photos=3)
    article.body = article.body.replace('"Ảnh: Minh Khôi"', f'"{long_credit}"', 1)
    article.body = article.body.replace('"Ảnh: Minh Khôi"', f'"{unbroken}"', 1)
    assert long_credit in article.body and unbroken in article.body
    setup = PageSetup(paper="A4", columns=4, publication=PUBLICATION)
    target = tmp_path / "credit.pdf"
    _print(article, photo_source(3), target, setup, cache_dir=tmp_path / "cache")
    pdf = pdfium.PdfDocument(target)
    try:
        text = all_text(pdf)
        assert long_credit in text  # every word of it printed (a cut credit loses its end)
        assert unbroken in text.replace(" ", "")  # and one without a space, wrapped anywhere
        assert "Ảnh: Minh Khôi" in text  # a short one stays whole on its line
        lines = [flat(line) for i in range(len(pdf)) for line in page_text(pdf[i]).splitlines()]
        assert "Ảnh: Minh Khôi" in lines
    finally:
        pdf.close()


def test_a_missing_photo_prints_as_a_framed_box_naming_it(qapp, tmp_path):
    """A photo the export cannot find is a grey box where it goes, a column wide and six lines
    deep, its file named in it: on a proof it cannot pass for a line of the story."""
    article = sample_article(words=500, photos=2)
    source = photo_source(2)
    target = tmp_path / "missing.pdf"
    result = _print(article, lambda path: None if path.endswith("anh2.jpg") else source(path),
                    target, PageSetup(paper="A4", columns=2, publication=PUBLICATION),
                    cache_dir=tmp_path / "cache")
    assert any("anh2.jpg" in w for w in result.warnings)
    pdf = pdfium.PdfDocument(target)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            text = page.get_textpage()
            whole = text.get_text_range()
            if "Thiếu ảnh" in whole:
                break
        else:
            raise AssertionError("no placeholder printed")
        box = text.get_charbox(whole.index("Thiếu ảnh"))  # left, bottom, right, top (pt)
        scale = 2
        image = page.render(scale=scale).to_pil().convert("L")
        height = page.get_size()[1]
        line = 10 * 1.45  # about a line of the body, in pt
        # the grey ground of the box, above and below the name
        for dy in (line, -line):
            y = (height - (box[1] + box[3]) / 2 + dy) * scale
            assert 225 <= image.getpixel((int(box[0] * scale), int(y))) <= 245
    finally:
        pdf.close()


def test_an_upright_photo_is_judged_at_the_width_it_prints(qapp, tmp_path):
    """An upright photo capped in height prints much narrower than its column (one column
    on Tabloid): its resolution is the one it prints at there. 1,200 px for the 89 mm it
    takes is sharp; only a photo soft at the width it prints is reported, with that width."""
    article = sample_article(words=400, photos=1)
    setup = PageSetup(paper="Tabloid", columns=1, font_size_pt=10.5, publication=PUBLICATION)
    sharp = _print(article, photo_source(1, (1200, 1600)), tmp_path / "sharp.pdf", setup,
                   cache_dir=tmp_path / "cache")
    assert not [w for w in sharp.warnings if "dpi" in w], sharp.warnings
    pdf = pdfium.PdfDocument(tmp_path / "sharp.pdf")
    try:
        (image,) = [im for i in range(len(pdf)) for im in _image_objects(pdf[i])]
        x0, _y0, x1, _y1 = image.get_bounds()
        printed_mm = (x1 - x0) / 72 * 25.4
        assert printed_mm < 100 and image.get_px_size()[0] / (printed_mm / 25.4) >= 150
    finally:
        pdf.close()
    soft = _print(article, photo_source(1, (300, 400)), tmp_path / "soft.pdf", setup,
                  cache_dir=tmp_path / "cache")
    (said,) = [w for w in soft.warnings if "dpi" in w]
    match = re.search(r"prints at (\d+) dpi \(300 px for (\d+) mm\)", said)
    assert match, said
    assert abs(int(match[2]) - printed_mm) <= 2 and int(match[1]) >= 80, said


def _left_of(pdf, words: str) -> float:
    """Where the line starting with ``words`` begins on the page (pt from the left)."""
    for i in range(len(pdf)):
        textpage = pdf[i].get_textpage()
        text = textpage.get_text_range()
        at = text.find(words)
        if at >= 0:
            return textpage.get_charbox(at)[0]
    raise AssertionError(f"{words!r} is not printed")


def test_two_paragraphs_brought_together_by_a_moved_photo_read_as_two(qapp, tmp_path):
    """Every paragraph of this story follows a subheading, a quote or the photo, so none is
    indented as written. The photo goes to the next column: the paragraph after it now follows
    another and is indented as print.css indents a paragraph after a paragraph."""
    from newsdesk.domain import Article

    article = Article(
        headline="Cầu Rồng phun lửa dịp lễ", url=URL, byline=BYLINE, language="vi",
        body="Tối 2/9, đúng 21 giờ, Cầu Rồng bắt đầu phun lửa trong tiếng reo hò.\n\n"
             "### Giao thông được điều tiết\n\n"
             "Lực lượng cảnh sát giao thông cấm xe qua cầu từ 19 giờ 30.\n\n"
             "> Đây là lần đầu tiên tôi thấy rồng phun lửa, rất ấn tượng\n\n"
             "Chị Lan, du khách Hà Nội, chia sẻ.\n\n"
             '![Cầu Rồng phun lửa tối 2/9.](images/anh1.jpg "Ảnh: Minh Châu")\n\n'
             "Sự kiện kéo dài đến 22 giờ cùng ngày.\n")
    setup = PageSetup(paper="A4", columns=2, font_size_pt=10.5, publication=PUBLICATION)
    target = tmp_path / "cau-rong.pdf"
    _print(article, photo_source(1, (1600, 1200)), target, setup, cache_dir=tmp_path / "cache")
    pdf = pdfium.PdfDocument(target)
    try:
        before, after = _left_of(pdf, "Chị Lan"), _left_of(pdf, "Sự kiện")
        assert 8 <= after - before <= 16, (before, after)  # 1.2 em of 10.5 pt
    finally:
        pdf.close()
