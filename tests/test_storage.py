"""The library's database: fresh and migrated schemas, refusals, saves, ids, photos."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newsdesk.domain import Article, ConflictError, NotFoundError, Status, ValidationError
from newsdesk.services.library import Library
from newsdesk.storage import StorageError, current_revision, head_revision, make_engine, upgrade

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


@pytest.fixture
def lib(data_dir):
    library = Library.open()
    yield library
    library.close()


def _tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as con:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_open_creates_data_dir_and_fresh_schema(tmp_path):
    target = tmp_path / "new" / "folder"
    with Library.open(target) as library:
        assert library.paths.data == target.resolve()
        db = library.paths.database_file
        assert db.is_file()
        assert {
            "articles",
            "photos",
            "article_assets",
            "article_search",
            "alembic_version",
        } <= _tables(db)
        assert current_revision(library.repository.engine) == head_revision()
        with sqlite3.connect(db) as con:
            assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_older_schema_is_migrated_and_data_kept(data_dir):
    db = data_dir / "newsdesk.sqlite3"
    engine = make_engine(f"sqlite:///{db}")
    assert upgrade(engine, "0001_initial") == "0001_initial"
    engine.dispose()
    assert "article_search" not in _tables(db)
    with sqlite3.connect(db) as con:
        con.execute(
            "INSERT INTO articles (id, headline, body, tags, status, version, created, updated,"
            " published) VALUES (?, ?, ?, ?, 'approved', 3, ?, ?, ?)",
            (
                "0123456789abcdef0123456789abcdef",
                "Đà Nẵng thử nghiệm xe buýt điện",
                "Tuyến đầu tiên chạy từ sân bay.",
                '["giao thông"]',
                "2024-01-02 03:04:05.000000",
                "2024-01-02 03:04:05.000000",
                "2024-01-02T10:04:05+07:00",
            ),
        )
        con.execute(
            "INSERT INTO photos (sha256, data, mime, size, created) VALUES"
            " ('ab' || hex(zeroblob(31)), x'00ff', 'image/png', 2, '2024-01-02 03:04:05')"
        )
        con.execute(
            "INSERT INTO article_assets (article_id, path, sha256) SELECT"
            " '0123456789abcdef0123456789abcdef', 'images/xe.png', sha256 FROM photos"
        )
    with Library.open() as library:
        assert current_revision(library.repository.engine) == head_revision()
        article = library.get("0123")
        assert article.headline == "Đà Nẵng thử nghiệm xe buýt điện"
        assert article.status is Status.APPROVED and article.version == 3
        assert article.tags == ["giao thông"]
        assert article.published.utcoffset() == timedelta(hours=7)
        assert [s.id for s in library.list(search="da nang")] == [article.id]
        assert [s.id for s in library.list(search="giao thong")] == [article.id]
        assert list(article.assets) == ["images/xe.png"]  # links between tables survive
        assert library.photo_for(article, "images/xe.png") == b"\x00\xff"


def test_newer_database_is_refused(data_dir):
    Library.open().close()
    with sqlite3.connect(data_dir / "newsdesk.sqlite3") as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(StorageError) as err:
        Library.open()
    assert err.value.code == "storage.newer"
    assert "newer newsdesk" in err.value.message and "update the app" in err.value.message


def test_foreign_and_broken_databases_are_refused(tmp_path):
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as con:
        con.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(StorageError) as err:
        Library.open(tmp_path, database_url=f"sqlite:///{foreign}")
    assert err.value.code == "storage.foreign"
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StorageError) as err:
        Library.open(tmp_path, database_url=f"sqlite:///{garbage}")
    assert err.value.code == "storage.not_database"


def test_locked_database_gives_a_clear_error(data_dir):
    library = Library.open(timeout=0.2)
    library.save(Article(headline="Trước khi khóa"))
    locker = sqlite3.connect(data_dir / "newsdesk.sqlite3", isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as err:
            library.save(Article(headline="Bị chặn"))
        assert err.value.code == "storage.locked" and "locked" in err.value.message
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert library.save(Article(headline="Sau khi mở")).version == 1
    library.close()


def test_save_assigns_id_versions_and_keeps_fields(lib):
    published = datetime(2024, 3, 18, 9, 15, tzinfo=timezone(timedelta(hours=7)))
    first = lib.save(Article(headline="Tin mới", sapo="Sapo", tags=["a", "b"], published=published))
    assert len(first.id) == 32 and first.version == 1 and first.created == first.updated
    again = lib.save(first.copy(body="Thân bài"), expected_version=1)
    assert again.version == 2 and again.id == first.id and again.updated >= first.updated
    loaded = lib.get(first.id)
    assert loaded.body == "Thân bài" and loaded.tags == ["a", "b"]
    assert loaded.published == published and loaded.published.utcoffset() == timedelta(hours=7)
    assert loaded.created == first.created
    with pytest.raises(ConflictError):
        lib.save(first.copy(body="cũ"), expected_version=1)


def test_save_validates_but_autosave_does_not(lib):
    with pytest.raises(ValidationError):
        lib.save(Article(headline="", body="chưa có tiêu đề"))
    draft = lib.autosave(Article(headline="", body="chưa có tiêu đề"))
    assert lib.get(draft.id).body == "chưa có tiêu đề"


def test_id_prefixes(lib):
    a = lib.save(Article(headline="Một", id="abcd1111" + "0" * 24))
    lib.save(Article(headline="Hai", id="abcd2222" + "0" * 24))
    assert lib.get("abcd1").id == a.id
    assert lib.get(a.id.upper()).id == a.id
    with pytest.raises(NotFoundError) as err:
        lib.get("abcd")
    assert err.value.code == "article.ambiguous"
    for bad in ("abc", "zzzzzz", "ffff"):
        with pytest.raises(NotFoundError):
            lib.get(bad)


def test_delete_removes_article_and_index_entry(lib):
    a = lib.save(Article(headline="Sắp xóa ở Hải Phòng"))
    lib.delete(a.id[:6])
    assert lib.list() == [] and lib.list(search="hai phong") == []
    with pytest.raises(NotFoundError):
        lib.get(a.id)


def test_photos_are_stored_once(lib, tmp_path):
    first = lib.import_file(ARTICLES / "hai-phong-cang.md")
    second = lib.import_file(ARTICLES / "phong-kham-thanh-khe.md")
    shared = first.article.assets["images/cang-lach-huyen.jpg"]
    assert second.article.assets == {"images/cang-lach-huyen.jpg": shared}
    assert lib.repository.photo_count() == 2  # cang-lach-huyen.jpg once + doan-tau.jpg
    assert lib.add_photo((ARTICLES / "images/cang-lach-huyen.jpg").read_bytes()) == shared
    assert lib.repository.photo_count() == 2
    data = (ARTICLES / "images/doan-tau.jpg").read_bytes()
    assert lib.photo_for(lib.get(first.article.id), "images/doan-tau.jpg") == data
    assert lib.photo_for(first.article, "images/none.jpg") is None
    record = lib.repository.photo_record(shared)
    assert record.mime == "image/jpeg" and (record.width, record.height) == (48, 32)
    with pytest.raises(NotFoundError):
        lib.photo_bytes("0" * 64)


def test_import_with_missing_and_broken_images_warns(lib, tmp_path):
    folder = tmp_path / "bai"
    (folder / "images").mkdir(parents=True)
    shutil.copy(ARTICLES / "images/phao-hoa.png", folder / "images/ok.png")
    (folder / "images/broken.jpg").write_bytes(b"not a jpeg")
    (folder / "bai.md").write_text(
        "---\nheadline: Có ảnh thiếu\n---\n\n![a](images/ok.png)\n\n![b](images/missing.jpg)\n\n"
        "![c](images/broken.jpg)\n",
        encoding="utf-8",
    )
    result = lib.import_file(folder / "bai.md")
    assert set(result.article.assets) == {"images/ok.png"}
    assert len(result.warnings) == 2
    assert any("missing.jpg" in w for w in result.warnings)
    assert any("broken.jpg" in w for w in result.warnings)
    assert lib.get(result.article.id).headline == "Có ảnh thiếu"


def test_unsupported_suffix(lib, tmp_path):
    path = tmp_path / "bai.odt"
    path.write_bytes(b"x")
    with pytest.raises(Exception) as err:
        lib.import_file(path)
    assert getattr(err.value, "code", "") == "import.unsupported"


def test_saves_from_threads(lib):
    errors: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for i in range(8):
                lib.save(Article(headline=f"Luồng {n} bài {i}"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(lib.list()) == 32
    assert len(lib.list(search="luong")) == 32


@pytest.mark.parametrize(
    ("url", "code"),
    [("not a url", "storage.url"), ("mysql://user@host/db", "storage.driver")],
)
def test_bad_database_urls(tmp_path, url, code):
    with pytest.raises(StorageError) as err:
        Library.open(tmp_path, database_url=url)
    assert err.value.code == code


def test_save_many_inserts_new_and_updates_existing(lib):
    photo = lib.add_photo((ARTICLES / "images/phao-hoa.png").read_bytes())
    old = lib.save(Article(headline="Bài cũ ở Cần Thơ"))
    saved = lib.repository.save_many(
        [
            Article(headline="Lũ về miền Tây", assets={"images/a.png": photo}),
            old.copy(headline="Bài cũ ở Cần Thơ, đã sửa"),
            Article(headline="Chợ nổi Cái Răng", id="c" * 32),
        ]
    )
    assert [a.version for a in saved] == [1, 2, 1]
    assert saved[2].id == "c" * 32 and saved[1].id == old.id
    assert lib.get(saved[0].id).assets == {"images/a.png": photo}
    assert [s.headline for s in lib.list(search="can tho")] == ["Bài cũ ở Cần Thơ, đã sửa"]
    assert {s.headline for s in lib.list(search="cho noi")} == {"Chợ nổi Cái Răng"}
    assert len(lib.list()) == 3


def test_on_saved_runs_in_the_same_transaction(lib):
    seen = []

    def hook(connection, stored):
        seen.append((stored.id, stored.version))
        raise RuntimeError("refuse")

    with pytest.raises(RuntimeError):
        lib.repository.save(Article(headline="Không lưu"), on_saved=hook)
    assert len(seen) == 1 and lib.list() == [] and lib.list(search="khong luu") == []
    stored = lib.repository.save(Article(headline="Có lưu"), on_saved=lambda c, a: seen.append(a.id))
    assert seen[-1] == stored.id
