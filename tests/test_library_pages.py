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


def test_the_change_stamp_moves_with_every_change_the_list_could_show(library):
    """The app's list compares stamps to notice changes made by other programs: any save, an
    import, a deletion — even of the newest article followed by another save, which leaves
    as many articles and hands the next one the same index row — moves it; reading does not."""
    empty = library.change_stamp()
    first = library.save(Article(headline="Tin một"))
    newest = library.save(Article(headline="Tin hai"))
    seen = [empty, library.change_stamp()]
    library.list()
    library.get(first.id)
    assert library.change_stamp() == seen[-1]  # reads change nothing
    first.status = Status.SUBMITTED
    library.save(first, expected_version=first.version)  # a status change (an older article)
    seen.append(library.change_stamp())
    library.delete(newest.id)
    seen.append(library.change_stamp())
    library.save(Article(headline="Tin ba"))
    seen.append(library.change_stamp())
    newest = library.list()[0]
    library.delete(newest.id)  # the newest gone, then another saved: as many articles
    library.save(Article(headline="Tin bốn"))
    seen.append(library.change_stamp())
    assert len(set(seen)) == len(seen), seen
