"""Word's tracked changes in a paragraph's text, brought in as pending suggestions (§3a).

Before mammoth reads the document, ``mark_changes`` finds every tracked insertion
(``w:ins``, ``w:moveTo``) and deletion (``w:del``, ``w:moveFrom``) whose runs hold text and
wraps it in two marker runs (Unicode noncharacters, which no document holds as text: any found
are removed first), carrying the change's number; the deleted runs are made ordinary runs so
that mammoth keeps their words. A change inside another one is resolved as Word's "accept"
would (an inner deletion dropped, an inner insertion kept): marks do not nest. What is not
text in a paragraph — a table row, a picture, a paragraph mark, a change of formatting — is
left to mammoth, which accepts it, and counted by kind for the warning.

After the conversion to Markdown, ``as_suggestions`` writes each marked stretch as a pending
suggestion (``domain.suggestions.markup``) by the change's author at its time; a deletion just
before an insertion by the same author becomes a replacement. A stretch that cannot be a mark
where it ended up (inside a link, across a line) is accepted; ``accepted`` (used for the
headline, sapo and byline) accepts them all.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime

from newsdesk.domain.critic import scan
from newsdesk.domain.suggestions import markup, new_id, parse_time
from newsdesk.domain.text import nfc

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_INSERTS = (W + "ins", W + "moveTo")
_DELETES = (W + "del", W + "moveFrom")
_TRACKED = _INSERTS + _DELETES
_FORMAT = {W + name for name in ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange",
                                 "trPrChange", "tcPrChange", "tblGridChange",
                                 "numberingChange")}
_CELL = {W + "cellIns", W + "cellDel", W + "cellMerge"}
_PICTURE = {W + "drawing", W + "pict", W + "object"}
_INSERT, _DELETE, _SEP, _CLOSE = "\ufdd0", "\ufdd1", "\ufdd2", "\ufdd3"
_ZERO = 0xFDE0  # the change's number, in ten noncharacter digits
_MARKERS = re.compile("[\ufdd0-\ufdef]")
_STRETCH = re.compile("([\ufdd0\ufdd1])([\ufde0-\ufde9]+)\ufdd2(.*?)\ufdd3\\2\ufdd2", re.S)
KINDS = ("row", "picture", "paragraph", "format")


@dataclass(frozen=True)
class Change:
    """One tracked change carried through the conversion: ``insert`` or ``delete``."""

    kind: str
    author: str
    initials: str
    time: datetime | None


@dataclass
class Tracked:
    """The marked changes (by number) and how many of each kind were left to be accepted."""

    changes: list[Change] = field(default_factory=list)
    accepted: dict[str, int] = field(default_factory=dict)


def initials(name: str) -> str:
    """The initials of ``name`` ("Trần Thu Hà" → "TTH")."""
    return "".join(part[0] for part in name.split()).upper()[:4]


def mark_changes(root: ET.Element) -> Tracked:
    """Mark the tracked changes in the text of ``root`` (word/document.xml), in place."""
    tracked = Tracked()
    parents = {child: parent for parent in root.iter() for child in parent}
    for el in root.iter():
        if el.tag in (W + "t", W + "delText") and el.text and _MARKERS.search(el.text):
            el.text = _MARKERS.sub("", el.text)
    for el in list(root.iter()):
        kind = _accepted_kind(el, parents)
        if kind in KINDS:
            tracked.accepted[kind] = tracked.accepted.get(kind, 0) + 1
        elif kind == "text":
            _mark(el, parents[el], tracked)
    return tracked


def _accepted_kind(el: ET.Element, parents: dict[ET.Element, ET.Element]) -> str:
    """What ``el`` is: a kind of change left to mammoth (KINDS), ``text`` (to be marked) or
    nothing to do."""
    if el.tag in _FORMAT:
        return "format"
    if el.tag in _CELL:
        return "row"
    if el.tag not in _TRACKED:
        return ""
    parent = parents.get(el)
    if parent is not None and parent.tag == W + "trPr":
        return "row"
    if parent is not None and parent.tag == W + "rPr":
        paragraph = parents.get(parents.get(parent, parent))
        if parents.get(parent, parent).tag != W + "pPr" or paragraph is None:
            return ""
        if _whole(paragraph):  # a paragraph added or removed whole: its line is the mark
            if el.tag in _DELETES:
                parent.remove(el)  # kept apart from the next paragraph, to be rejected
            return ""
        return "paragraph"
    if _nested(el, parents) or not _in_paragraph(el, parents) or _in_tracked_row(el, parents):
        return ""
    if any(x.tag in _PICTURE for x in el.iter()):
        return "picture"
    return "text" if _words(el) else ""


def _whole(paragraph: ET.Element) -> bool:
    """Whether all the words of ``paragraph`` are in tracked changes of one kind."""
    changes = [x for x in paragraph.iter() if x.tag in _TRACKED and x.find(W + "r") is not None]
    return bool(changes) and len({x.tag in _INSERTS for x in changes}) == 1 \
        and not _words(paragraph, untracked=True).strip() \
        and not any(x.tag in _PICTURE for c in changes for x in c.iter())


def _ancestors(el: ET.Element, parents: dict[ET.Element, ET.Element]):
    while el in parents:
        el = parents[el]
        yield el


def _nested(el: ET.Element, parents: dict[ET.Element, ET.Element]) -> bool:
    return any(a.tag in _TRACKED for a in _ancestors(el, parents))


def _in_paragraph(el: ET.Element, parents: dict[ET.Element, ET.Element]) -> bool:
    return any(a.tag == W + "p" for a in _ancestors(el, parents))


def _in_tracked_row(el: ET.Element, parents: dict[ET.Element, ET.Element]) -> bool:
    for a in _ancestors(el, parents):
        if a.tag == W + "tr":
            props = a.find(W + "trPr")
            if props is not None and any(x.tag in _TRACKED for x in props):
                return True
    return False


def _words(el: ET.Element, untracked: bool = False) -> str:
    """The text of ``el``'s runs (only those outside tracked changes when ``untracked``)."""
    if untracked and el.tag in _TRACKED:
        return ""
    own = el.text or "" if el.tag in (W + "t", W + "delText") else ""
    return own + "".join(_words(child, untracked) for child in el)


def _mark(el: ET.Element, parent: ET.Element, tracked: Tracked) -> None:
    number = len(tracked.changes)
    deleted = el.tag in _DELETES
    author = nfc(el.get(W + "author", "")).strip()
    time = parse_time(el.get(W + "date", ""))
    tracked.changes.append(Change("delete" if deleted else "insert", author, initials(author),
                                  time.astimezone(UTC) if time else None))
    _resolve_inner(el)
    if deleted:
        for x in el.iter():
            if x.tag == W + "delText":
                x.tag = W + "t"
            elif x.tag == W + "delInstrText":
                x.tag = W + "instrText"
    digits = "".join(chr(_ZERO + int(d)) for d in str(number))
    at = list(parent).index(el)
    children = [_marker((_DELETE if deleted else _INSERT) + digits + _SEP), *el,
                _marker(_CLOSE + digits + _SEP)]
    parent.remove(el)
    for offset, child in enumerate(children):
        parent.insert(at + offset, child)


def _resolve_inner(el: ET.Element) -> None:
    """Accept the changes inside ``el``: an inner deletion goes, an inner insertion stays."""
    for child in list(el):
        _resolve_inner(child)
        if child.tag in _DELETES:
            el.remove(child)
        elif child.tag in _INSERTS:
            at = list(el).index(child)
            el.remove(child)
            for offset, grandchild in enumerate(list(child)):
                el.insert(at + offset, grandchild)


def _marker(text: str) -> ET.Element:
    run = ET.Element(W + "r")
    words = ET.SubElement(run, W + "t")
    words.set(_XML_SPACE, "preserve")
    words.text = text
    return run


def accepted(text: str) -> tuple[str, int]:
    """``text`` with its marked changes accepted, and how many there were."""
    count = len(_STRETCH.findall(text))
    kept = _STRETCH.sub(lambda m: m.group(3) if m.group(1) == _INSERT else "", text)
    return _MARKERS.sub("", kept), count


def as_suggestions(text: str, changes: list[Change], now: datetime) -> tuple[str, int, int]:
    """``text`` (Markdown) with its marked changes as pending suggestions: ``(text, how many
    suggestions, how many changes accepted because they cannot be a mark there)``."""
    refused: set[int] = set()
    ids: dict[int, str] = {}
    while True:
        out, made = _compose(text, changes, now, refused, ids)
        found = {m.attributes.get("id") for m in scan(out).marks}
        missing = {n for n, mark_id in made.items() if mark_id not in found}
        if not missing:
            plain, total = accepted(text)
            marks = len(_suggestion_marks(out)) - len(_suggestion_marks(plain))
            return _MARKERS.sub("", out), marks, total - len(made)
        refused |= missing


def _suggestion_marks(text: str) -> list[object]:
    return [m for m in scan(text).marks if m.kind in ("insert", "delete", "replace")]


def _compose(text: str, changes: list[Change], now: datetime, refused: set[int],
             ids: dict[int, str]) -> tuple[str, dict[int, str]]:
    """The text with the marks written, and which change numbers are in which mark."""
    out: list[str] = []
    made: dict[int, str] = {}
    last = 0
    stretches = list(_STRETCH.finditer(text))
    skip = False
    for index, m in enumerate(stretches):
        if skip:
            skip = False
            continue
        out.append(text[last:m.start()])
        last = m.end()
        number = _number(m.group(2))
        if number >= len(changes) or number in refused or not m.group(3).strip(" "):
            out.append(m.group(3) if m.group(1) == _INSERT else "")
            continue
        change = changes[number]
        kind, old, new = ("insert", "", m.group(3)) if m.group(1) == _INSERT else (
            "delete", m.group(3), "")
        after = stretches[index + 1] if index + 1 < len(stretches) else None
        if kind == "delete" and after is not None and after.start() == m.end() \
                and after.group(1) == _INSERT and after.group(3).strip(" "):
            other = _number(after.group(2))
            if other < len(changes) and other not in refused \
                    and changes[other].author == change.author:
                kind, new, skip, last = "replace", after.group(3), True, after.end()
                made[other] = ids.setdefault(number, new_id())
        made[number] = ids.setdefault(number, new_id())
        out.append(markup(kind, old, new, author=change.author, initials=change.initials,
                          time=change.time or now, change_id=ids[number]))
    out.append(text[last:])
    return "".join(out), made


def _number(digits: str) -> int:
    return int("".join(str(ord(d) - _ZERO) for d in digits))
