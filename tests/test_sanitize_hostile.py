"""A hostile corpus: nothing executable survives rendering, and the honest text stays intact."""

from __future__ import annotations

import json

import pytest

from newsdesk.render.html import render_document
from newsdesk.render.sanitize import clean_body, resolved_src_ok
from render_helpers import data_uri, parse_html, png_bytes, sample_article

OUR_PHOTO = data_uri(png_bytes())

ATTACKS = [
    "<script>alert('body')</script>",
    '<iframe src="https://evil.example/"></iframe>',
    '<object data="evil.swf"></object><embed src="evil.swf">',
    "<style>body{display:none}</style>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)><circle r=1 /></svg>",
    '<a href="javascript:alert(1)" onclick="alert(2)">bấm</a>',
    '<div onmouseover="alert(3)">rê chuột</div>',
    '<math><mi xlink:href="javascript:alert(4)">x</mi></math>',
    "<!-- <script>alert(5)</script> -->",
]

HOSTILE_BODY = "\n\n".join(
    [
        "Đoạn mở đầu: người dân phấn khởi đón tuyến xe mới.",
        *ATTACKS,
        "[liên kết js](javascript:alert(6)) [liên kết vb](vbscript:msgbox(7))",
        "[liên kết data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==)",
        "[ảnh data](data:image/png;base64,iVBORw0KGgo=) [JaVa](JAVASCRIPT:alert(9))",
        "![ảnh data người dùng](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        '![Chú thích <script>alert(10)</script>](images/a.jpg "Ảnh: <img src=x onerror=alert(11)>")',
        "<https://giaothong.example.vn/an-toan> và [thư](mailto:a@example.vn) và [tương đối](../bai-khac.html)",
        "Đoạn kết: tuyến xe chạy thử từ thứ Hai tuần sau.",
    ]
)

HOSTILE_FIELD = "<script>alert('f')</script><img src=x onerror=alert(1)>\"'><svg onload=alert(2)>"


def resolver(path: str):
    return OUR_PHOTO if path == "images/a.jpg" else None


def hostile_article():
    return sample_article(
        headline="Tít " + HOSTILE_FIELD + " </script>",
        sapo="Sapo **đậm** " + HOSTILE_FIELD + " [x](javascript:alert(3))",
        byline="Minh Khôi " + HOSTILE_FIELD,
        source="Nguồn " + HOSTILE_FIELD,
        section="Mục " + HOSTILE_FIELD,
        tags=["thẻ " + HOSTILE_FIELD],
        url="javascript:alert('url')",
        body=HOSTILE_BODY,
    )


def assert_nothing_executable(tree):
    for el in tree.iter():
        assert el.tag not in {"iframe", "object", "embed", "math", "div"} or el.classes() == [
            "nd-body"
        ], el.tag
        if el.tag == "script":
            assert el.attrs == {"type": "application/ld+json"}
            json.loads(el.text())
        if el.tag == "style":
            assert el.parent is not None and el.parent.tag == "head"
        for name, value in el.attrs.items():
            assert not name.startswith("on"), (el.tag, name)
            lowered = value.strip().lower()
            if name in ("href", "src", "action", "xlink:href", "formaction"):
                assert not lowered.startswith(("javascript:", "vbscript:")), value
                if lowered.startswith("data:"):
                    assert el.tag == "img" and name == "src" and value == OUR_PHOTO


def test_hostile_document_has_nothing_executable_and_keeps_the_text():
    html = render_document(hostile_article(), image_src=resolver, stylesheet="body{}", qr_svg=None)
    tree = parse_html(html)
    assert_nothing_executable(tree)
    assert tree.find_all("svg") == []
    assert html.count("<script") == 1
    article = tree.find("article")
    text = article.text()
    assert "Đoạn mở đầu: người dân phấn khởi đón tuyến xe mới." in text
    assert "Đoạn kết: tuyến xe chạy thử từ thứ Hai tuần sau." in text
    # the attacks are shown as harmless text, not dropped silently from the body
    assert "<script>alert('body')</script>" in text
    assert "<svg onload=alert(1)>" in text
    # fields are escaped, never markup
    (h1,) = tree.find_all("h1")
    assert h1.text() == "Tít " + HOSTILE_FIELD + " </script>"
    assert tree.find("p", class_="nd-byline").text() == "Minh Khôi " + HOSTILE_FIELD
    assert tree.find("p", class_="nd-source").text() == "Nguồn tin: Nguồn " + HOSTILE_FIELD
    assert tree.find("p", class_="nd-sapo").find("strong").text() == "đậm"
    # the bad url gives no canonical link and no og:url
    assert tree.find_all("link", rel="canonical") == []
    assert [m for m in tree.find_all("meta") if m.attrs.get("property") == "og:url"] == []
    data = json.loads(tree.find("script").text())
    assert data["headline"] == h1.text()
    assert "url" not in data


def test_links_only_http_mailto_and_relative_survive():
    tree = parse_html(render_document(hostile_article(), image_src=resolver, stylesheet=""))
    hrefs = [a.attrs["href"] for a in tree.find("article").find_all("a") if "href" in a.attrs]
    assert hrefs == [
        "https://giaothong.example.vn/an-toan",
        "mailto:a@example.vn",
        "../bai-khac.html",
    ]
    for a in tree.find("article").find_all("a"):
        if a.text() in ("ảnh data", "liên kết data"):
            assert "href" not in a.attrs


def test_user_data_image_never_becomes_an_image_or_link():
    tree = parse_html(render_document(hostile_article(), image_src=resolver, stylesheet=""))
    srcs = [img.attrs["src"] for img in tree.find_all("img")]
    assert srcs == [OUR_PHOTO]  # only the photo our resolver produced
    figure = tree.find("figure", class_="nd-figure")
    assert figure.find("img").attrs["alt"] == "Chú thích <script>alert(10)</script>"
    assert figure.find("span", class_="credit").text() == "Ảnh: <img src=x onerror=alert(11)>"


def test_cleaner_itself_strips_raw_markup():
    dirty = '<p onclick="x">a<script>b</script><a href="data:text/html,x">c</a><img src="javascript:d"></p>'
    tree = parse_html(clean_body(dirty))
    assert tree.find("p").attrs == {}
    assert tree.find_all("script") == []
    assert "href" not in tree.find("a").attrs
    assert tree.find("img").attrs.get("src") in (None, "")


def test_resolved_sources_are_checked():
    assert resolved_src_ok(OUR_PHOTO)
    assert resolved_src_ok("images/a.jpg") and resolved_src_ok("https://cdn.example.vn/a.jpg")
    for bad in (
        "javascript:alert(1)",
        "data:text/html;base64,AAAA",
        "data:image/svg+xml;base64,AA",
        'images/a.jpg" onerror="x',
        "vbscript:x",
        "",
    ):
        assert not resolved_src_ok(bad), bad


@pytest.mark.parametrize(
    "url",
    [
        'https://bao.example.vn/a"><script>alert(1)</script>',
        "https://bao.example.vn/a' onmouseover='alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
    ],
)
def test_hostile_url_never_reaches_head_links(url):
    html = render_document(sample_article(url=url), image_src=resolver, stylesheet="")
    tree = parse_html(html)
    assert_nothing_executable(tree)
    assert tree.find_all("link") == []
    assert [
        m for m in tree.find_all("meta") if m.attrs.get("property") in ("og:url", "og:image")
    ] == []
    assert html.count("<script") == 1
    data = json.loads(tree.find("script").text())
    assert "url" not in data and "mainEntityOfPage" not in data
