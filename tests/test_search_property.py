"""Search agrees with a plain-Python model of its rules on random Vietnamese texts (hypothesis):
every word is a whole word after folding, the last one may be a prefix, all must occur — on
SQLite and on PostgreSQL alike."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.domain import Article
from newsdesk.domain.text import fold
from newsdesk.services.library import Library
from review_support import BACKENDS, database_url

WORDS = [
    "hai",
    "Hải",
    "khai",
    "HẢI",
    "phòng",
    "Phong",
    "phỏng",
    "đà",
    "Da",
    "nẵng",
    "năng",
    "nang",
    "khám",
    "cảng",
    "Đức",
    "duc",
    "ha",
    "ph",
    "ng",
    "Ngọc",
    "ngoc",
    "x",
]
SEPARATORS = [" ", ", ", "\n", " - ", ": ", "… ", "/"]


@pytest.fixture(scope="module", params=BACKENDS)
def lib(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("search-model")
    with database_url(request.param, folder) as url, \
            Library.open(folder, database_url=url) as library:
        yield library


def model_matches(text: str, query_words: list[str], trailing_space: bool) -> bool:
    tokens = re.findall(r"[^\W_]+", fold(text))
    for position, word in enumerate(query_words):
        q = fold(word)
        last = position == len(query_words) - 1
        if last and not trailing_space and len(q) >= 2:
            if not any(t.startswith(q) for t in tokens):
                return False
        elif q not in tokens:
            return False
    return True


texts = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=1, max_size=8
).map(lambda pairs: "".join(w + s for w, s in pairs).strip())


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=texts,
    query=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
    trailing=st.booleans(),
    nfd=st.booleans(),
)
def test_search_matches_the_model(lib, text, query, trailing, nfd):
    article = lib.save(Article(headline="Bài thử", body=text))
    try:
        q = " ".join(query) + (" " if trailing else "")
        if nfd:
            q = unicodedata.normalize("NFD", q)
        hits = {s.id for s in lib.list(search=q)}
        expected = model_matches("Bài thử " + text, query, trailing)
        assert (article.id in hits) == expected, (text, q)
    finally:
        lib.delete(article.id)
