"""The "Tin khác" box of the PDF: printed at the end with a QR code per story whose URL is
known, read back with pypdfium2 and a real QR decoder; left out when the setting says so."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest
import zxingcpp

from newsdesk.domain import Article
from newsdesk.domain.related import RelatedStory
from newsdesk.printing import init_printing
from newsdesk.services.library import Library

init_printing()  # at collection time: before any QApplication exists (as the GUI does)

pytestmark = [pytest.mark.qt, pytest.mark.webengine]
OUTSIDE = "https://tinkhac.example.vn/the-thao/doi-bong-ha-noi-vo-dich.html"
TARGET_URL = "https://baomau.example.vn/kinh-te/cang-lach-huyen-don-tau-lon.html"
MAIN_URL = "https://baomau.example.vn/kinh-te/hai-phong-mo-rong-cang.html"


def _text(pdf) -> str:
    text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return re.sub(r"\s+", " ", text.replace("\ufffe", "").replace("\u00ad", ""))


def _codes(pdf) -> set[str]:
    found: set[str] = set()
    for i in range(len(pdf)):
        image = pdf[i].render(scale=300 / 72).to_pil()
        found |= {r.text for r in zxingcpp.read_barcodes(image)}
    return found


@pytest.fixture
def library(data_dir):
    with Library.open(data_dir) as lib:
        yield lib


@pytest.fixture
def article(library):
    target = library.save(Article(headline="Cảng Lạch Huyện đón tàu lớn", body="x",
                                  url=TARGET_URL))
    draft = library.save(Article(headline="Bản tin chưa đăng", body="x"))  # no URL yet
    gone = library.save(Article(headline="Bài đã bị xóa khỏi thư viện", body="x"))
    main = library.save(Article(
        headline="Hải Phòng mở rộng cảng nước sâu", byline="Minh Khôi", url=MAIN_URL,
        body="Thành phố khởi công thêm hai bến container.\n\nCông suất tăng gần gấp đôi.\n",
        related=[RelatedStory(article_id=target.id), RelatedStory(url=OUTSIDE,
                                                                  headline="Hà Nội vô địch"),
                 RelatedStory(article_id=draft.id),
                 RelatedStory(article_id=gone.id, headline="Bài đã bị xóa khỏi thư viện")]))
    library.delete(gone.id)
    library.save(library.get(target.id).copy(headline="Cảng Lạch Huyện đón tàu 200.000 tấn"))
    return main


def test_the_box_ends_the_page_with_a_code_per_known_url(qapp, library, article, tmp_path):
    result = library.export(article.id, "pdf", tmp_path / "bai.pdf")
    pdf = pdfium.PdfDocument(tmp_path / "bai.pdf")
    try:
        text = _text(pdf)
        codes = _codes(pdf)
    finally:
        pdf.close()
    box = text.index("TIN KHÁC")
    assert text.index("Minh Khôi") < box  # after the byline, at the end
    after = text[box:]
    for headline in ("Cảng Lạch Huyện đón tàu 200.000 tấn", "Hà Nội vô địch",
                     "Bản tin chưa đăng", "Bài đã bị xóa khỏi thư viện"):
        assert headline in after, headline
    assert after.index("200.000 tấn") < after.index("Hà Nội") < after.index("chưa đăng")
    assert {MAIN_URL, TARGET_URL, OUTSIDE} <= codes  # the article's own code and one a story
    assert len(codes) == 3  # no code for the story without a URL nor for the deleted one
    assert sorted(w.code for w in result.warnings) == ["export.related_deleted",
                                                       "export.related_no_url"]


def test_the_setting_leaves_the_box_out(qapp, library, article, tmp_path):
    library.settings.print_related = False
    library.export(article.id, "pdf", tmp_path / "bai.pdf")
    pdf = pdfium.PdfDocument(tmp_path / "bai.pdf")
    try:
        text = _text(pdf)
        codes = _codes(pdf)
    finally:
        pdf.close()
    assert "TIN KHÁC" not in text and "Hà Nội vô địch" not in text
    assert codes == {MAIN_URL}
