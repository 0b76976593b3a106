"""Two versions of a body → the first with suggestions that lead to the second.

A reviewer who edited a copy without suggestions can still be reviewed change by change:
``compare_as_suggestions(current, reviewed, …)`` writes each difference as a suggestion by
the reviewer. Lines are aligned first (a paragraph, heading or figure added or removed becomes
a whole-line suggestion); in a line that changed, words are compared — Vietnamese syllable by
syllable, a link, an image (a figure) or a code span as one unit — and each run of changed
words becomes one insertion, deletion or replacement. The result is checked: accepting every
suggestion gives exactly ``reviewed`` and rejecting every one exactly ``current``; a
difference that cannot be written so (text that itself looks like CriticMarkup, line breaks
inside a paragraph that changed) is refused with a message instead.
"""

from __future__ import annotations

import difflib
import re
from datetime import datetime

from .errors import NewsdeskError
from .suggestions import accept_all, markup, pending, reject_all
from .text import nfc

_TOKEN = re.compile(
    r"!?\[(?:[^\[\]\n\\]|\\.)*\]\((?:[^()\n\\]|\\.)*\)"  # a link or an image, whole
    r"|`[^`\n]*`"  # a code span
    r"|\d+(?:[.,]\d+)+"  # a figure with its separators: 7.000, 3,5
    r"|\w+|[^\S\n]+|[^\w\s]",
    re.UNICODE,
)


class CompareError(NewsdeskError):
    code = "suggestion.compare"


def compare_as_suggestions(current: str, reviewed: str, *, author: str, initials: str = "",
                           time: datetime | None = None) -> tuple[str, int]:
    """``(current with suggestions turning it into reviewed, how many)``."""
    current, reviewed = nfc(current), nfc(reviewed)
    if pending(current):
        raise CompareError("the article already has pending suggestions; accept or reject "
                           "them first ('newsdesk changes ID')")

    def mark(kind: str, old: str, new: str) -> str:
        return markup(kind, old, new, author=author, initials=initials, time=time)

    old_lines, new_lines = current.split("\n"), reviewed.split("\n")
    out: list[str] = []
    lines = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        old_part, new_part = old_lines[i1:i2], new_lines[j1:j2]
        if tag == "equal":
            out.extend(old_part)
        elif tag == "replace" and len(old_part) == len(new_part) and all(
                bool(a.strip()) == bool(b.strip()) for a, b in zip(old_part, new_part,
                                                                   strict=True)):
            out.extend(_line(a, b, mark) if a != b else a
                       for a, b in zip(old_part, new_part, strict=True))
        else:
            out.extend(_whole("delete", line, mark) for line in old_part)
            out.extend(_whole("insert", line, mark) for line in new_part
                       if line.strip() or not _blank_absorbed(old_part))
    marked = "\n".join(out)
    if accept_all(marked) != reviewed or reject_all(marked) != current:
        raise CompareError("the reviewed text cannot be shown as suggestions here (it holds "
                           "text that reads as CriticMarkup, or line breaks inside a changed "
                           "paragraph); import the bundle as usual and compare the versions")
    return marked, len(pending(marked))


def _blank_absorbed(old_part: list[str]) -> bool:
    """Old blank lines of a replaced group are kept as they are (see ``_whole``), so the
    new group's blank lines are not added again."""
    return any(not line.strip() for line in old_part)


def _whole(kind: str, line: str, mark) -> str:
    """A whole line deleted or inserted; a blank line is written as it is (a paragraph
    resolved away takes its blank line with it)."""
    if not line.strip():
        return line
    indent = len(line) - len(line.lstrip())
    body = line[indent:]
    return line[:indent] + (mark(kind, body, "") if kind == "delete" else mark(kind, "", body))


def _line(old: str, new: str, mark) -> str:
    """One line changed: runs of changed words as suggestions."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    pieces: list[str] = []
    for tag, i1, i2, j1, j2 in _merged(matcher.get_opcodes(), a):
        was, now = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag == "equal":
            pieces.append(was)
        elif was and now:
            pieces.append(mark("replace", was, now))
        elif now:
            pieces.append(mark("insert", "", now))
        else:
            pieces.append(mark("delete", was, ""))
    return "".join(pieces)


def _merged(opcodes, a: list[str]):
    """Changes separated only by a space are one change (``{~~hai ba~>bốn năm~~}``, not two
    replacements around an unchanged space)."""
    merged: list[list] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if merged and merged[-1][0] != "equal" and tag != "equal":
            merged[-1][2], merged[-1][4] = i2, j2
        elif (len(merged) >= 2 and merged[-1][0] == "equal" and merged[-2][0] != "equal"
              and tag != "equal" and "".join(a[merged[-1][1]:merged[-1][2]]).isspace()):
            gap = merged.pop()
            merged[-1][2], merged[-1][4] = i2, j2
            del gap
        else:
            merged.append([tag, i1, i2, j1, j2])
    return [tuple(m) for m in merged]
