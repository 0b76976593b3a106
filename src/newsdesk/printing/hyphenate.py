"""Hyphenation points for justified columns, as soft hyphens (U+00AD) in the print HTML.

QtWebEngine ships no hyphenation dictionaries, so CSS ``hyphens: auto`` does nothing and
narrow justified columns of English (or French, German…) open wide word gaps. This module
inserts soft hyphens with pyphen's dictionaries for the article's language; print.css then
decides where they may be used (``hyphens: manual`` in text and sapo, ``none`` in the
headline, captions and byline). Vietnamese words are single syllables: nothing to do.

Only text between tags is touched, inside ``<article>`` and outside inline SVG (the QR code).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyphen

SOFT_HYPHEN = "\u00ad"
NO_HYPHENATION = {"vi", "zh", "ja", "ko", "th", "lo", "km", "my"}
_WORD = re.compile(r"(?<![&#\w])[^\W\d_]{7,}(?![\w;])")
_TEXT = re.compile(r">([^<]+)<")
_SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL | re.IGNORECASE)


@lru_cache(maxsize=16)
def dictionary(language: str) -> pyphen.Pyphen | None:
    """pyphen's dictionary for a BCP 47 tag (en, en-GB, fr…), None when not hyphenated."""
    tag = (language or "").replace("-", "_")
    if tag.split("_")[0].lower() in NO_HYPHENATION:
        return None
    import pyphen  # its dictionaries: only for a language that hyphenates

    found = pyphen.language_fallback(tag)
    return pyphen.Pyphen(lang=found, left=2, right=3) if found else None


def hyphenate_text(text: str, language: str) -> str:
    words = dictionary(language)
    if words is None:
        return text
    return _WORD.sub(lambda m: words.inserted(m.group(0), hyphen=SOFT_HYPHEN), text)


def hyphenate_html(html: str, language: str) -> str:
    """``html`` with soft hyphens in the article's text nodes (unchanged for Vietnamese)."""
    if dictionary(language) is None:
        return html
    start = html.find("<article")
    end = html.rfind("</article>")
    if start < 0 or end < 0:
        return html
    article = html[start:end]
    pieces, last = [], 0
    for svg in _SVG.finditer(article):  # leave the QR code's markup alone
        pieces.append(_hyphenate_segment(article[last : svg.start()], language))
        pieces.append(svg.group(0))
        last = svg.end()
    pieces.append(_hyphenate_segment(article[last:], language))
    return html[:start] + "".join(pieces) + html[end:]


def _hyphenate_segment(segment: str, language: str) -> str:
    return _TEXT.sub(lambda m: ">" + hyphenate_text(m.group(1), language) + "<", segment)


# Run in the laid-out print document first of all (before the line grid, the make-up and the
# copyfit measure): the soft hyphens no line uses are taken out of the text again. Chromium
# writes every soft hyphen into the PDF's text layer, where viewers show it or copy it:
# "Harbour" copied out of a headline read "Har\u00adbour" or "Har bour". Where text never
# hyphenates (the headline, the sapo, captions, the byline: ``hyphens: none`` in print.css) all
# go; in running text those not at a line end (the lines break as on paper: the screen layout
# has the printed column width). Taking a soft hyphen out can move a line break by a hair
# (shaping), so the lines are looked at again until none is left unused (three rounds at most).
# The box of each character around a soft hyphen is read first, then the text is changed, so
# the page is laid out once per round.
UNUSED_SOFT_HYPHENS_JS = r"""
(() => {
  if (window.__ndShy) { return; }
  window.__ndShy = true;
  const art = document.querySelector('.nd-article');
  if (!art) { return; }
  const range = document.createRange();
  const box = (node, i) => {  // the last box: after a soft hyphen used at a line end, the
    if (i < 0 || i >= node.data.length) { return null; }  // first is the hyphen's, up there
    range.setStart(node, i); range.setEnd(node, i + 1);
    const boxes = range.getClientRects();
    return boxes.length ? boxes[boxes.length - 1] : null;
  };
  for (let round = 0; round < 3; round++) {
    const walker = document.createTreeWalker(art, NodeFilter.SHOW_TEXT);
    const changes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.data.indexOf('\u00ad') < 0) { continue; }
      const never = getComputedStyle(n.parentElement).hyphens === 'none';
      const line = parseFloat(getComputedStyle(n.parentElement).lineHeight) || 12;
      let out = '';
      for (let i = 0; i < n.data.length; i++) {
        const ch = n.data[i];
        if (ch !== '\u00ad') { out += ch; continue; }
        if (never) { continue; }
        const a = box(n, i - 1), b = box(n, i + 1);
        if (!a || !b || Math.abs(a.top - b.top) > line / 2 || b.left < a.left) { out += ch; }
      }
      if (out !== n.data) { changes.push([n, out]); }
    }
    changes.forEach(([node, text]) => { node.data = text; });
    if (!changes.length) { break; }
  }
})()
"""
