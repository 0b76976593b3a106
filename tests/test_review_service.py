"""Editorial review against a real database (SQLite, and PostgreSQL when available):
revisions on every save, workflow transitions, restore, conflicts, comments, search, photos."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from newsdesk.bodymodel.reading import body_reading_text
from newsdesk.domain import Article, ConflictError, Status, TransitionError, ValidationError
from newsdesk.domain.diff import render_text
from newsdesk.domain.revision import RevisionKind
from newsdesk.services.library import Library
from newsdesk.services.review import Review, SaveConflict
from review_support import BACKENDS, database_url

BODY = (
    "Sáng 12/3, Ủy ban nhân dân thành phố Đà Nẵng tổ chức lễ khởi công tuyến đường ven sông "
    "Cổ Cò.\n\nTheo kế hoạch, công trình dài 4,2 km sẽ hoàn thành trong vòng hai năm, giúp "
    "giảm ùn tắc cho khu vực phía nam thành phố.\n\nNgười dân địa phương bày tỏ sự phấn khởi."
)


@pytest.fixture(params=BACKENDS)
def lib(request, data_dir):
    with database_url(request.param, data_dir) as url:
        library = Library.open(data_dir=data_dir, database_url=url)
        library.settings.user_name = "Nguyễn Thị Lan"
        library.settings.user_initials = "NTL"
        try:
            yield library
        finally:
            library.close()


def new_article(lib: Library) -> Article:
    return lib.save(Article(headline="Khởi công đường ven sông Cổ Cò", body=BODY,
                            byline="Lê Minh", tags=["Đà Nẵng", "Giao thông"]))


def test_every_explicit_save_is_a_revision_with_its_author(lib: Library):
    review = Review(lib)
    first = new_article(lib)
    second = lib.save(first.copy(body=BODY.replace("hai năm", "18 tháng")),
                      expected_version=first.version)
    history = review.history(first.id)
    assert [r.number for r in history] == [1, 2]
    assert [r.snapshot.version for r in history] == [1, 2]
    assert history[1].snapshot.body == second.body
    assert {r.author for r in history} == {"Nguyễn Thị Lan"} and history[0].initials == "NTL"
    lib.autosave(second.copy(body=second.body + " Nháp."))
    assert len(review.history(first.id)) == 2  # autosave is not an explicit save


def test_workflow_allowed_path_is_recorded(lib: Library):
    review = Review(lib)
    article = new_article(lib)
    steps = [("submit", Status.SUBMITTED), ("start_review", Status.IN_REVIEW),
             ("request_changes", Status.DRAFT), ("submit", Status.SUBMITTED),
             ("start-review", Status.IN_REVIEW), ("approve", Status.APPROVED),
             ("publish", Status.PUBLISHED), ("archive", Status.ARCHIVED)]
    for action, status in steps:
        assert review.transition(article.id[:6], action, note=f"bước {action}").status == status
    assert lib.get(article.id).status == Status.ARCHIVED
    transitions = review.transitions(article.id)
    assert [(t.from_status, t.to_status) for t in transitions][:3] == [
        ("draft", "submitted"), ("submitted", "in_review"), ("in_review", "draft")]
    assert transitions[2].note == "bước request_changes"
    assert all(t.author == "Nguyễn Thị Lan" and t.created is not None for t in transitions)
    kinds = [r.kind for r in review.history(article.id)]
    assert kinds.count(RevisionKind.STATUS) == len(steps)
    assert transitions[-1].revision == review.history(article.id)[-1].number


def test_refused_transition_names_the_status_and_changes_nothing(lib: Library):
    review = Review(lib)
    article = new_article(lib)
    with pytest.raises(TransitionError) as info:
        review.transition(article.id, "publish")
    assert "cannot publish an article that is draft" in info.value.message
    assert "allowed now: submit, archive" in info.value.message
    with pytest.raises(TransitionError) as info:
        review.transition(article.id, "phê duyệt")
    assert info.value.code == "status.unknown_action"
    assert lib.get(article.id).status == Status.DRAFT
    assert review.transitions(article.id) == []
    assert len(review.history(article.id)) == 1
    draft = lib.autosave(Article(body="Chưa có tiêu đề."))
    with pytest.raises(ValidationError) as info:
        review.transition(draft.id, "submit")
    assert info.value.code == "headline.required"
    assert lib.get(draft.id).status == Status.DRAFT


def test_restore_is_a_new_revision_and_nothing_is_lost(lib: Library):
    review = Review(lib)
    v1 = new_article(lib)
    v2 = lib.save(v1.copy(headline="Tiêu đề đã sửa", body="Nội dung viết lại."),
                  expected_version=v1.version)
    review.transition(v2.id, "submit")
    restored = review.restore(v2.id, 1)
    assert restored.headline == v1.headline and restored.body == BODY
    assert restored.status == Status.SUBMITTED  # the workflow is not rolled back
    history = review.history(v1.id)
    assert [r.kind for r in history] == [RevisionKind.SAVE, RevisionKind.SAVE,
                                         RevisionKind.STATUS, RevisionKind.RESTORE]
    assert history[1].snapshot.body == "Nội dung viết lại."
    assert history[-1].note == "restored revision 1"
    changes = review.diff(v1.id, 1, 2)
    assert [c.field for c in changes] == ["headline", "body"]
    assert render_text(changes[0].ops).startswith("[-Khởi công đường ven sông Cổ Cò-]")
    assert review.diff(v1.id, 1, "current") == []


def test_outdated_save_is_refused_and_kept_as_conflict_revision(lib: Library):
    review = Review(lib)
    base = new_article(lib)
    theirs = lib.save(base.copy(body=BODY + "\n\nCập nhật của biên tập viên."),
                      expected_version=base.version)
    mine = base.copy(body=BODY + "\n\nĐoạn phóng viên viết thêm.")
    with pytest.raises(ConflictError) as info:
        lib.save(mine, expected_version=base.version)
    err = info.value
    assert isinstance(err, SaveConflict) and err.current_version == theirs.version
    assert "changed elsewhere" in err.message and f"revision {err.revision}" in err.message
    assert lib.get(base.id).body == theirs.body  # nothing overwritten
    kept = review.revision(base.id, err.revision)
    assert kept.kind == RevisionKind.CONFLICT and kept.snapshot.body == mine.body
    assert kept.base_version == base.version and kept.author == "Nguyễn Thị Lan"
    text = render_text(review.diff(base.id, "current", err.revision)[0].ops)
    assert text.endswith("[-Cập nhật của biên tập-]{+Đoạn phóng+} viên{+ viết thêm+}.")


def test_comments_follow_their_passage_and_resolve(lib: Library):
    review = Review(lib)
    article = new_article(lib)
    comment = review.add_comment_on(article.id, "công trình dài 4,2 km", "Nguồn số liệu?")
    start = body_reading_text(BODY).index("Người dân")  # offsets count in the reading text
    other = review.add_comment(article.id, start, start + len("Người dân địa phương"),
                               "Phỏng vấn ai?")
    edited = "Tin cập nhật lúc 10 giờ.\n\n" + BODY.replace("hai năm", "ba năm")
    edited = edited.replace("Người dân địa phương", "Cư dân các phường ven sông")
    lib.save(article.copy(body=edited), expected_version=article.version)
    views = {v.comment.id: v for v in review.comments(article.id)}
    reading = body_reading_text(edited)
    where = views[comment.id].location
    assert where and reading[where.start:where.end] == "công trình dài 4,2 km"
    moved = views[other.id].location
    assert moved is not None and reading[moved.start:moved.end] == "Cư dân các phường ven sông"
    assert views[comment.id].comment.author == "Nguyễn Thị Lan"
    review.resolve_comment(comment.id[:10])
    assert [v.comment.id for v in review.comments(article.id, include_resolved=False)] == [other.id]
    again = review.reopen_comment(comment.id)
    assert not again.resolved and not review.comments(article.id)[0].comment.resolved


def test_search_finds_without_tones_on_this_database(lib: Library):
    article = new_article(lib)
    lib.save(Article(headline="Hải Phòng mở rộng cảng Lạch Huyện", body="Cảng nước sâu."))
    assert [s.id for s in lib.list(search="da nang")] == [article.id]
    assert [s.headline for s in lib.list(search='"hai phong"')] == ["Hải Phòng mở rộng cảng Lạch Huyện"]
    assert [s.headline for s in lib.list(search="lach huyen")] == [
        "Hải Phòng mở rộng cảng Lạch Huyện"]
    assert lib.list(search="khai") == []


def test_photos_live_in_the_database(lib: Library):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, "PNG")
    data = buffer.getvalue()
    sha = lib.add_photo(data, "ảnh.png")
    article = lib.save(Article(headline="Ảnh", body="![Chú thích](images/anh.png)",
                               assets={"images/anh.png": sha}))
    assert lib.photo_bytes(sha) == data
    assert lib.photo_for(lib.get(article.id), "images/anh.png") == data
    assert Review(lib).history(article.id)[0].snapshot.assets == {"images/anh.png": sha}


@pytest.mark.parametrize("backend", BACKENDS)
def test_upgrade_gives_existing_articles_a_first_revision(backend, data_dir):
    from sqlalchemy import text

    from newsdesk.storage import make_engine, upgrade
    from newsdesk.storage.search import index_text

    with database_url(backend, data_dir) as url:
        engine = make_engine(url)
        upgrade(engine, "0002_search_index")  # a database from before the review tables
        old = Article(id="0123456789abcdef0123456789abcdef", version=1,
                      headline="Bài cũ trước khi nâng cấp", body=BODY, tags=["Đà Nẵng"])
        with engine.begin() as conn:  # stored as the newsdesk of that schema stored it
            conn.execute(text(
                "INSERT INTO articles (id, headline, sapo, body, byline, source, section, "
                "tags, url, language, status, version, created, updated, search_rowid) "
                "VALUES (:id, :headline, '', :body, '', '', '', :tags, '', 'vi', 'draft', 1, "
                ":now, :now, 1)"), {"id": old.id, "headline": old.headline, "body": BODY,
                                    "tags": '["Đà Nẵng"]', "now": "2024-05-01 08:00:00+00:00"})
            conn.execute(text('INSERT INTO article_search (rowid, "text") VALUES (1, :t)'),
                         {"t": index_text(old.headline, "", BODY, "", old.tags)})
        upgrade(engine)
        engine.dispose()
        with Library.open(data_dir=data_dir, database_url=url) as lib:
            assert [s.id for s in lib.list(search="da nang")] == [old.id]  # indexed on upgrade
            [first] = Review(lib).history(old.id)
            assert first.kind == RevisionKind.CREATE and first.number == 1
            assert first.snapshot.body == BODY and first.snapshot.tags == ["Đà Nẵng"]
            assert first.created is not None and first.created.tzinfo is not None
            lib.save(lib.get(old.id).copy(body="Viết lại."), expected_version=old.version)
            restored = Review(lib).restore(old.id, 1)
            assert restored.body == BODY
