"""Domain: validation codes, NFC normalisation, slugs, folding, stats and the workflow."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

import pytest

from newsdesk.domain import (
    Action,
    Article,
    Status,
    TransitionError,
    ValidationError,
    allowed_actions,
    apply_action,
    count_words,
    fold,
    parse_published,
    slugify,
    text_stats,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_every_text_field_is_normalised_to_nfc():
    article = Article(
        headline=nfd("Hải Phòng khánh thành cầu mới"),
        sapo=nfd("Sáng nay, cầu được thông xe."),
        body=nfd("Đoạn một.\r\n\r\nĐoạn hai."),
        byline=nfd("Trần  Thị   Ngọc"),
        tags=[nfd("Giao thông"), "giao thông", " Đô thị "],
    )
    assert article.headline == "Hải Phòng khánh thành cầu mới"
    assert unicodedata.is_normalized("NFC", article.body)
    assert article.body == "Đoạn một.\n\nĐoạn hai."
    assert article.byline == "Trần Thị Ngọc"
    assert article.tags == ["Giao thông", "Đô thị"]


def test_headline_is_required_and_single_line():
    with pytest.raises(ValidationError) as info:
        Article(headline="   ").validate()
    assert info.value.code == "headline.required"
    assert Article(headline="Dòng một\nDòng hai").headline == "Dòng một Dòng hai"


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("ftp://example.org/a", "url.scheme"),
        ("javascript:alert(1)", "url.scheme"),
        ("https://", "url.invalid"),
        ("https://exa mple.org", "url.invalid"),
    ],
)
def test_url_must_be_http(url, code):
    problems = Article(headline="Tin", url=url).problems()
    assert [p.code for p in problems] == [code]


def test_good_article_validates():
    article = Article(
        headline="Tin",
        url="https://portal.example.vn/tin/1",
        language="en-GB",
        published="2023-10-10T16:35:00+07:00",
    ).validate()
    assert article.published.utcoffset() == timedelta(hours=7)


@pytest.mark.parametrize("language", ["vietnamese", "v", "vi_VN_x", "12"])
def test_language_must_be_bcp47(language):
    assert [p.code for p in Article(headline="Tin", language=language).problems()] == [
        "language.invalid"
    ]


def test_published_needs_iso_with_offset():
    with pytest.raises(ValidationError) as info:
        parse_published("10/10/2023 16:35")
    assert info.value.code == "published.format"
    with pytest.raises(ValidationError) as info:
        parse_published("2023-10-10T16:35:00")
    assert info.value.code == "published.offset"
    assert parse_published("2023-10-10T09:35:00Z").utcoffset() == timedelta(0)


def test_slug_and_fold():
    assert slugify("Ban Dân vận Thành ủy") == "ban-dan-van-thanh-uy"
    assert slugify(nfd("Đà Nẵng: đường mới!")) == "da-nang-duong-moi"
    assert slugify("!!!") == "bai-viet"
    assert fold("HẢI PHÒNG") == fold("hai phong") == "hai phong"
    assert fold(nfd("Đà Nẵng")) == "da nang"


def test_stats_count_prose_not_markup():
    from newsdesk.render.words import body_stats

    stats = body_stats(
        "Tiêu đề bài",
        "Sapo ngắn.",
        "Một hai ba.\n\n![Chú thích ảnh](images/a.jpg \"Ảnh: X\")\n\n**bốn** [năm](https://x.vn)"
        "\n\nGiá 1.500.000 đồng&#32;\n",
    )
    # headline, sapo, paragraph, caption (its credit not), link text, a number is one word
    assert stats.words == 3 + 2 + 3 + 3 + 2 + 3
    assert stats.reading_minutes == 1
    assert text_stats("", "", "").reading_minutes == 0


def test_a_digit_changed_or_typed_decomposed_keeps_the_count():
    assert count_words("Năm 2025 có 346 tàu") == count_words("Năm 2026 có 3466 tàu") == 5
    assert count_words(nfd("Việt Nam, ngày 08:30.")) == count_words("Việt Nam, ngày 08:30.") == 4
    assert count_words("COVID-19 và “Hà Nội”") == 4


def test_workflow_transitions():
    assert apply_action(Status.DRAFT, "submit") is Status.SUBMITTED
    assert apply_action(Status.SUBMITTED, Action.START_REVIEW) is Status.IN_REVIEW
    assert apply_action(Status.IN_REVIEW, "request-changes") is Status.DRAFT
    assert apply_action(Status.APPROVED, "publish") is Status.PUBLISHED
    with pytest.raises(TransitionError):
        apply_action(Status.DRAFT, "publish")
    with pytest.raises(TransitionError) as info:
        apply_action(Status.DRAFT, "fly")
    assert info.value.code == "status.unknown_action"
    assert Action.SUBMIT in allowed_actions(Status.DRAFT)
    assert Action.PUBLISH not in allowed_actions(Status.DRAFT)
