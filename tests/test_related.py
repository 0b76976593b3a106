"""Related stories ("Tin khác"): the list in the article, the interchange file, the database,
revisions, the HTML and CMS exports and the review bundle, read back from what is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.domain import Article, ValidationError
from newsdesk.domain.related import RelatedStory
from newsdesk.domain.revision import article_from_snapshot, content_hash, snapshot_json
from newsdesk.interchange.frontmatter import dump_markdown_text, parse_markdown
from newsdesk.services.library import Library
from render_helpers import jpeg_bytes, parse_html

OUTSIDE = "https://tinkhac.example.vn/the-thao/doi-bong-ha-noi-vo-dich.html"
TARGET_URL = "https://baomau.example.vn/kinh-te/cang-lach-huyen-don-tau-lon.html"
# ninjs 2.0: the properties an item of "associations" may have (additionalProperties: false)
NINJS_ASSOCIATION = {
    "name", "uri", "type", "representationtype", "profile", "version", "firstcreated",
    "versioncreated", "contentcreated", "embargoed", "pubstatus", "urgency", "copyrightholder",
    "copyrightnotice", "usageterms", "ednote", "language", "descriptions", "bodies", "headlines",
    "people", "organisations", "places", "subjects", "events", "objects", "infosources", "title",
    "by", "slugline", "located", "renditions", "associations", "altids", "trustindicators",
    "standard", "genres", "rightsinfo",
}  # fmt: skip


def test_the_list_keeps_its_order_and_each_story_once():
    article = Article(headline="Bài", related=[
        {"url": OUTSIDE, "headline": "Hà Nội vô địch"},
        RelatedStory(article_id="ABCDEF0123"),
        {"url": OUTSIDE, "headline": "lặp lại"},
        RelatedStory(article_id="abcdef0123", headline="lặp lại"),
    ])
    assert [s.key() for s in article.related] == [f"url:{OUTSIDE}", "id:abcdef0123"]
    assert article.problems() == []


@pytest.mark.parametrize(("story", "code"), [
    (RelatedStory(url="ftp://x.vn/a", headline="Tin"), "related.url"),
    (RelatedStory(url=OUTSIDE), "related.no_headline"),
    (RelatedStory(headline="Chỉ có tít"), "related.no_target"),
    (RelatedStory(article_id="không-phải-id"), "related.bad_id"),
    (RelatedStory(url=OUTSIDE, headline="Tin " * 100), "related.headline_too_long"),
])
def test_a_story_that_cannot_be_shown_is_a_problem(story, code):
    assert [p.code for p in Article(headline="Bài", related=[story]).problems()] == [code]


def test_front_matter_round_trip_and_hand_written_lists():
    article = Article(headline="Bài chính", body="Nội dung.", related=[
        RelatedStory(article_id="0123abcd", headline="Cảng: tàu lớn"),
        RelatedStory(url=OUTSIDE, headline="Hà Nội vô địch"),
    ])
    text = dump_markdown_text(article)
    assert "related:\n- id: 0123abcd\n  headline: 'Cảng: tàu lớn'\n- url: " in text
    again, warnings = parse_markdown(text)
    assert again.related == article.related and warnings == []

    typed = ("---\nheadline: Bài\nrelated:\n  - url: " + OUTSIDE + "\n    headline: Tin\n"
             "    rel: xem thêm\n---\n\nThân bài.\n")
    read, warnings = parse_markdown(typed, name="bai.md")
    assert read.related == [RelatedStory(url=OUTSIDE, headline="Tin")]
    assert [w.code for w in warnings] == ["import.unknown_related_field"]

    for bad in ("related: " + OUTSIDE, "related:\n  - " + OUTSIDE):
        with pytest.raises(ValidationError) as caught:
            parse_markdown(f"---\nheadline: Bài\n{bad}\n---\n\nx\n", name="bai.md")
        assert "bai.md" in str(caught.value) and "related" in str(caught.value)
    with pytest.raises(ValidationError, match="needs a headline"):
        parse_markdown(f"---\nheadline: Bài\nrelated:\n- url: {OUTSIDE}\n---\n\nx\n")


def test_revisions_carry_the_list_and_old_hashes_stay_the_same():
    plain = Article(headline="Bài", body="x")
    before = content_hash(plain)
    assert content_hash(plain.copy(related=[])) == before  # an empty list changes no hash
    linked = plain.copy(related=[RelatedStory(url=OUTSIDE, headline="Tin")])
    assert content_hash(linked) != before
    assert article_from_snapshot(snapshot_json(linked)).related == linked.related


def _stored_with_photo(library: Library, headline: str, url: str = "") -> Article:
    sha = library.add_photo(jpeg_bytes(900, 600), "anh.jpg")
    return library.save(Article(headline=headline, url=url,
                                body="Mở đầu.\n\n![Ảnh tàu.](images/anh.jpg \"Ảnh: Tư liệu\")\n",
                                assets={"images/anh.jpg": sha}))


@pytest.fixture
def library(data_dir):
    with Library.open(data_dir) as lib:
        yield lib


@pytest.fixture
def stories(library):
    """A main article listing: a library story (with URL and photo), an outside link, and a
    library story deleted afterwards."""
    target = _stored_with_photo(library, "Cảng Lạch Huyện đón tàu lớn", TARGET_URL)
    gone = library.save(Article(headline="Bài đã bị xóa", body="x"))
    main = library.save(Article(
        headline="Hải Phòng mở rộng cảng", body="Nội dung bài.", byline="Minh Khôi",
        url="https://baomau.example.vn/kinh-te/hai-phong.html",
        related=[RelatedStory(article_id=target.id, headline="tít cũ"),
                 RelatedStory(url=OUTSIDE, headline="Hà Nội vô địch"),
                 RelatedStory(article_id=gone.id, headline="Bài đã bị xóa")]))
    library.delete(gone.id)
    # the library story is shown by its current headline, not the one stored with the entry
    library.save(library.get(target.id).copy(headline="Cảng Lạch Huyện đón tàu 200.000 tấn"))
    return main


def test_the_database_keeps_the_list_in_order(library, stories):
    again = library.get(stories.id)
    assert [(s.article_id, s.url) for s in again.related] == [
        (s.article_id, s.url) for s in stories.related]
    library.save(again.copy(related=list(reversed(again.related))))
    assert library.get(stories.id).related == list(reversed(again.related))


def test_html_export_after_the_byline(library, stories, tmp_path):
    result = library.export(stories.id, "html", tmp_path / "bai.html")
    page = parse_html((tmp_path / "bai.html").read_text(encoding="utf-8"))
    foot = page.find("footer", class_="nd-foot")
    section = foot.find("aside", class_="nd-related")
    order = [el for el in foot.iter() if "nd-byline" in el.classes() or el is section]
    assert order[0].classes() == ["nd-byline"] and order[1] is section
    assert section.find("h2").text() == "Tin khác"
    items = section.find_all("li")
    assert len(items) == 3
    first = items[0].find("a")
    assert first.attrs["href"] == TARGET_URL
    assert first.text() == "Cảng Lạch Huyện đón tàu 200.000 tấn"
    thumb = items[0].find("img", class_="nd-related-thumb")
    assert thumb.attrs["src"].startswith("data:image/jpeg;base64,")
    assert items[1].find("a").attrs["href"] == OUTSIDE and not items[1].find_all("img")
    assert not items[2].find_all("a") and items[2].text().strip() == "Bài đã bị xóa"
    assert [w.code for w in result.warnings] == ["export.related_deleted"]
    assert "Bài đã bị xóa" in result.warnings[0]


def test_the_heading_follows_the_article_language(library, tmp_path):
    english = library.save(Article(headline="Port", language="en", body="x",
                                   related=[RelatedStory(url=OUTSIDE, headline="Champions")]))
    library.export(english.id, "html", tmp_path / "en.html")
    page = parse_html((tmp_path / "en.html").read_text(encoding="utf-8"))
    assert page.find("aside", class_="nd-related").find("h2").text() == "More news"


def test_cms_package_body_and_ninjs_associations(library, stories, tmp_path):
    target = tmp_path / "cms"
    result = library.export(stories.id, "cms", target)
    body = parse_html((target / "body.html").read_text(encoding="utf-8"))
    section = body.find("aside", class_="related")
    assert section.find("h2").text() == "Tin khác"
    links = [(a.attrs["href"], a.text().strip()) for a in section.find_all("a")]
    assert links == [(TARGET_URL, "Cảng Lạch Huyện đón tàu 200.000 tấn"),
                     (OUTSIDE, "Hà Nội vô địch")]
    assert "Bài đã bị xóa" in section.text()
    thumb = section.find("img").attrs["src"]
    assert (target / thumb).is_file() and thumb.startswith("images/related/")
    doc = json.loads((target / "article.json").read_text(encoding="utf-8"))
    related = [a for a in doc["associations"] if a["type"] == "text"]
    assert [(a["name"], a["uri"], a["headlines"][0]["value"]) for a in related] == [
        ("related-1", TARGET_URL, "Cảng Lạch Huyện đón tàu 200.000 tấn"),
        ("related-2", OUTSIDE, "Hà Nội vô địch"),
    ]  # the deleted story is no association: it is text in body.html only
    for item in related:
        assert set(item) <= NINJS_ASSOCIATION
    [rendition] = related[0]["renditions"]
    assert rendition["href"] == thumb and (target / rendition["href"]).stat().st_size == \
        rendition["sizeinbytes"]
    assert "renditions" not in related[1]
    assert [w.code for w in result.warnings] == ["export.related_deleted"]


def test_markdown_export_and_a_bundle_carry_the_list(library, stories, tmp_path):
    library.export(stories.id, "markdown", tmp_path / "bai.md")
    text = (tmp_path / "bai.md").read_text(encoding="utf-8")
    again, _warnings = parse_markdown(text)
    assert again.related == library.get(stories.id).related

    bundle = tmp_path / "bai.newsdesk"
    library.export(stories.id, "bundle", bundle)
    with Library.open(tmp_path / "reviewer") as other:
        imported = other.import_file(bundle).article
        assert other.get(imported.id).related == library.get(stories.id).related
        edited = other.get(imported.id)
        moved = [edited.related[1], edited.related[0], edited.related[2]]
        other.save(edited.copy(related=moved))
        other.export(imported.id, "bundle", tmp_path / "back.newsdesk")
    back = library.import_file(tmp_path / "back.newsdesk").article
    assert [s.key() for s in library.get(back.id).related] == [s.key() for s in moved]


def test_an_old_database_gains_the_column(data_dir: Path):
    from newsdesk.storage import Repository, make_engine, upgrade

    engine = make_engine(f"sqlite:///{data_dir / 'cu.sqlite3'}")
    upgrade(engine, "0006_pg_search")
    old = Repository(engine).save(Article(headline="Bài trước khi nâng cấp", body="x"))
    upgrade(engine)
    repository = Repository(engine)
    assert repository.get(old.id).related == []
    repository.save(repository.get(old.id).copy(
        related=[RelatedStory(url=OUTSIDE, headline="Tin")]))
    assert repository.get(old.id).related == [RelatedStory(url=OUTSIDE, headline="Tin")]
    engine.dispose()
