"""Suggestions (track changes) in an article's body: what is pending, accepting, rejecting, making.

A pending suggestion is written in the body itself as CriticMarkup with an attribution
(docs/formats.md §2a), so it travels wherever the body goes — revisions, Markdown files,
review bundles — with its id, author and time:

    Giá vé {~~7.000~>8.000~~}{#a1b2c3d4 by="Lê Minh" initials="LM" at="2026-12-06T05:00:00+00:00"} đồng.

``pending(body)`` lists them with their place in the body (``start``/``end``: what an editor
highlights); ``resolve`` accepts or rejects some or all; ``suggest`` makes one from an edit of
the plain text (for the editor's suggest mode and for comparing a reviewed version). A
suggestion that makes up a whole line (a paragraph, heading or figure added or removed) takes
the line, and one blank line beside it, away when it resolves to nothing. ``refuse_pending``
is what exports and the workflow call: nothing is published while a suggestion is pending.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from .article import Article
from .critic import Mark, attribution, one_replacement, scan
from .errors import NewsdeskError
from .text import nfc

UNKNOWN_AUTHOR = "unknown"
SUGGESTION_KINDS = ("insert", "delete", "replace")
PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"


class UnknownChange(NewsdeskError):
    code = "suggestion.unknown"


# Formats that keep pending suggestions as they are; every other export refuses them.
KEEPS_SUGGESTIONS = ("markdown", "bundle")


class PendingSuggestions(NewsdeskError):
    code = "suggestion.pending"

    def __init__(self, message: str, *, count: int = 0, export: bool = True) -> None:
        super().__init__(message)
        self.count = count  # how many are pending (the app says it in the UI language)
        self.export = export  # an export refused (else a workflow step: approve, publish)


def refuse_pending(article: Article, what: str, hint: str = "", *, export: bool = True) -> None:
    """Raise PendingSuggestions when ``article`` has pending suggestions; ``what`` is the
    refused step ("exported as html", "approved"); ``export``: an export (else a workflow
    step)."""
    count = len(pending(article.body))
    if not count:
        return
    short = (article.id or "ID")[:8]
    raise PendingSuggestions(
        f"the article cannot be {what}: it has {count} pending suggestion"
        f"{'' if count == 1 else 's'}; review them with 'newsdesk changes {short}', then "
        f"'newsdesk accept {short} all' or 'newsdesk reject {short} all' (or one by one)"
        + (f"; {hint}" if hint else ""), count=count, export=export)


@dataclass(frozen=True)
class Suggestion:
    """One suggestion: ``old`` is removed and ``new`` put in its place when accepted."""

    id: str
    kind: str
    old: str
    new: str
    author: str = UNKNOWN_AUTHOR
    initials: str = ""
    time: datetime | None = None
    status: str = PENDING
    start: int = 0
    end: int = 0
    line: int = 0
    whole_line: bool = False

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "author": self.author,
                "initials": self.initials,
                "time": self.time.isoformat() if self.time else None,
                "old": self.old, "new": self.new, "line": self.line,
                "block": self.whole_line}


def _suggestion(mark: Mark, fallback_id: str) -> Suggestion:
    attrs = mark.attributes
    return Suggestion(
        id=attrs.get("id") or fallback_id, kind=mark.kind, old=mark.old, new=mark.new,
        author=attrs.get("by") or UNKNOWN_AUTHOR, initials=attrs.get("initials", ""),
        time=parse_time(attrs.get("at", "")), start=mark.start, end=mark.end, line=mark.line,
        whole_line=mark.whole_line)


def parse_time(text: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return parsed if parsed is None or parsed.tzinfo else parsed.replace(tzinfo=UTC)


def pending(body: str) -> list[Suggestion]:
    """The pending suggestions of ``body`` in reading order. A mark without attribution (from
    another CriticMarkup tool) is by an unknown author, its id ``n`` + its place in order."""
    out = []
    for index, mark in enumerate((m for m in scan(body).marks if m.kind in SUGGESTION_KINDS),
                                 start=1):
        out.append(_suggestion(mark, f"n{index}"))
    return out


def warnings(body: str) -> list[str]:
    """What in ``body`` looks like CriticMarkup but is kept as plain text."""
    return scan(body).warnings


def find(body: str, change_id: str) -> Suggestion:
    for suggestion in pending(body):
        if suggestion.id == change_id:
            return suggestion
    known = ", ".join(s.id for s in pending(body)[:10]) or "none is pending"
    raise UnknownChange(f"no pending suggestion '{change_id}' in this article (pending: {known}; "
                        "see 'newsdesk changes ID')")


def resolve(body: str, accept: bool, ids: list[str] | None = None) -> tuple[str, list[Suggestion]]:
    """``body`` with the suggestions ``ids`` (all when None) accepted or rejected, and those
    suggestions. An unknown id raises UnknownChange and changes nothing."""
    chosen = pending(body)
    if ids is not None:
        chosen = [find(body, change_id) for change_id in dict.fromkeys(ids)]
    text = body
    for s in sorted(chosen, key=lambda s: s.start, reverse=True):  # last first: offsets hold
        replacement = s.new if accept else s.old
        head, middle = _join(text[:s.start], replacement)
        head, tail = _join(head + middle, text[s.end:])
        text = head + tail
        if s.whole_line and not replacement.strip():
            text = _drop_line(text, s.start)
    done = ACCEPTED if accept else REJECTED
    return text, [replace(s, status=done) for s in chosen]


_DELIMITERS = ("**", "__", "~~", "*", "_")


def _join(left: str, right: str) -> tuple[str, str]:
    """``left`` and ``right`` to be put side by side, without the closing emphasis mark at the
    end of ``left`` and the same opening mark at the start of ``right``: ``**đậm**`` then
    ``**thêm**`` read as ``**đậmthêm**``, not as bold text with four asterisks inside."""
    for mark in _DELIMITERS:
        n = len(mark)
        if not (left.endswith(mark) and right.startswith(mark)):
            continue
        inner_left, inner_right = left[:-n], right[n:]
        if (not inner_left or not inner_right or inner_left[-1].isspace()
                or inner_right[0].isspace() or inner_left[-1] == mark[0]
                or inner_right[0] == mark[0] or mark not in inner_left):
            return left, right  # not a closing mark meeting an opening one
        return inner_left, inner_right
    return left, right


def _drop_line(text: str, at: int) -> str:
    """Remove the (now blank) line at offset ``at``; when that leaves two blank lines
    together, or a blank line opening or ending the body, one of them goes too."""
    lines = text.split("\n")
    number = text.count("\n", 0, at)
    if lines[number].strip():
        return text
    del lines[number]
    before = lines[number - 1] if number > 0 else None
    after = lines[number] if number < len(lines) else None
    if before is not None and after is not None and not before.strip() and not after.strip():
        del lines[number]
    elif before is None and after is not None and not after.strip():
        del lines[number]
    elif after is None and before is not None and not before.strip():
        del lines[number - 1]
    return "\n".join(lines)


def described(s: Suggestion, width: int = 40) -> str:
    """What a suggestion does, in words a reporter reads: ``“chín” → “9”``, ``the
    insertion of “mới”``, ``the deletion of “rất”`` (long texts shortened)."""
    def q(text: str) -> str:
        text = " ".join(text.split())
        return f"“{text if len(text) <= width else text[:width - 1] + '…'}”"

    if s.kind == "replace":
        return f"{q(s.old)} → {q(s.new)}"
    return f"the insertion of {q(s.new)}" if s.kind == "insert" else \
        f"the deletion of {q(s.old)}"


def decision_note(done: list[Suggestion], accept: bool, limit: int = 5) -> str:
    """The History note of a decision: ``accepted “chín” → “9” (Lê Minh)``; for several,
    how many, then each (the first ``limit``) with its author."""
    verb = "accepted" if accept else "rejected"
    each = [f"{described(s)} ({s.author})" for s in done[:limit]]
    more = f"; and {len(done) - limit} more" if len(done) > limit else ""
    if len(done) == 1:
        return f"{verb} {each[0]}"
    return f"{verb} {len(done)} suggestions: " + "; ".join(each) + more


def accept_all(body: str) -> str:
    return resolve(body, True)[0]


def reject_all(body: str) -> str:
    return resolve(body, False)[0]


def new_id() -> str:
    return uuid.uuid4().hex[:8]


def markup(kind: str, old: str, new: str, *, author: str = "", initials: str = "",
           time: datetime | None = None, change_id: str | None = None) -> str:
    """The CriticMarkup of one suggestion with its attribution. A replacement that would not
    read back as one — its old text starts, or its new text ends, with a space (``{~~ a~>b~~}``
    would read as strikethrough in Markdown), or it holds ``~~`` or another ``~>`` (``~~gạch~~``,
    ``a~``) — is written as a deletion and an insertion, unless a space both texts end (or
    start) with can stand outside the mark: ``chín `` → ``9 `` is ``{~~chín~>9~~} ``."""
    old, new = nfc(old), nfc(new)
    if kind == "replace" and not one_replacement(old, new):
        lead = trail = ""
        if len(old) > 1 and len(new) > 1 and old[-1].isspace() and old[-1] == new[-1]:
            trail, old, new = old[-1], old[:-1], new[:-1]  # "chín " → "9 ": "{~~chín~>9~~} "
        if len(old) > 1 and len(new) > 1 and old[0].isspace() and old[0] == new[0]:
            lead, old, new = old[0], old[1:], new[1:]
        if (lead or trail) and one_replacement(old, new):
            return lead + markup(kind, old, new, author=author, initials=initials, time=time,
                                 change_id=change_id) + trail
        return (markup("delete", old, "", author=author, initials=initials, time=time,
                       change_id=change_id)
                + markup("insert", "", new, author=author, initials=initials, time=time))
    core = {"insert": f"{{++{new}++}}", "delete": f"{{--{old}--}}",
            "replace": f"{{~~{old}~>{new}~~}}"}[kind]
    when = (time or datetime.now(UTC)).isoformat(timespec="seconds")
    return core + attribution(change_id or new_id(), author, initials, when)


def suggest(body: str, start: int, end: int, new: str, *, author: str = "",
            initials: str = "", time: datetime | None = None) -> tuple[str, str]:
    """``body`` with ``body[start:end]`` suggested to become ``new`` (an insertion when the
    range is empty, a deletion when ``new`` is); ``(new body, the suggestion's id)``.
    The range must be on one line and outside other marks."""
    old = body[start:end]
    if "\n" in old or "\n" in new:
        raise NewsdeskError("a suggestion stays within one line", code="suggestion.lines")
    if any((m.start < end and start < m.end) or m.start < start < m.end
           for m in scan(body).marks):
        raise NewsdeskError("the passage is already part of a suggestion",
                            code="suggestion.overlap")
    kind = "replace" if old and new else "insert" if new else "delete"
    if not old and not new:
        raise NewsdeskError("nothing to suggest", code="suggestion.empty")
    change_id = new_id()
    mark = markup(kind, old, new, author=author, initials=initials, time=time,
                  change_id=change_id)
    return body[:start] + mark + body[end:], change_id


def without_attributions(body: str) -> str:
    """``body`` with each suggestion's attribution (``{#ID by=…}``) blanked by as many spaces:
    the same length and lines, for reading the words (the spell checker) without the names
    and times."""
    out, last = [], 0
    for mark in scan(body).marks:
        if mark.kind in SUGGESTION_KINDS and mark.attributes:
            at = body.rindex("{#", mark.start, mark.end)
            out.append(body[last:at] + " " * (mark.end - at))
            last = mark.end
    return "".join(out) + body[last:]


def shown(body: str) -> str:
    """``body`` as the editor shows it: each suggestion's old and new text side by side,
    without the marks' syntax and attribution (for counting words)."""
    if "{" not in body:
        return body
    out, last = [], 0
    for mark in scan(body).marks:
        if mark.kind in SUGGESTION_KINDS:
            out.append(body[last:mark.start] + mark.old + mark.new)
            last = mark.end
    return "".join(out) + body[last:]


def with_ids(body: str) -> str:
    """``body`` with an attribution ``{#ID}`` after every suggestion that has none (marks from
    another CriticMarkup tool), so each keeps its id from now on; the author stays unknown."""
    out, last = [], 0
    for mark in scan(body).marks:
        if mark.kind in SUGGESTION_KINDS and "id" not in mark.attributes:
            out.append(body[last:mark.end] + attribution(new_id()))
            last = mark.end
    return "".join(out) + body[last:]
