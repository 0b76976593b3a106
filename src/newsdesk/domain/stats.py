"""Text statistics as pure functions: words, characters, reading time.

The status bar and the CLI only display these numbers; they never compute them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# Markdown that is not prose: images, link targets, emphasis marks, heading/list/quote marks.
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"(^|\s)(#{1,6}|>|[-*+]|\d+[.)])\s+", re.MULTILINE)
_INLINE = re.compile(r"[*_~`|]+")
_WORD = re.compile(r"[\w][\w'’.,:/-]*", re.UNICODE)

WORDS_PER_MINUTE = {"vi": 200, "en": 230}


@dataclass(frozen=True)
class TextStats:
    words: int
    characters: int
    characters_no_spaces: int
    reading_minutes: int


def plain_text(markdown: str) -> str:
    """The prose of a Markdown body: captions kept, syntax removed."""
    text = _IMAGE.sub(r"\1", markdown)
    text = _LINK.sub(r"\1", text)
    text = _MARKS.sub(r"\1", text)
    return _INLINE.sub("", text)


def count_words(text: str) -> int:
    """Words as a reader counts them: runs of letters/digits (a Vietnamese syllable is one)."""
    return len(_WORD.findall(text))


def text_stats(headline: str, sapo: str, body_markdown: str, language: str = "vi") -> TextStats:
    text = "\n".join(part for part in (headline, sapo, plain_text(body_markdown)) if part)
    words = count_words(text)
    visible = text.replace("\n", " ").strip()
    wpm = WORDS_PER_MINUTE.get(language.split("-")[0].lower(), 220)
    minutes = math.ceil(words / wpm) if words else 0
    return TextStats(
        words=words,
        characters=len(visible),
        characters_no_spaces=sum(1 for ch in visible if not ch.isspace()),
        reading_minutes=minutes,
    )


def article_stats(article: object) -> TextStats:
    """Stats of an Article (duck-typed to keep this module free of imports)."""
    return text_stats(
        getattr(article, "headline", ""),
        getattr(article, "sapo", ""),
        getattr(article, "body", ""),
        getattr(article, "language", "vi"),
    )
