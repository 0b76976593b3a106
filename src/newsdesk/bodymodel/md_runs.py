"""Inline runs made ready for the writer (``md_inline``): what Markdown cannot say is settled.

Spaces and tabs that end a paragraph, a heading or a table cell are dropped, like trailing
line breaks: nobody sees them, and kept they would have to be written as ``&#32;`` (the parser
strips them), which then shows up in every diff. Adjacent runs of one format are joined. White
space at the edge of emphasis is split off and keeps only the emphasis its neighbour shares
(``**a **b`` is written ``**a** b``): a delimiter cannot open before or close after a space.
At the edge of a suggestion (docs/formats.md §2a) it keeps only the emphasis written around
the whole suggestion (``suggest_marks.enclosing``), as emphasis inside a mark ends with it. A
link whose text is its own address becomes an autolink.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .ir import MARKS, Run
from .suggest_marks import enclosing

TRAILING_SPACE = " \t"  # dropped at the end of a paragraph, heading or cell (not in a link)

_AUTOLINK = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\x00-\x20]*$")
_EMAIL = re.compile(r"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}"
                    r"[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$")


def autolinks(runs: list[Run], table: bool) -> list[Run]:
    """A link whose text is its own address is written ``<address>``."""
    out = []
    for i, run in enumerate(runs):
        link = run.link
        if (link is not None and not link[1]
                and all(runs[j].link != link for j in (i - 1, i + 1) if 0 <= j < len(runs))
                and run.kind == "text" and not run.marks and not (table and "|" in run.text)):
            href, text = link[0], run.text
            if (href == text and _AUTOLINK.match(text) and "\\" not in text) or (
                href == "mailto:" + text and _EMAIL.match(text)
            ):
                out.append(Run("autolink", text, change=run.change))
                continue
        out.append(run)
    return out



def _spaced_end(run: Run) -> bool:
    return run.kind == "text" and run.link is None and run.change is None \
        and run.text.endswith(tuple(TRAILING_SPACE))


def prepare(runs: list[Run], single_line: bool) -> list[Run]:
    """Drop trailing breaks and spaces, split text so that no emphasis starts or ends with
    white space."""
    runs = [r for r in runs if not (r.kind == "text" and not r.text)]
    if single_line:
        runs = [Run("text", " ", r.marks, r.link, r.nest, change=r.change)
                if r.kind.endswith("break") else r
                for r in runs]
    while runs and (runs[-1].kind.endswith("break") or _spaced_end(runs[-1])):
        last = runs.pop()
        if last.kind == "text" and last.text.rstrip(TRAILING_SPACE):
            runs.append(replace(last, text=last.text.rstrip(TRAILING_SPACE)))
            break
    merged: list[Run] = []
    for run in runs:  # adjacent runs of one format read back as one
        if merged and run.kind == merged[-1].kind and run.kind in ("code", "text") \
                and run.same_format(merged[-1]):
            merged[-1] = replace(run, text=merged[-1].text + run.text)
        else:
            merged.append(run)
    runs = merged
    around = enclosing(runs)
    out: list[Run] = []
    for i, run in enumerate(runs):
        if run.kind != "text" or not run.marks:
            out.append(run)
            continue
        text = run.text
        head = len(text) - len(text.lstrip())
        tail = max(len(text.rstrip()), head)
        prev_marks = _marks_at(runs, i - 1) & _across(runs, around, i, i - 1)
        next_marks = _marks_at(runs, i + 1) & _across(runs, around, i, i + 1)
        lead, body, trail = text[:head], text[head:tail], text[tail:]
        if lead:
            out.append(replace(run, text=lead, marks=run.marks & prev_marks))
        if body:
            out.append(replace(run, text=body))
        if trail:
            out.append(replace(run, text=trail, marks=run.marks & next_marks))
    return out


def _marks_at(runs: list[Run], i: int) -> frozenset[str]:
    """Marks white space next to run ``i`` may keep: all at a line's edge (it is written as
    a character reference there, which emphasis can hold), else those the neighbour shares."""
    if 0 <= i < len(runs) and not runs[i].kind.endswith("break"):
        return runs[i].marks
    return frozenset(MARKS)


def _across(runs: list[Run], around: list[frozenset[str] | None], i: int, j: int) -> frozenset[str]:
    """Marks that go on from run ``i`` to its neighbour ``j`` across a suggestion's edge (or
    its ``~>``): those written around the suggestion; all where there is no such edge."""
    if not 0 <= j < len(runs) or runs[i].change == runs[j].change:
        return frozenset(MARKS)
    out = frozenset(MARKS)
    for held in (around[i], around[j]):
        if held is not None:
            out &= held
    return out
