"""Offline review with .newsdesk bundles between a newsroom library (SQLite or PostgreSQL)
and a reviewer's own library: round trip, applied edits, the both-changed case, comments."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from newsdesk.domain import Article, NewsdeskError
from newsdesk.domain.diff import render_text
from newsdesk.domain.revision import RevisionKind
from newsdesk.services.bundles import BundleImport, choose_version
from newsdesk.services.library import Library
from newsdesk.services.review import Review
from review_support import BACKENDS, database_url

BODY = (
    "Chiều 5/4, hàng nghìn người dân đổ về bến Ninh Kiều xem đua ghe ngo trên sông Hậu.\n\n"
    '![Các đội ghe tranh tài.](images/ghe.png "Ảnh: Thạch Sơn")\n\n'
    "Ban tổ chức cho biết giải năm nay có 24 đội tham gia, tăng 4 đội so với năm trước."
)


def png(colour) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (48, 32), colour).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(params=BACKENDS)
def newsroom(request, tmp_path):
    with database_url(request.param, tmp_path) as url:
        library = Library.open(data_dir=tmp_path / "newsroom", database_url=url)
        library.settings.user_name, library.settings.user_initials = "Lê Minh", "LM"
        try:
            yield library
        finally:
            library.close()


@pytest.fixture
def reviewer(tmp_path):
    library = Library.open(data_dir=tmp_path / "reviewer")
    library.settings.user_name, library.settings.user_initials = "Trần Thu Hà", "TTH"
    yield library
    library.close()


def stored_article(lib: Library) -> Article:
    sha = lib.add_photo(png((10, 120, 200)), "ghe.png")
    return lib.save(Article(headline="Sôi động hội đua ghe ngo", sapo="Không khí lễ hội.",
                            body=BODY, byline="Thạch Sơn", tags=["Cần Thơ"],
                            assets={"images/ghe.png": sha}))


def test_round_trip_to_a_reviewer_and_back_applies_the_edit(newsroom, reviewer, tmp_path):
    article = stored_article(newsroom)
    Review(newsroom).add_comment_on(article.id, "24 đội", "Kiểm tra lại số đội")
    out = newsroom.export(article.id, "bundle", tmp_path / "gui-duyet.newsdesk").path
    assert out.name == "gui-duyet.newsdesk"

    got = reviewer.import_file(out)
    assert isinstance(got, BundleImport) and got.outcome == "created"
    copy = reviewer.get(article.id)
    assert copy.body == BODY and copy.headline == article.headline
    assert reviewer.photo_for(copy, "images/ghe.png") == png((10, 120, 200))
    [view] = Review(reviewer).comments(article.id)
    assert view.comment.text == "Kiểm tra lại số đội" and view.comment.author == "Lê Minh"

    edited = copy.copy(body=copy.body.replace("24 đội", "26 đội"))
    reviewer.save(edited, expected_version=copy.version)
    Review(reviewer).add_comment_on(article.id, "26 đội", "Đã sửa theo ban tổ chức")
    back = reviewer.export(article.id, "bundle", tmp_path / "da-duyet.newsdesk").path

    result = newsroom.import_file(back)
    assert result.outcome == "applied" and result.revision is not None
    now = newsroom.get(article.id)
    assert "26 đội" in now.body and now.assets == article.assets
    history = Review(newsroom).history(article.id)
    assert history[-1].kind == RevisionKind.IMPORT and history[-1].author == "Trần Thu Hà"
    assert history[-1].origin == "da-duyet.newsdesk"  # a claim of that bundle
    texts = sorted(v.comment.text for v in Review(newsroom).comments(article.id))
    assert texts == ["Kiểm tra lại số đội", "Đã sửa theo ban tổ chức"]
    assert result.comments_added == 1
    again = newsroom.import_file(back)
    assert again.outcome == "unchanged" and again.comments_added == 0
    assert len(Review(newsroom).history(article.id)) == len(history)


def test_changes_on_both_sides_to_different_fields_merge(newsroom, reviewer, tmp_path):
    article = stored_article(newsroom)
    out = newsroom.export(article.id, "bundle", tmp_path / "a.newsdesk").path
    copy = reviewer.import_file(out).article
    reviewer.save(copy.copy(headline="Hội đua ghe ngo sôi động bên sông Hậu"),
                  expected_version=copy.version)
    back = reviewer.export(article.id, "bundle", tmp_path / "b.newsdesk").path
    ours = newsroom.save(article.copy(sapo="Không khí lễ hội tràn ngập bến Ninh Kiều."),
                         expected_version=article.version)

    result = newsroom.import_file(back)
    assert result.outcome == "merged" and not result.merge.conflicts
    now = newsroom.get(article.id)
    assert now.headline == "Hội đua ghe ngo sôi động bên sông Hậu" and now.sapo == ours.sapo
    fields = {c.field: render_text(c.ops) for c in result.changes}
    assert set(fields) == {"headline"}  # the reviewer's own change only
    assert "sông Hậu+}" in fields["headline"]
    incoming = Review(newsroom).revision(article.id, result.incoming_revision)
    assert incoming.kind == RevisionKind.INCOMING and incoming.author == "Trần Thu Hà"
    assert Review(newsroom).history(article.id)[-1].kind == RevisionKind.MERGE

    chosen = choose_version(newsroom, article.id, result.incoming_revision, "theirs")
    assert chosen.sapo == article.sapo  # the reviewer's whole version, if one wants it
    assert Review(newsroom).history(article.id)[-1].kind == RevisionKind.RESTORE
    with pytest.raises(NewsdeskError):
        choose_version(newsroom, article.id, 1, "theirs")  # not a waiting version


def test_comments_never_reach_html_export(newsroom, tmp_path):
    article = stored_article(newsroom)
    Review(newsroom).add_comment_on(article.id, "bến Ninh Kiều", "GHICHU-BIMAT-123")
    html = newsroom.export(article.id, "html", tmp_path / "bai.html").path.read_text("utf-8")
    assert "bến Ninh Kiều" in html and "GHICHU-BIMAT-123" not in html
    bundle = newsroom.export(article.id, "bundle", tmp_path / "bai.newsdesk").path
    assert "GHICHU-BIMAT-123" in zipfile.ZipFile(bundle).read("comments.json").decode()


def test_hostile_bundle_import_stores_nothing(newsroom, tmp_path):
    article = stored_article(newsroom)
    good = newsroom.export(article.id, "bundle", tmp_path / "ok.newsdesk").path
    evil = tmp_path / "evil.newsdesk"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        dst.writestr("../../thoat-ra.txt", b"x")
    before = len(Review(newsroom).history(article.id))
    with pytest.raises(NewsdeskError) as info:
        newsroom.import_file(evil)
    assert info.value.code == "bundle.unsafe_path"
    assert not (tmp_path.parent / "thoat-ra.txt").exists()
    assert len(Review(newsroom).history(article.id)) == before
    assert [s.id for s in newsroom.list()] == [article.id]


def test_manifest_names_revision_and_base(newsroom, tmp_path):
    import json

    article = stored_article(newsroom)
    out: Path = newsroom.export(article.id, "bundle", tmp_path / "m.newsdesk").path
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["format"] == "newsdesk-bundle" and manifest["format_version"] == 2
    assert manifest["status"] == "draft"
    assert manifest["article_id"] == article.id and manifest["revision"] == 1
    assert manifest["base_revision"] == 1
    assert manifest["base_sha256"] == manifest["content_sha256"]
    assert manifest["exported_by"] == "Lê Minh" and manifest["exported_at"].endswith("+00:00")


def test_a_bundle_cannot_rewrite_another_articles_comment(newsroom, tmp_path):
    import json

    first = stored_article(newsroom)
    victim = Review(newsroom).add_comment_on(first.id, "24 đội", "Bình luận gốc")
    other = newsroom.save(Article(headline="Bài khác", body="Nội dung khác hẳn."))
    good = newsroom.export(other.id, "bundle", tmp_path / "other.newsdesk").path
    forged = tmp_path / "forged.newsdesk"
    comment = {"id": victim.id, "text": "Bị ghi đè", "anchor": {"quote": "khác hẳn"}}
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "comments.json":
                data = json.dumps([comment]).encode()
            dst.writestr(info.filename, data)
    result = newsroom.import_file(forged)
    assert result.comments_added == 1
    assert [v.comment.text for v in Review(newsroom).comments(first.id)] == ["Bình luận gốc"]
    [moved] = Review(newsroom).comments(other.id)
    assert moved.comment.text == "Bị ghi đè" and moved.comment.id != victim.id
