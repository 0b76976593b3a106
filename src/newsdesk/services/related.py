"""Related stories looked up in the library: what the form picks from and what exports show.

``resolve_related(library, article)`` turns each entry of ``article.related`` into a
``RelatedView``: a library story by its *current* headline and URL, with a reader of its
first photo for a thumbnail (read only when the thumbnail is not made yet); a library story
that was deleted as ``missing`` (shown as text, with the headline it was last seen with); an
outside link as it is.
``related_source`` wraps that in a callable, so that the lookup happens where the export or
the print runs (a worker thread), never on the UI thread. ``find_stories`` is the search the
article form's "Add from library…" dialog runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from newsdesk.domain import Article, NewsdeskError, NotFoundError
from newsdesk.domain.related import RelatedSource, RelatedStory, RelatedView
from newsdesk.render.figures import list_figures

FIND_LIMIT = 50


def _first_photo(library: Any, article: Article):
    """(a reader of the first photo's bytes, its sha256), or (None, "") without photos."""
    for figure in list_figures(article.body):
        key = article.assets.get(figure.path)
        if key:
            return (lambda path=figure.path: library.photo_for(article, path)), key
    return None, ""


def resolve_story(library: Any, story: RelatedStory) -> RelatedView:
    """One entry as an export shows it (see the module docstring)."""
    if not story.article_id:
        return RelatedView(headline=story.headline or story.url, url=story.url)
    try:
        target = library.get(story.article_id)
    except NotFoundError:
        return RelatedView(headline=story.headline or story.article_id,
                           article_id=story.article_id, missing=True)
    photo, key = _first_photo(library, target)
    return RelatedView(headline=target.headline, url=target.url, article_id=target.id or "",
                       photo=photo, photo_key=key)


def resolve_related(library: Any, article: Article) -> list[RelatedView]:
    return [resolve_story(library, story) for story in article.related]


def related_source(library: Any, article: Article) -> RelatedSource:
    """A callable giving ``resolve_related(library, article)`` when the export runs."""
    stories = list(article.related)

    def views() -> list[RelatedView]:
        return [resolve_story(library, story) for story in stories]

    return views


@dataclass(frozen=True)
class FoundStory:
    """A library article offered by the "Add from library…" search."""

    article_id: str
    headline: str
    section: str
    status: str
    updated: Any = None  # datetime of the last save, to tell same-headline articles apart


def find_stories(library: Any, text: str, *, exclude: Iterable[str] = ()) -> list[FoundStory]:
    """Library articles matching ``text`` (all, newest first, when it is empty), without
    the ids in ``exclude`` (the article itself and the stories it already lists)."""
    skip = set(exclude)
    query = text.strip() or None
    try:
        rows = library.list(search=query, limit=FIND_LIMIT + len(skip))
    except NewsdeskError:
        if query is None:
            raise
        rows = []  # a query the search cannot read finds nothing, rather than failing
    return [FoundStory(row.id, row.headline, row.section, str(row.status),
                       getattr(row, "updated", None))
            for row in rows if row.id not in skip][:FIND_LIMIT]


def current_headlines(library: Any, ids: Iterable[str]) -> dict[str, str | None]:
    """The current headline of each library article (None: deleted), for the form."""
    out: dict[str, str | None] = {}
    for article_id in ids:
        try:
            out[article_id] = library.get(article_id).headline
        except NotFoundError:
            out[article_id] = None
    return out
