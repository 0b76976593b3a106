"""Replies to comments in the library (SQLite and PostgreSQL) and in comments.json.

Replies are stored one row each, listed oldest first, deleted with their comment; a bundle
without replies (written before they existed) reads as comments without replies, and a
malformed reply refuses the bundle with a message naming it. Autosaves move stored anchors
along with their words too.
"""

from __future__ import annotations

import pytest

from newsdesk.domain import Article, NewsdeskError
from newsdesk.interchange.bundle import comment_from_json, comment_to_json
from newsdesk.services.library import Library
from newsdesk.services.review import Review
from review_support import BACKENDS, database_url

SAPO = "Ban tổ chức cho biết Cầu Rồng sẽ phun lửa vào 21h tối thứ Bảy."


@pytest.fixture(params=BACKENDS)
def library(request, tmp_path):
    with database_url(request.param, tmp_path) as url:
        lib = Library.open(data_dir=tmp_path / "lib", database_url=url)
        lib.settings.user_name, lib.settings.user_initials = "Trần Thu Hà", "TTH"
        try:
            yield lib
        finally:
            lib.close()


def test_replies_are_kept_in_order_and_go_with_their_comment(library):
    article = library.save(Article(headline="Cầu Rồng phun lửa dịp cuối tuần", sapo=SAPO,
                                   body="Đà Nẵng.\n"))
    review = Review(library)
    comment = review.add_comment_on(article.id, "21h tối thứ Bảy", "Giờ nào?", field="sapo")
    review.add_reply(comment.id, "Đúng 21 giờ.")
    review.add_reply(comment.id, "  Cảm ơn.  ")
    (view,) = review.comments(article.id)
    assert [r.text for r in view.comment.replies] == ["Đúng 21 giờ.", "Cảm ơn."]
    assert all(r.author == "Trần Thu Hà" and r.created for r in view.comment.replies)
    resolved = review.resolve_comment(comment.id)  # updating a comment keeps its thread
    assert len(review.comments(article.id)[0].comment.replies) == 2 and resolved.resolved
    with pytest.raises(NewsdeskError):
        review.add_reply(comment.id, "   ")
    review.delete_comment(comment.id)
    assert review.comments(article.id) == []
    other = review.add_comment_on(article.id, "Cầu Rồng", "Tên?", field="sapo")
    assert review.comments(article.id)[0].comment.replies == ()
    assert other.replies == ()


def test_an_autosave_moves_the_stored_anchor_with_its_words(library):
    article = library.save(Article(headline="Cầu Rồng", body="Đoạn một.\n\nCầu phun lửa.\n"))
    review = Review(library)
    review.add_comment_on(article.id, "phun lửa", "Mấy giờ?")
    edited = library.get(article.id)
    library.autosave(edited.copy(body="Đoạn mới thêm vào.\n\n" + edited.body))
    (view,) = review.comments(article.id)
    assert view.comment.anchor.start == "Đoạn mới thêm vào.\nĐoạn một.\nCầu ".__len__()
    assert view.comment.anchor.prefix.endswith("Đoạn một.\nCầu ")


def test_comments_json_replies_old_and_new():
    old = {"id": "c1", "text": "Cũ", "anchor": {"field": "sapo", "quote": "Ban tổ chức",
                                                "basis": "reading"}}
    comment = comment_from_json(old, 0)
    assert comment.replies == () and comment.anchor.field == "sapo"
    new = dict(old, replies=[{"id": "r1", "text": "Trả lời", "author": "Lê Minh",
                              "initials": "LM", "created": "2023-10-10T09:35:00+00:00"},
                             {"text": "Không có id"}])
    comment = comment_from_json(new, 0)
    assert [r.text for r in comment.replies] == ["Không có id", "Trả lời"]  # no time: first
    assert comment.replies[0].id == "c1-r2"
    assert comment_from_json(comment_to_json(comment), 0).replies == comment.replies
    for bad in ("không phải danh sách", [{"author": "Lê Minh"}], [{"text": "x", "created": "?"}]):
        with pytest.raises(NewsdeskError, match=r"comments\.json: comment 1"):
            comment_from_json(dict(old, replies=bad), 0)
