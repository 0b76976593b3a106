"""The library list a page at a time, on SQLite and PostgreSQL: pages put together are the
whole list, newest change first; the count and an article's position agree with them."""

from __future__ import annotations

import pytest

from newsdesk.domain import Article, Status
from newsdesk.services.library import Library
from review_support import BACKENDS, database_url


@pytest.fixture(params=BACKENDS)
def library(request, tmp_path):
    with database_url(request.param, tmp_path) as url:
        lib = Library.open(data_dir=tmp_path / "lib", database_url=url)
        try:
            yield lib
        finally:
            lib.close()


def test_pages_count_and_positions_agree_with_the_whole_list(library):
    library.repository.save_many([  # one transaction: the same time, ordered by id
        Article(headline=f"Tin {n}", section="Kinh tế" if n % 2 else "Thể thao",
                status=Status.PUBLISHED if n % 3 else Status.DRAFT) for n in range(23)])
    for n in range(4):  # later, one by one
        library.save(Article(headline=f"Tin mới {n}", section="Thời sự"))
    for status, section in ((None, None), (Status.DRAFT, None), (None, "Kinh tế"),
                            (Status.PUBLISHED, "Thể thao")):
        whole = [row.id for row in library.list(status=status, section=section)]
        pages = [row.id for start in range(0, 40, 5)
                 for row in library.list(status=status, section=section, offset=start, limit=5)]
        assert pages == whole
        assert library.count(status=status, section=section) == len(whole)
        assert [library.position(i, status=status, section=section)
                for i in whole] == list(range(len(whole)))
    drafts = {row.id for row in library.list(status=Status.DRAFT)}
    published = next(row.id for row in library.list() if row.id not in drafts)
    assert library.position(published, status=Status.DRAFT) is None
    assert library.sections() == ["Kinh tế", "Thể thao", "Thời sự"]
