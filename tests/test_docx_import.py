"""Word drafts (.docx) imported whole: headline, sapo, byline, headings, emphasis, links, lists,
quotes, a table, photos with captions and credits in each way reporters write them, comments,
and the parts an article cannot hold named in warnings (tracked changes: test_docx_tracked).
The imported article is exported to HTML and read back."""

from __future__ import annotations

import base64
import io
import re

import pytest
from PIL import Image

from newsdesk.cli.main import main
from newsdesk.services.library import Library
from newsdesk.services.review import Review
from word_samples import (
    BYLINE,
    HEADLINE,
    SAPO,
    Document,
    add_part,
    as_emf,
    full_draft,
    photo,
    raw,
)

FIGURES = [
    ("Xe buýt điện tại bến Cầu Rào.", "Ảnh: Hoàng Tùng"),     # Caption style
    ("Hành khách lên xe ở điểm đầu", "Ảnh: Lan Anh"),          # short italic, credit in ( )
    ("Tài xế kiểm tra xe trước giờ chạy.", "Ảnh: Minh Châu"),  # a plain "… Ảnh: …" line
    ("The depot at dawn.", "Photo: John Smith"),               # English credit
    ("", "Ảnh: Quang Huy"),                                    # a credit line before it
]


@pytest.fixture
def library(data_dir):
    with Library.open(data_dir) as lib:
        yield lib


def test_the_draft_becomes_an_article_with_every_part_in_its_place(library, tmp_path):
    result = library.import_file(full_draft(tmp_path / "bai-xe-buyt.docx"))
    article = library.get(result.article.id)
    assert (article.headline, article.sapo, article.byline) == (HEADLINE, SAPO, BYLINE)
    assert [w.code for w in result.warnings] == []
    body = article.body
    assert body.startswith("## Chuyến xe đầu tiên\n\nChiếc xe rời bến lúc **5 giờ 30** trong "
                           "*mưa phùn*, theo [Sở Giao thông](https://sgtvt.example.vn/tin).")
    assert "- Nội thành 7.000 đồng\n- Ra sân bay 15.000 đồng" in body
    assert "1. Mua vé bằng thẻ\n2. Xếp hàng khi lên xe" in body
    assert "> Xe chạy êm, không khói." in body
    assert ("| Tuyến | Số xe |\n| --- | --- |\n| Cầu Rào – Cát Bi | 12 |\n"
            "| Lạc Long – Đồ Sơn | 8 |") in body
    figures = re.findall(r'^!\[(.*)\]\((images/word-\d\.jpg) "(.*)"\)$', body, re.M)
    assert [(caption, credit) for caption, _, credit in figures] == FIGURES
    assert sorted(article.assets) == sorted(src for _, src, _ in figures)
    # the caption lines went into the figures, every other paragraph stayed
    assert "Ảnh:" not in body.replace('"Ảnh:', "") and "Photo: John" not in body.split('"')[0]
    assert "Nhiều người dân chờ xe từ sớm." in body
    assert body.rstrip().endswith("Nhiều người dân chờ xe từ sớm.\n\nThành phố dự kiến mở thêm "
                                  "ba tuyến trong năm tới.")
    assert HEADLINE not in body and SAPO not in body and BYLINE not in body.splitlines()[-1]


def test_the_comment_is_a_review_comment_on_the_words_it_covered(library, tmp_path):
    result = library.import_file(full_draft(tmp_path / "bai.docx"))
    [view] = Review(library).comments(result.article.id)
    comment = view.comment
    assert (comment.text, comment.author, comment.initials) == (
        "Nguồn nào nói ba tuyến?", "Trần Thu Hà", "TTH")
    assert comment.anchor.field == "body" and view.location is not None and view.location.exact
    assert comment.anchor.quote == "Thành phố dự kiến mở thêm ba tuyến trong năm tới."


def test_exported_html_shows_the_figures_table_lists_and_clean_upright_photos(library,
                                                                              tmp_path):
    article_id = library.import_file(full_draft(tmp_path / "bai.docx")).article.id
    html = library.export(article_id, "html", tmp_path / "ra" / "bai.html").path.read_text(
        encoding="utf-8")
    assert f"<h1>{HEADLINE}</h1>" in re.sub(r"<h1[^>]*>", "<h1>", html)
    assert SAPO in html and BYLINE in html
    figures = re.findall(r'<figure class="nd-figure">(.*?)</figure>', html, re.S)
    assert len(figures) == 5
    for (caption, credit), figure in zip(FIGURES, figures, strict=True):
        assert f'<span class="credit">{credit}</span>' in figure
        assert caption in figure
    assert re.search(r"<table>.*<th>Tuyến</th>.*<td>Cầu Rào – Cát Bi</td>.*</table>", html, re.S)
    assert "<li>Nội thành 7.000 đồng</li>" in html and "<ol>" in html
    assert "<blockquote>" in html and 'href="https://sgtvt.example.vn/tin"' in html
    # the phone photo: stored on its side with GPS → exported upright and without metadata
    data = re.search(r'src="data:image/jpeg;base64,([^"]+)"', figures[1]).group(1)
    exported = Image.open(io.BytesIO(base64.b64decode(data)))
    assert exported.size[0] < exported.size[1]  # 160×100 on its side → upright portrait
    exif = exported.getexif()
    assert not exif.get_ifd(0x8825) and 0x0112 not in exif
    assert "SN-0047110815" not in base64.b64decode(data).decode("latin-1")


def test_headline_falls_back_to_the_first_heading_then_the_first_line(library, tmp_path):
    document = Document()
    document.add_heading("Lũ về miền Trung", level=1)
    document.add_paragraph("Nước dâng cao trong đêm.")
    document.save(tmp_path / "a.docx")
    article = library.import_file(tmp_path / "a.docx").article
    assert (article.headline, article.body.strip(), article.sapo) == (
        "Lũ về miền Trung", "Nước dâng cao trong đêm.", "")
    document = Document()
    p = document.add_paragraph("Giá xăng giảm lần thứ ba")
    p.add_run().add_break()
    p.add_run("Từ 15 giờ chiều nay, giá xăng giảm 300 đồng.")
    document.add_paragraph("Ghi nhận tại các cửa hàng, người dân đổ xăng đông.")
    document.save(tmp_path / "b.docx")
    article = library.import_file(tmp_path / "b.docx").article
    assert article.headline == "Giá xăng giảm lần thứ ba"
    assert article.body.startswith("Từ 15 giờ chiều nay, giá xăng giảm 300 đồng.")
    assert article.byline == ""  # a sentence is not a name


def test_what_an_article_cannot_hold_is_named_by_paragraph_and_nothing_else_is_lost(
        library, tmp_path, capsys, data_dir):
    document = Document()
    document.add_paragraph("Báo cáo quý ba", style="Title")
    p = document.add_paragraph("Doanh thu tăng mạnh.")
    raw(p, '<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>'
           "<w:t>Hộp chữ: số liệu sơ bộ</w:t></w:r></w:p></w:txbxContent></v:textbox>"
           "</v:shape></w:pict></w:r>")
    p = document.add_paragraph("Bảng tính đính kèm.")
    raw(p, '<w:r><w:object><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12"/></w:object></w:r>')
    p = document.add_paragraph("Theo báo cáo")
    raw(p, '<w:r><w:footnoteReference w:id="1"/></w:r>')
    document.add_paragraph("Biểu đồ dưới đây:")
    document.add_picture(photo("red"))
    document.save(tmp_path / "baocao.docx")
    as_emf(tmp_path / "baocao.docx")
    footnotes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:footnote w:id="1"><w:p><w:r><w:t>Số liệu của Tổng cục Thống kê.</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>").encode()
    add_part(tmp_path / "baocao.docx", "word/footnotes.xml", footnotes,
             "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
             "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")
    result = library.import_file(tmp_path / "baocao.docx")
    by_code = {w.code: w for w in result.warnings}
    assert set(by_code) == {"import.docx_textbox", "import.docx_object",
                            "import.docx_footnote", "import.docx_vector"}
    assert "paragraph 2 (“Doanh thu tăng mạnh.”)" in by_code["import.docx_textbox"]
    assert "paragraph 3 (“Bảng tính đính kèm.”)" in by_code["import.docx_object"]
    assert "paragraph 4 (“Theo báo cáo”)" in by_code["import.docx_footnote"]
    assert by_code["import.docx_vector"].values[1] == "6"  # the picture's own paragraph
    body = result.article.body
    for kept in ("Doanh thu tăng mạnh.", "Hộp chữ: số liệu sơ bộ", "Bảng tính đính kèm.",
                 "Số liệu của Tổng cục Thống kê.", "Biểu đồ dưới đây:"):
        assert kept in body
    assert "![" not in body and result.article.assets == {}
    # the command line says the same, one line per warning, and prints the id
    assert main(["--data-dir", str(data_dir), "import", str(tmp_path / "baocao.docx")]) == 0
    err = capsys.readouterr().err
    assert err.count("warning: ") == 4 and "EMF/WMF" in err and "text box" in err


def test_a_comment_on_the_headline_is_anchored_in_the_headline(library, tmp_path):
    document = Document()
    title = document.add_paragraph("Cầu Rồng phun lửa đêm nay", style="Title")
    document.add_comment(title.runs, text="Kiểm tra giờ", author="Hà", initials="H")
    document.add_paragraph("Cầu sẽ phun lửa lúc 21 giờ.")
    document.save(tmp_path / "c.docx")
    article_id = library.import_file(tmp_path / "c.docx").article.id
    [view] = Review(library).comments(article_id)
    assert view.comment.anchor.field == "headline" and view.location.exact
