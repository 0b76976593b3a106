"""The plain SQLite reader a single export reads with: the same article as the Repository
gives, the same messages for a bad id, and the full Library whenever it cannot be sure."""

from __future__ import annotations

import io
import os
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image

from newsdesk.domain import Article, NotFoundError, RelatedStory, Status
from newsdesk.services.library import Library
from newsdesk.services.reading import ReadingLibrary, open_for_reading
from newsdesk.storage.reader import open_reader, sqlite_file


def _jpeg(colour=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def stored(data_dir):
    """A library with one article using every column (tags, related, dates, a photo)."""
    with Library.open() as library:
        other = library.save(Article(headline="Tin liên quan", body="Nội dung.\n",
                                     url="https://example.vn/lien-quan"))
        sha = library.add_photo(_jpeg(), "anh.jpg")
        article = Article(
            headline="Đà Nẵng thử nghiệm xe buýt điện", sapo="Sapo.", byline="Nhung",
            source="Báo Mẫu", section="Xã hội", tags=["giao thông", "Đà Nẵng"],
            body="Đoạn một.\n\n![Chú thích](images/anh.jpg \"Ảnh: K\")\n",
            published=datetime(2023, 10, 10, 16, 35, tzinfo=timezone(timedelta(hours=7))),
            url="https://example.vn/bai", language="vi", status=Status.APPROVED,
            related=[RelatedStory(article_id=other.id or ""),
                     RelatedStory(url="https://example.vn/ngoai", headline="Ngoài")],
        )
        article.assets = {"images/anh.jpg": sha}
        saved = library.save(article)
        return library.database_url, saved, library.get(saved.id or "")


def test_the_reader_gives_the_article_the_repository_gives(stored):
    url, saved, expected = stored
    reader = open_reader(url)
    assert reader is not None
    try:
        found = reader.get(saved.id[:6])
        assert found == expected
        assert found.created == expected.created and found.created.tzinfo is not None
        assert found.related == expected.related and found.tags == ["giao thông", "Đà Nẵng"]
        assert reader.photo_bytes(found.assets["images/anh.jpg"]) == _jpeg()
    finally:
        reader.close()


def test_the_reader_says_what_the_repository_says_of_a_bad_id(stored):
    url, saved, _ = stored
    reader = open_reader(url)
    assert reader is not None
    with Library.open() as library:
        for wrong in ("ab", "zzzz", "0000", saved.id[:4] + "x"):
            with pytest.raises(NotFoundError) as ours:
                reader.get(wrong)
            with pytest.raises(NotFoundError) as theirs:
                library.get(wrong)
            assert (ours.value.code, ours.value.message) == (theirs.value.code,
                                                            theirs.value.message)
    with pytest.raises(NotFoundError) as caught:
        reader.photo_bytes("0" * 64)
    assert caught.value.code == "photo.not_found"
    reader.close()


def test_open_for_reading_reads_without_sqlalchemy_and_writes_nothing(stored):
    url, saved, expected = stored
    path = sqlite_file(url)
    before = path.stat().st_mtime_ns
    library = open_for_reading()
    try:
        assert isinstance(library, ReadingLibrary)
        found = library.get(saved.id)
        assert found == expected
        assert library.photo_for(found, "images/anh.jpg") == _jpeg()
        assert library.photo_for(found, "images/none.jpg") is None
    finally:
        library.close()
    assert path.stat().st_mtime_ns == before


def test_anything_but_an_sqlite_file_at_head_goes_to_the_library(data_dir, tmp_path):
    assert sqlite_file("postgresql+psycopg://u@h/db") is None
    assert sqlite_file("sqlite://") is None and sqlite_file("sqlite:///:memory:") is None
    assert sqlite_file("sqlite:///x.db?mode=ro") is None
    assert open_reader(f"sqlite:///{tmp_path / 'none.sqlite3'}") is None  # not made yet
    library = open_for_reading()  # a new library: created (and migrated) by the Library
    assert isinstance(library, Library)
    library.close()
    database = data_dir / "newsdesk.sqlite3"
    with sqlite3.connect(database) as connection:  # a schema this version does not know
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    assert open_reader(f"sqlite:///{database}") is None
    not_a_database = tmp_path / "junk.sqlite3"
    not_a_database.write_bytes(b"not a database at all" * 100)
    assert open_reader(f"sqlite:///{not_a_database}") is None


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root reads and writes whatever the file mode says")
def test_a_read_only_library_is_read(stored):
    url, saved, expected = stored
    path = sqlite_file(url)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path.chmod(0o400)
    try:
        reader = open_reader(url)
        assert reader is not None
        assert reader.get(saved.id) == expected
        reader.close()
    finally:
        path.chmod(0o600)


@pytest.mark.webengine
def test_one_pdf_export_of_a_postgresql_library_opens_the_library(data_dir, tmp_path):
    from cli_support import run_newsdesk
    from review_support import postgres_database

    sample = Path(__file__).resolve().parents[1] / "resources" / "samples" / "bai-mau.md"
    with postgres_database("nd_reader") as url:
        done = run_newsdesk(data_dir, "--database", url, "import", str(sample))
        assert done.returncode == 0, done.stderr
        target = tmp_path / "bai.pdf"
        done = run_newsdesk(data_dir, "--database", url, "export", done.stdout.split()[-1],
                            "--format", "pdf", "-o", str(target))
        assert done.returncode == 0, done.stderr
        assert target.read_bytes()[:5] == b"%PDF-" and "copyfit" in done.stderr
        done = run_newsdesk(data_dir, "--database", url, "export", "ffff", "--format", "pdf",
                            "-o", str(tmp_path / "none.pdf"))
        assert done.returncode == 2 and "no article with id 'ffff'" in done.stderr
