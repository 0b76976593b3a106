"""Related stories ("Tin khác"): the ordered list an article ends with, as plain data.

A ``RelatedStory`` is either another article of the library (``article_id``, with the
headline it had when it was last seen, so that it can still be named after it is deleted)
or an outside story (``url`` + ``headline``). What an export shows is a ``RelatedView``:
the story resolved against the library at export time (its current headline, its URL, a
way to read its first photo for a thumbnail), or marked ``missing`` when the library
article is gone — such an entry is printed as plain text, never as a broken link.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from .errors import Problem
from .text import nfc, shorten, single_line

MAX_RELATED = 20
MAX_HEADLINE = 300  # as an article's own headline
_ID = re.compile(r"^[0-9a-f]{4,64}$")


@dataclass(frozen=True)
class RelatedStory:
    """One entry of an article's related stories (see the module docstring)."""

    article_id: str = ""
    url: str = ""
    headline: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "article_id", nfc(str(self.article_id or "")).strip().lower())
        object.__setattr__(self, "url", nfc(str(self.url or "")).strip())
        object.__setattr__(self, "headline", single_line(str(self.headline or "")))

    @property
    def in_library(self) -> bool:
        return bool(self.article_id)

    def key(self) -> str:
        """What makes two entries the same story: the library id, else the URL."""
        return f"id:{self.article_id}" if self.article_id else f"url:{self.url}"

    def as_mapping(self) -> dict[str, str]:
        """The entry as the interchange file and the database write it (empty keys left out)."""
        out = {"id": self.article_id} if self.article_id else {"url": self.url}
        if self.headline:
            out["headline"] = self.headline
        return out

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> RelatedStory:
        return cls(article_id=str(data.get("id") or ""), url=str(data.get("url") or ""),
                   headline=str(data.get("headline") or ""))


def normalise_related(items: Iterable[RelatedStory | Mapping[str, object]] | None,
                      ) -> list[RelatedStory]:
    """Entries as RelatedStory, order kept, the same story only once, empty ones dropped."""
    out: list[RelatedStory] = []
    seen: set[str] = set()
    for item in items or ():
        story = item if isinstance(item, RelatedStory) else RelatedStory.from_mapping(item)
        if not (story.article_id or story.url or story.headline):
            continue
        if story.key() in seen and (story.article_id or story.url):
            continue
        seen.add(story.key())
        out.append(story)
    return out


def related_problems(stories: Sequence[RelatedStory],
                     url_problem: Callable[[str], Problem | None]) -> list[Problem]:
    """What is wrong with a list of related stories (``url_problem`` checks an address)."""
    found: list[Problem] = []
    if len(stories) > MAX_RELATED:
        found.append(Problem("related.too_many", "related",
                             f"an article lists at most {MAX_RELATED} related stories "
                             f"(this one lists {len(stories)})"))
    for number, story in enumerate(stories, start=1):
        where = f"related story {number}"
        if len(story.headline) > MAX_HEADLINE:
            found.append(Problem("related.headline_too_long", "related",
                                 f"{where}: the headline is {len(story.headline)} characters "
                                 f"long (at most {MAX_HEADLINE})"))
        if story.article_id:
            if not _ID.match(story.article_id):
                found.append(Problem("related.bad_id", "related",
                                     f"{where}: '{shorten(story.article_id)}' is not an "
                                     "article id"))
            continue
        if not story.url:
            found.append(Problem("related.no_target", "related",
                                 f"{where} needs an article id or a URL"))
            continue
        problem = url_problem(story.url)
        if problem is not None:
            found.append(Problem("related.url", "related", f"{where}: {problem.message}"))
        if not story.headline:
            found.append(Problem("related.no_headline", "related",
                                 f"{where} ({shorten(story.url)}) needs a headline"))
    return found


@dataclass(frozen=True)
class RelatedView:
    """A related story as an export shows it.

    ``url`` is where the link goes ("" when unknown: shown as text); ``photo()`` reads the
    original bytes of the first photo of a library story, only when an export needs its
    thumbnail and has none made yet (``photo_key`` is the photo's sha256);
    ``missing`` a library story that no longer exists (text, and a warning at export)."""

    headline: str
    url: str = ""
    article_id: str = ""
    photo: Callable[[], bytes | None] | None = None
    photo_key: str = ""
    missing: bool = False


RelatedSource = Callable[[], Sequence[RelatedView]]


def plain_views(stories: Iterable[RelatedStory]) -> list[RelatedView]:
    """The views of ``stories`` without a library to look them up in: outside links as they
    are, library stories by the headline they were last seen with, as text."""
    return [RelatedView(headline=s.headline or s.url or s.article_id, url=s.url,
                        article_id=s.article_id) for s in stories]
