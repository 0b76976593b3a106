"""Review comments and how they stay attached to their passage while the text is edited.

A comment points at a passage of an article field (the body by default) the way a W3C
TextQuoteSelector does: the quoted text, a little context before and after it, and the
offset where it was as a hint. Finding it again in an edited text tries, in order: every
exact occurrence of the quote, ranked by how much of the context still surrounds it and how
close it is to the hint; then the place between the surviving context when the quote itself
was edited; then the most similar window of text (fuzzy). A comment whose passage is gone is
*orphaned* — kept and listed, never silently dropped. Comments are review material: they
travel in bundles and never reach an HTML export, nor a PDF unless a proof is asked for. A
comment's ``replies`` are its thread (``Reply``: text, author, initials, created), oldest
first; replies have no passage.

What an anchor's text is (``Anchor.basis``):

- ``reading`` (every anchor made now): the field's *reading text* — for the body, the text
  a reader sees, without Markdown syntax (``bodymodel.reading``: one line per block, photos
  as an empty line, NFC). ``quote`` is exactly the words that were selected, ``prefix`` /
  ``suffix`` the reading text around them and ``start`` the offset of the quote in that
  reading text (a hint). Headline and sapo are plain text: their reading text is the field.
- ``markdown`` (comments.json of bundles written before the basis was recorded): the same
  fields, but counted in the body's Markdown source, so a quote may hold syntax such as
  ``**``. Such anchors are turned into reading anchors when they are read (``from_markdown``).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import product

from .errors import NewsdeskError
from .text import nfc

CONTEXT = 32
READING = "reading"
MARKDOWN = "markdown"
_SYNTAX = re.compile(r"\\(?=[!-/:-@\[-`{-~])|\*+|~~|(?<!\w)_+|_+(?!\w)|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"
                     r"|\[|^ {0,3}(?:>\s?|[-+*]\s+|\d{1,9}[.)]\s+|#{1,6}\s+)", re.MULTILINE)
COMMENT_FIELDS = ("body", "sapo", "headline")  # the fields a comment can point into
FUZZY_THRESHOLD = 0.6
_WORD = re.compile(r"\w+", re.UNICODE)
_CANDIDATES = 8


@dataclass(frozen=True)
class Anchor:
    quote: str
    prefix: str = ""
    suffix: str = ""
    start: int = 0  # offset hint where the quote was when the comment was made
    field: str = "body"
    basis: str = READING  # what the offsets count in: READING text, or MARKDOWN (older)


@dataclass(frozen=True)
class Located:
    start: int
    end: int
    exact: bool
    score: float


@dataclass(frozen=True)
class Reply:
    """An answer in a comment's thread (replies have no passage of their own)."""

    id: str
    text: str
    author: str = ""
    initials: str = ""
    created: datetime | None = None


@dataclass
class Comment:
    id: str
    anchor: Anchor
    text: str
    author: str = ""
    initials: str = ""
    created: datetime | None = None
    resolved: bool = False
    resolved_by: str = ""
    resolved_at: datetime | None = None  # when it was last resolved, or reopened
    replies: tuple[Reply, ...] = ()  # oldest first

    def __post_init__(self) -> None:
        self.text = nfc(self.text).strip()
        self.replies = tuple(sorted(self.replies, key=_reply_order))

    def resolve(self, by: str, when: datetime) -> Comment:
        return replace(self, resolved=True, resolved_by=by, resolved_at=when)

    def reopen(self, when: datetime | None = None) -> Comment:
        """Open again; ``when`` it was reopened is kept in ``resolved_at`` (so a copy that
        was resolved earlier never closes it again, see ``merge_comment``)."""
        return replace(self, resolved=False, resolved_by="", resolved_at=when)


def merge_comment(here: Comment, incoming: Comment) -> Comment:
    """``incoming`` (a bundle's copy of the comment ``here``) merged into ``here``: the text
    and passage as the copy has them, the replies of both, and the resolution that was set
    last — a copy made before the comment was resolved (or reopened) here never undoes that.
    A resolution without a time counts as the oldest."""
    def when(comment: Comment) -> float:
        return comment.resolved_at.timestamp() if comment.resolved_at else float("-inf")

    latest = incoming if when(incoming) >= when(here) else here
    replies = {r.id: r for r in here.replies}
    replies.update({r.id: r for r in incoming.replies if r.id not in replies})
    return replace(incoming, resolved=latest.resolved, resolved_by=latest.resolved_by,
                   resolved_at=latest.resolved_at, replies=tuple(replies.values()))


def _reply_order(reply: Reply) -> tuple[float, str]:
    return (reply.created.timestamp() if reply.created else 0.0, reply.id)


def make_anchor(text: str, start: int, end: int, *, field: str = "body") -> Anchor:
    """An anchor on ``text[start:end]`` (offsets in the NFC text)."""
    text = nfc(text)
    if not 0 <= start < end <= len(text):
        raise NewsdeskError(
            f"cannot comment on characters {start}–{end}: the text has {len(text)} characters; "
            "select a passage first",
            code="comment.range",
        )
    return Anchor(
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        start=start,
        field=field,
    )


def anchor_for_quote(text: str, quote: str, *, field: str = "body") -> Anchor:
    """An anchor on the first occurrence of ``quote`` in ``text`` (what the CLI offers)."""
    text, quote = nfc(text), nfc(quote)
    at = text.find(quote) if quote else -1
    if at < 0:
        raise NewsdeskError(
            f"the passage '{quote[:40]}' is not in the article's {field}", code="comment.quote"
        )
    return make_anchor(text, at, at + len(quote), field=field)


def from_markdown(anchor: Anchor) -> Anchor:
    """A reading anchor from an older anchor counted in Markdown: the syntax a quote or its
    context may hold (emphasis and strike marks, link brackets and addresses, escapes, quote
    and list markers) is taken out; ``start`` stays as a hint. Locating does the rest.
    Headline and sapo anchors only change their basis."""
    if anchor.basis != MARKDOWN:
        return anchor
    if anchor.field != "body":  # headline and sapo are plain text either way
        return replace(anchor, basis=READING)

    def bare(text: str) -> str:
        return _SYNTAX.sub("", nfc(text))

    quote = bare(anchor.quote).strip() or nfc(anchor.quote)
    return replace(anchor, quote=quote, prefix=bare(anchor.prefix), suffix=bare(anchor.suffix),
                   basis=READING)


def locate(anchor: Anchor, text: str) -> Located | None:
    """Where ``anchor``'s passage is in ``text`` now, or None when it is gone."""
    text = nfc(text)
    quote = nfc(anchor.quote)
    if not quote:
        return None
    best: Located | None = None
    at = text.find(quote)
    while at >= 0:
        score = _context_score(anchor, text, at, at + len(quote))
        if best is None or score > best.score:
            best = Located(at, at + len(quote), True, score)
        at = text.find(quote, at + 1)
    if best is not None:
        return best
    return _between_context(anchor, text) or _fuzzy(anchor, text)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    """1.0 for full context at the hinted place; context counts far more than distance."""
    before = _common_suffix(nfc(anchor.prefix), text[max(0, start - CONTEXT) : start])
    after = _common_prefix(nfc(anchor.suffix), text[end : end + CONTEXT])
    context = (before + after) / max(1, len(anchor.prefix) + len(anchor.suffix))
    distance = abs(start - anchor.start) / max(1, len(text))
    return 0.9 * context + 0.1 * (1.0 - distance)


def _between_context(anchor: Anchor, text: str) -> Located | None:
    """The quote was edited but its surroundings were not: anchor between them."""
    prefix, suffix = nfc(anchor.prefix), nfc(anchor.suffix)
    if len(prefix) < 8 or len(suffix) < 8:
        return None
    limit = 2 * len(anchor.quote) + 40
    best: Located | None = None
    at = text.find(prefix)
    while at >= 0:
        start = at + len(prefix)
        end = text.find(suffix, start)
        if 0 < end - start <= limit:
            similarity = difflib.SequenceMatcher(None, anchor.quote, text[start:end]).ratio()
            if best is None or similarity > best.score:
                best = Located(start, end, False, similarity)
        at = text.find(prefix, at + 1)
    return best


def _fuzzy(anchor: Anchor, text: str) -> Located | None:
    """The stretch of text most like the quote; None below the threshold.

    Linear first pass: slide a window of as many words as the quote over the text, counting
    the words it shares with the quote; then align words (difflib) only for the few best
    windows. Long quotes in long articles stay fast.
    """
    quote = nfc(anchor.quote)
    wanted = [w.casefold() for w in _WORD.findall(quote)]
    spans = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(text)]
    size = len(wanted)
    if not size or len(spans) < max(1, size // 2):
        return None
    need = Counter(wanted)
    window: Counter[str] = Counter()
    shared = 0
    ranked: list[tuple[int, int, int]] = []  # (-shared, distance to the hint, first word)
    for i, (_start, _end, word) in enumerate(spans):
        window[word] += 1
        if window[word] <= need[word]:
            shared += 1
        if i >= size:
            old = spans[i - size][2]
            if window[old] <= need[old]:
                shared -= 1
            window[old] -= 1
        first = max(0, i - size + 1)
        if i >= min(size, len(spans)) - 1 and shared >= FUZZY_THRESHOLD * size:
            ranked.append((-shared, abs(spans[first][0] - anchor.start), first))
    best: Located | None = None
    tried: list[int] = []
    for _neg, _distance, first in sorted(ranked):
        if len(tried) >= _CANDIDATES:
            break
        if any(abs(first - other) < max(1, size // 2) for other in tried):
            continue
        tried.append(first)
        spread = 2 if size <= 40 else 0  # fine-tune the edges of short quotes only
        for begin, words in product(range(max(0, first - spread), first + spread + 1),
                                    {max(1, size - size // 4), size - 1, size, size + 1,
                                     size + size // 4}):
            last = min(len(spans), begin + words) - 1
            if words < 1 or last < begin:
                continue
            found = [word for _s, _e, word in spans[begin : last + 1]]
            ratio = difflib.SequenceMatcher(None, found, wanted, autojunk=False).ratio()
            if ratio >= FUZZY_THRESHOLD and (best is None or ratio > best.score):
                best = Located(spans[begin][0], spans[last][1], False, ratio)
    return best


def reanchor(anchor: Anchor, text: str) -> Anchor | None:
    """A fresh anchor for where the passage is now (None when it is gone)."""
    found = locate(anchor, text)
    if found is None:
        return None
    return make_anchor(text, found.start, found.end, field=anchor.field)


@dataclass
class CommentView:
    """A comment with where it sits in the current text (None: orphaned)."""

    comment: Comment
    location: Located | None = field(default=None)

    @property
    def orphaned(self) -> bool:
        return self.location is None


def locate_passage(anchor: Anchor, reading: str, markdown: Callable[[], str]) -> Located | None:
    """Where ``anchor``'s passage is in ``reading`` (its field's reading text; ``markdown``
    gives the body's source when needed).

    An anchor counted in Markdown is read as a reading anchor first; so is one whose quote is
    not in the reading text but is in the Markdown source (stored before anchors recorded
    their basis)."""
    found = locate(from_markdown(anchor), reading)
    if anchor.field == "body" and anchor.quote and (found is None or not found.exact) \
            and anchor.quote in markdown():
        legacy = locate(from_markdown(replace(anchor, basis=MARKDOWN)), reading)
        if legacy is not None and (found is None or legacy.score > found.score):
            return legacy
    return found
