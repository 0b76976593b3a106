"""``--format newsml``: NewsML-G2 checked against the IPTC schema and read back with IPTC's own
Python library (newsmlg2), every field and paragraph accounted for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import NewsMLG2
import pytest
from lxml import etree
from PIL import Image

from newsdesk.domain import Article, Status
from newsdesk.export import ExportJob, ExportOptions, default_registry
from newsdesk.export.newsml import located_in
from newsdesk.render.figures import render_body_full
from render_helpers import sample_article, sample_photos
from story_support import STRICT, body_blocks

SCHEMA_DIR = Path(__file__).parent / "fixtures" / "iptc"
NAR = "{http://iptc.org/std/nar/2006-10-01/}"
XHTML = "{http://www.w3.org/1999/xhtml}"
TZ = timezone(timedelta(hours=7))


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "NewsML-G2_2.35-spec-All-Power.xsd")))


def saved(**changes):
    article = sample_article(**changes)
    article.id = "0123456789abcdef0123456789abcdef"
    article.version = 3
    article.created = datetime(2023, 10, 9, 9, 0, tzinfo=TZ)
    article.updated = datetime(2023, 10, 10, 17, 0, tzinfo=TZ)
    return article


def export(tmp_path, article, photos=None, target="story.xml", **extra):
    job = ExportJob(article, tmp_path / target,
                    (photos if photos is not None else sample_photos()).get,
                    ExportOptions(cache_dir=tmp_path / "cache", publication="Báo Hải Phòng",
                                  extra=extra))
    return default_registry().get("newsml").export(job)


def items(path):
    root = etree.parse(str(path), STRICT).getroot()
    assert root.tag == f"{NAR}newsMessage"
    return root, root.findall(f"{NAR}itemSet/{NAR}newsItem")


def iptc(item):
    """The item as IPTC's newsmlg2 library reads it."""
    return NewsMLG2.NewsMLG2Document(etree.tostring(item)).get_item()


def test_valid_against_the_iptc_schema(tmp_path, schema):
    for article in (saved(), Article(headline="Tin ngắn", body="Một đoạn."),
                    saved(body="", sapo="", byline="", tags=[], section="", source="")):
        result = export(tmp_path, article, target=f"{article.headline[:4]}.xml")
        doc = etree.parse(str(result.path), STRICT)
        assert schema.validate(doc), schema.error_log


def test_text_item_metadata_read_back_by_the_iptc_library(tmp_path):
    article = saved(body="HÀ NỘI (TTXVN) – " + sample_article().body, status=Status.PUBLISHED)
    root, (text, *pictures) = items(export(tmp_path, article).path)
    assert root.find(f"{NAR}header/{NAR}sender").text == "Báo Hải Phòng"
    item = iptc(text)
    assert item.guid == f"urn:newsdesk:article:{article.id}" and item.version == "3"
    meta, content = item.itemmeta, item.contentmeta
    assert str(meta.itemclass.qcode) == "ninat:text"
    assert str(meta.provider.name) == "Báo Hải Phòng"
    assert str(meta.versioncreated) == "2023-10-10T17:00:00+07:00"
    assert str(meta.firstcreated) == "2023-10-09T09:00:00+07:00"
    assert str(meta.pubstatus.qcode) == "stat:usable"
    assert str(content.headline) == article.headline
    assert str(content.slugline) == "hai-phong-mo-tuyen-xe-buyt-dien-thu-ba"
    assert [str(c.name) for c in content.creator] == ["Minh Khôi", "Thu Hà"]
    assert str(content.by) == "Minh Khôi, Thu Hà"
    assert str(content.located.name) == "Hà Nội"
    assert [str(s.name) for s in content.subject] == ["Thời sự", "giao thông", "xe buýt điện"]
    assert [str(k) for k in content.keyword] == ["giao thông", "xe buýt điện"]
    assert str(content.description) == (
        "Tuyến xe buýt điện mới chạy từ trung tâm tới khu công nghiệp phía tây, "
        "giá vé từ 7.000 đồng.")
    assert str(content.description.role) == "drol:summary"
    assert str(content.infosource.name) == "Sở Giao thông vận tải"
    assert str(content.dateline) == "Thứ Ba, 10/10/2023 16:35"
    assert str(content.language.tag) == "vi"
    links = text.findall(f"{NAR}itemMeta/{NAR}link")
    assert [link.get("residref") for link in links] == [p.get("guid") for p in pictures]


def test_a_byline_with_a_dash_gives_one_creator_per_name(tmp_path, schema):
    byline = "Nguyễn Thị Thu Hằng – Trần Quốc Việt"
    result = export(tmp_path, saved(byline=byline))
    assert schema.validate(etree.parse(str(result.path), STRICT))
    _, (text, *_) = items(result.path)
    meta = text.find(f"{NAR}contentMeta")
    creators = meta.findall(f"{NAR}creator")
    assert [c.find(f"{NAR}name").text for c in creators] == ["Nguyễn Thị Thu Hằng",
                                                               "Trần Quốc Việt"]
    assert [c.get("literal") for c in creators] == ["nguyen-thi-thu-hang", "tran-quoc-viet"]
    assert meta.find(f"{NAR}by").text == byline


def times(path):
    _, (text, *pictures) = items(path)
    got = {name: text.find(f"{NAR}{where}/{NAR}{name}")
           for where, name in (("itemMeta", "firstCreated"), ("itemMeta", "versionCreated"),
                               ("contentMeta", "contentCreated"),
                               ("contentMeta", "contentModified"))}
    pictures_at = {p.find(f"{NAR}itemMeta/{NAR}versionCreated").text for p in pictures}
    return {k: v.text if v is not None else None for k, v in got.items()}, pictures_at


def test_a_story_imported_after_publication_was_created_when_it_was_published(tmp_path, schema):
    article = saved(published="2025-03-18T08:15:00+07:00")
    article.created = article.updated = datetime(2025, 6, 2, 3, 0, 12, 345678, tzinfo=UTC)
    result = export(tmp_path, article)
    assert schema.validate(etree.parse(str(result.path), STRICT))
    got, pictures_at = times(result.path)
    assert got == {"firstCreated": "2025-03-18T08:15:00+07:00",
                   "contentCreated": "2025-03-18T08:15:00+07:00",
                   "versionCreated": "2025-06-02T03:00:12+00:00",  # this version: the import
                   "contentModified": "2025-06-02T03:00:12+00:00"}
    assert pictures_at == {"2025-06-02T03:00:12+00:00"}
    item = iptc(items(result.path)[1][0])
    assert str(item.itemmeta.firstcreated) == "2025-03-18T08:15:00+07:00"
    assert str(item.contentmeta.contentcreated) == "2025-03-18T08:15:00+07:00"
    assert str(item.contentmeta.dateline) == "Thứ Ba, 18/03/2025 08:15"


def test_a_story_written_before_publication_was_created_when_it_was_stored(tmp_path):
    got, _ = times(export(tmp_path, saved()).path)  # created 9/10, published 10/10 16:35
    assert got == {"firstCreated": "2023-10-09T09:00:00+07:00",
                   "contentCreated": "2023-10-09T09:00:00+07:00",
                   "versionCreated": "2023-10-10T17:00:00+07:00",
                   "contentModified": "2023-10-10T17:00:00+07:00"}
    unsaved = Article(headline="Tin ngắn", body="Một đoạn.", published="2025-03-18T08:15+07:00")
    got, _ = times(export(tmp_path, unsaved, target="unsaved.xml").path)
    assert got == {"firstCreated": "2025-03-18T08:15:00+07:00",
                   "contentCreated": "2025-03-18T08:15:00+07:00",
                   "versionCreated": "2025-03-18T08:15:00+07:00", "contentModified": None}


def test_body_paragraphs_all_arrive_as_xhtml(tmp_path):
    article = saved()
    result = export(tmp_path, article)
    _, (text, *_) = items(result.path)
    inline = text.find(f"{NAR}contentSet/{NAR}inlineXML")
    assert inline.get("contenttype") == "application/xhtml+xml"
    html = inline.find(f"{XHTML}html")
    assert html.find(f"{XHTML}head/{XHTML}title").text == article.headline
    body = html.find(f"{XHTML}body")
    # strip the namespace and read the body as the web export is read
    fragment = etree.tostring(body, encoding="unicode").replace(
        ' xmlns="http://www.w3.org/1999/xhtml"', "")
    got = body_blocks(fragment)
    expected = body_blocks(render_body_full(article.body, image_src=lambda p: p).html)
    assert got == expected and len(got) == 15  # 3 photo, 2 list, 3 table rows…
    srcs = [img.get("src") for img in body.iter(f"{XHTML}img")]
    assert srcs == ["story-photos/xe-buyt.jpg", "story-photos/the-ve.jpg"]
    assert all((result.path.parent / s).is_file() for s in srcs)


def test_photos_are_picture_items_with_caption_credit_and_file(tmp_path):
    result = export(tmp_path, saved())
    _, (_, *pictures) = items(result.path)
    got = []
    for picture in pictures:
        item = iptc(picture)
        assert str(item.itemmeta.itemclass.qcode) == "ninat:picture"
        remote = picture.find(f"{NAR}contentSet/{NAR}remoteContent")
        with Image.open(result.path.parent / remote.get("href")) as photo:
            assert photo.size == (int(remote.get("width")), int(remote.get("height")))
        got.append((str(item.contentmeta.description), str(item.contentmeta.creditline),
                    remote.get("href")))
    assert got == [
        ("Xe buýt điện chạy thử trên đường Lạch Tray.", "Ảnh: Minh Khôi",
         "story-photos/xe-buyt.jpg"),
        ("Người dân thử thẻ vé điện tử.", "Ảnh: Thu Hà", "story-photos/the-ve.jpg"),
    ]


def test_draft_is_withheld_and_located_can_be_given(tmp_path, schema):
    result = export(tmp_path, saved(), located="Đà Nẵng")
    _, (text, *_) = items(result.path)
    assert str(iptc(text).itemmeta.pubstatus.qcode) == "stat:withheld"
    assert str(iptc(text).contentmeta.located.name) == "Đà Nẵng"


@pytest.mark.parametrize(("body", "place"), [
    ("HÀ NỘI – Sáng nay…", "Hà Nội"),
    ("TP.HCM (TTXVN) - Chiều 5/12…", "TP.HCM"),
    ("ĐÀ NẴNG, 5/12 — …", "Đà Nẵng"),
    ("Hà Nội – chữ thường thì không", ""),
    ("COVID-19 lại tăng", ""),
    ("Một đoạn bình thường.", ""),
])
def test_located_from_a_dateline_in_capitals(body, place):
    assert located_in(Article(headline="x", body=body)) == place


def test_command_line_exports_both_formats(tmp_path, data_dir, capsys, schema):
    from newsdesk.cli.main import main
    from newsdesk.interchange import write_markdown_file

    source = tmp_path / "nguon" / "bai.md"
    write_markdown_file(sample_article(), source, sample_photos().get)
    assert main(["--data-dir", str(data_dir), "import", str(source)]) == 0
    article_id = capsys.readouterr().out.strip()

    def run(*args):
        return main(["--data-dir", str(data_dir), "export", article_id[:6], *args])

    xml = tmp_path / "hang-tin" / "bai.xml"
    assert run("--format", "newsml", "--located", "Hải Phòng", "-o", str(xml)) == 0
    assert capsys.readouterr().out.strip() == str(xml)
    assert schema.validate(etree.parse(str(xml), STRICT))
    got, _ = times(xml)  # imported today, published 2023-10-10 16:35 Vietnam time
    assert got["firstCreated"] == got["contentCreated"] == "2023-10-10T16:35:00+07:00"
    assert datetime.fromisoformat(got["versionCreated"]) > datetime.now(UTC) - timedelta(hours=1)
    assert str(iptc(items(xml)[1][0]).contentmeta.located.name) == "Hải Phòng"
    assert (xml.parent / "bai-photos" / "xe-buyt.jpg").is_file()
    folder = tmp_path / "dan-trang"
    assert run("-f", "icml", "-o", str(folder)) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == folder and written.suffix == ".icml"
    assert run("-f", "icml", "--located", "Huế", "-o", str(folder)) == 2
    assert "--located applies to --format newsml only" in capsys.readouterr().err
