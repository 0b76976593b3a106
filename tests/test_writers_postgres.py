"""On PostgreSQL, saves of different articles never wait for each other; two saves of the same
article still take turns, and the version check refuses the outdated one.

One save is held open inside its transaction (its ``on_saved`` hook waits), and another
client saves meanwhile: a different article goes through at once, the same article waits
for the first to commit and is then refused (no lost update).
"""

from __future__ import annotations

import threading

import pytest

from newsdesk.domain import Article, ConflictError
from newsdesk.services.library import Library
from newsdesk.services.review import Review
from newsdesk.storage.review_store import ReviewStore
from review_support import postgres_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_clients(tmp_path):
    with postgres_database() as url, \
            Library.open(tmp_path / "a", database_url=url) as first, \
            Library.open(tmp_path / "b", database_url=url) as second:
        yield first, second


def _held_save(library: Library, article: Article):
    """Start saving ``article`` in a thread that stops inside the transaction; returns
    (inside, release, thread, outcome)."""
    inside, release = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def hook(_connection, _stored) -> None:
        inside.set()
        release.wait(30)

    def run() -> None:
        try:
            outcome["stored"] = library.repository.save(
                article, expected_version=article.version, on_saved=hook)
        except Exception as exc:  # handed to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    assert inside.wait(30)
    return release, thread, outcome


def _in_thread(fn):
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = fn()
        except Exception as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_different_articles_do_not_wait_same_article_takes_turns(two_clients):
    first, second = two_clients
    a = first.save(Article(headline="Mưa lớn ở Huế", body="Bản gốc."))
    b = first.save(Article(headline="Bão số 3", body="Bản gốc."))
    release, held, held_outcome = _held_save(first, a.copy(body="Bản của A."))
    try:
        # a different article, a new one, a comment-free review lock on B: none waits
        other, outcome = _in_thread(lambda: second.save(b.copy(body="Bản của B."),
                                                        expected_version=b.version))
        other.join(10)
        assert not other.is_alive(), "saving another article waited for an open save"
        assert outcome["value"].version == 2  # type: ignore[union-attr]
        assert second.save(Article(headline="Tin mới")).version == 1
        with ReviewStore(second.repository).locked(b.id or ""):
            pass
        assert [s.headline for s in second.list(search="bao so")] == ["Bão số 3"]
        # the same article waits for the open save...
        same, same_outcome = _in_thread(lambda: second.save(a.copy(body="Bản của C."),
                                                            expected_version=a.version))
        same.join(1.0)
        assert same.is_alive(), "a second save of the same article did not wait"
    finally:
        release.set()
        held.join(30)
    same.join(30)
    assert held_outcome["stored"].version == 2  # type: ignore[union-attr]
    assert isinstance(same_outcome.get("error"), ConflictError)  # ...and is refused
    assert first.get(a.id or "").body == "Bản của A."
    kinds = [str(r.kind) for r in Review(first).history(a.id or "")]
    assert kinds.count("conflict") == 1  # the refused text is kept, not lost
