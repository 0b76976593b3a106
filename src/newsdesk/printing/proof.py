"""The proof: a print document with the review comments, for an editor who marks up on paper.

Each commented passage is highlighted in the headline, sapo or body with a small superscript
number after it; the comments follow the article as numbered notes under a "Góp ý" heading
(in the article's language), in the page's columns: number, author, date and time, the words
that were commented on, the comment and its replies. A comment whose passage is no longer in
the text is still listed, saying so.

The notes (``ProofNote``) arrive numbered and with their passage as it reads now; the services
layer makes them (``newsdesk.services.proof``), because locating a passage needs the body's
reading text. Here the passage is found again in the rendered HTML, whitespace ignored (the
``occurrence``-th time it appears, as in the reading text), and only text between tags is
touched, so the document keeps its structure. Everything a comment says is escaped: it prints
as text, never as markup. Plain Python (no Qt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from html import unescape

from markupsafe import escape

from newsdesk.render.dateline import base_language

_TAG = re.compile(r"(<[^>]*>)")
_WS = re.compile(r"\s")
# (field, opening tag, closing tag): where each commentable field is in the print document.
_REGIONS = (
    ("headline", '<h1 class="nd-headline">', "</h1>"),
    ("sapo", '<p class="nd-sapo">', "</p>"),
    ("body", '<div class="nd-body">', '<footer class="nd-foot">'),
)
_FIELD_ORDER = {"headline": 0, "sapo": 1, "body": 2}

_LABELS = {
    "vi": {
        "title": "Góp ý",
        "none": "Không có góp ý nào đang mở.",
        "gone": "đoạn văn không còn trong bài",
        "now": "nay là",
        "headline": "Tít",
        "sapo": "Sapo",
        "body": "Thân bài",
        "reply": "Trả lời",
        "unknown": "(không rõ người viết)",
    },
    "en": {
        "title": "Comments",
        "none": "No open comments.",
        "gone": "passage no longer found",
        "now": "now reads",
        "headline": "Headline",
        "sapo": "Standfirst",
        "body": "Body",
        "reply": "Reply",
        "unknown": "(unknown author)",
    },
}

PROOF_CSS = """
/* ---- proof: commented passages and the numbered notes ------------------------------------ */
.nd-proof-mark {
  background: #ffe88a;
  box-shadow: inset 0 -0.9pt 0 #c9a200;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
.nd-proof-mark.nd-proof-many { background: #ffd24a; }
.nd-proof-ref {
  font: 700 max(6.2pt, 0.3em)/0 var(--nd-sans);
  color: var(--nd-accent);
  vertical-align: super;
  margin-left: 0.12em;
  text-indent: 0;
  letter-spacing: 0;
}
.nd-proof {
  margin-top: calc(var(--nd-line) * 1.2);
  padding-top: calc(var(--nd-line) * 0.4);
  border-top: 1.2pt solid var(--nd-ink);
  font: 400 calc(var(--nd-font-size) * 0.88) / 1.34 var(--nd-sans);
  hyphens: none;
}
.nd-proof-title {
  margin: 0 0 calc(var(--nd-line) * 0.5);
  font: 700 calc(var(--nd-font-size) * 1.2) / 1.2 var(--nd-sans);
  text-transform: uppercase;
  letter-spacing: 0.04em;
  color: var(--nd-accent);
  break-after: avoid;  /* never a heading alone at the foot of a page */
  page-break-after: avoid;
}
/* One note under another, the width of the page with the text kept to a readable measure:
   the room on the right is for the answers written on the paper. Each note stays whole. */
.nd-proof-notes { list-style: none; margin: 0; padding: 0; }
.nd-proof-note {
  margin: 0 0 calc(var(--nd-line) * 0.45);
  padding: 0 0 calc(var(--nd-line) * 0.35) 7mm;
  border-bottom: 0.4pt solid var(--nd-rule);
  break-inside: avoid;
  page-break-inside: avoid;
}
.nd-proof-note > * { max-width: 125mm; }
.nd-proof-num {  /* inline, hanging in the indent: read (and copied) before its note */
  display: inline-block;
  width: 5mm;
  margin: 0 2mm 0 -7mm;
  padding: 0.2mm 0;
  border-radius: 0.8mm;
  background: var(--nd-accent);
  color: #fff;
  font: 700 calc(var(--nd-font-size) * 0.8) / 1.2 var(--nd-sans);
  text-align: center;
  vertical-align: 0.05em;
}
.nd-proof p { margin: 0; text-indent: 0; text-align: left; }
.nd-proof-meta { color: var(--nd-grey); font-size: 0.92em; }
.nd-proof-meta b { color: var(--nd-ink); }
.nd-proof-quote { margin: 0.2em 0 !important; font-family: var(--nd-serif); font-style: italic; }
.nd-proof-quote .nd-proof-words { background: #fff3bf; }
.nd-proof-now { font-style: normal; font-family: var(--nd-sans); font-size: 0.9em;
                color: var(--nd-grey); }
.nd-proof-gone { color: var(--nd-accent); font-style: normal; font-family: var(--nd-sans);
                 font-size: 0.9em; }
.nd-proof-text { white-space: pre-line; color: var(--nd-ink); }
.nd-proof-replies { list-style: none; margin: 0.3em 0 0; padding: 0 0 0 3mm;
                    border-left: 1pt solid var(--nd-rule); }
.nd-proof-replies li { margin-top: 0.25em; }
"""


@dataclass(frozen=True)
class ProofReply:
    text: str
    author: str = ""
    created: datetime | None = None


@dataclass(frozen=True)
class ProofNote:
    """One numbered note. ``passage`` is the commented text as it reads now in ``field`` (""
    when it is no longer found) and ``occurrence`` which of its appearances there it is
    (counted with whitespace ignored); ``quote`` is the words as they were commented on."""

    number: int
    text: str
    quote: str = ""
    author: str = ""
    created: datetime | None = None
    field: str = "body"
    passage: str = ""
    occurrence: int = 0
    replies: tuple[ProofReply, ...] = ()


def proof_labels(language: str) -> dict[str, str]:
    return dict(_LABELS["vi" if base_language(language) == "vi" else "en"])


def when_text(created: datetime | None) -> str:
    """``05/12/2026 14:30`` in the local time zone ("" when unknown)."""
    if created is None:
        return ""
    try:
        local = created.astimezone() if created.tzinfo else created
    except (OverflowError, OSError, ValueError):
        local = created
    return f"{local:%d/%m/%Y %H:%M}"


def apply_proof(html: str, notes: list[ProofNote], language: str) -> str:
    """The print document ``html`` with the passages of ``notes`` marked and the notes added
    at the end of the page. Notes whose passage is not found are listed all the same."""
    marked: set[int] = set()
    for field, opening, closing in _REGIONS:
        wanted = [n for n in notes if n.field == field and n.passage.strip()]
        if not wanted:
            continue
        start = html.find(opening)
        if start < 0:
            continue
        start += len(opening)
        end = html.find(closing, start)
        if field == "body" and end >= 0:
            end = html.rfind("</div>", start, end)
        if end < 0:
            continue
        region, found = mark_region(html[start:end], wanted)
        marked |= found
        html = html[:start] + region + html[end:]
    section = notes_html(notes, marked, language)
    at = html.rfind("</body>")
    return html[:at] + section + html[at:] if at >= 0 else html + section


def _squash(text: str) -> str:
    return _WS.sub("", text)


def mark_region(region: str, notes: list[ProofNote]) -> tuple[str, set[int]]:
    """``region`` (HTML) with each note's passage highlighted and numbered; the numbers of the
    notes marked."""
    pieces = _TAG.split(region)  # text at even indexes, tags at odd ones
    texts = {i: unescape(pieces[i]) for i in range(0, len(pieces), 2)}
    stream: list[tuple[int, int]] = []  # each visible non-space character: (piece, index)
    chars: list[str] = []
    for i in range(0, len(pieces), 2):
        for j, char in enumerate(texts[i]):
            if not char.isspace():
                stream.append((i, j))
                chars.append(char)
    haystack = "".join(chars)
    cover: dict[int, list[set[int]]] = {}
    refs: dict[tuple[int, int], list[int]] = {}
    found: set[int] = set()
    for note in notes:
        needle = _squash(note.passage)
        places = [m.start() for m in re.finditer(f"(?={re.escape(needle)})", haystack)]
        if not needle or not places:
            continue
        at = places[min(max(note.occurrence, 0), len(places) - 1)]
        span = stream[at : at + len(needle)]
        touched = sorted({piece for piece, _j in span})
        for piece in touched:
            own = [j for p, j in span if p == piece]
            low = 0 if piece != touched[0] else min(own)
            high = len(texts[piece]) if piece != touched[-1] else max(own) + 1
            marks = cover.setdefault(piece, [set() for _ in texts[piece]])
            for j in range(low, high):
                marks[j].add(note.number)
        last_piece, last_index = span[-1]
        refs.setdefault((last_piece, last_index + 1), []).append(note.number)
        cover.setdefault(last_piece, [set() for _ in texts[last_piece]])
        found.add(note.number)
    for piece, marks in cover.items():
        pieces[piece] = _marked_text(texts[piece], marks, piece, refs)
    return "".join(pieces), found


def _marked_text(text: str, marks: list[set[int]], piece: int,
                 refs: dict[tuple[int, int], list[int]]) -> str:
    out: list[str] = []
    run: list[str] = []
    current: frozenset[int] = frozenset()

    def flush() -> None:
        if not run:
            return
        chunk = str(escape("".join(run)))
        if current:
            many = " nd-proof-many" if len(current) > 1 else ""
            numbers = " ".join(str(n) for n in sorted(current))
            chunk = f'<mark class="nd-proof-mark{many}" data-notes="{numbers}">{chunk}</mark>'
        out.append(chunk)
        run.clear()

    for j in range(len(text) + 1):
        numbers = refs.get((piece, j))
        if numbers:
            flush()
            label = ",".join(str(n) for n in sorted(numbers))
            out.append(f'<sup class="nd-proof-ref">{label}</sup>')
        if j == len(text):
            break
        here = frozenset(marks[j])
        if here != current:
            flush()
            current = here
        run.append(text[j])
    flush()
    return "".join(out)


def notes_html(notes: list[ProofNote], marked: set[int], language: str) -> str:
    """The numbered notes (every note, found or not), as a section after the article."""
    words = proof_labels(language)
    title = f"{escape(words['title'])} ({len(notes)})" if notes else escape(words["title"])
    parts = [f'\n<section class="nd-proof" lang="{escape(language)}">',
             f'<h2 class="nd-proof-title">{title}</h2>']
    if not notes:
        parts.append(f'<p class="nd-proof-none">{escape(words["none"])}</p>')
    else:
        parts.append('<ol class="nd-proof-notes">')
        for note in sorted(notes, key=lambda n: n.number):
            parts.append(_note_html(note, note.number in marked, words))
        parts.append("</ol>")
    parts.append("</section>\n")
    return "\n".join(parts)


def _meta(author: str, created: datetime | None, words: dict[str, str], where: str = "",
          number: int | None = None) -> str:
    bits = [f"<b>{escape(author.strip() or words['unknown'])}</b>"]
    when = when_text(created)
    if when:
        bits.append(str(escape(when)))
    if where:
        bits.append(str(escape(where)))
    badge = f'<span class="nd-proof-num">{number}</span>' if number is not None else ""
    return f'<p class="nd-proof-meta">{badge}{" · ".join(bits)}</p>'


def _note_html(note: ProofNote, marked: bool, words: dict[str, str]) -> str:
    where = words.get(note.field, "")  # every note says where it is, the body's too
    quote = f'<span class="nd-proof-words">“{escape(note.quote.strip())}”</span>' \
        if note.quote.strip() else ""
    if not marked:
        quote += f' <span class="nd-proof-gone">({escape(words["gone"])})</span>'
    elif _squash(note.passage) != _squash(note.quote):  # the passage was edited since
        quote += (f' <span class="nd-proof-now">({escape(words["now"])} '
                  f'<span class="nd-proof-words">“{escape(note.passage.strip())}”</span>)</span>')
    lines = [
        f'<li class="nd-proof-note" id="nd-proof-{note.number}">',
        _meta(note.author, note.created, words, where, note.number),
        f'<p class="nd-proof-quote">{quote.strip()}</p>',
        f'<p class="nd-proof-text">{escape(note.text)}</p>',
    ]
    if note.replies:
        lines.append('<ol class="nd-proof-replies">')
        for reply in note.replies:
            lines.append(f'<li>{_meta(reply.author, reply.created, words, words["reply"])}'
                         f'<p class="nd-proof-text">{escape(reply.text)}</p></li>')
        lines.append("</ol>")
    lines.append("</li>")
    return "\n".join(lines)
