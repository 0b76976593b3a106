"""Text statistics as pure functions: words, characters, reading time.

The one definition of an article's word count, used by the status bar while typing and after
the article is opened again, and by the CMS export:

- counted are the words of the headline, the sapo and the body's *counted text*: what a
  reader reads — paragraphs, headings, list items, quotes, table cells, code and the
  captions of photos;
- not counted: photo credits ("Ảnh: Lê Hoa", an attribution like a byline), Markdown syntax,
  link addresses, photo file names, and the photos themselves;
- a word is a run of letters or digits, with the punctuation inside it (``1.500.000``,
  ``COVID-19``, ``08:30``); a Vietnamese syllable is one word (``Hà Nội`` is two), as
  newsrooms count. Changing a digit of a number never changes the count;
- characters are those of the same text, each run of white space counted as one space.

The counted text of a body comes from its Markdown (``newsdesk.render.words``) or, while it is
typed, from the editor's document (``newsdesk.qt.editor.doc_words``); both follow the rules
above, so the count is the same before and after saving. The status bar and the CLI only
display these numbers; they never compute them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .text import nfc

_WORD = re.compile(r"\w(?:[\w'’.,:/-]*\w)?", re.UNICODE)

WORDS_PER_MINUTE = {"vi": 200, "en": 230}


@dataclass(frozen=True)
class TextStats:
    words: int
    characters: int
    characters_no_spaces: int
    reading_minutes: int


def count_words(text: str) -> int:
    """Words as a reader counts them (see the module docstring); text typed decomposed (NFD)
    counts like the same text composed."""
    return len(_WORD.findall(nfc(text)))


def text_stats(headline: str, sapo: str, body_text: str, language: str = "vi") -> TextStats:
    """Statistics of an article: ``body_text`` is the body's counted text, not its Markdown."""
    text = "\n".join(part for part in (headline, sapo, body_text) if part)
    words = count_words(text)
    visible = nfc(" ".join(text.split()))
    wpm = WORDS_PER_MINUTE.get(language.split("-")[0].lower(), 220)
    minutes = math.ceil(words / wpm) if words else 0
    return TextStats(
        words=words,
        characters=len(visible),
        characters_no_spaces=sum(1 for ch in visible if not ch.isspace()),
        reading_minutes=minutes,
    )
