"""A brief across the page: a few lines of text set in one column the page's width.

Spread over two to four columns, a brief of two short paragraphs stands a line or two in each,
its drop cap torn from its lines and its last page no page at all. ``BRIEF_JS`` runs first in
the laid-out print document (before soft hyphens are weighed, the line grid and the make-up,
since all of them depend on the measure): a body of paragraphs (and subheadings: spread over
the columns, one stood alone at a column's foot) and at most one photo whose text would give
fewer than four lines to each column is marked ``nd-brief``, and print.css
sets it in one column across the page, its photo at the left, one column wide, after the
first paragraph (that keeps its drop cap), the rest of the text beside it. The copyfit measures it at that width (``copyfit.MEASURE_JS``).
"""

from __future__ import annotations

BRIEF_JS = r"""
(() => {
  if (window.__ndBrief) { return; }
  window.__ndBrief = true;
  const art = document.querySelector('.nd-article');
  const body = art && art.querySelector('.nd-body');
  const probe = body && body.querySelector(':scope > p');
  if (!probe) { return; }
  const line = parseFloat(getComputedStyle(probe).lineHeight);
  const root = getComputedStyle(document.documentElement);
  const columns = parseInt(root.getPropertyValue('--nd-columns'), 10) || 1;
  const kids = Array.from(body.children);
  const text = el => el.tagName === 'P' || /^H[2-6]$/.test(el.tagName);
  const lines = kids.filter(text).reduce((sum, el) => sum + Math.round(
    Array.from(el.getClientRects()).reduce((h, r) => h + r.height, 0) / line), 0);
  if (line > 0 && columns > 1 && kids.every(el => text(el) || el.tagName === 'FIGURE') &&
      kids.filter(el => el.tagName === 'FIGURE').length <= 1 && lines < 4 * columns) {
    art.classList.add('nd-brief');
    const photo = kids.find(el => el.tagName === 'FIGURE');
    const first = kids.find(el => el.tagName === 'P');
    if (photo && first && kids.length > 2) { first.after(photo); }  // the rest beside it
  }
})()
"""
