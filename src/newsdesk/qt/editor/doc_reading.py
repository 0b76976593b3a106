"""The reading text of the body editor's document, and the map to document positions.

``document_reading(doc)`` gives the text a reader sees (the rules of
``newsdesk.bodymodel.reading``: one line per text block, a line separator as ``\\n``, photos
dropped, NFC even when the document holds text typed decomposed) together with, for every
character of it, the document positions it came from. For a document built from Markdown the
text equals ``body_reading_text`` of that Markdown, so review comments (anchored to the
reading text) and the editor agree on what an offset means.

``Reading.to_reading(a, b)`` turns a document selection into reading offsets and
``Reading.to_document(start, end)`` a reading range back into document positions.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from PySide6.QtGui import QTextDocument

from .formats import LINE_SEPARATOR, OBJECT_CHAR


@dataclass(frozen=True)
class Reading:
    text: str
    starts: list[int]  # document position of each reading character
    ends: list[int]  # document position just after it
    end_position: int  # the document's last cursor position

    def to_reading(self, a: int, b: int) -> tuple[int, int]:
        """Reading offsets of the document selection ``a``–``b`` (``a`` ≤ ``b``)."""
        start = bisect_left(self.starts, a)
        end = bisect_right(self.ends, b)
        return start, max(start, end)

    def to_document(self, start: int, end: int) -> tuple[int, int]:
        """Document positions of the reading range ``start``–``end``."""
        n = len(self.text)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        a = self.starts[start] if start < n else self.end_position
        b = self.ends[end - 1] if end > start else a
        return a, max(a, b)


def _segments(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that normalise on their own: a character and its combining marks."""
    spans = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        spans.append((i, j))
        i = j
    return spans


def _add_block(text: str, base: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    if unicodedata.is_normalized("NFC", text) and OBJECT_CHAR not in text:
        out.append(text.replace(LINE_SEPARATOR, "\n"))
        starts.extend(range(base, base + len(text)))
        ends.extend(range(base + 1, base + len(text) + 1))
        return
    spans = [(i, j) for i, j in _segments(text) if text[i:j] != OBJECT_CHAR]
    pieces = [unicodedata.normalize("NFC", text[i:j].replace(LINE_SEPARATOR, "\n"))
              for i, j in spans]
    whole = unicodedata.normalize("NFC", text.replace(OBJECT_CHAR, "")
                                  .replace(LINE_SEPARATOR, "\n"))
    if "".join(pieces) != whole:  # a composition across marks: map the block as one piece
        spans, pieces = [(0, len(text))], [whole]
    for (i, j), piece in zip(spans, pieces, strict=True):
        out.append(piece)
        m = len(piece)
        for k in range(m):  # spread the piece's characters over its document span
            starts.append(base + i + (j - i) * k // m)
            ends.append(base + i + max(1, (j - i) * (k + 1) // m))


def document_reading(doc: QTextDocument) -> Reading:
    """The reading text of ``doc`` with its position map (see the module docstring)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    block = doc.firstBlock()
    previous_end: int | None = None
    while block.isValid():
        base = block.position()
        if previous_end is not None:  # the line break stands for whatever lies between
            out.append("\n")
            starts.append(previous_end)
            ends.append(base)
        text = block.text()
        _add_block(text, base, out, starts, ends)
        previous_end = base + len(text)
        block = block.next()
    return Reading("".join(out), starts, ends, max(0, doc.characterCount() - 1))
