"""The print document reads a photo's original only when its print rendition is not cached."""

from __future__ import annotations

import hashlib

from newsdesk.printing import PageSetup
from newsdesk.printing.document import build_print_document
from print_support import photo_source, sample_article


def _images(document) -> list[bytes]:
    return [data for path, (data, _mime) in sorted(document.files.items()) if path.startswith("img/")]


def test_cached_renditions_spare_reading_the_originals(tmp_path):
    source = photo_source(2, (900, 600))
    article = sample_article(words=200, photos=2)
    paths = ["images/anh1.jpg", "images/anh2.jpg"]
    article.assets = {p: hashlib.sha256(source(p)).hexdigest() for p in paths}
    asked: list[str] = []

    def photos(path: str) -> bytes | None:
        asked.append(path)
        return source(path)

    cache = tmp_path / "renditions"
    first, _ = build_print_document(article, photos, PageSetup(), cache_dir=cache)
    assert sorted(asked) == paths and len(_images(first)) == 2

    asked.clear()
    again, warnings = build_print_document(article, photos, PageSetup(), cache_dir=cache)
    assert asked == []  # both renditions came from the cache by the library's sha256
    assert _images(again) == _images(first)
    assert not [w for w in warnings if "missing" in w]

    del article.assets["images/anh2.jpg"]  # no known sha256: the original is read and hashed
    build_print_document(article, photos, PageSetup(), cache_dir=cache)
    assert asked == ["images/anh2.jpg"]


def test_a_missing_photo_without_a_cached_rendition_still_warns(tmp_path):
    article = sample_article(words=200, photos=1)
    article.assets = {"images/anh1.jpg": "ab" * 32}  # a sha256 the cache has never seen
    document, warnings = build_print_document(
        article, lambda _path: None, PageSetup(), cache_dir=tmp_path / "renditions"
    )
    # what became of it, and what to do
    assert any("images/anh1.jpg is missing; a placeholder is printed (import the article "
               "again with its photos beside it, or insert the photo again in the app)" in w
               for w in warnings), warnings
    assert _images(document) == []
