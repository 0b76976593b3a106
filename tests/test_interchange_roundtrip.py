"""Export → import is lossless: property-based over every text field (hypothesis)."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.domain import Article
from newsdesk.interchange import dump_markdown_text, parse_markdown

VIETNAMESE = "ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐẮỄ"
TRICKY = [
    '"',
    "'",
    ":",
    "-",
    "---",
    "#",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&",
    "*",
    "!",
    "|",
    ">",
    "%",
    "@",
    "`",
    "\\",
]

chars = st.characters(blacklist_categories=("Cs",))
pieces = st.one_of(
    st.text(alphabet=VIETNAMESE + " abc", max_size=12),
    st.sampled_from([*TRICKY, "no", "yes", "null", "~", "2024-01-01", "12", "1e3", "true"]),
    st.text(alphabet=chars, max_size=6),
)
text = st.lists(pieces, max_size=6).map(" ".join)
multiline = st.lists(st.one_of(text, st.just("---"), st.just("..."), st.just("")), max_size=5).map(
    "\n".join
)
headline = text.filter(lambda t: " ".join(t.split()) != "")
maybe_nfd = st.sampled_from(["NFC", "NFD"])
offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)
published = st.one_of(
    st.none(),
    st.builds(
        lambda d, tz: d.replace(tzinfo=tz),
        st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)),
        offsets,
    ),
)


@settings(max_examples=150, deadline=None)
@given(
    headline=headline,
    sapo=multiline,
    byline=text,
    source=text,
    section=text,
    tags=st.lists(text, max_size=4),
    body=multiline,
    published=published,
    form=maybe_nfd,
)
def test_dump_then_parse_is_lossless(
    headline, sapo, byline, source, section, tags, body, published, form
):
    def n(value: str) -> str:
        return unicodedata.normalize(form, value)

    article = Article(
        headline=n(headline),
        sapo=n(sapo),
        byline=n(byline),
        source=n(source),
        section=n(section),
        tags=[n(t) for t in tags],
        body=n(body),
        published=published,
        url="https://baomau.example.vn/bai-viet?id=1&x=đ",
    )
    again, warnings = parse_markdown(dump_markdown_text(article), validate=False)
    assert warnings == []
    for name in (
        "headline",
        "sapo",
        "byline",
        "source",
        "section",
        "tags",
        "body",
        "url",
        "language",
    ):
        assert getattr(again, name) == getattr(article, name), name
    assert again.published == article.published
    if published is not None:
        assert again.published.utcoffset() == published.utcoffset()
