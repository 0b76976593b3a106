"""Hostile and messy HTML pasted into the body: what survives is body Markdown and nothing else.

Scripts, styles and their text, ``javascript:`` and ``data:`` links, ``on*`` handlers, Word's
list paragraphs and conditional comments, mis-nested tags (read as a browser reads them) and
nesting thousands of levels deep, which must come back quickly as text, never as an error.
"""

from __future__ import annotations

import time

import pytest

from newsdesk.bodymodel.paste import MAX_CONTAINERS, clean_pasted_html
from newsdesk.render.markdown import create_parser


def test_script_and_style_go_with_their_content():
    html = ('<html><head><title>Trang</title><style>p{color:red}</style>'
            '<script>alert("đầu")</script></head><body><p>Tin <b>nóng</b></p>'
            '<style>.x{}</style><script type="module">steal()</script>'
            '<noscript>bật JS</noscript><svg><text>vẽ</text></svg><p>hết</p></body></html>')
    assert clean_pasted_html(html) == "Tin **nóng**\n\nhết\n"


@pytest.mark.parametrize(
    "href",
    ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)",
     " javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x",
     "file:///etc/passwd"],
)
def test_links_other_than_web_mail_and_relative_keep_only_their_text(href):
    markdown = clean_pasted_html(f'<p>Xem <a href="{href}">tại đây</a>.</p>')
    assert markdown == "Xem tại đây.\n"


def test_web_mail_and_relative_links_survive():
    html = ('<p><a href="https://vnexpress.net/a?b=1&amp;c=2">web</a> '
            '<a href="mailto:toa.soan@example.vn">thư</a> <a href="../anh/1.html">cũ</a></p>')
    assert clean_pasted_html(html) == (
        "[web](https://vnexpress.net/a?b=1&c=2) [thư](mailto:toa.soan@example.vn) "
        "[cũ](../anh/1.html)\n")


def test_event_handlers_and_images_leave_no_trace():
    html = ('<p onclick="steal()" onmouseover="x()">Chữ <img src=x onerror="alert(1)">'
            '<span onload="y()" style="color:red">đỏ</span></p><iframe src="https://evil">i</iframe>')
    markdown = clean_pasted_html(html)
    assert markdown == "Chữ đỏ\n"


def test_text_that_looks_like_markup_stays_text():
    markdown = clean_pasted_html("<p>&lt;script&gt;alert(1)&lt;/script&gt; **không** [a](b)</p>")
    html = create_parser().render(markdown)
    assert "<script" not in html and "<strong>" not in html and "<a " not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; **không** [a](b)" in html


WORD_LIST = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
<style>/* Style Definitions */ p.MsoListParagraph {mso-style-priority:34;}</style></head>
<body lang=VI><!--StartFragment-->
<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span
style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Quận <b>Hoàn Kiếm</b><o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:1.0in;mso-list:l0 level2 lfo1'>
<![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o
<span style='font:7.0pt "Times New Roman"'>&nbsp;</span></span></span><![endif]>Phường Hàng Trống</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='mso-list:Ignore'>·<span>&nbsp;</span></span><![endif]>Quận Ba Đình</p>
<p class=MsoNormal>Đoạn sau danh sách.</p>
<!--EndFragment--></body></html>"""


def test_word_list_paragraphs_become_a_nested_list_without_bullets_or_word_markup():
    assert clean_pasted_html(WORD_LIST) == (
        "- Quận **Hoàn Kiếm**\n"
        "  - Phường Hàng Trống\n"
        "- Quận Ba Đình\n\n"
        "Đoạn sau danh sách.\n"
    )


def test_mis_nested_tags_are_read_as_a_browser_shows_them():
    assert clean_pasted_html("<p>a<b>đậm</p>vẫn đậm</b>") == "a**đậm**\n\n**vẫn đậm**\n"
    assert clean_pasted_html("<b>x</i>y</b>z") == "**xy**z\n"


def test_a_paragraph_never_starts_with_a_line_break():
    assert clean_pasted_html("<p><br><br>Chữ<br>hai</p>") == "Chữ\\\nhai\n"


@pytest.mark.parametrize("tag", ["span", "b", "i", "a href='https://x.vn'", "div", "font"])
def test_deeply_nested_inline_and_block_tags_keep_the_text(tag):
    name = tag.split()[0]
    html = f"<{tag}>" * 20_000 + "Chữ cuối" + f"</{name}>" * 20_000
    started = time.perf_counter()
    markdown = clean_pasted_html(html)
    assert "Chữ cuối" in markdown
    assert time.perf_counter() - started < 10  # generous: a hang or quadratic blow-up fails


@pytest.mark.parametrize("opening, closing", [("<blockquote>", "</blockquote>"),
                                              ("<ul><li>", "</li></ul>"),
                                              ("<ol><li>", "</li></ol>")])
@pytest.mark.parametrize("depth", [12, 200, 5_000])
def test_deeply_nested_quotes_and_lists_are_capped_and_read_back(opening, closing, depth):
    html = opening * depth + "<p>Chữ <b>cuối</b></p>" + closing * depth
    markdown = clean_pasted_html(html)
    assert "Chữ" in markdown and "cuối" in markdown
    create_parser().parse(markdown)  # the body reads back
    indent = max(len(line) - len(line.lstrip("> -1.")) for line in markdown.splitlines())
    assert indent <= 4 * (MAX_CONTAINERS + 1)
