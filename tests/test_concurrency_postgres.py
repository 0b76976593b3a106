"""Two processes saving the same article 500 times each against the real PostgreSQL server
(and 100 times each on one shared SQLite file): every acknowledged save exists as a revision,
every refused one was reported (and its text kept as a conflict revision), and no update is
lost.

This is the one deliberately long test (two processes × 500 saves take a few seconds): it is
the proof that optimistic versioning holds under real concurrency, which a short run may not
show.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from review_support import postgres_database

SAVES = 500


def _worker(args: tuple[str, str, str, str, int]) -> dict[str, object]:
    """Save the article ``saves`` times, each based on the version just read."""
    url, data_dir, article_id, name, saves = args
    from newsdesk.domain import ConflictError
    from newsdesk.services.library import Library

    acked: list[tuple[str, int]] = []
    refused: list[tuple[str, int | None]] = []
    started = time.perf_counter()
    with Library.open(data_dir=data_dir, database_url=url) as lib:
        lib.settings.user_name = f"Phóng viên {name}"
        for i in range(saves):
            article = lib.get(article_id)
            marker = f"{name}-{i:03d}"
            body = f"Bản {marker}: tin cập nhật về mưa lớn ở Huế.\n\n{article.body[:200]}"
            try:
                stored = lib.save(article.copy(body=body), expected_version=article.version)
            except ConflictError as exc:
                refused.append((marker, getattr(exc, "revision", None)))
            else:
                acked.append((marker, stored.version))
    return {"acked": acked, "refused": refused, "seconds": time.perf_counter() - started}


@contextmanager
def _database(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "postgresql":
        with postgres_database() as url:
            yield url
    else:
        yield f"sqlite:///{(tmp_path / 'shared.sqlite3').as_posix()}"


@pytest.mark.parametrize(("backend", "saves"), [
    pytest.param("postgresql", SAVES, marks=[pytest.mark.postgres, pytest.mark.slow]),
    ("sqlite", 100),  # two app instances on one machine share the SQLite file the same way
])
def test_two_processes_saving_the_same_article_lose_nothing(tmp_path, backend, saves):
    from newsdesk.domain import Article
    from newsdesk.domain.revision import RevisionKind
    from newsdesk.services.library import Library
    from newsdesk.services.review import Review

    with _database(backend, tmp_path) as url:
        with Library.open(data_dir=tmp_path, database_url=url) as lib:
            article = lib.save(Article(headline="Mưa lớn ở Huế", body="Bản gốc."))
        context = multiprocessing.get_context("spawn")
        jobs = [(url, str(tmp_path), article.id, name, saves) for name in ("A", "B")]
        with context.Pool(2) as pool:
            results = pool.map(_worker, jobs)

        acked = [item for r in results for item in r["acked"]]
        refused = [item for r in results for item in r["refused"]]
        assert len(acked) + len(refused) == 2 * saves
        with Library.open(data_dir=tmp_path, database_url=url) as lib:
            final = lib.get(article.id)
            history = Review(lib).history(article.id)

    by_number = {r.number: r for r in history}
    saves = [r for r in history if r.kind is RevisionKind.SAVE]
    conflicts = [r for r in history if r.kind is RevisionKind.CONFLICT]
    # zero lost updates: versions 2..N were each acknowledged exactly once, in order
    versions = sorted(v for _, v in acked)
    assert versions == list(range(2, final.version + 1))
    # every acknowledged save is a revision holding exactly that text at that version
    saved = {r.snapshot.version: r.snapshot.body for r in saves}
    for marker, version in acked:
        assert saved[version].startswith(f"Bản {marker}:")
    # the article is the last acknowledged save
    last_marker = max(acked, key=lambda item: item[1])[0]
    assert final.body.startswith(f"Bản {last_marker}:")
    # every refused save was reported with the revision that keeps its text
    assert len(conflicts) == len(refused)
    for marker, number in refused:
        assert number is not None and by_number[number].kind is RevisionKind.CONFLICT
        assert by_number[number].snapshot.body.startswith(f"Bản {marker}:")
    assert len(history) == 1 + len(acked) + len(refused)
    assert [r.number for r in history] == list(range(1, len(history) + 1))
    report = {"backend": backend, "acknowledged": len(acked), "refused": len(refused),
              "final_version": final.version, "revisions": len(history),
              "seconds": [round(r["seconds"], 2) for r in results]}
    print("concurrency:", json.dumps(report))
    if os.environ.get("NEWSDESK_CONCURRENCY_REPORT"):
        with open(os.environ["NEWSDESK_CONCURRENCY_REPORT"], "w", encoding="utf-8") as handle:
            json.dump(report, handle)
