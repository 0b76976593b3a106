"""``--format icml``: an InCopy story InDesign places — read back with a strict XML parser."""

from __future__ import annotations

import io
import unicodedata
from urllib.parse import unquote

import pytest
from PIL import Image

from newsdesk.domain import Article
from newsdesk.export import ExportError, ExportJob, ExportOptions, default_registry
from render_helpers import jpeg_bytes, sample_article, sample_photos
from story_support import LINE_BREAK, expected_paragraphs, icml_paragraphs, parse_icml

PARTS = {"headline", "sapo", "body", "heading", "caption", "credit", "byline", "quote", "list"}


def export(tmp_path, article, photos=None, target="story.icml"):
    job = ExportJob(article, tmp_path / target, (photos if photos is not None
                                                  else sample_photos()).get,
                    ExportOptions(cache_dir=tmp_path / "cache"))
    return default_registry().get("icml").export(job)


def test_every_paragraph_arrives_with_its_style(tmp_path):
    article = sample_article()
    result = export(tmp_path, article)
    got = icml_paragraphs(result.path)
    assert [(style, text) for style, text, _ in got] == expected_paragraphs(article)
    assert PARTS <= {style for style, _, _ in got}
    assert result.warnings == []


def test_a_source_typed_as_one_is_not_labelled_twice(tmp_path):
    """As on the page and in the HTML (``source_line``): "Theo TTXVN" is its own label."""
    article = sample_article()
    article.source = "Theo TTXVN"
    got = icml_paragraphs(export(tmp_path, article).path)
    assert [(style, text) for style, text, _ in got][-1] == ("source", "Theo TTXVN")


def test_styles_are_declared_and_runs_carry_bold_italic_links(tmp_path):
    article = sample_article(body="Chữ **đậm**, *nghiêng*, ***cả hai*** và [liên kết](https://a.vn/x?y=1&z=2).")
    doc = parse_icml(export(tmp_path, article).path).getroot()
    para_styles = {s.get("Self") for s in doc.iter("ParagraphStyle")}
    char_styles = {s.get("Self"): s for s in doc.iter("CharacterStyle")}
    for rng in doc.iter("ParagraphStyleRange"):
        assert rng.get("AppliedParagraphStyle") in para_styles
    runs = {}
    for rng in doc.find("Story").iter("CharacterStyleRange"):
        assert rng.get("AppliedCharacterStyle") in char_styles
        runs["".join(c.text or "" for c in rng.iter("Content"))] = rng.get("AppliedCharacterStyle")
    assert runs["đậm"] == "CharacterStyle/bold"
    assert char_styles["CharacterStyle/bold"].get("FontStyle") == "Bold"
    assert runs["nghiêng"] == "CharacterStyle/italic"
    assert runs["cả hai"] == "CharacterStyle/bold italic"
    assert char_styles["CharacterStyle/bold italic"].get("FontStyle") == "Bold Italic"
    assert runs["liên kết"] == "CharacterStyle/link"
    source = next(doc.iter("HyperlinkTextSource"))
    assert source.find("Content").text == "liên kết"
    link = next(doc.iter("Hyperlink"))
    assert link.get("Source") == source.get("Self")
    destination = link.find("Properties/Destination").text
    url = next(d for d in doc.iter("HyperlinkURLDestination") if d.get("Self") == destination)
    assert url.get("DestinationURL") == "https://a.vn/x?y=1&z=2"
    selves = [e.get("Self") for e in doc.iter() if e.get("Self")]
    assert len(selves) == len(set(selves))


def test_photos_are_placed_links_to_files_beside_the_story(tmp_path):
    result = export(tmp_path, sample_article())
    photos = [(s, links) for s, _, links in icml_paragraphs(result.path) if links]
    assert [s for s, _ in photos] == ["photo", "photo"]
    for _, (link,) in photos:
        uri = link.get("LinkResourceURI")
        assert uri.startswith("file:") and not uri.startswith("file:/")  # relative to the story
        file = result.path.parent / unquote(uri.removeprefix("file:"))
        assert file in result.files
        image = link.getparent()
        bounds = image.find("Properties/GraphicBounds")
        with Image.open(file) as photo:
            assert photo.size == (int(bounds.get("Right")), int(bounds.get("Bottom")))
        assert image.getparent().tag == "Rectangle"
    assert sorted(p.relative_to(tmp_path).as_posix() for p in result.files) == [
        "story-photos/the-ve.png", "story-photos/xe-buyt.jpg", "story.icml"]
    # for the layout desk the originals themselves, all their pixels (the 6 MP JPEG whole, not
    # a 2048-pixel web copy; the PNG still a PNG), where InDesign places them as they are
    originals = sorted(sample_photos().values())
    assert sorted(p.read_bytes() for p in result.files if p.suffix != ".icml") == originals


def test_a_photo_its_exif_turns_is_placed_upright_with_all_its_pixels(tmp_path):
    """A camera JPEG stored on its side with an EXIF orientation (InDesign may not turn it),
    and a WebP (which InDesign does not place): upright JPEG copies of all their pixels, no
    camera metadata."""
    turned = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turn 90° clockwise to show
    exif[0x8825] = {1: "N"}  # a GPS block (private)
    Image.new("RGB", (3000, 2000), (120, 90, 60)).save(turned, "JPEG", exif=exif, quality=90)
    webp = io.BytesIO()
    Image.new("RGB", (2600, 1300), (20, 90, 160)).save(webp, "WEBP", quality=90)
    article = Article(headline="Ảnh xoay", body=(
        '![Ảnh chụp dọc](images/doc.jpg "Ảnh: A")\n\n![Ảnh WebP](images/rong.webp "Ảnh: B")\n'))
    result = export(tmp_path, article, {"images/doc.jpg": turned.getvalue(),
                                        "images/rong.webp": webp.getvalue()})
    written = {p.name: p for p in result.files if p.suffix != ".icml"}
    assert sorted(written) == ["doc.jpg", "rong.jpg"]
    with Image.open(written["doc.jpg"]) as photo:
        assert photo.size == (2000, 3000) and not photo.getexif()
    with Image.open(written["rong.jpg"]) as photo:
        assert photo.format == "JPEG" and photo.size == (2600, 1300)
    links = [link for _s, _t, found in icml_paragraphs(result.path) for link in found]
    assert [link.get("LinkResourceFormat") for link in links] == ["$ID/JPEG", "$ID/JPEG"]


def test_vietnamese_and_markup_characters_survive(tmp_path):
    nfd = unicodedata.normalize("NFD", "Hà Nội: giá <b>điện</b> & \"nước\" tăng")
    article = Article(headline=nfd, sapo="Sapo 'một' & <hai>", byline="Lê Thị Hồng Nhung",
                      body="Dòng một\\\ndòng hai \x0b có ký tự lạ.\n\n```\nmã 1\nmã 2\n```")
    result = export(tmp_path, article, photos={})
    raw = result.path.read_bytes()
    assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8"')
    text = raw.decode("utf-8")
    assert unicodedata.is_normalized("NFC", text)
    got = [(s, t) for s, t, _ in icml_paragraphs(result.path)]
    assert got[0] == ("headline", 'Hà Nội: giá <b>điện</b> & "nước" tăng')
    assert got[1] == ("sapo", "Sapo 'một' & <hai>")
    assert got[2] == ("body", f"Dòng một{LINE_BREAK}dòng hai  có ký tự lạ.")
    assert got[3] == ("code", f"mã 1{LINE_BREAK}mã 2")
    assert got == expected_paragraphs(article)[:2] + got[2:4] + [("byline", "Lê Thị Hồng Nhung")]


def test_vietnamese_is_not_hyphenated_english_is(tmp_path):
    styles = parse_icml(export(tmp_path, sample_article(), target="vi.icml").path).getroot()
    assert {s.get("Hyphenation") for s in styles.iter("ParagraphStyle")
            if "No paragraph" not in s.get("Name")} == {"false"}
    english = parse_icml(export(tmp_path, sample_article(language="en"), target="en.icml").path)
    by_name = {s.get("Name"): s.get("Hyphenation") for s in english.iter("ParagraphStyle")}
    assert by_name["body"] is None and by_name["headline"] == "false"


def test_a_missing_photo_is_a_placeholder_and_a_warning(tmp_path):
    photos = {"images/the-ve.png": sample_photos()["images/the-ve.png"]}
    result = export(tmp_path, sample_article(), photos=photos)
    got = icml_paragraphs(result.path)
    missing = [t for s, t, links in got if s == "photo" and not links]
    assert missing == ["Thiếu ảnh: images/xe-buyt.jpg"]
    assert len(result.warnings) == 1 and "images/xe-buyt.jpg" in str(result.warnings[0])


def test_a_folder_target_gets_the_slug_and_a_wrong_name_is_refused(tmp_path):
    folder = tmp_path / "dan-trang"
    result = export(tmp_path, sample_article(), target="dan-trang")
    assert result.path == folder / "hai-phong-mo-tuyen-xe-buyt-dien-thu-ba-noi-khu-cong-nghiep.icml"
    assert (folder / f"{result.path.stem}-photos").is_dir()
    with pytest.raises(ExportError, match=r"does not end in \.icml"):
        export(tmp_path, sample_article(), target="story.xml")


def test_one_photo_shown_twice_is_written_once(tmp_path):
    body = "![A](images/a.jpg)\n\nChữ.\n\n![B](images/a.jpg?v=2)"
    result = export(tmp_path, Article(headline="Ảnh đôi", body=body),
                    photos={"images/a.jpg": jpeg_bytes(300, 200),
                            "images/a.jpg?v=2": jpeg_bytes(300, 200)})
    assert [p.name for p in result.files] == ["story.icml", "a.jpg"]
    uris = [link.get("LinkResourceURI") for _, _, links in icml_paragraphs(result.path)
            for link in links]
    assert uris == ["file:story-photos/a.jpg"] * 2


def test_a_cancelled_export_leaves_nothing_behind(tmp_path):
    seen: list[str] = []
    job = ExportJob(sample_article(), tmp_path / "dan-trang" / "story.icml",
                    sample_photos().get, ExportOptions(cache_dir=tmp_path / "cache"),
                    progress=lambda _done, _total, what: seen.append(what),
                    cancelled=lambda: bool(seen))  # once the first photo is written
    with pytest.raises(ExportError) as caught:
        default_registry().get("icml").export(job)
    assert caught.value.code == "export.cancelled"
    assert seen == ["photo images/xe-buyt.jpg"]
    assert not (tmp_path / "dan-trang").exists()
