"""Body rendering: figures per docs/formats.md §2, headings, inline images, missing photos, dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsdesk.render.dateline import format_dateline, labels
from newsdesk.render.figures import ImageRef, render_body_full
from newsdesk.render.html import render_body, render_sapo
from render_helpers import BODY, data_uri, parse_html, png_bytes

PHOTO = data_uri(png_bytes())


def resolver(path: str):
    return (
        PHOTO if path in ("images/xe-buyt.jpg", "images/the-ve.png", "images/ảnh 1.jpg") else None
    )


def test_lone_image_becomes_figure_with_caption_and_credit():
    tree = parse_html(render_body(BODY, image_src=resolver))
    figures = tree.find_all("figure")
    assert len(figures) == 2
    first = figures[0]
    assert first.classes() == ["nd-figure"]
    img = first.find("img")
    assert img.attrs["src"] == PHOTO
    assert img.attrs["alt"] == "Xe buýt điện chạy thử trên đường Lạch Tray."
    caption = first.find("figcaption")
    assert caption.text().startswith("Xe buýt điện chạy thử trên đường Lạch Tray.")
    assert caption.find("span", class_="credit").text() == "Ảnh: Minh Khôi"
    assert figures[1].find("span", class_="credit").text() == "Ảnh: Thu Hà"
    # the figure is not wrapped in a paragraph
    assert not any(p.find_all("figure") for p in tree.find_all("p"))


def test_image_inside_text_stays_inline():
    tree = parse_html(render_body("Trước ![nhỏ](images/xe-buyt.jpg) sau.", image_src=resolver))
    assert tree.find_all("figure") == []
    para = tree.find("p")
    assert para.find("img").attrs["alt"] == "nhỏ"
    assert "Trước" in para.text() and "sau." in para.text()


def test_missing_photo_is_a_visible_placeholder_not_a_request():
    result = render_body_full(
        '![Ảnh thiếu.](images/khong-co.jpg "Ảnh: X")', image_src=resolver, language="vi"
    )
    tree = parse_html(result.html)
    figure = tree.find("figure")
    assert "nd-figure-missing" in figure.classes()
    assert tree.find_all("img") == []
    assert "Thiếu ảnh: images/khong-co.jpg" in figure.find("span", class_="nd-missing-photo").text()
    assert figure.find("figcaption").text().startswith("Ảnh thiếu.")
    assert result.missing == ["images/khong-co.jpg"]


def test_paths_with_spaces_and_diacritics_reach_the_resolver_as_written():
    seen: list[str] = []

    def spy(path: str):
        seen.append(path)
        return ImageRef(PHOTO, 40, 30) if path == "images/ảnh 1.jpg" else None

    tree = parse_html(render_body("![Chú thích](<images/ảnh 1.jpg>)", image_src=spy))
    img = tree.find("img")
    assert seen[0] == "images/ảnh 1.jpg"
    assert (img.attrs["width"], img.attrs["height"]) == ("40", "30")


def test_resolver_returning_a_script_url_is_refused():
    html = render_body("![x](images/a.jpg)", image_src=lambda p: "javascript:alert(1)")
    assert "javascript" not in html
    assert "nd-missing-photo" in html


def test_headings_keep_one_h1_for_the_headline():
    tree = parse_html(render_body("# Một\n\n## Hai\n\n### Ba\n\n###### Sáu"))
    assert [el.tag for el in tree.iter() if el.tag.startswith("h")] == ["h2", "h2", "h3", "h4"]


def test_tables_lists_quotes_and_links_survive():
    tree = parse_html(render_body(BODY, image_src=resolver))
    assert len(tree.find("table").find_all("tr")) == 3
    assert tree.find_all("th")[1].attrs["style"] == "text-align:right"
    assert len(tree.find("ul").find_all("li")) == 2
    assert "bỏ xe máy" in tree.find("blockquote").text()
    hrefs = [a.attrs.get("href") for a in tree.find_all("a")]
    assert hrefs == ["https://giaothong.example.vn/lich", "mailto:toasoan@example.vn"]


def test_sapo_keeps_inline_emphasis_only():
    html = render_sapo("Giá vé **7.000 đồng**, *rẻ* hơn\n\n# không phải tít <b>x</b>")
    tree = parse_html(html)
    assert tree.find("strong").text() == "7.000 đồng"
    assert tree.find("em").text() == "rẻ"
    assert tree.find_all("h1") == [] and tree.find_all("b") == []
    assert "&lt;b&gt;" in html


@pytest.mark.parametrize(
    ("hour", "weekday"),
    [
        (0, "Thứ Hai"),
        (1, "Thứ Ba"),
        (2, "Thứ Tư"),
        (3, "Thứ Năm"),
        (4, "Thứ Sáu"),
        (5, "Thứ Bảy"),
        (6, "Chủ Nhật"),
    ],
)
def test_vietnamese_weekdays(hour: int, weekday: str):
    day = datetime(2023, 10, 9, 8, 5, tzinfo=UTC) + timedelta(days=hour)
    assert format_dateline(day, "vi") == f"{weekday}, {day:%d/%m/%Y} 08:05"


def test_dateline_uses_the_zone_of_published():
    hanoi = datetime(2023, 10, 10, 16, 35, tzinfo=timezone(timedelta(hours=7)))
    assert format_dateline(hanoi, "vi") == "Thứ Ba, 10/10/2023 16:35"
    assert format_dateline(hanoi, "vi-VN") == "Thứ Ba, 10/10/2023 16:35"
    assert format_dateline(hanoi, "en") == "Tuesday, 10 October 2023 16:35"
    utc = hanoi.astimezone(UTC)
    assert format_dateline(utc, "vi") == "Thứ Ba, 10/10/2023 09:35"


def test_labels_in_both_languages():
    assert labels("vi")["source"] == "Nguồn tin"
    assert labels("en")["source"] == "Source"
    assert labels("fr")["qr"] == "QR CODE"
    assert labels("vi-VN")["qr"] == "MÃ QR" and labels("en")["qr"] == "QR CODE"
