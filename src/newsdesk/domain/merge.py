"""Three-way merge of two versions of an article that started from the same base.

A reviewer's copy (``theirs``) and the newsroom's copy (``ours``) both descend from ``base``.
Each side's changes are found against the base, so a change is attributed to the side that
made it: the reviewer's 25→26 stays 25→26 even when the newsroom wrote 24→25 meanwhile, and
a sentence the newsroom added is never shown as deleted by the reviewer.

The body is merged paragraph by paragraph (line by line, as Markdown writes it); when both
sides changed the same paragraph, the merge retries syllable by syllable, so edits to
different words of one paragraph still merge. Short fields merge syllable by syllable;
tags as a list; the publication time, the related stories and the photos map as values.
What both sides changed differently is a :class:`Conflict`: the merged article keeps ``ours`` there until
:meth:`ArticleMerge.resolve` is told to take ``theirs``.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from .article import TEXT_FIELDS, Article
from .diff import tokenize
from .revision import FieldDiff, diff_articles

Side = Literal["ours", "theirs"]


@dataclass(frozen=True)
class Conflict:
    """One place both sides changed differently: the base text and each side's text."""

    field: str
    base: str
    ours: str
    theirs: str
    ours_value: object = None  # for tags: the lists themselves
    theirs_value: object = None


Chunk = tuple[str, ...]  # ("ok", text) or ("conflict", base, ours, theirs)


def _changes(base: Sequence, other: Sequence) -> list[tuple[int, int, list, int]]:
    matcher = difflib.SequenceMatcher(None, base, other, autojunk=False)
    return [(i1, i2, list(other[j1:j2]), 0)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _overlaps(start: int, end: int, s: int, e: int) -> bool:
    if s == e:  # an insertion: inside the other change, or at the very same point
        return start <= s < end or s == start == end
    return s < end


def _apply(base: Sequence, start: int, end: int, changes: list) -> list:
    out: list = []
    at = start
    for s, e, replacement, _side in changes:
        out.extend(base[at:s])
        out.extend(replacement)
        at = e
    out.extend(base[at:end])
    return out


def merge3(base: Sequence, ours: Sequence, theirs: Sequence) -> list[tuple[str, list, list, list]]:
    """Regions in order: ``("ok", items, [], [])`` or ``("conflict", base, ours, theirs)``."""
    items = sorted([(s, e, r, 0) for s, e, r, _ in _changes(base, ours)]
                   + [(s, e, r, 1) for s, e, r, _ in _changes(base, theirs)],
                   key=lambda c: (c[0], c[1]))
    clusters: list[list] = []  # [start, end, members]
    for item in items:
        if clusters and _overlaps(clusters[-1][0], clusters[-1][1], item[0], item[1]):
            clusters[-1][1] = max(clusters[-1][1], item[1])
            clusters[-1][2].append(item)
        else:
            clusters.append([item[0], item[1], [item]])
    out: list[tuple[str, list, list, list]] = []
    at = 0
    for start, end, members in clusters:
        if start > at:
            out.append(("ok", list(base[at:start]), [], []))
        mine = [m for m in members if m[3] == 0]
        others = [m for m in members if m[3] == 1]
        ours_part = _apply(base, start, end, mine)
        theirs_part = _apply(base, start, end, others)
        if not mine or not others or ours_part == theirs_part:
            out.append(("ok", theirs_part if others else ours_part, [], []))
        else:
            out.append(("conflict", list(base[start:end]), ours_part, theirs_part))
        at = end
    if at < len(base):
        out.append(("ok", list(base[at:]), [], []))
    return out


def merge_text(base: str, ours: str, theirs: str, *, by_line: bool) -> list[Chunk]:
    """``base``/``ours``/``theirs`` merged as chunks; paragraphs first when ``by_line``."""
    if not by_line:
        return _joined(merge3(tokenize(base), tokenize(ours), tokenize(theirs)))
    chunks: list[Chunk] = []
    regions = merge3(base.splitlines(keepends=True), ours.splitlines(keepends=True),
                     theirs.splitlines(keepends=True))
    for kind, a, b, c in regions:
        if kind == "ok":
            chunks.append(("ok", "".join(a)))
            continue
        finer = merge_text("".join(a), "".join(b), "".join(c), by_line=False)
        if all(chunk[0] == "ok" for chunk in finer):
            chunks.extend(finer)
        else:
            chunks.append(("conflict", "".join(a), "".join(b), "".join(c)))
    return chunks


def _joined(regions) -> list[Chunk]:
    return [("ok", "".join(a)) if kind == "ok" else ("conflict", "".join(a), "".join(b),
                                                       "".join(c))
            for kind, a, b, c in regions]


@dataclass
class ArticleMerge:
    """The merge of ``ours`` and ``theirs`` from ``base``; conflicts keep ``ours``."""

    base: Article
    ours: Article
    theirs: Article
    pieces: dict[str, list[str | int]]  # text fields: text, or the index of a conflict
    values: dict[str, object]  # tags, published, assets: merged values (None: a conflict)
    conflicts: list[Conflict]

    @property
    def clean(self) -> bool:
        return not self.conflicts

    def resolve(self, take: Mapping[int, Side] | None = None) -> Article:
        """The merged article; conflict ``i`` takes ``take[i]`` (``ours`` when not given)."""
        take = take or {}
        changes: dict[str, object] = {}
        for name, pieces in self.pieces.items():
            changes[name] = "".join(
                piece if isinstance(piece, str) else
                getattr(self.conflicts[piece], take.get(piece, "ours")) for piece in pieces)
        for name, value in self.values.items():
            if isinstance(value, int) and not isinstance(value, bool) and name == "tags":
                conflict = self.conflicts[value]
                value = conflict.theirs_value if take.get(value) == "theirs" \
                    else conflict.ours_value
            changes[name] = value
        return self.ours.copy(**changes)

    @property
    def article(self) -> Article:
        return self.resolve()

    def their_changes(self, body_text: Callable[[str], str] | None = None) -> list[FieldDiff]:
        """What ``theirs`` changed from the base, word by word: the reviewer's own edits
        (``body_text``: how a body is compared, as ``diff_articles`` takes it)."""
        return diff_articles(self.base, self.theirs, body_text=body_text)

    def our_changes(self, body_text: Callable[[str], str] | None = None) -> list[FieldDiff]:
        return diff_articles(self.base, self.ours, body_text=body_text)


def _pick(base: object, ours: object, theirs: object) -> object:
    return theirs if ours == base else ours


def merge_articles(base: Article, ours: Article, theirs: Article) -> ArticleMerge:
    """Merge field by field; see the module docstring."""
    conflicts: list[Conflict] = []
    pieces: dict[str, list[str | int]] = {}
    for name in TEXT_FIELDS:
        a, b, c = (str(getattr(x, name)) for x in (base, ours, theirs))
        chunks = merge_text(a, b, c, by_line=name == "body")
        if name != "body" and any(chunk[0] == "conflict" for chunk in chunks):
            chunks = [("conflict", a, b, c)]  # a short field is chosen as a whole
        field_pieces: list[str | int] = []
        for chunk in chunks:
            if chunk[0] == "ok":
                field_pieces.append(chunk[1])
            else:
                field_pieces.append(len(conflicts))
                conflicts.append(Conflict(name, chunk[1], chunk[2], chunk[3]))
        pieces[name] = field_pieces
    values: dict[str, object] = {}
    tags = merge3(base.tags, ours.tags, theirs.tags)
    if any(kind == "conflict" for kind, *_ in tags):
        values["tags"] = len(conflicts)
        conflicts.append(Conflict("tags", ", ".join(base.tags), ", ".join(ours.tags),
                                  ", ".join(theirs.tags), list(ours.tags), list(theirs.tags)))
    else:
        values["tags"] = [tag for _kind, part, _b, _c in tags for tag in part]
    values["published"] = _pick(base.published, ours.published, theirs.published)
    values["related"] = list(theirs.related if ours.related == base.related else ours.related)
    assets = dict(ours.assets)
    for path in set(base.assets) | set(theirs.assets):
        if ours.assets.get(path) == base.assets.get(path):  # only the reviewer touched it
            if path in theirs.assets:
                assets[path] = theirs.assets[path]
            else:
                assets.pop(path, None)
    values["assets"] = assets
    return ArticleMerge(base, ours, theirs, pieces, values, conflicts)
