"""The .md interchange file: reading fixtures (NFC and NFD), images, and clear errors."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsdesk.domain import Article, ValidationError
from newsdesk.domain.related import RelatedStory
from newsdesk.interchange import (
    FIELD_ORDER,
    InterchangeError,
    dump_markdown_text,
    image_sources,
    parse_markdown,
    read_markdown_file,
    write_markdown_file,
)

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def test_reads_fixture_with_all_fields_and_images():
    loaded = read_markdown_file(ARTICLES / "hai-phong-cang.md")
    a = loaded.article
    assert a.headline == "Hải Phòng mở rộng cảng nước sâu Lạch Huyện"
    assert a.byline == "Minh Khôi"
    assert a.section == "Kinh tế"
    assert a.tags == ["cảng biển", "Hải Phòng", "logistics"]
    assert a.published == datetime(2024, 3, 18, 9, 15, tzinfo=timezone(timedelta(hours=7)))
    assert a.url.startswith("https://baomau.example.vn/")
    assert a.body.startswith("Sáng 18/3")
    assert set(loaded.images) == {"images/cang-lach-huyen.jpg", "images/doan-tau.jpg"}
    assert loaded.images["images/doan-tau.jpg"] == (ARTICLES / "images/doan-tau.jpg").read_bytes()
    assert loaded.missing_images == [] and loaded.warnings == []


def test_nfd_file_is_normalised_to_nfc():
    raw = (ARTICLES / "da-nang-phao-hoa-nfd.md").read_text(encoding="utf-8")
    assert raw != unicodedata.normalize("NFC", raw)  # the fixture really is NFD
    a = read_markdown_file(ARTICLES / "da-nang-phao-hoa-nfd.md").article
    assert a.headline == "Đà Nẵng chuẩn bị lễ hội pháo hoa quốc tế"
    assert a.tags == ["Đà Nẵng", "du lịch", "lễ hội"]  # a comma-separated string works too
    for text in (a.headline, a.sapo, a.body, *a.tags):
        assert unicodedata.is_normalized("NFC", text)
    assert a.published.utcoffset() == timedelta(hours=7)  # unquoted YAML timestamp


def test_dump_orders_fields_and_round_trips_a_fixture():
    a = read_markdown_file(ARTICLES / "hai-phong-cang.md").article
    a.related = [RelatedStory(url="https://baomau.example.vn/tin-khac", headline="Tin khác")]
    text = dump_markdown_text(a)
    keys = [line.split(":", 1)[0] for line in text.split("\n---\n")[0].splitlines()[1:]]
    keys = [k for k in keys if k and not k.startswith((" ", "-"))]
    assert keys == list(FIELD_ORDER)
    again, warnings = parse_markdown(text)
    assert again.content_equals(a) and warnings == []


def _write(tmp_path: Path, text: str, name: str = "a.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_broken_yaml_names_the_line(tmp_path):
    path = _write(tmp_path, "---\nheadline: ok\nsapo: [unclosed\nbyline: x\n---\nbody\n")
    with pytest.raises(InterchangeError) as err:
        read_markdown_file(path)
    assert err.value.code == "interchange.yaml"
    assert "a.md, line" in err.value.message and "YAML" in err.value.message


def test_missing_headline_is_a_validation_error(tmp_path):
    path = _write(tmp_path, "---\nsapo: chỉ có sapo\n---\nbody\n")
    with pytest.raises(ValidationError) as err:
        read_markdown_file(path)
    assert err.value.code == "headline.required"
    assert "a.md" in err.value.message and "headline" in err.value.message


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("url: ftp://example.com/x", "url.scheme"),
        ("url: 'https://exa mple.com'", "url.invalid"),
        ("published: hôm qua", "published.format"),
        ("published: '2024-01-01T10:00:00'", "published.offset"),
        ("language: 'not a tag!'", "language.invalid"),
    ],
)
def test_bad_field_values_are_refused(tmp_path, line, code):
    path = _write(tmp_path, f"---\nheadline: Tin\n{line}\n---\nbody\n")
    with pytest.raises(ValidationError) as err:
        read_markdown_file(path)
    assert err.value.code == code


def test_no_front_matter_and_unclosed(tmp_path):
    with pytest.raises(InterchangeError) as err:
        read_markdown_file(_write(tmp_path, "# Tiêu đề\n\nThân bài\n"))
    assert err.value.code == "interchange.no_front_matter"
    with pytest.raises(InterchangeError) as err:
        read_markdown_file(_write(tmp_path, "---\nheadline: x\nbody without closing\n"))
    assert err.value.code == "interchange.unclosed"


def test_non_utf8_and_missing_file(tmp_path):
    path = tmp_path / "latin.md"
    path.write_bytes("---\nheadline: Tin\n---\nCaf\xe9\n".encode("latin-1"))
    with pytest.raises(InterchangeError) as err:
        read_markdown_file(path)
    assert err.value.code == "file.encoding" and "line 4" in err.value.message
    with pytest.raises(InterchangeError) as err:
        read_markdown_file(tmp_path / "nope.md")
    assert err.value.code == "file.not_found"


def test_unknown_keys_warn_and_bom_crlf_accepted(tmp_path):
    text = "\ufeff---\r\nheadline: Tin nhanh\r\nstatus: published\r\n---\r\n\r\nDòng một\r\n"
    path = tmp_path / "w.md"
    path.write_bytes(text.encode("utf-8"))
    loaded = read_markdown_file(path)
    assert loaded.article.headline == "Tin nhanh"
    assert loaded.article.body == "Dòng một\n"
    assert any("status" in w for w in loaded.warnings)


def test_missing_and_outside_images_are_warnings(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "secret.jpg").write_bytes(b"x")
    path = _write(
        tmp_path,
        "---\nheadline: Tin\n---\n\n![a](images/none.jpg)\n\n![b](../secret.jpg)\n\n"
        "![c](/etc/passwd)\n\n![d](https://example.com/x.jpg)\n",
        "sub/a.md",
    )
    loaded = read_markdown_file(path)
    assert loaded.images == {}
    assert loaded.missing_images == ["images/none.jpg", "../secret.jpg", "/etc/passwd"]
    assert len(loaded.warnings) == 3


def test_image_with_nfd_file_name_and_escaped_path(tmp_path):
    name = unicodedata.normalize("NFD", "ảnh đẹp.png")
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / name).write_bytes(b"\x89PNG fake")
    path = _write(tmp_path, "---\nheadline: Tin\n---\n\n![x](<images/ảnh đẹp.png>)\n")
    loaded = read_markdown_file(path)
    assert loaded.images == {"images/ảnh đẹp.png": b"\x89PNG fake"}


def test_image_sources_finds_reference_and_table_images():
    body = (
        "|a|b|\n|-|-|\n|![x](t.png)|y|\n\n![r][ref]\n\n[ref]: images/r.png\n\n`![no](code.png)`\n"
    )
    assert image_sources(body) == ["t.png", "images/r.png"]


def test_write_then_read_gives_back_article_and_images(tmp_path):
    article = Article(
        headline="Xuất bản thử",
        body='Đoạn đầu.\n\n![Ảnh](images/p.png "Ảnh: A")\n\n![Thiếu](images/missing.png)\n',
        tags=["a", "b"],
    )
    written = write_markdown_file(
        article, tmp_path / "out" / "bai.md", lambda p: b"PNGDATA" if p == "images/p.png" else None
    )
    assert written.missing_images == ["images/missing.png"]
    assert (tmp_path / "out" / "images" / "p.png").read_bytes() == b"PNGDATA"
    loaded = read_markdown_file(tmp_path / "out" / "bai.md")
    assert loaded.article.content_equals(article)
    assert loaded.images == {"images/p.png": b"PNGDATA"}
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")]
