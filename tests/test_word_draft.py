"""The rules that make a Word draft's HTML (as mammoth writes it) into an article's parts:
credits split from captions, names told from sentences, layout tables, pictures inside text."""

from __future__ import annotations

import pytest

from newsdesk.bodymodel.word_draft import draft_parts, split_credit


@pytest.mark.parametrize(("text", "caption", "credit"), [
    ("Xe buýt tại bến. Ảnh: Minh Châu", "Xe buýt tại bến.", "Ảnh: Minh Châu"),
    ("Xe buýt tại bến (Ảnh: Minh Châu)", "Xe buýt tại bến", "Ảnh: Minh Châu"),
    ("Xe buýt tại bến - ẢNH: MINH CHÂU", "Xe buýt tại bến", "ẢNH: MINH CHÂU"),
    ("The depot. Photo: John Smith.", "The depot.", "Photo: John Smith"),
    ("Ảnh: TTXVN", "", "Ảnh: TTXVN"),
    ("Chụp ảnh: kỷ niệm ngày cưới của họ", "Chụp ảnh: kỷ niệm ngày cưới của họ", ""),
    ("Không có tác giả", "Không có tác giả", ""),
])
def test_the_credit_is_split_from_the_end_of_a_caption(text, caption, credit):
    assert split_credit(text) == (caption, credit)


@pytest.mark.parametrize(("last", "byline"), [
    ("Minh Châu", "Minh Châu"),
    ("HOÀNG TÙNG", "HOÀNG TÙNG"),
    ("Lan Anh và Quang Huy", "Lan Anh và Quang Huy"),
    ("Nguyễn Văn A, Trần Thị B", "Nguyễn Văn A, Trần Thị B"),
    ("Theo Reuters", ""),
    ("Xin cảm ơn.", ""),
    ("Hết", ""),
    ("Năm 2024 Tăng Trưởng", ""),
    ("Đây là một câu khá dài mà không phải tên người viết bài báo này", ""),
])
def test_the_byline_is_a_last_paragraph_that_is_only_a_name(last, byline):
    parts = draft_parts(f"<h1>Tin</h1><p>Nội dung bài.</p><p>{last}</p>", "a.docx")
    assert parts.byline == byline
    assert (last in parts.body) == (byline == "")


def test_a_layout_table_with_a_picture_becomes_a_figure_with_its_caption():
    html = ("<h1>Tin</h1><p>Mở đầu.</p><table><tr><td><p><img src=\"images/word-1.jpg\" />"
            "</p></td></tr><tr><td><figcaption>Cầu Rồng về đêm. Ảnh: Lan</figcaption></td></tr>"
            "</table><p>Kết.</p>")
    parts = draft_parts(html, "a.docx")
    assert parts.body == ('Mở đầu.\n\n![Cầu Rồng về đêm.](images/word-1.jpg "Ảnh: Lan")\n\n'
                          "Kết.\n")


def test_a_picture_inside_a_paragraph_is_taken_out_and_the_text_stays():
    html = ("<h1>Tin</h1><p>Trước ảnh <img src=\"images/word-1.jpg\" /> sau ảnh.</p>"
            "<p><em>Chú thích ngắn</em></p>")
    parts = draft_parts(html, "a.docx")
    assert parts.body == "Trước ảnh\n\n![](images/word-1.jpg)\n\nsau ảnh.\n\n*Chú thích ngắn*\n"


def test_a_bold_paragraph_after_body_text_is_not_the_sapo():
    parts = draft_parts("<h1>Tin</h1><p>Thân bài.</p><p><strong>Đậm giữa bài.</strong></p>"
                        "<p>Tiếp.</p>", "a.docx")
    assert parts.sapo == "" and "**Đậm giữa bài.**" in parts.body


def test_a_too_long_first_line_is_shortened_for_the_headline_and_kept_in_the_body():
    line = "Một câu rất dài " * 30
    parts = draft_parts(f"<p>{line}</p><p>Tiếp.</p>", "dai.docx")
    assert len(parts.headline) <= 300 and parts.headline.endswith("…")
    assert line.strip() in parts.body
    assert [w.code for w in parts.warnings] == ["import.docx_headline"]
