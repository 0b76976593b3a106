"""Standalone HTML export: structure, embedded web renditions, QR decoded, no network."""

from __future__ import annotations

import base64
import io
import json
import re

import pytest
from PIL import Image

from newsdesk.export import ExportError, ExportJob, ExportOptions
from newsdesk.export.html import HtmlExporter
from render_helpers import decode_qr, parse_html, rasterise_svg, sample_article, sample_photos


@pytest.fixture
def exported(tmp_path):
    photos = sample_photos()
    target = tmp_path / "out" / "bai-viet.html"
    options = ExportOptions(cache_dir=tmp_path / "cache")
    result = HtmlExporter().export(ExportJob(sample_article(), target, photos.get, options))
    return result, target.read_text(encoding="utf-8")


def test_result_and_structure(exported):
    result, text = exported
    assert result.files == [result.path] and result.warnings == []
    tree = parse_html(text)
    assert len(tree.find_all("article")) == 1 and len(tree.find_all("h1")) == 1
    assert tree.find("time").attrs["datetime"] == "2023-10-10T16:35:00+07:00"
    figures = tree.find_all("figure", class_="nd-figure")
    assert [f.find("span", class_="credit").text() for f in figures] == [
        "Ảnh: Minh Khôi",
        "Ảnh: Thu Hà",
    ]
    assert tree.find("p", class_="nd-byline").text() == "Minh Khôi, Thu Hà"
    qr_caption = tree.find("figure", class_="nd-qr-code").find("figcaption").text()
    assert qr_caption == "MÃ QR: " + sample_article().headline
    data = json.loads(tree.find("script").text())
    assert data["@type"] == "NewsArticle" and data["headline"] == sample_article().headline


def test_photos_are_embedded_web_renditions(exported):
    _, text = exported
    tree = parse_html(text)
    imgs = tree.find("div", class_="nd-body").find_all("img")
    assert len(imgs) == 2
    big = imgs[0]
    assert big.attrs["src"].startswith("data:image/jpeg;base64,")
    decoded = Image.open(io.BytesIO(base64.b64decode(big.attrs["src"].split(",", 1)[1])))
    assert decoded.size == (2048, 1365)
    assert (big.attrs["width"], big.attrs["height"]) == ("2048", "1365")
    assert imgs[1].attrs["src"].startswith("data:image/")


def test_qr_code_in_the_page_decodes_to_the_url(exported):
    _, text = exported
    svg = re.search(r"<svg.*?</svg>", text, re.S).group(0)
    assert decode_qr(rasterise_svg(svg)) == [sample_article().url]


def test_no_network_references(exported):
    _, text = exported
    tree = parse_html(text)
    body_links = {a.attrs.get("href") for a in tree.find("div", class_="nd-body").find_all("a")}
    for el in tree.iter():
        for name, value in el.attrs.items():
            if not re.match(r"(?i)^\s*(https?:)?//", value):
                continue
            if el.tag == "a" and name == "href" and value in body_links:
                continue
            if el.tag == "link" and el.attrs.get("rel") == "canonical":
                continue
            if el.tag == "meta" and name == "content" and "property" in el.attrs:
                continue
            if el.tag == "svg" and name == "xmlns":
                continue
            pytest.fail(f"network reference <{el.tag} {name}={value!r}>")
    style = tree.find("style").text()
    assert "@import" not in style and not re.search(r"url\(\s*['\"]?(https?:)?//", style)
    assert [link.attrs["rel"] for link in tree.find_all("link")] == ["canonical"]


def test_missing_and_broken_photos_are_warnings_with_placeholders(tmp_path):
    photos = {"images/xe-buyt.jpg": b"this is not a photo at all"}
    target = tmp_path / "a.html"
    result = HtmlExporter().export(ExportJob(sample_article(), target, photos.get, ExportOptions()))
    assert any("images/xe-buyt.jpg" in w for w in result.warnings)
    assert any("images/the-ve.png" in w and "missing" in w for w in result.warnings)
    tree = parse_html(target.read_text(encoding="utf-8"))
    assert tree.find_all("img") == []
    placeholders = tree.find_all("span", class_="nd-missing-photo")
    assert [p.text() for p in placeholders] == [
        "Thiếu ảnh: images/xe-buyt.jpg",
        "Thiếu ảnh: images/the-ve.png",
    ]


def test_second_qr_code_from_options(tmp_path):
    target = tmp_path / "a.html"
    options = ExportOptions(extra_qr=[("https://facebook.example.com/baohp", "Fanpage Báo HP")])
    HtmlExporter().export(ExportJob(sample_article(), target, sample_photos().get, options))
    text = target.read_text(encoding="utf-8")
    svgs = re.findall(r"<svg.*?</svg>", text, re.S)
    assert len(svgs) == 2
    assert decode_qr(rasterise_svg(svgs[1])) == ["https://facebook.example.com/baohp"]
    assert "Fanpage Báo HP" in text


def test_folder_target_refused_and_cancel_leaves_nothing(tmp_path):
    with pytest.raises(ExportError) as info:
        HtmlExporter().export(ExportJob(sample_article(), tmp_path, dict().get, ExportOptions()))
    assert info.value.code == "export.target"
    target = tmp_path / "x.html"
    with pytest.raises(ExportError) as info:
        HtmlExporter().export(ExportJob(sample_article(), target, sample_photos().get, ExportOptions(), cancelled=lambda: True))
    assert info.value.code == "export.cancelled"
    assert list(tmp_path.iterdir()) == []


def test_cached_export_gives_the_same_page(tmp_path):
    options = ExportOptions(cache_dir=tmp_path / "cache")
    photos = sample_photos()
    first, second = tmp_path / "1.html", tmp_path / "2.html"
    HtmlExporter().export(ExportJob(sample_article(), first, photos.get, options))
    assert any((tmp_path / "cache").rglob("*.rnd"))
    HtmlExporter().export(ExportJob(sample_article(), second, photos.get, options))
    assert first.read_bytes() == second.read_bytes()


def test_library_photos_are_remembered_between_exports(tmp_path):
    import hashlib

    from newsdesk.export.web_photos import MEMORY

    MEMORY.clear()
    photos = sample_photos()
    article = sample_article()
    article.assets = {path: hashlib.sha256(data).hexdigest() for path, data in photos.items()}
    calls: list[str] = []

    def counting(path: str):
        calls.append(path)
        return photos.get(path)

    first, second = tmp_path / "1.html", tmp_path / "2.html"
    HtmlExporter().export(ExportJob(article, first, counting, ExportOptions()))
    assert sorted(calls) == sorted(photos)
    calls.clear()
    HtmlExporter().export(ExportJob(article, second, counting, ExportOptions()))
    assert calls == []  # renditions and data: URIs came from memory
    assert first.read_bytes() == second.read_bytes()
    # a photo replaced in the library has another sha256, hence another rendition
    article.assets["images/the-ve.png"] = "0" * 64
    HtmlExporter().export(ExportJob(article, second, counting, ExportOptions()))
    assert calls == ["images/the-ve.png"]
    MEMORY.clear()
