"""The same library on PostgreSQL (a shared newsroom database): schema, migration, search.

Runs when NEWSDESK_TEST_POSTGRES_URL names a server (scripts/ci-services.sh starts one);
each test gets a fresh database, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from newsdesk.domain import Article, Status
from newsdesk.services.library import Library
from newsdesk.storage import StorageError, current_revision, head_revision, make_engine, upgrade
from review_support import drop_database

pytestmark = pytest.mark.postgres
ENV = "NEWSDESK_TEST_POSTGRES_URL"


@pytest.fixture
def pg_url() -> Iterator[str]:
    admin = os.environ.get(ENV)
    if not admin:
        pytest.skip(f"{ENV} is not set (source scripts/ci-services.sh to start PostgreSQL)")
    psycopg = pytest.importorskip("psycopg")
    plain = admin.replace("postgresql+psycopg://", "postgresql://", 1)
    name = f"nd_storage_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{admin.rpartition('/')[0]}/{name}"
    finally:
        drop_database(plain, name)


def test_library_on_postgresql(pg_url, data_dir):
    with Library.open(database_url=pg_url) as lib:
        assert current_revision(lib.repository.engine) == head_revision()
        a = lib.save(Article(headline="Hải Phòng mở rộng cảng", tags=["Đà Nẵng"]))
        b = lib.save(Article(headline="Phòng khám khai trương", status=Status.SUBMITTED))
        assert [s.id for s in lib.list(search="HẢI PHÒNG")] == [a.id]
        assert [s.id for s in lib.list(search="da nang")] == [a.id]
        assert [s.id for s in lib.list(search="hai")] == [a.id]  # not "khai"
        assert [s.id for s in lib.list(search="phong")] == [b.id, a.id]
        assert [s.id for s in lib.list(search='"phong kham"')] == [b.id]
        assert [s.id for s in lib.list(search="hai pho")] == [a.id]
        assert [s.id for s in lib.list(search="phong", status="submitted")] == [b.id]
        assert lib.get(a.id[:6]).tags == ["Đà Nẵng"]
        png = bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
        )
        assert lib.add_photo(png, "a.png") == lib.add_photo(png, "b.png")
        assert lib.repository.photo_count() == 1
        lib.delete(a.id)
        assert [s.id for s in lib.list(search="phong")] == [b.id]


def test_postgresql_older_schema_is_migrated(pg_url, data_dir):
    engine = make_engine(pg_url)
    upgrade(engine, "0001_initial")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO articles (id, headline, tags, created, updated) VALUES "
            "('abcdef0123456789abcdef0123456789', 'Đà Nẵng đón khách', '[]', now(), now())"
        )
    engine.dispose()
    with Library.open(database_url=pg_url) as lib:
        assert [s.headline for s in lib.list(search="da nang")] == ["Đà Nẵng đón khách"]
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    engine.dispose()
    with pytest.raises(StorageError) as err:
        Library.open(database_url=pg_url)
    assert err.value.code == "storage.newer"


def test_unreachable_server_is_a_clear_error(data_dir):
    with pytest.raises(StorageError) as err:
        Library.open(database_url="postgresql+psycopg://nobody:x@127.0.0.1:1/none")
    assert "127.0.0.1" in err.value.message and "x@" not in err.value.message


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_nul_character_gives_the_same_answer_on_both_databases(pg_url, tmp_path, backend):
    url = pg_url if backend == "postgresql" else f"sqlite:///{tmp_path}/nd.sqlite3"
    with Library.open(database_url=url) as lib:
        stored = lib.save(Article(headline="Tin\x00 nhanh", body="Đoạn một\x00.\n\nĐoạn hai."))
        again = lib.get(stored.id)
    assert again.headline == "Tin nhanh" and again.body == "Đoạn một.\n\nĐoạn hai."


def test_newsroom_dictionary_is_shared_on_postgresql(pg_url, tmp_path):
    """Two reporters (two data folders) on one PostgreSQL library: a word one adds is right
    for the other; both adding the same word at once is no error."""
    from concurrent.futures import ThreadPoolExecutor

    from newsdesk.services.spelling import checker_for

    with Library.open(tmp_path / "lan", database_url=pg_url) as lan, \
            Library.open(tmp_path / "minh", database_url=pg_url) as minh:
        assert [m.word for m in checker_for(minh, "vi").check("Ông Zelenskyy nói")] == \
            ["Zelenskyy"]
        assert lan.add_dictionary_word("Zelenskyy", "Lan") is True
        assert minh.dictionary_words() == ["Zelenskyy"]
        assert checker_for(minh, "vi").check("Ông Zelenskyy nói") == []
        with ThreadPoolExecutor(2) as pool:
            added = list(pool.map(lambda lib: lib.add_dictionary_word("Vinamilk"), (lan, minh)))
        assert sorted(added) == [False, True]
        assert lan.dictionary_words() == ["Vinamilk", "Zelenskyy"]
