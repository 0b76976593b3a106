"""Two versions of a body → the first with suggestions that lead to the second.

A reviewer who edited a copy without suggestions can still be reviewed change by change:
``compare_as_suggestions(current, reviewed, …)`` writes each difference as a suggestion by
the reviewer. Lines are aligned first (a paragraph, heading or figure added or removed becomes
a whole-line suggestion); in a line that changed, words are compared — Vietnamese syllable by
syllable, a link, an image (a figure) or a code span as one unit — and each run of changed
words becomes one insertion, deletion or replacement. The result is checked: accepting every
suggestion gives exactly ``reviewed`` and rejecting every one exactly ``current`` (line
breaks at the very end of a body are no difference: the result keeps those of ``current``).
Where words changed next to emphasis marks would read otherwise once resolved (``*nghiêng*``
becoming ``**đậm**``), each reworded line is written as one replacement instead; a
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
    # line breaks at the very end are no difference (the editor ends a body with one): the
    # result keeps the current body's
    ending = current[len(current.rstrip("\n")):]
    current, reviewed = current.rstrip("\n"), reviewed.rstrip("\n")
    if pending(current):
        raise CompareError("the article already has pending suggestions; accept or reject "
                           "them first ('newsdesk changes ID')")

    def mark(kind: str, old: str, new: str) -> str:
        return markup(kind, old, new, author=author, initials=initials, time=time)

    old_lines, new_lines = current.split("\n"), reviewed.split("\n")
    lines = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)

    def marked_up(whole: bool) -> str:
        out: list[str] = []
        for tag, i1, i2, j1, j2 in lines.get_opcodes():
            old_part, new_part = old_lines[i1:i2], new_lines[j1:j2]
            if tag == "equal":
                out.extend(old_part)
            else:
                out.extend(_group(old_part, new_part, mark, whole))
        return "\n".join(out)

    def exact(text: str) -> bool:
        return accept_all(text) == reviewed and reject_all(text) == current

    marked = marked_up(False)
    if not exact(marked):
        # words changed next to emphasis marks (``*nghiêng*`` → ``**đậm**``) can read
        # otherwise once resolved: each reworded line is then one replacement
        marked = marked_up(True)
    if not exact(marked):
        raise CompareError("the reviewed text cannot be shown as suggestions here (it holds "
                           "text that reads as CriticMarkup, or line breaks inside a changed "
                           "paragraph); import the bundle as usual and compare the versions")
    return marked + ending, len(pending(marked))


def _group(old_part: list[str], new_part: list[str], mark, whole: bool = False) -> list[str]:
    """Lines replaced by other lines: each old line paired with the most alike new line in
    order (a paragraph reworded is compared word by word, or, ``whole``, replaced as one),
    the others deleted or inserted whole. Blank lines pair with blank lines and are written
    as they are."""
    out: list[str] = []
    for op, a, b in _pairs(old_part, new_part):
        if op == "pair":
            if a == b:
                out.append(a)
            else:
                out.append(mark("replace", a, b) if whole else _line(a, b, mark))
        elif op == "delete":
            out.append(_whole("delete", a, mark))
        elif b.strip() or not any(not line.strip() for line in old_part):
            out.append(_whole("insert", b, mark))
    return out


def _alike(a: str, b: str) -> bool:
    if not a.strip() or not b.strip():
        return not a.strip() and not b.strip()
    words_a, words_b = _TOKEN.findall(a), _TOKEN.findall(b)
    return difflib.SequenceMatcher(None, words_a, words_b, autojunk=False).ratio() >= 0.5


_MAX_PAIRING = 40_000  # lines × lines compared; beyond it, lines are deleted and added whole


def _pairs(old: list[str], new: list[str]) -> list[tuple[str, str, str]]:
    """The longest ordered pairing of alike lines (dynamic programming), as operations."""
    n, m = len(old), len(new)
    if n * m > _MAX_PAIRING:
        return [("delete", a, "") for a in old] + [("insert", "", b) for b in new]
    alike = [[_alike(a, b) for b in new] for a in old]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1],
                             best[i + 1][j + 1] + 1 if alike[i][j] else 0)
    ops: list[tuple[str, str, str]] = []
    i = j = 0
    while i < n or j < m:
        if i < n and j < m and alike[i][j] and best[i][j] == best[i + 1][j + 1] + 1:
            ops.append(("pair", old[i], new[j]))
            i, j = i + 1, j + 1
        elif i < n and (j == m or best[i + 1][j] >= best[i][j + 1]):
            ops.append(("delete", old[i], ""))
            i += 1
        else:
            ops.append(("insert", "", new[j]))
            j += 1
    return ops


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
