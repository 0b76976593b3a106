"""Review, pure parts: word-level diff of Vietnamese text, comment anchoring, snapshots."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.domain import Article, NewsdeskError
from newsdesk.domain.comments import Anchor, anchor_for_quote, locate, make_anchor, reanchor
from newsdesk.domain.diff import diff_words, render_html, render_text, tokenize
from newsdesk.domain.revision import (
    article_from_snapshot,
    content_hash,
    diff_articles,
    snapshot_json,
)

BODY = (
    "Sáng 12/3, Ủy ban nhân dân thành phố Đà Nẵng tổ chức lễ khởi công tuyến đường ven sông.\n\n"
    "Theo kế hoạch, công trình dài 4,2 km sẽ hoàn thành trong vòng hai năm, "
    "giúp giảm ùn tắc cho khu vực phía tây.\n\n"
    "Người dân trong khu vực bày tỏ sự phấn khởi khi dự án được triển khai."
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# -- diff ------------------------------------------------------------------------------------
def test_tokens_are_syllables_spaces_and_marks():
    assert tokenize("Hải Phòng, 4,2 km.") == ["Hải", " ", "Phòng", ",", " ", "4", ",", "2", " ",
                                             "km", "."]


def test_changed_syllable_is_reported_alone():
    ops = diff_words("Thành phố Hải Phòng mở rộng", "Thành phố Hải Dương mở rộng")
    assert render_text(ops) == "Thành phố Hải [-Phòng-]{+Dương+} mở rộng"


def test_nfd_input_is_not_a_change():
    ops = diff_words("Đà Nẵng đón khách", nfd("Đà Nẵng đón khách"))
    assert [op.kind for op in ops] == ["equal"]


def test_tone_mark_change_is_a_change_of_that_syllable_only():
    ops = diff_words("ông ta đã mua ba con cá", "ông ta đã múa ba con cá")
    assert render_text(ops) == "ông ta đã [-mua-]{+múa+} ba con cá"


def test_replaced_phrase_reads_as_one_change():
    ops = diff_words("hoàn thành trong ba ngày tới", "hoàn thành trong hai tuần tới")
    assert render_text(ops) == "hoàn thành trong [-ba ngày-]{+hai tuần+} tới"


def test_html_escapes_and_marks():
    ops = diff_words("a <b> cũ", "a <b> mới")
    out = render_html(ops)
    assert "&lt;b&gt;" in out and "<del" in out and ">cũ</del>" in out and ">mới</ins>" in out
    assert "<b>" not in out


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="aăâbđeêôơư áàảãạ.,\nĐ", max_size=60),
       st.text(alphabet="aăâbđeêôơư áàảãạ.,\nĐ", max_size=60))
def test_diff_spells_both_texts(old, new):
    ops = diff_words(old, new)
    nf = unicodedata.normalize
    assert "".join(op.text for op in ops if op.kind != "insert") == nf("NFC", old)
    assert "".join(op.text for op in ops if op.kind != "delete") == nf("NFC", new)


# -- comments --------------------------------------------------------------------------------
def test_anchor_survives_edits_before_and_after():
    anchor = anchor_for_quote(BODY, "công trình dài 4,2 km")
    edited = "Tin mới cập nhật.\n\n" + BODY.replace("Người dân", "Nhiều người dân")
    found = locate(anchor, edited)
    assert found and found.exact
    assert edited[found.start:found.end] == "công trình dài 4,2 km"


def test_anchor_chooses_the_occurrence_with_its_context():
    text = "Giá xăng tăng. Bộ Tài chính cho biết giá xăng tăng nhẹ vào chiều nay."
    start = text.index("giá xăng")
    anchor = make_anchor(text, start, start + len("giá xăng tăng"))
    edited = "Giá xăng tăng mạnh. " + text
    found = locate(anchor, edited)
    assert found is not None
    assert edited[:found.start].endswith("cho biết ")


def test_anchor_follows_an_edited_quote_between_its_context():
    anchor = anchor_for_quote(BODY, "hoàn thành trong vòng hai năm")
    edited = BODY.replace("hoàn thành trong vòng hai năm", "hoàn tất trong vòng ba năm")
    found = locate(anchor, edited)
    assert found is not None and not found.exact
    assert edited[found.start:found.end] == "hoàn tất trong vòng ba năm"


def test_anchor_falls_back_to_fuzzy_match_when_context_changed_too():
    anchor = anchor_for_quote(BODY, "bày tỏ sự phấn khởi khi dự án được triển khai")
    edited = ("Một đoạn mở đầu hoàn toàn mới.\n\nCư dân địa phương bày tỏ sự rất phấn khởi "
              "khi dự án được triển khai sớm.")
    found = locate(anchor, edited)
    assert found is not None and not found.exact
    assert "phấn khởi" in edited[found.start:found.end]
    assert edited[found.start:found.end].startswith("bày tỏ")


def test_anchor_is_orphaned_when_passage_is_gone():
    anchor = anchor_for_quote(BODY, "giảm ùn tắc cho khu vực phía tây")
    assert locate(anchor, "Bài viết đã được viết lại hoàn toàn về chủ đề khác.") is None


def test_anchor_works_across_nfd_text():
    anchor = anchor_for_quote(BODY, "Đà Nẵng")
    found = locate(anchor, nfd(BODY))
    assert found and found.exact


def test_reanchor_refreshes_context_and_bad_range_is_refused():
    anchor = anchor_for_quote(BODY, "hai năm")
    moved = reanchor(anchor, "Mở đầu. " + BODY)
    assert isinstance(moved, Anchor) and moved.start == anchor.start + len("Mở đầu. ")
    with pytest.raises(NewsdeskError) as info:
        make_anchor("ngắn", 2, 99)
    assert info.value.code == "comment.range"
    with pytest.raises(NewsdeskError):
        anchor_for_quote(BODY, "không có trong bài")


# -- snapshots -------------------------------------------------------------------------------
def test_snapshot_round_trip_keeps_every_field():
    article = Article(
        headline="Khởi công đường ven sông", body=BODY, sapo="Dự án lớn.", byline="Lê Minh",
        tags=["Đô thị", "Giao thông"], published=datetime(2026, 3, 12, 8, 0, tzinfo=UTC),
        url="https://example.vn/a", id="a" * 32, version=3, assets={"images/a.jpg": "f" * 64},
    )
    back = article_from_snapshot(snapshot_json(article))
    assert back == article
    assert content_hash(back) == content_hash(article)
    assert content_hash(article.copy(version=9, status="approved")) == content_hash(article)
    assert content_hash(article.copy(body=BODY + " Thêm.")) != content_hash(article)


def test_article_diff_lists_only_changed_fields():
    old = Article(headline="Cầu mới", body=BODY, tags=["Đô thị"])
    new = old.copy(headline="Cầu mới thông xe", tags=["Đô thị", "Giao thông"])
    changes = diff_articles(old, new)
    assert [c.field for c in changes] == ["headline", "tags"]
    assert render_text(changes[0].ops) == "Cầu mới{+ thông xe+}"


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="mưa bão lũ Huế.\n ", max_size=80),
       st.text(alphabet="mưa bão lũ Huế.\n ", max_size=80))
def test_anchor_survives_any_edit_around_it(before, after):
    quote = "công trình dài 4,2 km"
    anchor = anchor_for_quote(BODY, quote)
    start = BODY.index(quote)
    edited = before + BODY[:start] + quote + BODY[start + len(quote):] + after
    found = locate(anchor, edited)
    assert found is not None and found.exact
    assert edited[found.start:found.end] == quote


def test_diff_of_a_long_article_marks_only_the_edited_words():
    paragraphs = [f"Đoạn {n}: mưa lớn kéo dài ở Huế. Nhà chức trách khuyến cáo người dân."
                  for n in range(400)]
    old = "\n\n".join(paragraphs)
    paragraphs[123] = paragraphs[123].replace("mưa lớn", "bão lớn")
    ops = diff_words(old, "\n\n".join(paragraphs))
    assert [op.text for op in ops if op.kind != "equal"] == ["mưa", "bão"]
