"""The words of a text the spell checker looks at, with where they are.

A word is a run of letters (with their combining marks, so text not yet in NFC is cut the
same way), apostrophes allowed inside ("reporter's", "don't"); hyphens and every other sign
separate words. Left out: words touching a digit ("10km", "H5N1"), words in capitals
("UBND", "NATO": abbreviations, as word processors leave them by default), single letters,
web and e-mail addresses. Offsets are indexes into the text as given.

``markdown_mask`` blanks what is Markdown rather than prose in a line of an article's body
(link addresses and titles, code, HTML tags, fenced code), keeping every other character in
place so that the columns stay those of the source.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+(?:['’](?:[^\W\d_]|[\u0300-\u036f])+)*")
_ADDRESS = re.compile(r"(?i)\b(?:[a-z][a-z0-9+.-]*://|www\.)\S+|\S+@\S+\.\w+")


@dataclass(frozen=True)
class Word:
    start: int  # index of the first character in the text
    end: int
    text: str  # NFC

    @property
    def length(self) -> int:
        return self.end - self.start


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def words(text: str) -> Iterator[Word]:
    """The words of ``text`` the checker looks at (see module docstring)."""
    scan = _blank(text, _ADDRESS)
    for match in _WORD.finditer(scan):
        start, end = match.span()
        before = scan[start - 1] if start else " "
        after = scan[end] if end < len(scan) else " "
        if before.isdigit() or after.isdigit() or before == "_" or after == "_":
            continue
        word = unicodedata.normalize("NFC", match.group(0))
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) < 2:
            continue
        if all(ch.isupper() for ch in letters):
            continue
        yield Word(start, end, word)


_CODE_SPAN = re.compile(r"(`+).*?\1")
_DESTINATION = re.compile(r"\]\((?:[^()\\]|\\.|\([^()]*\))*\)")
_TAG = re.compile(r"</?[A-Za-z][^>]*>|<[a-z][a-z0-9+.-]*:[^>]*>", re.IGNORECASE)
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s.*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def markdown_lines(body: str) -> Iterator[tuple[int, str]]:
    """(line number from 1, the line with its Markdown syntax blanked) for a body."""
    fenced: str | None = None
    for number, line in enumerate(body.split("\n"), start=1):
        fence = _FENCE.match(line)
        if fenced is not None:
            if fence and fence.group(1) == fenced:
                fenced = None
            yield number, " " * len(line)
            continue
        if fence:
            fenced = fence.group(1)
            yield number, " " * len(line)
            continue
        if _REFERENCE.match(line):
            yield number, " " * len(line)
            continue
        masked = line
        for pattern in (_CODE_SPAN, _DESTINATION, _TAG):
            masked = _blank(masked, pattern)
        yield number, masked
