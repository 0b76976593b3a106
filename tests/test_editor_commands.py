"""Editing commands on (QTextDocument, QTextCursor): formats, structure, figures, find, paste."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from newsdesk.bodymodel.links import LinkError
from newsdesk.bodymodel.paste import clean_pasted_html
from newsdesk.qt.editor import commands
from newsdesk.qt.editor.document_bridge import document_to_markdown, markdown_to_document
from newsdesk.qt.editor.figures import insert_figure
from newsdesk.qt.editor.find import FindOptions, find_all, find_next, replace_all

pytestmark = pytest.mark.qt


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def select(doc: QTextDocument, text: str, occurrence: int = 0) -> QTextCursor:
    """A cursor selecting ``text`` (the n-th occurrence) in ``doc``."""
    cursor = QTextCursor(doc)
    for _ in range(occurrence + 1):
        cursor = doc.find(text, cursor)
        assert not cursor.isNull(), text
    return cursor


def test_toggle_bold_italic_strike_on_a_selection():
    doc = markdown_to_document("Giá vàng hôm nay tăng mạnh.\n")
    commands.toggle_bold(doc, select(doc, "vàng"))
    commands.toggle_italic(doc, select(doc, "hôm nay"))
    commands.toggle_strike(doc, select(doc, "mạnh"))
    assert document_to_markdown(doc) == "Giá **vàng** *hôm nay* tăng ~~mạnh~~.\n"
    commands.toggle_bold(doc, select(doc, "vàng"))
    assert document_to_markdown(doc) == "Giá vàng *hôm nay* tăng ~~mạnh~~.\n"


def test_bold_over_partly_bold_text_makes_all_bold_and_trailing_space_stays_outside():
    doc = markdown_to_document("một **hai** ba bốn\n")
    commands.toggle_bold(doc, select(doc, "một hai ba "))
    assert document_to_markdown(doc) == "**một hai ba** bốn\n"


def test_set_link_accepts_web_mail_and_relative_addresses_only():
    doc = markdown_to_document("Xem chi tiết tại đây.\n")
    commands.set_link(doc, select(doc, "chi tiết"), "https://example.vn/bai?id=1", "Bài gốc")
    assert document_to_markdown(doc) == \
        'Xem [chi tiết](https://example.vn/bai?id=1 "Bài gốc") tại đây.\n'
    commands.set_link(doc, select(doc, "đây"), "../bai-truoc.md")
    commands.set_link(doc, select(doc, "Xem"), "mailto:toasoan@example.vn")
    assert "[đây](../bai-truoc.md)" in document_to_markdown(doc)
    assert "[Xem](mailto:toasoan@example.vn)" in document_to_markdown(doc)
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "có dấu cách"):
        with pytest.raises(LinkError) as err:
            commands.set_link(doc, select(doc, "tại"), bad)
        assert err.value.code == "link.invalid"
    commands.set_link(doc, select(doc, "chi tiết"), "")
    assert document_to_markdown(doc).startswith("[Xem](mailto:toasoan@example.vn) chi tiết ")


def test_headings_two_and_three_and_back_to_paragraph():
    doc = markdown_to_document("Tiêu đề phụ\n\nMục nhỏ\n\nThân bài.\n")
    commands.set_heading(doc, select(doc, "Tiêu đề"), 2)
    commands.set_heading(doc, select(doc, "Mục"), 3)
    assert document_to_markdown(doc) == "## Tiêu đề phụ\n\n### Mục nhỏ\n\nThân bài.\n"
    commands.set_heading(doc, select(doc, "Tiêu đề"), 0)
    assert document_to_markdown(doc) == "Tiêu đề phụ\n\n### Mục nhỏ\n\nThân bài.\n"
    with pytest.raises(ValueError):
        commands.set_heading(doc, select(doc, "Mục"), 1)


def test_quote_and_unquote_paragraphs():
    doc = markdown_to_document("Mở đầu.\n\nCâu nói một.\n\nCâu nói hai.\n\nKết.\n")
    cursor = select(doc, "Câu nói một")
    cursor.setPosition(select(doc, "Câu nói hai").selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    commands.toggle_quote(doc, cursor)
    assert document_to_markdown(doc) == \
        "Mở đầu.\n\n> Câu nói một.\n>\n> Câu nói hai.\n\nKết.\n"
    commands.toggle_quote(doc, select(doc, "Câu nói hai"))
    assert document_to_markdown(doc) == "Mở đầu.\n\n> Câu nói một.\n\nCâu nói hai.\n\nKết.\n"


def test_bullet_and_numbered_lists():
    doc = markdown_to_document("Gạo\n\nMuối\n\nMắm\n")
    cursor = select(doc, "Gạo")
    cursor.setPosition(select(doc, "Mắm").selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    commands.toggle_bullet_list(doc, cursor)
    assert document_to_markdown(doc) == "- Gạo\n- Muối\n- Mắm\n"
    commands.toggle_numbered_list(doc, cursor)
    assert document_to_markdown(doc) == "1. Gạo\n2. Muối\n3. Mắm\n"
    commands.toggle_numbered_list(doc, select(doc, "Mắm"))
    assert document_to_markdown(doc) == "1. Gạo\n2. Muối\n\nMắm\n"
    commands.toggle_numbered_list(doc, cursor)  # a mixed selection becomes all numbered
    assert document_to_markdown(doc) == "1. Gạo\n2. Muối\n3. Mắm\n"
    commands.toggle_numbered_list(doc, cursor)
    assert document_to_markdown(doc) == "Gạo\n\nMuối\n\nMắm\n"


def test_a_new_paragraph_after_a_list_item_is_a_new_item():
    doc = markdown_to_document("- một\n- hai\n")
    cursor = select(doc, "hai")
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertBlock()
    cursor.insertText("ba")
    assert document_to_markdown(doc) == "- một\n- hai\n- ba\n"


def test_insert_figure_then_edit_its_caption_in_place():
    doc = markdown_to_document("Đoạn đầu.\n\nĐoạn cuối.\n")
    cursor = select(doc, "Đoạn đầu.")
    at_caption = insert_figure(doc, cursor, "images/cau-rong.jpg", "Cầu Rồng", "Ảnh: Minh Trí")
    assert document_to_markdown(doc) == ('Đoạn đầu.\n\n![Cầu Rồng](images/cau-rong.jpg '
                                         '"Ảnh: Minh Trí")\n\nĐoạn cuối.\n')
    at_caption.insertText(" phun lửa")
    assert '![Cầu Rồng phun lửa](images/cau-rong.jpg "Ảnh: Minh Trí")' in \
        document_to_markdown(doc)
    credit = select(doc, "Minh Trí")
    credit.insertText("Lê Vy")
    assert '"Ảnh: Lê Vy")' in document_to_markdown(doc)


def test_insert_figure_into_an_empty_paragraph_uses_it():
    doc = markdown_to_document("")
    insert_figure(doc, QTextCursor(doc), "images/a.jpg")
    assert document_to_markdown(doc) == "![](images/a.jpg)\n"


def test_find_ignoring_tones_and_case():
    doc = markdown_to_document("Hải Phòng và Đà Nẵng.\n\nhải phòng mưa, HẢI PHÒNG nắng.\n")
    loose = FindOptions(match_diacritics=False)
    assert len(find_all(doc, "hai phong", loose)) == 3
    assert len(find_all(doc, "da nang", loose)) == 1
    assert len(find_all(doc, "hải phòng")) == 3
    assert len(find_all(doc, "hai phong")) == 0
    assert len(find_all(doc, "Hải Phòng", FindOptions(case_sensitive=True))) == 1
    first = find_next(doc, QTextCursor(doc), "hai phong", loose)
    assert first is not None and first.selectedText() == "Hải Phòng"
    second = find_next(doc, first, "hai phong", loose)
    assert second.selectedText() == "hải phòng"
    back = find_next(doc, second, "hai phong", loose, backward=True)
    assert back.selectionStart() == first.selectionStart()


def test_find_whole_words_and_nfd_query():
    import unicodedata

    doc = markdown_to_document("Nam Định, nam giới, Hà Nam.\n")
    assert len(find_all(doc, "nam", FindOptions(whole_words=True))) == 3
    assert len(find_all(doc, unicodedata.normalize("NFD", "Định"))) == 1


def test_replace_all_keeps_formatting_and_is_one_undo_step():
    doc = markdown_to_document("**Sài Gòn** đẹp; sai gon ồn; SÀI GÒN mưa.\n")
    count = replace_all(doc, "sai gon", "TP HCM", FindOptions(match_diacritics=False))
    assert count == 3
    assert document_to_markdown(doc) == "**TP HCM** đẹp; TP HCM ồn; TP HCM mưa.\n"
    doc.undo()
    assert document_to_markdown(doc) == "**Sài Gòn** đẹp; sai gon ồn; SÀI GÒN mưa.\n"


WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{font-family:Calibri;}</style>
</head><body lang=VI><!--StartFragment-->
<p class=MsoNormal><b><span style='font-size:14.0pt;color:#C00000'>Hà Nội</span></b>
<span style='font-family:"Times New Roman"'> mưa lớn, <i>ngập</i> nhiều tuyến phố.<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'>
<span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt'>&nbsp;&nbsp;</span></span>
Phố Huế ngập 40 cm</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·</span>
Đường <a href="https://example.vn/lang">Láng</a> ùn tắc</p>
<p class=MsoNormal style='color:blue'>Xem <a href="javascript:alert(1)">tại đây</a>.
<script>alert("x")</script><img src="file:///C:/tmp/image001.png"></p>
<h1>Tin mới</h1><table><tr><td>Ô 1</td><td colspan=2>Ô 2</td></tr></table>
<!--EndFragment--></body></html>"""


def test_word_html_becomes_clean_markdown():
    assert clean_pasted_html(WORD_HTML) == (
        "**Hà Nội** mưa lớn, *ngập* nhiều tuyến phố.\n\n"
        "- Phố Huế ngập 40 cm\n"
        "- Đường [Láng](https://example.vn/lang) ùn tắc\n\n"
        "Xem tại đây.\n\n"
        "## Tin mới\n\n"
        "Ô 1\n\nÔ 2\n"
    )


def test_google_docs_html_wrapper_is_not_bold():
    html = ('<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-x">'
            '<p dir="ltr"><span style="font-weight:700;color:#000">Đậm</span><span> và '
            '</span><span style="font-style:italic">nghiêng</span></p><ol><li><p>một</p></li>'
            '<li><p>hai</p><ul><li>con</li></ul></li></ol><blockquote>trích</blockquote>'
            '<pre>mã\n  thụt</pre></b>')
    assert clean_pasted_html(html) == (
        "**Đậm** và *nghiêng*\n\n1. một\n2. hai\n   - con\n\n> trích\n\n```\nmã\n  thụt\n```\n")
