"""CMS package: body fragment, web renditions and thumbnails, QR images, IPTC ninjs 2.0."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta, timezone

import pytest
from PIL import Image

from newsdesk.export import ExportError, ExportJob, ExportOptions, default_registry
from newsdesk.export.cms import CmsExporter
from render_helpers import decode_qr, parse_html, rasterise_svg, sample_article, sample_photos

# Top-level properties of the ninjs 2.0 schema (its additionalProperties is false).
NINJS_2_PROPERTIES = {
    "uri", "type", "representationtype", "profile", "version", "firstcreated", "versioncreated",
    "contentcreated", "embargoed", "pubstatus", "urgency", "copyrightholder", "copyrightnotice",
    "usageterms", "ednote", "language", "descriptions", "bodies", "headlines", "people",
    "organisations", "places", "subjects", "events", "objects", "infosources", "title", "by",
    "slugline", "located", "renditions", "associations", "altids", "trustindicators",
    "standard", "genres", "rightsinfo",
}  # fmt: skip
TZ = timezone(timedelta(hours=7))


def saved_article(**changes):
    article = sample_article(**changes)
    article.id = "0123456789abcdef0123456789abcdef"
    article.version = 3
    article.created = datetime(2023, 10, 9, 9, 0, tzinfo=TZ)
    article.updated = datetime(2023, 10, 10, 17, 0, tzinfo=TZ)
    return article


@pytest.fixture
def package(tmp_path):
    target = tmp_path / "cms" / "bai-xe-buyt"
    options = ExportOptions(cache_dir=tmp_path / "cache")
    result = CmsExporter().export(ExportJob(saved_article(), target, sample_photos().get, options))
    return result, target


def test_a_story_imported_after_publication_was_made_when_it_was_published(tmp_path):
    """As in its NewsML-G2 item: the import time is its version, not when it was made."""
    article = saved_article()
    article.created = article.updated = datetime(2025, 6, 2, 3, 0, 12, tzinfo=UTC)
    target = tmp_path / "cms" / "bai"
    CmsExporter().export(ExportJob(article, target, sample_photos().get,
                                   ExportOptions(cache_dir=tmp_path / "cache")))
    doc = json.loads((target / "article.json").read_text(encoding="utf-8"))
    assert doc["firstcreated"] == doc["contentcreated"] == "2023-10-10T16:35:00+07:00"
    assert doc["versioncreated"] == "2025-06-02T03:00:12+00:00"


def test_folder_layout(package):
    result, target = package
    names = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert names == [
        "article.json",
        "body.html",
        "images/the-ve.jpg",  # an opaque PNG becomes a JPEG rendition
        "images/thumbs/the-ve.jpg",
        "images/thumbs/xe-buyt.jpg",
        "images/xe-buyt.jpg",
        "qr.png",
        "qr.svg",
    ]
    assert sorted(result.files) == sorted(target / n for n in names)
    assert result.warnings == []
    assert [p.name for p in target.parent.iterdir()] == ["bai-xe-buyt"]  # no temp folders


def test_body_fragment_points_at_the_web_renditions(package):
    _, target = package
    fragment = (target / "body.html").read_text(encoding="utf-8")
    assert "<html" not in fragment and "<h1" not in fragment
    tree = parse_html(fragment)
    imgs = tree.find_all("img")
    assert [i.attrs["src"] for i in imgs] == ["images/xe-buyt.jpg", "images/the-ve.jpg"]
    for img in imgs:
        with Image.open(target / img.attrs["src"]) as photo:
            assert photo.size == (int(img.attrs["width"]), int(img.attrs["height"]))
            assert max(photo.size) <= 2048
    with Image.open(target / "images/thumbs/xe-buyt.jpg") as thumb:
        assert max(thumb.size) <= 320
    assert tree.find("figure").find("span", class_="credit").text() == "Ảnh: Minh Khôi"


def test_qr_images_decode_to_the_url(package):
    _, target = package
    url = sample_article().url
    assert decode_qr(Image.open(target / "qr.png")) == [url]
    assert decode_qr(rasterise_svg((target / "qr.svg").read_text(encoding="utf-8"))) == [url]


def test_article_json_is_ninjs_2(package):
    _, target = package
    doc = json.loads((target / "article.json").read_text(encoding="utf-8"))
    assert set(doc) <= NINJS_2_PROPERTIES
    assert doc["uri"] == sample_article().url
    assert doc["standard"]["version"] == "2.0"
    assert doc["type"] == "text" and doc["language"] == "vi"
    assert doc["headlines"] == [{"role": "main", "value": sample_article().headline}]
    assert doc["descriptions"][0]["role"] == "summary"
    assert (
        "trung tâm" in doc["descriptions"][0]["value"]
        and "**" not in doc["descriptions"][0]["value"]
    )
    (body,) = doc["bodies"]
    assert body["contenttype"] == "text/html"
    assert body["value"] == (target / "body.html").read_text(encoding="utf-8")
    assert body["wordcount"] > 50
    assert doc["versioncreated"] == "2023-10-10T17:00:00+07:00"
    assert doc["firstcreated"] == "2023-10-09T09:00:00+07:00"
    # the story was made when the library first stored it (before it was published)
    assert doc["contentcreated"] == "2023-10-09T09:00:00+07:00"
    assert doc["version"] == "3"
    assert doc["by"] == "Minh Khôi, Thu Hà"
    assert doc["people"] == [
        {"name": "Minh Khôi", "rel": "author"},
        {"name": "Thu Hà", "rel": "author"},
    ]
    assert {"name": "giao thông", "rel": "keyword"} in doc["subjects"]
    assert {"name": "Thời sự", "rel": "section"} in doc["subjects"]
    assert doc["infosources"] == [{"name": "Sở Giao thông vận tải"}]
    first = doc["associations"][0]
    assert first["type"] == "picture" and first["by"] == "Ảnh: Minh Khôi"
    assert first["descriptions"] == [
        {"role": "caption", "value": "Xe buýt điện chạy thử trên đường Lạch Tray."}
    ]
    for association in doc["associations"]:
        assert association["name"] and association["uri"].startswith("urn:newsdesk:photo:")
        for rendition in association["renditions"]:
            path = target / rendition["href"]
            assert rendition["sizeinbytes"] == path.stat().st_size
            with Image.open(path) as img:
                assert img.size == (rendition["width"], rendition["height"])
                assert Image.MIME[img.format] == rendition["contenttype"]


def test_ninjs_people_of_a_byline_with_a_dash():
    from newsdesk.export.ninjs import ninjs_document

    article = saved_article(byline="Nguyễn Thị Thu Hằng – Trần Quốc Việt")
    doc = ninjs_document(article, body_html="<p>x</p>", sapo_text="", pictures=[], wordcount=1)
    assert doc["by"] == "Nguyễn Thị Thu Hằng – Trần Quốc Việt"
    assert doc["people"] == [{"name": "Nguyễn Thị Thu Hằng", "rel": "author"},
                             {"name": "Trần Quốc Việt", "rel": "author"}]


def test_zip_package_has_the_same_members(tmp_path, package):
    _, folder = package
    target = tmp_path / "goi.zip"
    CmsExporter().export(ExportJob(saved_article(), target, sample_photos().get, ExportOptions()))
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        json.loads(archive.read("article.json"))
        assert decode_qr(Image.open(io.BytesIO(archive.read("qr.png")))) == [sample_article().url]
    expected = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert names == expected
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_existing_foreign_folder_is_not_replaced(tmp_path):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("giữ nguyên", encoding="utf-8")
    with pytest.raises(ExportError) as info:
        CmsExporter().export(ExportJob(saved_article(), target, sample_photos().get, ExportOptions()))
    assert info.value.code == "export.target_exists"
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_re_export_replaces_a_previous_package(tmp_path):
    target = tmp_path / "pkg"
    CmsExporter().export(ExportJob(saved_article(), target, sample_photos().get, ExportOptions()))
    CmsExporter().export(ExportJob(saved_article(body="Chỉ còn chữ."), target, {}.get, ExportOptions()))
    assert not (target / "images").exists()
    assert "Chỉ còn chữ." in (target / "body.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg"]


def test_missing_photo_is_reported_and_left_out(tmp_path):
    photos = {"images/the-ve.png": sample_photos()["images/the-ve.png"]}
    result = CmsExporter().export(ExportJob(saved_article(), tmp_path / "p", photos.get, ExportOptions()))
    assert any("images/xe-buyt.jpg" in w for w in result.warnings)
    doc = json.loads((tmp_path / "p" / "article.json").read_text(encoding="utf-8"))
    assert [a["name"] for a in doc["associations"]] == ["the-ve"]
    assert "nd-missing-photo" in (tmp_path / "p" / "body.html").read_text(encoding="utf-8")


def test_registry_knows_the_formats():
    registry = default_registry()
    assert registry.names() == ["html", "cms", "markdown", "icml", "newsml"]
    assert registry.get("cms").format.is_folder
    with pytest.raises(ExportError) as info:
        registry.get("docx")
    assert "html, cms, markdown, icml, newsml" in info.value.message
