"""Printed pages as a layout editor looks at them: no holes in the columns, a level last page.

Vietnamese articles from a two-paragraph brief to ~5,000 words, with 0–12 photos of varied
shapes (wide, upright, square, panorama), are printed on A4, A5, A3 and Tabloid in 1–4
columns by one print engine, and each PDF is read back (``layout_support``): the text lines
and photos of each page put into columns. On every page:

- no blank run inside a column over two body lines while the article goes on (a photo that
  did not fit the rest of a column has gone to the top of the next one, the text run on);
  above a subheading, its own space (a line, and up to a line back to the grid) on top;
- the photos in the story's order;
- the columns of the last page end within two lines of each other, the foot (byline, source,
  QR code) under them;
- the drop cap stands on the line it begins; a subheading never ends a column;
- the text layer has no soft hyphen, and copyfit counts the columns the page has.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest

from layout_support import MM, drop_cap_beside_its_line, read_layout, visible_bounds
from newsdesk.domain import Article
from newsdesk.domain.related import RelatedStory
from newsdesk.printing import PageSetup, init_printing
from print_support import BYLINE, CAPTIONS, HEADLINE, SAPO, URL, body_markdown, photo

init_printing()  # at collection time: before any QApplication exists (as the GUI does)

pytestmark = [pytest.mark.qt, pytest.mark.webengine]

SHAPES = [(1200, 800), (800, 1200), (1000, 1000), (1500, 500), (900, 1200), (1600, 900)]
BRIEF = ("Sáng nay, mưa lớn kéo dài hơn hai giờ khiến nhiều tuyến phố ở trung tâm thành phố "
         "ngập sâu, giao thông ùn tắc cục bộ.\n\nĐến chiều, nắng trở lại và các đội thoát nước "
         "đã khơi thông phần lớn các điểm ngập.\n")
ENGLISH = [
    "The municipal transportation authority's experimental electric buses travelled "
    "considerably further than anticipated, transforming neighbourhood commuting "
    "dramatically throughout the riverside communities.",
    "Representatives of independent shopkeepers acknowledged extraordinary improvements, "
    "although environmental campaigners questioned infrastructure investments and "
    "maintenance responsibilities.",
    "Engineers responsible for charging installations calculated approximately "
    "seventeen thousand uninterrupted operating hours, notwithstanding unseasonable "
    "thunderstorms and recurring electricity interruptions.",
]
SLACK = 3.0  # pt: rounding of the boxes Chromium writes into the PDF


@dataclass(frozen=True)
class Case:
    words: int  # 0: the two-paragraph brief
    photos: int
    paper: str
    columns: int
    language: str = "vi"
    size: float = 0.0  # the body's size in pt (0: the page setup's own)

    @property
    def name(self) -> str:
        size = "brief" if not self.words else f"{self.words}w"
        name = f"{size}-{self.photos}p-{self.paper}-{self.columns}c-{self.language}"
        return name + (f"-{self.size:g}pt" if self.size else "")


CASES = [
    Case(0, 0, "A4", 2), Case(0, 0, "A3", 3), Case(0, 0, "A5", 1), Case(0, 0, "Tabloid", 4),
    Case(0, 1, "A4", 4),
    Case(300, 1, "A4", 3), Case(600, 2, "A5", 2), Case(800, 3, "A4", 2),
    Case(1200, 4, "A3", 4), Case(1500, 6, "A4", 2), Case(1500, 6, "A4", 3), Case(1500, 8, "A4", 3),
    Case(2000, 8, "Tabloid", 3), Case(2500, 12, "A4", 3), Case(3000, 5, "A5", 1),
    Case(3500, 7, "A4", 1), Case(4000, 10, "A3", 3), Case(5000, 12, "Tabloid", 4),
    Case(5000, 0, "A4", 4), Case(900, 12, "A5", 2), Case(1800, 6, "A4", 2, "en"),
    # other body sizes, where these stories left a subheading too deep for a column's foot
    # (five lines blank), a foot alone on a page of its own, or last pages 3–4 lines uneven
    Case(5000, 0, "A4", 4, size=9.5), Case(5000, 0, "A4", 4, size=12),
    Case(1200, 4, "A3", 4, size=12), Case(3000, 5, "A5", 1, size=10.5),
    Case(3500, 7, "A4", 1, size=9.5), Case(1800, 6, "A4", 2, "en", size=12),
    Case(4000, 10, "A3", 3, size=10.5),
    # the foot alone on page 7: the story's last two lines sent over left four blank in the
    # last column (two lines short in two columns closed up); the page's subheadings take a
    # line more above them, the columns before it too
    Case(5000, 0, "A4", 4, size=10.5),
    # twelve photos on A5: the closing photo stood beside two lines on the last page, 13 lines
    # uneven, until it could pass the photo before it
    Case(900, 12, "A5", 2, size=9.5),
]


def case_article(case: Case) -> Article:
    body = BRIEF if not case.words else body_markdown(case.words, case.photos)
    if not case.words and case.photos:
        body += '\n![Mưa lớn trên phố Lê Lợi](images/anh1.jpg "Ảnh: Minh Khôi")\n'
    if case.language == "en":  # English hyphenates: long words, narrow justified columns
        paragraphs = body.split("\n\n")
        body = "\n\n".join(p if p.startswith(("#", "!")) else ENGLISH[i % len(ENGLISH)]
                           for i, p in enumerate(paragraphs))
    return Article(headline=HEADLINE if case.words else "Mưa lớn chiều nay", sapo=SAPO,
                   body=body, byline=BYLINE, source="Báo Mẫu", section="Xã hội", url=URL,
                   language=case.language)


def case_photos(case: Case):
    made = {f"images/anh{i + 1}.jpg": photo(i, SHAPES[i % len(SHAPES)])
            for i in range(max(1, case.photos))}
    return made.get


def print_cases(folder: Path, cases=CASES) -> dict[str, tuple]:
    """Print every case with the process's one print engine: name → (case, setup, result)."""
    from newsdesk.printing.api import print_article_pdf

    printed = {}
    for case in cases:
        setup = PageSetup(paper=case.paper, columns=case.columns, publication="Báo Mẫu",
                          language=case.language, **({"font_size_pt": case.size} if case.size
                                                     else {}))
        result = print_article_pdf(case_article(case), case_photos(case),
                                   folder / f"{case.name}.pdf", setup, cache_dir=folder / "cache")
        printed[case.name] = (case, setup, result)
    return printed


@pytest.fixture(scope="module")
def printed(qapp, tmp_path_factory):
    return print_cases(tmp_path_factory.mktemp("layout"))


names = [case.name for case in CASES]


@pytest.mark.parametrize("name", names)
def test_no_blank_run_over_two_lines_inside_a_column(printed, name):
    _case, setup, result = printed[name]
    layout = read_layout(result.path, setup, BYLINE)
    assert layout.filled(), "no column found"
    # a subheading has its own space above it: a line, and up to a line more that puts the
    # text under it back on the grid (printing/grid.py)
    holes = [(round(depth / MM, 1), c.page + 1, c.index + 1, where)
             for depth, c, where in layout.holes()
             if depth > (3 if "subheading" in where else 2) * layout.line + SLACK]
    assert not holes, holes  # (mm, page, column, where)


@pytest.mark.parametrize("name", names)
def test_the_last_page_columns_end_level_with_the_foot_under_them(printed, name):
    _case, setup, result = printed[name]
    layout = read_layout(result.path, setup, BYLINE)
    assert layout.last_page_spread() <= 2 * layout.line + SLACK, [
        (c.page + 1, c.index + 1, round(c.end / MM, 1))
        for c in layout.columns if c.page == layout.filled()[-1].page]
    assert layout.foot, "the byline is printed"
    assert layout.foot_gap() <= 2 * layout.line + SLACK


@pytest.mark.parametrize("name", names)
def test_no_subheading_ends_a_column_or_stands_over_a_photo(printed, name):
    _case, setup, result = printed[name]
    layout = read_layout(result.path, setup, BYLINE)
    assert not [p.text for p in layout.headings_closing_a_column()]
    assert not [p.text for p in layout.headings_over_a_photo()]


@pytest.mark.parametrize("name", names)
def test_no_paragraph_leaves_a_line_alone_at_a_column_break(printed, name):
    """Neither a widow (a paragraph's last line alone at the head of a column) nor an orphan
    (its first alone at a column's foot)."""
    _case, setup, result = printed[name]
    layout = read_layout(result.path, setup, BYLINE)
    assert not [(kind, c.page + 1, c.index + 1, line.text)
                for kind, c, line in layout.lone_lines()]


@pytest.mark.parametrize("name", [n for n in names if "-0p-" not in n])
def test_photos_print_in_the_order_of_the_story(printed, name):
    """A photo floats on past text, never past another photo: the captions, read column by
    column down each page, come in the story's order. The one exception is the story's
    closing photo, which may pass the photo before it (so that it does not stand beside a
    few lines on the last page): the two swap, nothing else moves."""
    case, setup, result = printed[name]
    layout = read_layout(result.path, setup, BYLINE)
    wanted = [c.replace(" ", "") for c in CAPTIONS * 2]
    seen = []
    for column in layout.columns:
        for piece in sorted(column.pieces, key=lambda p: -p.top):
            text = piece.text.replace(" ", "")
            seen += [n for n, caption in enumerate(wanted)
                     if len(text) > 12 and caption.startswith(text[:12]) and n not in seen][:1]
    if case.words:
        placed = case_article(case).body.count("![")
        assert len(seen) == placed, seen
        if seen != sorted(seen):  # the closing photo passed the one before it
            assert seen[-2:] == [placed - 1, placed - 2], seen
            seen[-2:] = seen[-2:][::-1]
        assert seen == sorted(seen), seen


@pytest.mark.parametrize("name", [n for n in names if n.startswith("brief")])
def test_a_brief_keeps_its_drop_cap_on_its_first_line(printed, name):
    _case, _setup, result = printed[name]
    cap, line = drop_cap_beside_its_line(result.path, "S", "áng nay")
    assert cap[2] <= line[0] + 0.5, (cap, line)  # the cap stands before its line…
    assert line[0] - cap[2] < 4 * MM, (cap, line)  # …right before it, in the same column
    assert cap[1] - 2 <= line[1] <= cap[3], (cap, line)  # and the line is beside the cap


@pytest.mark.parametrize("name", names)
def test_copied_text_has_no_soft_hyphens_and_copyfit_counts_the_columns(printed, name):
    case, setup, result = printed[name]
    document = pypdfium2.PdfDocument(str(result.path))
    try:
        text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()
    assert "\u00ad" not in text
    layout = read_layout(result.path, setup, BYLINE)
    assert result.copyfit.columns == len(layout.filled()), result.copyfit
    if case.language == "en":
        assert "\u2010" in text or "-\r\n" in text  # the English columns still hyphenate


def test_the_cases_cover_papers_columns_and_photo_counts():
    assert {c.paper for c in CASES} == {"A4", "A5", "A3", "Tabloid"}
    assert {c.columns for c in CASES} == {1, 2, 3, 4}
    assert {c.photos for c in CASES} >= {0, 1, 12} and max(c.words for c in CASES) >= 5000
    assert len(set(itertools.chain(names))) == len(names)


def _makeup_of_the_page() -> dict:
    """What the make-up did on the page the process's printer printed last."""
    import json

    from PySide6.QtCore import QEventLoop

    from newsdesk.printing.api import _printer

    loop, answer = QEventLoop(), {}
    _printer["printer"]._page.runJavaScript(
        "JSON.stringify({cropped: document.querySelectorAll('figure[data-nd-cropped]').length,"
        " deepened: document.querySelectorAll('figure[data-nd-deepened]').length,"
        " spaced: (window.__ndMakeup || {}).spaced || 0,"
        " padded: Array.from(document.querySelectorAll('.nd-body figure'))"
        ".filter(f => f.style.paddingTop).length})", 0,
        lambda value: (answer.update(value=value), loop.quit()))
    if "value" not in answer:
        loop.exec()
    return json.loads(answer["value"])


def test_photo_fitting_off_leaves_photos_uncropped_and_unspaced(qapp, tmp_path):
    """The make-up shows a photo of this page deeper (or spaces it a line down) to close a
    hole; with the setting (``print_photo_fitting``, ``--no-photo-fitting``) off it only moves
    photos, and the page still has no hole over two lines."""
    from newsdesk.printing.api import print_article_pdf
    from newsdesk.printing.setup import page_setup

    case = Case(1500, 6, "A4", 3)
    setup = PageSetup(paper=case.paper, columns=case.columns, publication="Báo Mẫu")
    assert "--nd-photo-fitting: 1" in setup.css()
    print_article_pdf(case_article(case), case_photos(case), tmp_path / "on.pdf", setup,
                      cache_dir=tmp_path / "cache")
    on = _makeup_of_the_page()
    assert on["deepened"] + on["spaced"] >= 1 and on["deepened"] + on["padded"] >= 1, on
    off_setup = setup.with_changes(photo_fitting=False)
    assert "--nd-photo-fitting: 0" in off_setup.css()
    assert page_setup(None, "vi", photo_fitting=False).photo_fitting is False
    result = print_article_pdf(case_article(case), case_photos(case), tmp_path / "off.pdf",
                               off_setup, cache_dir=tmp_path / "cache")
    assert _makeup_of_the_page() == {"cropped": 0, "deepened": 0, "spaced": 0, "padded": 0}
    # read on the PDFs: the pages are as many
    with_fitting = read_layout(tmp_path / "on.pdf", setup, BYLINE)
    without = read_layout(result.path, off_setup, BYLINE)
    assert without.pages == with_fitting.pages
    def holes(layout):  # as test_no_blank_run_over_two_lines_inside_a_column counts them
        return [depth for depth, _c, where in layout.holes()
                if depth > (3 if "subheading" in where else 2) * layout.line + SLACK]

    assert not holes(with_fitting)
    # and nothing is cut off any photo, not even the part of a line the line grid takes with
    # photo fitting (the photo then takes the rest of the line under its caption)
    document = pypdfium2.PdfDocument(str(result.path))
    try:
        cuts = [(round((b[2] - b[0]) - (v[2] - v[0]), 2), round((b[3] - b[1]) - (v[3] - v[1]), 2))
                for n in range(len(document))
                for obj in document[n].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
                for b, v in [(obj.get_bounds(), visible_bounds(obj))]]
    finally:
        document.close()
    assert len(cuts) >= case.photos and all(max(cut) < 1.0 for cut in cuts), cuts


# The article a reporter printed (issue #13), as typed: its foot (byline, QR code, two related
# stories) is too deep for what its balanced columns leave of page 1, and too deep to end its
# last column whole; it used to go to page 2 alone, page 1's foot left blank.
REPORTED = Article(
    headline='Hà Nội khởi đông dự án metro mới với Siemens và Alstom',
    sapo=('Dự n tuyến metro số 3 đươc khởi công sáng nay, với sự tham gia của các'
          ' nhà thầu quốc tế và sự hoà hợp giữa các bên.'),
    body="\n\n".join([
        ('Hà NỘI – Sáng nay, Ban Quản lý đường sắt đô thị Hà Nội đã tổ chức lễ khởi công tuyến'
         ' metro số 3 đoạn Nhổn – ga Hà Nội ko dài. ông John Smith, đại diện của Siemens, cho '
         'biết dự an sẽ hoàn thành vào năm 2029.'),
        ('Theo kế hoạch, tuyến đường dài 12,5 km với 8 nhà ga, trong đó có 4 ga ngầm. Tổng mức'
         ' đầu tư khoảng 35.000 tỷ đồng, vốn vay ODA từ Ngân hàng Phát triển Châu á và '
         'Microsoft không tham gia.'),
        ('Bà Nguyễn Thị Hòa, Phó giám đốc dự án, nhấn mạnh sự hòa hợp giữa nhà thầu trong nước'
         ' và quốc tế là chìa khóa. Chúng tôi đã hoá giải nhiều khó khăn về mặt bằng, bà nói '
         'thêm.'),
        ('Trước đó, hồ sơ mời thầu đã được Bộ Giao thông vận tải phê duyệt. Các chuyên gia của'
         ' Alstom và Hitachi Rail đánh giá cao năng lực thi công của nhà thầu Việt Nam, đăc '
         'biệt trong các hạng mục ngầm.'),
        ('Người dân sống dọc tuyến bày tỏ mong muốn dự án sớm hoàn thành để giảm ùn tắc. Anh '
         'Trần Văn Nam, nhà ở phố Kim Mã, nói rằng mỗi sáng anh mất gần một giờ để đi làm.'),
        ('Theo thiết kế, đoàn tàu sẽ chạy với vận tốc tối đa 80 km/h. Mỗi đoàn gồm 4 toa, chở '
         'được khoảng 900 hành khách. Hệ thống tín hiệu do Thales cung cấp, tương tự tuyến Cát'
         ' Linh – Hà Đông.'),
        ('Ông Lê Quang Huy, chuyên gia giao thông, nhận xét việc hoà mạng các tuyến metro là '
         'bài toán lớn. Nếu không có nhà ga trung chuyển hợp lý, hành khách sẽ phải đi bộ xa, '
         'dẫn tới tâm lý ngại sử dụng.'),
        ('Về tiến độ giải phóng mặt bằng, quận Đống Đa và Ba Đình đã bàn giao hơn 95% diện '
         'tích. Phần còn lại chủ yếu là các hộ kinh doanh dọc phố Giảng Võ, đang đươc vận động'
         ' di dời.'),
        ('Một số chuyên gia từ Đại học Tokyo và Massachusetts Institute of Technology được mời'
         ' tham vấn về kết cấu hầm. Họ khuyến nghị sử dụng máy khoan hầm TBM loại mới, giảm '
         'rung chấn cho các công trình lân cận.'),
        ('Nhiều người dân bày tỏ lo ngại về tiếng ồn trong quá trình thi công. Ban quản lý cam'
         ' kết chỉ thi công ban đêm ở những đoạn xa khu dân cư, và sẽ lắp đặt tường chắn âm '
         'thanh tai các điểm nhạy cảm.'),
        ('Bên cạnh đó, thành phố cũng lên kế hoạch phát triển các khu đô thị theo mô hình TOD '
         'quanh các nhà ga. Đây là xu hướng đã được áp dụng thành công tại Singapore, Hong '
         'Kong và Seoul.'),
        ('Theo ước tính của World Bank, khi cả mạng lưới đường sắt đô thị hoàn thiện, lượng xe'
         ' máy lưu thông trong nội đô có thể giảm tới 30%. Điều này góp phần cải thiện chất '
         'lượng không khí, vốn đang ở mức báo động.'),
        ('Lễ khởi công kết thúc lúc 11 giờ trưa cùng ngày. Đại diện các nhà thầu đã ký cam kết'
         ' đảm bảo an toàn lao động và hòa nhập cộng đồng, hứa hẹn một công trình chất lươngg '
         'rất cao cho Thủ đô.'),
        ('Microsft hợp tác vơí Gooogle về thủy điện và thuỷ lợi, theo ông Nguyễn Văn Tuân và '
         'bà Phạm Thị Thuý.'),
        ('![Công nhân làm viêc tại công trường ga Kim Mã](images/cong-truong.jpg "Ảnh: Nguyễn '
         'Thu Hà")'),
    ]) + "\n",
    byline='Nguyễn Thu Hà', section='Thời sự', url='https://tin.example.vn/metro-so-3',
    language="vi",
    related=[RelatedStory(url='https://vnexpress.net/metro-nhon-ga-ha-noi-4712345.html',
                          headline='Metro Nhổn – ga Hà Nội chạy thử đoạn trên cao'),
             RelatedStory(article_id='501d3114bc744af8b9ccfaaa326fd369',
                          headline='Đà Nẵng khánh thành cầu vượt biển mới')])


def test_a_foot_too_deep_for_the_last_page_starts_on_it_and_runs_on(qapp, tmp_path):
    """The reported article: the byline and the QR code end the last column of page 1, the
    columns run down to the page's foot, and only the related stories go on to page 2 —
    no blank quarter page, no page holding nothing but the foot."""
    from newsdesk.printing.api import print_article_pdf

    setup = PageSetup(paper="A4", columns=2, publication="newsdesk", language="vi")
    photos = {"images/cong-truong.jpg": photo(0, (900, 600))}.get
    result = print_article_pdf(REPORTED, photos, tmp_path / "metro.pdf", setup,
                               cache_dir=tmp_path / "cache")
    layout = read_layout(result.path, setup, REPORTED.byline)
    document = pypdfium2.PdfDocument(str(result.path))
    try:
        pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
    assert result.pages == layout.pages == len(pages) == 2
    assert REPORTED.byline in pages[0] and "MÃ QR" in pages[0].upper(), pages[1]
    assert layout.foot_page == -1  # it ends the last column, under the body's last lines
    # page 1's columns run down to its foot: the first full, the last ending with the QR code
    # (what is left under it, five lines, is less than the related box's heading and first
    # story need; it was twelve lines under both columns)
    blank = [round((c.end - c.bottom) / layout.line, 1) for c in layout.columns if c.page == 0]
    assert min(blank) <= 1 and max(blank) <= 6, blank  # lines
    # page 2: the related stories, whole, in the first column
    assert "TIN KHÁC" in pages[1].upper() and REPORTED.byline not in pages[1]
    assert all(s.headline in pages[1].replace("\r\n", " ") for s in REPORTED.related)


def test_the_byline_and_its_source_never_print_on_different_pages(qapp, tmp_path):
    """A 500-word story with two photos (A4, two columns) fills page 1 to its foot, and its
    foot (byline, source, QR code; no related stories) does not fit under the columns: it goes
    over the page whole. The byline never stays on page 1 with its source overleaf."""
    from newsdesk.printing.api import print_article_pdf
    from print_support import photo_source, sample_article

    result = print_article_pdf(sample_article(words=500, photos=2), photo_source(2),
                               tmp_path / "foot.pdf", PageSetup(), cache_dir=tmp_path / "cache")
    pdf = pypdfium2.PdfDocument(str(result.path))
    try:
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    signed = [i for i, text in enumerate(texts) if BYLINE.split()[-1] in text]
    sourced = [i for i, text in enumerate(texts) if "Nguồn tin" in text]
    assert signed and signed == sourced, (signed, sourced, len(texts))
    assert "MÃ QR" in texts[signed[0]].upper()


def test_a_one_line_first_paragraph_keeps_the_next_from_beside_its_drop_cap(qapp, tmp_path):
    """The drop cap stands two lines deep; a first paragraph of one line leaves the second
    line beside it empty, and the next paragraph begins under the cap, at the column's edge."""
    from newsdesk.printing.api import print_article_pdf

    article = Article(headline=HEADLINE, sapo=SAPO, byline=BYLINE, url=URL, language="vi",
                      body="Hà Nội mưa to chiều nay.\n\nChiều tối, nước rút dần ở các tuyến "
                           "phố trung tâm, giao thông trở lại bình thường sau hai giờ ùn tắc.\n")
    result = print_article_pdf(article, lambda _path: None, tmp_path / "cap.pdf", PageSetup(),
                               cache_dir=tmp_path / "cache")
    pdf = pypdfium2.PdfDocument(str(result.path))
    try:
        text = pdf[0].get_textpage()
        cap = text.get_charbox(text.search("à Nội mưa").get_next()[0] - 1)
        follows = text.get_charbox(text.search("Chiều tối").get_next()[0])
    finally:
        pdf.close()
    assert follows[3] <= cap[1] + 1, (cap, follows)  # its top under the cap's foot (pt, y up)
    assert follows[0] <= cap[0] + 1, (cap, follows)  # at the column's left edge, not beside it
