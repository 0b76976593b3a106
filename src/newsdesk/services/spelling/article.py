"""Spell checking a whole article: the words the editor would underline, field by field.

Positions are those of the article's own text: ``line`` and ``column`` (both from 1, columns
in characters) inside the headline, the sapo, or the body's Markdown; a word of a figure's
caption is in field ``caption`` at its place in the body's Markdown. The checker for an
article (``checker_for``) has the newsroom's words (from the library) and the reporter's
(``dictionary.txt`` in the data folder).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from newsdesk.domain.article import Article
from newsdesk.domain.suggestions import without_attributions

from .checker import Misspelling, SpellChecker
from .dictionaries import PERSONAL_FILE, PersonalDictionary
from .syllables import Style, article_style
from .tokens import markdown_lines

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI

_FIGURE_ALT = re.compile(r"^\s*!\[((?:[^\]\\]|\\.)*)\]")


@dataclass(frozen=True)
class Finding:
    field: str  # headline, sapo, body, caption
    line: int
    column: int
    word: str
    suggestions: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["suggestions"] = list(self.suggestions)
        return data


def personal_dictionary(library: LibraryAPI) -> PersonalDictionary:
    return PersonalDictionary(library.paths.data / PERSONAL_FILE)


def checker_for(library: LibraryAPI, language: str) -> SpellChecker:
    """A checker for an article in ``language`` with the newsroom's and the reporter's words."""
    checker = SpellChecker(language)
    checker.set_words([*library.dictionary_words(), *personal_dictionary(library).words()])
    return checker


def style_of(article: Article) -> Style | None:
    return article_style((article.headline, article.sapo, article.body))


def _in_text(field: str, text: str, checker: SpellChecker,
             style: Style | None) -> Iterator[Finding]:
    for number, line in enumerate(text.split("\n"), start=1):
        for item in checker.check(line, style):
            yield Finding(field, number, item.start + 1, item.word, item.suggestions)


def _in_body(body: str, checker: SpellChecker, style: Style | None) -> Iterator[Finding]:
    source = body.split("\n")
    for number, line in markdown_lines(body):
        figure = _FIGURE_ALT.match(source[number - 1])
        caption = figure.span(1) if figure else (0, 0)
        found: list[Misspelling] = checker.check(line, style)
        for item in found:
            field = "caption" if caption[0] <= item.start < caption[1] else "body"
            yield Finding(field, number, item.start + 1, item.word, item.suggestions)


def check_article(article: Article, checker: SpellChecker) -> list[Finding]:
    """Every word the editor would underline in ``article``, in reading order."""
    if not checker.available:
        return []
    style = style_of(article)
    return [*_in_text("headline", article.headline, checker, style),
            *_in_text("sapo", article.sapo, checker, style),
            *_in_body(without_attributions(article.body), checker, style)]
