"""The line grid: body lines stand at the same height in every column of a page.

A photo, a heading, a list, a quote or a table is rarely a whole number of body lines deep,
so the lines after it would sit a fraction of a line off the lines of the next column —
the ragged look no newspaper prints. ``GRID_JS`` runs in the laid-out print document before
it is measured and printed: with the story set in one column of the printed column width
(where every line breaks as on paper), each block that is not a paragraph gets a top margin
of a whole number of lines (0 or 1: a block at the top of a column loses it there anyway)
and what makes what follows it start on the grid again: a photo is cropped by the part of a
line it overran (evenly, top and bottom: the story never grows by it); anything else gets the
rest of the line as padding, below it, or above a heading, which stays with the text it heads.
Runs once per document; changes nothing in a story of paragraphs only.
"""

from __future__ import annotations

GRID_JS = r"""
(() => {
  if (window.__ndGrid) { return; }
  window.__ndGrid = true;
  const art = document.querySelector('.nd-article');
  const body = art && art.querySelector('.nd-body');
  const probe = body && body.querySelector(':scope > p');
  if (!probe) { return; }
  const line = parseFloat(getComputedStyle(probe).lineHeight);
  if (!(line > 0)) { return; }
  const saved = art.getAttribute('style');
  const width = getComputedStyle(document.documentElement).getPropertyValue('--nd-column-width');
  art.style.columnCount = '1';
  art.style.width = width.trim() || 'auto';
  const kids = Array.from(body.children);
  const origin = kids[0].getBoundingClientRect().top;
  const blocks = kids.filter(el => el.tagName !== 'P');
  blocks.forEach(el => {  // first every top margin (it moves what comes after it)…
    const top = parseFloat(getComputedStyle(el).marginTop) || 0;
    el.style.marginTop = (el === kids[0] ? 0 : Math.round(top / line) * line) + 'px';
  });
  kids.forEach((el, i) => {  // …then, in story order, the padding that puts the next on the grid
    if (el.tagName === 'P') { return; }
    const style = getComputedStyle(el);
    const next = kids[i + 1];
    const end = next ? next.getBoundingClientRect().top
                     : el.getBoundingClientRect().bottom + (parseFloat(style.marginBottom) || 0);
    const off = (end - origin) % line;
    if (!(off > 0.25 && line - off > 0.25)) { return; }
    const img = el.tagName === 'FIGURE' ? el.querySelector('img') : null;
    const box = img ? img.getBoundingClientRect() : null;
    if (box && box.height > 4 * line) {  // a photo loses the part of a line it overran,
      img.style.width = box.width + 'px';  // cropped evenly (the story never grows by it)
      img.style.height = (box.height - off) + 'px';
      img.style.objectFit = 'cover';
      return;
    }
    // anything else gets the rest of the line; a heading above it: it stays with its text
    const side = /^H[2-6]$/.test(el.tagName) ? 'paddingTop' : 'paddingBottom';
    el.style[side] = ((parseFloat(style[side]) || 0) + line - off) + 'px';
  });
  if (saved === null) { art.removeAttribute('style'); } else { art.setAttribute('style', saved); }
})()
"""
