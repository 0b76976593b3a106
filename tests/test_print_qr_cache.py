"""QR codes of the print document kept in the cache folder between runs, and the export path
importing no review module (both spare start-up time of ``newsdesk export --format pdf``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from newsdesk.media import qr
from newsdesk.media.qr import QrError
from newsdesk.printing import PageSetup
from newsdesk.printing import document as doc
from newsdesk.printing.document import build_print_document, qr_code
from print_support import URL, sample_article


def test_the_second_build_takes_the_codes_from_the_cache(tmp_path, monkeypatch):
    article = sample_article(words=120, photos=0)
    second = "https://baomau.example.vn/chuyen-muc/giao-thong"
    first = build_print_document(article, lambda _p: None, PageSetup(), cache_dir=tmp_path,
                         extra_qr=[(second, "Chuyên mục")])  # fmt: skip
    stored = sorted((tmp_path / "qr").glob("*.svg"))
    assert len(stored) == 2
    assert not list((tmp_path / "qr").glob("*.tmp"))
    expected = {qr.qr_svg(URL), qr.qr_svg(second)}
    assert {p.read_text(encoding="utf-8") for p in stored} == expected

    doc._qr_svg.cache_clear()  # nothing in memory: only the folder can answer

    def no_encoder(*_args, **_kwargs):
        raise AssertionError("the QR code was made again")

    monkeypatch.setattr(qr, "_qr", no_encoder)
    again = build_print_document(article, lambda _p: None, PageSetup(), cache_dir=tmp_path,
                         extra_qr=[(second, "Chuyên mục")])  # fmt: skip
    assert again[1] == first[1]
    assert again[0].files["index.html"] == first[0].files["index.html"]


def test_a_damaged_or_unwritable_cache_only_costs_time(tmp_path):
    assert qr_code(URL, tmp_path) == qr.qr_svg(URL)
    (entry,) = (tmp_path / "qr").glob("*.svg")
    entry.write_text("<svg broken", encoding="utf-8")
    assert qr_code(URL, tmp_path) == qr.qr_svg(URL)  # recomputed and replaced
    assert entry.read_text(encoding="utf-8") == qr.qr_svg(URL)
    blocked = tmp_path / "file"
    blocked.write_text("x", encoding="utf-8")
    assert qr_code(URL, blocked) == qr.qr_svg(URL)  # cannot write below a file


def test_a_url_that_cannot_be_encoded_is_never_cached(tmp_path):
    with pytest.raises(QrError):
        qr_code("not a web address", tmp_path)
    assert not list(tmp_path.rglob("*.svg"))


def test_opening_the_library_and_reading_an_article_imports_no_review_module(data_dir):
    from newsdesk.services.library import Library

    with Library.open() as library:
        article_id = library.save(sample_article(words=50, photos=0)).id
    code = (
        "import json, sys\n"
        "from newsdesk.services.library import Library\n"
        f"with Library.open() as library: headline = library.get({article_id!r}).headline\n"
        "print(json.dumps([headline, sorted(m for m in sys.modules if 'review' in m)]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          encoding="utf-8", env=os.environ, check=True)  # fmt: skip
    headline, loaded = json.loads(done.stdout)
    assert headline == sample_article(words=50, photos=0).headline
    assert loaded == []
