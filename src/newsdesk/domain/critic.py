"""CriticMarkup in a Markdown body: finding its marks, line by line, without losing a character.

The marks (docs/formats.md §2a) are ``{++added++}``, ``{--removed--}``, ``{~~old~>new~~}``,
``{>>comment<<}`` and ``{==highlight==}``. A suggestion mark may be followed at once by its
attribution ``{#ID by="NAME" initials="AB" at="ISO TIME"}``. This module only *finds* marks
(``scan``); what they mean is ``domain.suggestions``. A mark is taken only when it is whole:
on one line, outside code, outside a link's or an image's brackets, with nothing nested in it
and at most MAX_MARK characters long. Anything else stays plain text and is reported in
``warnings`` (never dropped): the text is the user's, the markup may just be a typo.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

MAX_MARK = 20_000
OPENERS = {"{++": "++}", "{--": "--}", "{~~": "~~}", "{>>": "<<}", "{==": "==}"}
KINDS = {"{++": "insert", "{--": "delete", "{~~": "replace", "{>>": "comment",
         "{==": "highlight"}
ARROW = "~>"
_OPENER = re.compile(r"\{(?:\+\+|--|~~|>>|==)")
_ATTRIBUTION = re.compile(r'\{#([A-Za-z0-9_-]{1,40})((?: +[a-z]{1,20}="[^"{}\n]{0,200}")*) *\}')
_ATTRIBUTE = re.compile(r'([a-z]{1,20})="([^"{}\n]*)"')
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# A link's or an image's text and destination: marks inside them are not taken.
_LINK = re.compile(r"!?\[(?:[^\[\]\n\\]|\\.){0,2000}\]\((?:[^()\n\\]|\\.){0,4000}\)")
_CODE = re.compile(r"(`{1,16})[^`]{1,20000}?\1")
MAX_WARNINGS = 20
MAX_LINE = 200_000  # a longer line is not searched for marks (kept as text, with a warning)


@dataclass(frozen=True)
class Mark:
    """One mark found in the body: ``start``/``end`` cover it with its attribution.

    ``old`` is the removed (or highlighted, or commented) text, ``new`` the added text, as
    Markdown; ``attributes`` the attribution's values (``id``, ``by``, ``initials``, ``at``).
    ``note`` is the comment that directly follows a highlight (``{==a==}{>>b<<}``).
    """

    kind: str
    start: int
    end: int
    old: str = ""
    new: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    note: str = ""
    line: int = 0
    whole_line: bool = False


@dataclass
class Scan:
    marks: list[Mark] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def scan(body: str) -> Scan:
    """Every whole mark of ``body`` in order, and a warning for each one kept as text."""
    found = Scan()
    offset = 0
    fence = ""
    for number, line in enumerate(body.split("\n"), start=1):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
        elif opened:
            fence = opened.group(1)
        elif "{" in line:
            if len(line) > MAX_LINE and _OPENER.search(line):
                found.warnings.append(f"line {number} is longer than {MAX_LINE} characters; "
                                      "its CriticMarkup is kept as text")
            else:
                _scan_line(line, offset, number, found)
        offset += len(line) + 1
    if len(found.warnings) > MAX_WARNINGS:
        more = len(found.warnings) - MAX_WARNINGS
        found.warnings[MAX_WARNINGS:] = [f"{more} more marks kept as text"]
    return found


def _scan_line(line: str, offset: int, number: int, found: Scan) -> None:
    shields = [_Shield(_LINK, line, "a link or image"), _Shield(_CODE, line, "code")]
    closers: dict[str, int] = {}  # closer → where it was last found (-1: none after)
    position = 0
    while True:
        opener = _OPENER.search(line, position)
        if opener is None:
            return
        start = opener.start()
        token = opener.group(0)
        closer = OPENERS[token]
        end = closers.get(closer, start)
        if end != -1 and end < start + 3:
            end = closers[closer] = line.find(closer, start + 3)
        inside = next((s.what for s in shields if s.covers(start)), None)
        if inside:
            found.warnings.append(_warn(number, token, f"is inside {inside}"))
            position = start + 3
            continue
        if end < 0:
            found.warnings.append(_warn(number, token, "is not closed on its line (a mark "
                                        "cannot cross a line or a paragraph)"))
            position = start + 3
            continue
        content = line[start + 3:end]
        stop = end + 3
        problem = _problem(token, content, start, stop, shields)
        if problem:
            found.warnings.append(_warn(number, token, problem))
            position = stop if "nested" in problem else start + 3
            continue
        mark = _mark(token, content, line, start, stop, offset, number)
        found.marks.append(mark)
        position = mark.end - offset


class _Shield:
    """The stretches of a line where marks are not taken (links and images, code spans)."""

    def __init__(self, pattern: re.Pattern[str], line: str, what: str) -> None:
        spans = [m.span() for m in pattern.finditer(line)]
        self.starts = [a for a, _b in spans]
        self.ends = [b for _a, b in spans]
        self.what = what

    def covers(self, at: int) -> bool:
        i = bisect.bisect_left(self.starts, at) - 1
        return i >= 0 and self.ends[i] > at

    def crosses(self, start: int, stop: int) -> bool:
        """A stretch opening inside ``start``–``stop`` and ending after it."""
        i = bisect.bisect_right(self.starts, start)
        while i < len(self.starts) and self.starts[i] < stop:
            if self.ends[i] > stop:
                return True
            i += 1
        return False


def _problem(token: str, content: str, start: int, stop: int, shields: list[_Shield]) -> str:
    if stop - start > MAX_MARK:
        return f"is longer than {MAX_MARK} characters"
    if _OPENER.search(content) or any(c in content for c in OPENERS.values()):
        return "holds another mark (marks cannot be nested)"
    if any(s.crosses(start, stop) for s in shields):  # a whole link inside is fine
        return "crosses a link, an image or code"
    if token == "{~~" and (content.count(ARROW) != 1 or "~~" in content
                           or content.startswith(ARROW) or content.endswith(ARROW)):
        return "needs one '~>' between an old and a new text (and no '~~' inside)"
    if token == "{~~" and (content[0].isspace() or content[-1].isspace()):
        return "starts or ends with a space (Markdown would read its '~~' as strikethrough)"
    if token != "{>>" and not content:
        return "is empty"
    return ""


def one_replacement(old: str, new: str) -> bool:
    """Does ``{~~old~>new~~}`` read back as a replacement of ``old`` by ``new`` (see
    ``_problem``)? Where it does not, a suggestion is written as a deletion and an insertion."""
    content = old + ARROW + new
    return bool(old and new) and content.count(ARROW) == 1 and "~~" not in content \
        and not content[0].isspace() and not content[-1].isspace()


def _mark(token: str, content: str, line: str, start: int, stop: int, offset: int,
          number: int) -> Mark:
    kind = KINDS[token]
    old = new = note = ""
    attributes: dict[str, str] = {}
    if kind == "insert":
        new = content
    elif kind == "replace":
        old, new = content.split(ARROW)
    else:
        old = content
    if kind in ("insert", "delete", "replace"):
        suffix = _ATTRIBUTION.match(line, stop)
        if suffix:
            attributes = {"id": suffix.group(1)}
            attributes.update(_ATTRIBUTE.findall(suffix.group(2)))
            stop = suffix.end()
    elif kind == "highlight" and line.startswith("{>>", stop):
        close = line.find("<<}", stop + 3)
        if close >= 0 and not _OPENER.search(line, stop + 3, close):
            note = line[stop + 3:close]
            stop = close + 3
    whole = line[:start].strip() == "" and line[stop:].strip() == ""
    return Mark(kind, offset + start, offset + stop, old, new, attributes, note, number, whole)


def _warn(number: int, token: str, problem: str) -> str:
    return f"line {number}: the mark '{token}…{OPENERS[token]}' {problem}; kept as text"


def attribution(mark_id: str, author: str = "", initials: str = "", at: str = "") -> str:
    """The ``{#ID …}`` written after a suggestion; values are cleaned of the characters the
    attribution and the Markdown writer would read differently."""
    parts = [f"{{#{mark_id}"]
    for key, value in (("by", author), ("initials", initials), ("at", at)):
        value = safe_value(value)
        if value:
            parts.append(f' {key}="{value}"')
    return "".join(parts) + "}"


def parse_attribution(text: str) -> dict[str, str]:
    """The values of an attribution ``{#ID by=… initials=… at=…}`` (``id`` and the others);
    empty for anything else."""
    return dict(_parsed(text))


@functools.lru_cache(maxsize=512)
def _parsed(text: str) -> tuple[tuple[str, str], ...]:
    found = _ATTRIBUTION.fullmatch(text)
    if found is None:
        return ()
    return (("id", found.group(1)), *_ATTRIBUTE.findall(found.group(2)))


_UNSAFE = re.compile(r'["{}\\*_`\[\]<>&|~\n\r\t]')


def safe_value(value: str) -> str:
    return " ".join(_UNSAFE.sub(" ", value).split())[:200]


@dataclass(frozen=True)
class Remark:
    """A CriticMarkup comment or highlight lifted out of the body: ``quote`` is the text it
    is on (the highlighted words; for a lone comment, the word before it), ``note`` what it
    says, ``at`` where the quote starts in the body without the remarks."""

    quote: str
    note: str
    at: int


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def lift_remarks(body: str) -> tuple[str, list[Remark]]:
    """``body`` without its comments and highlights (a highlight leaves its words), and the
    remarks they made, to become review comments."""
    out: list[str] = []
    remarks: list[Remark] = []
    last = 0
    length = 0
    for mark in scan(body).marks:
        if mark.kind not in ("comment", "highlight"):
            continue
        kept = body[last:mark.start]
        out.append(kept)
        length += len(kept)
        if mark.kind == "highlight":
            remarks.append(Remark(mark.old, mark.note, length))
            out.append(mark.old)
            length += len(mark.old)
        else:
            before = "".join(out)
            word = _WORD_BEFORE.search(before[-200:])
            quote = word.group(1) if word else ""
            remarks.append(Remark(quote, mark.old, length - len(before[-200:]) + word.start(1)
                                  if word else length))
            if kept.endswith(" ") and body[mark.end:mark.end + 1] == " ":
                out[-1] = kept[:-1]  # "a {>>b<<} c" leaves one space, not two
                length -= 1
        last = mark.end
    out.append(body[last:])
    return "".join(out), remarks
