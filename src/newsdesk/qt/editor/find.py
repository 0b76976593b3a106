"""Find and replace in the body, optionally ignoring case and Vietnamese tones.

Matching runs on a folded copy of each block's text with a map back to document positions,
so ``"hai phong"`` with ``match_diacritics=False`` finds ``"Hải Phòng"``, while the
replacement keeps the formatting of the text it replaces.

With ``match_diacritics=False`` the marks a query leaves out are ignored and the marks it has
must be there: tones (huyền, sắc, hỏi, ngã, nặng), the vowel marks of ă â ê ô ơ ư and the
stroke of đ alike, the way the library search folds Vietnamese (``domain.text.fold``). So
``"duoc"``, ``"dươc"`` and ``"đươc"`` all find ``"được"``; ``"mỗi"`` finds ``"mỗi"`` but never
``"mới"``, and ``"đươc"`` never ``"duoc"``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument

from newsdesk.domain.text import strip_marks


@dataclass(frozen=True)
class FindOptions:
    case_sensitive: bool = False
    match_diacritics: bool = True
    whole_words: bool = False


def _fold(text: str, opts: FindOptions) -> tuple[str, list[int]]:
    """``text`` folded per character, and for each folded char the index it came from."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        f = ch if opts.case_sensitive else ch.casefold()
        if not opts.match_diacritics:
            f = strip_marks(f)
            if not opts.case_sensitive:
                f = f.casefold()
        out.append(f)
        index.extend([i] * len(f))
    index.append(len(text))
    return "".join(out), index


def _key(query: str, opts: FindOptions) -> str:
    return _fold(unicodedata.normalize("NFC", query), opts)[0]


_STROKE = "\u0335"  # stands for đ's stroke among the marks of a letter
_MARKS_CACHE: dict[str, frozenset[str]] = {}


def _marks(ch: str) -> frozenset[str]:
    """The marks on a letter: its combining marks (tones, breve, circumflex, horn), đ's
    stroke."""
    marks = _MARKS_CACHE.get(ch)
    if marks is None:
        found = {m for m in unicodedata.normalize("NFD", ch) if unicodedata.combining(m)}
        if ch in "đĐ":
            found.add(_STROKE)
        marks = _MARKS_CACHE[ch] = frozenset(found)
    return marks


def _has_marks_of(text: str, index: list[int], pos: int, query: str, qindex: list[int],
                  length: int) -> bool:
    """Does the match at folded ``pos`` carry every mark the query's letters have?"""
    for j in range(length):
        wanted = _marks(query[qindex[j]])
        if wanted and not wanted <= _marks(text[index[pos + j]]):
            return False
    return True


def _is_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


def find_all(doc: QTextDocument, query: str, opts: FindOptions = FindOptions()) -> list[tuple[int, int]]:
    """Every match as (start, end) document positions, in document order."""
    query = unicodedata.normalize("NFC", query)
    key, qindex = _fold(query, opts)
    if not key:
        return []
    marked = not opts.match_diacritics and any(_marks(ch) for ch in query)
    found = []
    block = doc.firstBlock()
    while block.isValid():
        text = block.text()
        folded, index = _fold(text, opts)
        pos = folded.find(key)
        while pos >= 0:
            start, end = index[pos], index[pos + len(key) - 1] + 1
            if (not opts.whole_words or _is_word(text, start, end)) and (
                    not marked or _has_marks_of(text, index, pos, query, qindex, len(key))):
                found.append((block.position() + start, block.position() + end))
            pos = folded.find(key, pos + max(len(key), 1))
        block = block.next()
    return found


def find_next(doc: QTextDocument, cursor: QTextCursor, query: str,
              opts: FindOptions = FindOptions(), *, backward: bool = False,
              wrap: bool = True) -> QTextCursor | None:
    """A cursor selecting the next (or previous) match after ``cursor``, or None."""
    matches = find_all(doc, query, opts)
    if not matches:
        return None
    if backward:
        here = cursor.selectionStart()
        before = [m for m in matches if m[1] <= here and m[0] < here]
        match = before[-1] if before else (matches[-1] if wrap else None)
    else:
        here = cursor.selectionEnd()
        after = [m for m in matches if m[0] >= here]
        match = after[0] if after else (matches[0] if wrap else None)
    if match is None:
        return None
    found = QTextCursor(doc)
    found.setPosition(match[0])
    found.setPosition(match[1], QTextCursor.MoveMode.KeepAnchor)
    return found


def replace_all(doc: QTextDocument, query: str, replacement: str,
                opts: FindOptions = FindOptions()) -> int:
    """Replace every match (one undo step); returns how many were replaced."""
    matches = find_all(doc, query, opts)
    if not matches:
        return 0
    replacement = unicodedata.normalize("NFC", replacement)
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    for start, end in reversed(matches):
        edit.setPosition(start)
        edit.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        edit.insertText(replacement)
    edit.endEditBlock()
    return len(matches)
