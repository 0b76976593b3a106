"""Copyfit: how much room a story takes in the chosen layout, measured from the real layout.

Method (no word counts, no guessing):

1. The print document is laid out by Chromium with the bundled fonts, the print stylesheet and
   the page setup; the screen layout of the same document gives ``.nd-article`` the width of
   the page's content box, so every line breaks exactly where it breaks on paper.
2. ``MEASURE_JS`` reads that layout: the body line height (the line grid, ``--nd-line``), the
   height of the head (kicker, headline, sapo: it spans all columns on the first page) and the
   depth of the story (body + byline/source + QR block) when the article is set in *one column
   of the printed column width*. Column width, not column count, decides the line breaks, so
   this is the exact number of lines the story occupies, photos and headings included (they
   count for the lines of body type they displace, as a make-up editor counts them).
3. The page count is read from the printed PDF itself.
4. ``compute_copyfit`` turns depths into lines of the body grid: a full column holds
   ``floor(content height / line)`` lines, the first page's columns hold fewer because of the
   head. The columns the story fills are counted on the pages the make-up laid out as on
   paper (``makeup.py``: ``filled``), after every move, split and tightening it made. Without
   them (a page the make-up did not run on), ``fill_columns`` sets the measured blocks
   (their real depths, in story order) into columns with the print stylesheet's break rules
   (photos never split, headings kept with their text, two lines at least at a break), and
   ``balanced`` spreads the last page over its columns as Chromium balances them. The foot (byline,
   source, QR code) spans the columns under them: it counts in the lines, not in a column —
   unless it ends the last column. ``over_under`` compares the story with the
   reporter's slot (``target_lines``): positive means the story runs over and must be cut,
   negative that it runs short.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .setup import PageSetup

MEASURE_JS = r"""
(() => {
  const art = document.querySelector('.nd-article');
  if (!art) { return '{}'; }
  const head = art.querySelector('.nd-head');
  const body = art.querySelector('.nd-body');
  const foot = art.querySelector('.nd-foot');
  const probe = (body && body.querySelector('p')) || body || art;
  const line = parseFloat(getComputedStyle(probe).lineHeight) || 16;
  const px = (el, prop) => parseFloat(getComputedStyle(el)[prop]) || 0;
  const saved = art.getAttribute('style'), savedHead = head && head.getAttribute('style');
  const brief = art.classList.contains('nd-brief');  // set across the page (printing/makeup.py)
  const root = getComputedStyle(document.documentElement);
  const width = root.getPropertyValue(brief ? '--nd-brief-width' : '--nd-column-width');
  art.style.columnCount = '1';
  art.style.width = width.trim() || 'auto';
  // the story in one run: a column break the make-up forced (printing/level.py) is no break here
  const unbroken = document.createElement('style');
  unbroken.textContent = '.nd-article * { break-before: auto !important; }';
  document.head.appendChild(unbroken);
  // the head as it prints, across the page's content width, in the same layout (one layout
  // for all the measures, not one more of the whole story in its columns for the head)
  if (head) {  // (a brief's head as wide as the brief)
    head.style.width = root.getPropertyValue(brief ? '--nd-brief-width' : '--nd-content-width')
      .trim() || 'auto';
  }
  const headDepth = head ? head.getBoundingClientRect().height + px(head, 'marginTop') + px(head, 'marginBottom') : 0;
  const blocks = [];
  if (body) { blocks.push(...body.children); }
  // byline, source and QR code: under the columns, across the page (measured for the story's
  // depth, never set in a column)
  const inColumn = foot && foot.classList.contains('nd-foot-in-column');  // it ends the last one
  if (inColumn) { blocks.push(foot); }
  const footDepth = foot && !inColumn ? foot.getBoundingClientRect().height + px(foot, 'marginTop') : 0;
  const out = [];
  blocks.forEach((el, i) => {
    const top = el.getBoundingClientRect().top - (i ? 0 : px(el, 'marginTop'));
    const next = blocks[i + 1];
    const end = next ? next.getBoundingClientRect().top : el.getBoundingClientRect().bottom + px(el, 'marginBottom');
    const tag = el.tagName.toLowerCase();
    const breakable = ['p', 'ul', 'ol', 'pre', 'div'].includes(tag) && !el.querySelector('img, svg');
    const keep = ['h2', 'h3', 'h4'].includes(tag);
    out.push([Math.max(0, end - top), breakable, keep]);
  });
  const story = out.reduce((sum, b) => sum + b[0], 0) + footDepth;
  unbroken.remove();
  if (saved === null) { art.removeAttribute('style'); } else { art.setAttribute('style', saved); }
  if (head && savedHead === null) { head.removeAttribute('style'); }
  else if (head) { head.setAttribute('style', savedHead); }
  return JSON.stringify({line: line, head: headDepth, story: story, blocks: out,
                         columns: brief ? 1 : 0});
})()
"""


def _count(number: int, word: str) -> str:
    """``1 line``, ``2 lines``."""
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


@dataclass(frozen=True)
class Copyfit:
    """Room the story takes. ``over_under`` > 0: lines over the slot; < 0: lines short."""

    pages: int
    columns: int
    lines_total: int
    lines_per_column: int
    target_lines: int | None = None
    over_under: int | None = None
    first_page_lines_per_column: int = 0

    def describe(self) -> str:
        text = (
            f"copyfit: {_count(self.lines_total, 'line')} over {_count(self.pages, 'page')}, "
            f"{_count(self.lines_per_column, 'line')} a column, "
            f"{_count(self.columns, 'column')} filled"
        )
        if self.target_lines is not None and self.over_under is not None:
            if self.over_under > 0:
                text += f"; {_count(self.over_under, 'line')} OVER the {self.target_lines}-line slot"
            elif self.over_under < 0:
                text += f"; {_count(-self.over_under, 'line')} UNDER the {self.target_lines}-line slot"
            else:
                text += f"; fits the {self.target_lines}-line slot exactly"
        return text


def fill_columns(
    blocks: list, first_capacity: float, capacity: float, columns: int, line: float
) -> tuple[int, float]:
    """Set the measured blocks into columns as Chromium does; (columns used, depth of the last).

    A breakable block (a paragraph) continues in the next column at a line boundary, keeping
    two lines together at either end (orphans/widows 2); an unbreakable one (photo, table,
    quote, the foot when it ends the last column) moves whole to the next column; a
    heading moves with the first two lines of what follows it.
    """
    column, used = 1, 0.0

    def room(col: int) -> float:
        return first_capacity if col <= columns else capacity

    def next_column() -> None:
        nonlocal column, used
        column, used = column + 1, 0.0

    items = list(blocks)
    for index, (height, breakable, keep) in enumerate(items):
        height = float(height)
        need = height + (2 * line if keep and index + 1 < len(items) else 0)
        if used + need <= room(column) + 0.5:
            used += height
            continue
        if not breakable:
            if used > 0:
                next_column()
            while height > room(column) + 0.5:  # taller than a column: it is clipped over
                height -= room(column)
                next_column()
            used += height
            continue
        remaining = height
        while used + remaining > room(column) + 0.5:
            fits = math.floor((room(column) - used) / line + 1e-6) * line
            if fits >= 2 * line and remaining - fits >= 2 * line:
                remaining -= fits
            next_column()
        used += remaining
    return column, used


def balanced(filled: int, last: float, first_capacity: float, capacity: float, columns: int,
             line: float) -> int:
    """The columns in use once the last page is balanced: what ``fill_columns`` set into the
    last page's columns one after the other spreads over all of them, two lines at least in
    each (orphans and widows)."""
    first = (filled - 1) // columns * columns + 1  # the last page's first column
    room = first_capacity if first <= columns else capacity
    depth = (filled - first) * room + last
    spread = min(columns, max(filled - first + 1, math.floor(depth / (2 * line) + 1e-6)))
    return first - 1 + spread


def compute_copyfit(
    metrics: dict, setup: PageSetup, pages: int, target_lines: int | None = None
) -> Copyfit:
    """Lines, columns and over/under from the measured depths (CSS px) of ``MEASURE_JS``."""
    line = float(metrics.get("line") or 0) or setup.line_height_pt * 96 / 72
    column_depth = float(setup.print_area_px[1])  # the page area Chromium prints on
    head = float(metrics.get("head") or 0)
    per_column = max(1, math.floor(column_depth / line + 1e-6))
    first = max(0, math.floor((column_depth - head) / line + 1e-6))
    lines_total = max(0, math.ceil(float(metrics.get("story") or 0) / line - 0.05))
    blocks = metrics.get("blocks") or []
    across = int(metrics.get("columns") or setup.columns)  # a brief sets in one column
    made_up = int((metrics.get("makeup") or {}).get("filled") or 0)
    if lines_total == 0:
        columns = 0
    elif made_up:  # counted on the pages as the make-up left them, laid out as on paper
        columns = made_up
    elif blocks:
        filled, last = fill_columns(blocks, column_depth - head, column_depth, across, line)
        columns = balanced(filled, last, column_depth - head, column_depth, across, line)
    elif first and lines_total <= first * across:
        columns = math.ceil(lines_total / first)
    else:
        columns = across + math.ceil((lines_total - first * across) / per_column)
    over_under = None if target_lines is None else lines_total - int(target_lines)
    return Copyfit(
        pages=pages,
        columns=columns,
        lines_total=lines_total,
        lines_per_column=per_column,
        target_lines=target_lines,
        over_under=over_under,
        first_page_lines_per_column=first,
    )
