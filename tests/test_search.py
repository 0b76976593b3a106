"""Search ignores case, tones and đ, matches whole words (last one as a prefix), no false hits.

One suite for both databases: every test runs on SQLite (FTS5) and on PostgreSQL (tsvector +
GIN) when NEWSDESK_TEST_POSTGRES_URL names a server; the answers must be the same.
"""

from __future__ import annotations

import unicodedata
from contextlib import contextmanager

import pytest

from newsdesk.domain import Article, Status
from newsdesk.services.library import Library
from newsdesk.storage.search import Clause, fts5_query, parse_query
from newsdesk.storage.search_pg import MAX_LEXEME, tsquery
from review_support import BACKENDS, database_url


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@contextmanager
def open_library(backend: str, folder):
    with database_url(backend, folder) as url, Library.open(folder, database_url=url) as library:
        yield library


@pytest.fixture(scope="module", params=BACKENDS)
def lib(request, tmp_path_factory):
    with open_library(request.param, tmp_path_factory.mktemp("search")) as library:
        yield from _filled(library)


def _filled(library):
    save = library.save
    save(Article(headline="Hải Phòng mở rộng cảng Lạch Huyện", body="Cảng nước sâu."))
    save(Article(headline="Đà Nẵng chuẩn bị lễ hội pháo hoa", sapo="Bên sông Hàn."))
    save(Article(headline="Phòng khám khai trương", body="Khám miễn phí cho người cao tuổi."))
    save(Article(headline="Tin thể thao", byline="Nguyễn Văn Đức", tags=["bóng đá", "Covid-19"]))
    save(
        Article(
            headline="Nông nghiệp", body="Giá lúa tăng 100.000 đồng/tấn.", status=Status.PUBLISHED
        )
    )
    yield library


def found(lib, query, **kw) -> list[str]:
    return [s.headline for s in lib.list(search=query, **kw)]


@pytest.mark.parametrize("query", ["hai phong", "HẢI PHÒNG", "Hải Phòng", "hải phòng", "HAI PHONG"])
def test_case_and_tones_are_ignored(lib, query):
    assert found(lib, query) == ["Hải Phòng mở rộng cảng Lạch Huyện"]


@pytest.mark.parametrize("query", ["da nang", "Đà Nẵng", "đà nẵng", "DA NANG", "dà nang"])
def test_d_with_stroke_is_d(lib, query):
    assert found(lib, query) == ["Đà Nẵng chuẩn bị lễ hội pháo hoa"]


def test_nfd_query_matches(lib):
    assert found(lib, unicodedata.normalize("NFD", "Đà Nẵng")) == [
        "Đà Nẵng chuẩn bị lễ hội pháo hoa"
    ]


def test_no_false_matches_inside_words(lib):
    # "khai" contains "hai" and "Phòng khám" has "phong": neither is "Hải Phòng"
    assert found(lib, "hai") == ["Hải Phòng mở rộng cảng Lạch Huyện"]
    assert found(lib, "hai phong") == ["Hải Phòng mở rộng cảng Lạch Huyện"]
    assert found(lib, "ang") == []  # inside "cảng", "Nẵng", "Huyện"
    assert found(lib, "nang sau") == []


def test_all_words_must_occur(lib):
    assert sorted(found(lib, "phong")) == [
        "Hải Phòng mở rộng cảng Lạch Huyện",
        "Phòng khám khai trương",
    ]
    assert found(lib, "phong kham") == ["Phòng khám khai trương"]
    assert found(lib, "cang kham") == []


def test_last_word_is_a_prefix_while_typing(lib):
    assert found(lib, "hai pho") == ["Hải Phòng mở rộng cảng Lạch Huyện"]
    assert found(lib, "hai pho ") == []  # a space ends the word
    assert found(lib, "pho hai") == []  # only the last word is a prefix


def test_phrases(lib):
    assert found(lib, '"phong kham"') == ["Phòng khám khai trương"]
    assert found(lib, '"kham phong"') == []
    assert found(lib, "covid-19") == ["Tin thể thao"]
    assert found(lib, "100.000") == ["Nông nghiệp"]


def test_every_field_is_searched(lib):
    assert found(lib, "song han") == ["Đà Nẵng chuẩn bị lễ hội pháo hoa"]  # sapo
    assert found(lib, "nuoc sau") == ["Hải Phòng mở rộng cảng Lạch Huyện"]  # body
    assert found(lib, "van duc") == ["Tin thể thao"]  # byline
    assert found(lib, "bong da") == ["Tin thể thao"]  # tags


def test_filters_limit_and_empty_queries(lib):
    assert found(lib, "gia lua", status=Status.PUBLISHED) == ["Nông nghiệp"]
    assert found(lib, "gia lua", status="draft") == []
    assert len(lib.list(search="phong", limit=1)) == 1
    assert len(lib.list(search="  ?! ")) == 5  # no words: everything


def test_newest_saved_first_and_reindexed_on_save(tmp_path, backend):
    with open_library(backend, tmp_path) as library:
        a = library.save(Article(headline="Bão số 3 đổ bộ"))
        b = library.save(Article(headline="Bão số 4 hình thành"))
        assert found(library, "bao") == [b.headline, a.headline]
        a = library.save(a.copy(headline="Bão số 3 suy yếu"))
        assert found(library, "bao") == [a.headline, b.headline]
        assert found(library, "do bo") == []
        assert found(library, "suy yeu") == [a.headline]


def test_query_parsing():
    assert parse_query("Hải  Phòng") == [Clause(("hai",)), Clause(("phong",), prefix=True)]
    assert parse_query('"đà nẵng" x') == [Clause(("da", "nang")), Clause(("x",))]
    assert parse_query('a "unclosed phrase') == [Clause(("a",)), Clause(("unclosed", "phrase"))]
    assert parse_query("--- ** !") == []
    clauses = parse_query("hai pho")
    assert fts5_query(clauses) == '"hai" AND "pho"*'
    assert tsquery(clauses) == "('hai' & 'pho':*) | '*'"
    assert tsquery(parse_query('"da nang" ')) == "('da' & 'nang') | '*'"


def test_very_long_words_and_huge_articles(tmp_path, backend):
    """A word longer than PostgreSQL keeps in its index, and an article with more distinct
    words than a tsvector holds, are found exactly as on SQLite."""
    import random

    long_word = "x" * (MAX_LEXEME + 50)
    rng = random.Random(3)
    many = " ".join("".join(rng.choices("abcdefghiklmnopqrstuvy", k=9)) for _ in range(120_000))
    with open_library(backend, tmp_path) as library:
        a = library.save(Article(headline="Mã dài", body=f"Chuỗi {long_word} hết."))
        b = library.save(Article(headline="Bài rất dài", body=f"Mở đầu {many} đoạn kết Hải Phòng"))
        library.save(Article(headline="Bài khác", body="Hải Phòng mở đầu."))
        assert found(library, long_word) == [a.headline]
        assert found(library, long_word[:-1] + " ") == []  # a whole word: not its start
        assert found(library, long_word[:-1]) == [a.headline]  # typing: its start
        assert found(library, "x" * MAX_LEXEME + " ") == []
        assert found(library, "mo dau") == ["Bài khác", b.headline]
        assert found(library, '"ket hai phong"') == [b.headline]
        assert found(library, '"hai phong mo"') == ["Bài khác"]
        assert found(library, many.split()[77_777] + " doan") == [b.headline]
        assert found(library, "zzz") == []


def test_index_text_folds_like_the_query_side():
    from newsdesk.domain.text import search_terms
    from newsdesk.storage.search import index_text

    text = unicodedata.normalize("NFD", "Ông Đoàn Văn Hậu (Covid-19) về QUẢNG NGÃI_2024")
    assert index_text(text, "", "", "", []).split() == [
        t for term in search_terms(text) for t in term.split("_") if t
    ]
