"""The full document: one structure, <head> metadata (title, canonical, OG, JSON-LD), CSP."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from newsdesk.config.resources import read_text
from newsdesk.render.html import CSP, render_document
from newsdesk.render.metadata import authors
from render_helpers import data_uri, parse_html, png_bytes, sample_article

PHOTO = data_uri(png_bytes())
QR = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="20mm" height="20mm"><path id="qr-path" d="M0 0h1v1H0z"/></svg>'


def photos(path: str):
    return PHOTO if path.startswith("images/") else None


def render(article=None, **kw):
    article = article or sample_article()
    kw.setdefault("image_src", photos)
    kw.setdefault("stylesheet", read_text("css", "web.css"))
    kw.setdefault("qr_svg", QR)
    return render_document(article, **kw)


def meta(tree, prop):
    return [m.attrs["content"] for m in tree.find_all("meta") if m.attrs.get("property") == prop]


def test_article_structure_matches_the_agreed_markup():
    tree = parse_html(render())
    html_el = tree.find("html")
    assert html_el.attrs["lang"] == "vi"
    (article,) = tree.find_all("article")
    assert article.classes() == ["nd-article"] and article.attrs["lang"] == "vi"
    (h1,) = tree.find_all("h1")
    assert h1.classes() == ["nd-headline"]
    assert h1.text() == "Hải Phòng mở tuyến xe buýt điện thứ ba nối khu công nghiệp"
    head = article.find("header", class_="nd-head")
    kicker = head.find("p", class_="nd-kicker")
    assert kicker.find("span", class_="nd-section").text() == "Thời sự"
    time = kicker.find("time", class_="nd-dateline")
    assert time.attrs["datetime"] == "2023-10-10T16:35:00+07:00"
    assert time.text() == "Thứ Ba, 10/10/2023 16:35"
    sapo = head.find("p", class_="nd-sapo")
    assert sapo.find("strong").text() == "trung tâm"
    body = article.find("div", class_="nd-body")
    captions = [
        f.find("span", class_="credit").text() for f in body.find_all("figure", class_="nd-figure")
    ]
    assert captions == ["Ảnh: Minh Khôi", "Ảnh: Thu Hà"]
    foot = article.find("footer", class_="nd-foot")
    assert foot.find("p", class_="nd-byline").text() == "Minh Khôi, Thu Hà"
    assert foot.find("p", class_="nd-source").text() == "Nguồn tin: Sở Giao thông vận tải"
    qr = foot.find("aside", class_="nd-qr").find("figure", class_="nd-qr-code")
    assert qr.find_all("svg") and "id" not in qr.find("path").attrs
    assert qr.find("figcaption").text() == f"MÃ QR: {h1.text()}"


def test_head_has_title_canonical_open_graph_and_csp():
    tree = parse_html(render())
    article = sample_article()
    assert tree.find("title").text() == article.headline
    assert tree.find("link", rel="canonical").attrs["href"] == article.url
    assert meta(tree, "og:title") == [article.headline]
    assert meta(tree, "og:type") == ["article"]
    assert meta(tree, "og:locale") == ["vi_VN"]  # language_TERRITORY, as Open Graph reads it
    assert meta(tree, "og:url") == [article.url]
    assert meta(tree, "og:description") == [
        "Tuyến xe buýt điện mới chạy từ trung tâm tới khu công nghiệp phía tây, giá vé từ 7.000 đồng."
    ]
    assert meta(tree, "og:image") == ["https://baohaiphong.example.vn/thoi-su/images/xe-buyt.jpg"]
    assert meta(tree, "article:published_time") == ["2023-10-10T16:35:00+07:00"]
    assert meta(tree, "article:tag") == ["giao thông", "xe buýt điện"]
    csp = tree.find("meta", **{"http-equiv": "Content-Security-Policy"}).attrs["content"]
    assert csp == CSP
    assert "default-src 'none'" in csp and "script-src" not in csp
    style = tree.find("style").text()
    assert ".nd-byline" in style and "max-width: 42rem" in style


def test_json_ld_news_article():
    updated = datetime(2023, 10, 11, 8, 0, tzinfo=timezone(timedelta(hours=7)))
    tree = parse_html(render(sample_article(updated=updated)))
    (script,) = tree.find_all("script")
    assert script.attrs["type"] == "application/ld+json"
    data = json.loads(script.text())
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == sample_article().headline
    assert data["datePublished"] == "2023-10-10T16:35:00+07:00"
    assert data["dateModified"] == "2023-10-11T08:00:00+07:00"
    assert data["author"] == [
        {"@type": "Person", "name": "Minh Khôi"},
        {"@type": "Person", "name": "Thu Hà"},
    ]
    assert data["image"] == ["https://baohaiphong.example.vn/thoi-su/images/xe-buyt.jpg"]
    assert data["inLanguage"] == "vi"
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": sample_article().url}


@pytest.mark.parametrize(("byline", "names"), [
    ("Minh Anh, Quốc Huy và Lan", ["Minh Anh", "Quốc Huy", "Lan"]),
    ("Anna; Ben and Chi & Dũng", ["Anna", "Ben", "Chi", "Dũng"]),
    ("Nguyễn Thị Thu Hằng – Trần Quốc Việt", ["Nguyễn Thị Thu Hằng", "Trần Quốc Việt"]),
    ("Minh Khôi — Thu Hà - Lan Anh", ["Minh Khôi", "Thu Hà", "Lan Anh"]),
    ("Lê Thị Hồng-Nhung – Jean-Pierre Dupont", ["Lê Thị Hồng-Nhung", "Jean-Pierre Dupont"]),
    ("Nhóm Hà Nội–Hải Phòng, Quang-Huy", ["Nhóm Hà Nội–Hải Phòng", "Quang-Huy"]),
    ("Minh Khôi -Thu Hà", ["Minh Khôi -Thu Hà"]),  # a dash without space on both sides
    ("– Minh Khôi – – Thu Hà –", ["Minh Khôi", "Thu Hà"]),
    ("", []),
])
def test_byline_names(byline, names):
    assert authors(byline) == names


def test_json_ld_authors_of_a_byline_with_a_dash():
    tree = parse_html(render(sample_article(byline="Nguyễn Thị Thu Hằng – Trần Quốc Việt")))
    data = json.loads(tree.find("script").text())
    assert [a["name"] for a in data["author"]] == ["Nguyễn Thị Thu Hằng", "Trần Quốc Việt"]


def test_without_url_there_is_no_canonical_no_og_url_and_no_qr():
    tree = parse_html(render(sample_article(url=""), qr_svg=None))
    assert not tree.find_all("link", rel="canonical")
    assert meta(tree, "og:url") == [] and meta(tree, "og:image") == []
    assert tree.find_all("aside") == []
    data = json.loads(tree.find("script").text())
    assert "mainEntityOfPage" not in data and "image" not in data


def test_english_article_and_second_qr_code():
    article = sample_article(language="en", source="City transport department")
    tree = parse_html(render(article, extra_qr=[(QR, "Fanpage <Báo>")]))
    assert tree.find("time").text() == "Tuesday, 10 October 2023 16:35"
    assert tree.find("p", class_="nd-source").text() == "Source: City transport department"
    labels = [f.find("figcaption").text() for f in tree.find_all("figure", class_="nd-qr-code")]
    assert labels == [f"QR CODE: {article.headline}", "Fanpage <Báo>"]


def test_print_mode_changes_only_the_head_bits():
    web = parse_html(render())
    printed = parse_html(
        render(
            mode="print",
            stylesheet="@page { size: A4 }",
            page={"columns": 2, "paper": "A4", "bad key": "x"},
        )
    )
    body = printed.find("body")
    assert body.classes() == ["nd-mode-print"]
    assert body.attrs["data-columns"] == "2" and body.attrs["data-paper"] == "A4"
    assert printed.find("style").text().strip() == "@page { size: A4 }"
    assert [e.tag for e in web.find("article").iter()] == [
        e.tag for e in printed.find("article").iter()
    ]


def test_draft_without_published_has_no_time():
    tree = parse_html(render(sample_article(published=None, section="")))
    assert tree.find_all("time") == [] and tree.find_all("p", class_="nd-kicker") == []


def test_bad_mode_and_stylesheet_breakout_are_refused():
    with pytest.raises(ValueError):
        render(mode="screen")
    with pytest.raises(ValueError):
        render(stylesheet="body{}</style><script>alert(1)</script>")


def test_output_is_deterministic():
    assert render() == render()


def test_a_bylines_names_stay_whole_with_the_dash_after_the_first():
    """Two reporters joined by a dash: each name (the dash after the first) is one piece
    that wraps whole, so no line ever begins with the dash."""
    article = sample_article()
    article.byline = "Nguyễn Thu Hà – Trần Minh Đức"
    byline = parse_html(render(article)).find("p", class_="nd-byline")
    assert [n.text() for n in byline.find_all("span", class_="nd-name")] == [
        "Nguyễn Thu Hà –", "Trần Minh Đức"]
    assert byline.text() == "Nguyễn Thu Hà – Trần Minh Đức"  # the text as typed
    article.byline = "Minh Khôi <script>"  # one name: as typed, escaped
    byline = parse_html(render(article)).find("p", class_="nd-byline")
    assert byline.text() == "Minh Khôi <script>" and not byline.find_all("span")


@pytest.mark.parametrize(("source", "printed"), [
    ("Sở Giao thông vận tải", "Nguồn tin: Sở Giao thông vận tải"),
    ("Theo Ngân hàng Nhà nước", "Theo Ngân hàng Nhà nước"),
    ("theo TTXVN", "theo TTXVN"),
    ("Nguồn: Bộ Y tế", "Nguồn: Bộ Y tế"),
    ("Thông tấn xã Việt Nam", "Nguồn tin: Thông tấn xã Việt Nam"),
    ("Nguồn sống", "Nguồn tin: Nguồn sống"),  # a name, not a label
    ("Theodore Foundation", "Nguồn tin: Theodore Foundation"),
])
def test_a_source_that_already_says_so_is_not_labelled_twice(source, printed):
    article = sample_article()
    article.source = source
    assert parse_html(render(article)).find("p", class_="nd-source").text() == printed
