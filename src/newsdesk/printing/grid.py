"""The line grid: body lines stand at the same height in every column of a page.

A photo, a heading, a list, a quote or a table is rarely a whole number of body lines deep,
so the lines after it would sit a fraction of a line off the lines of the next column —
the ragged look no newspaper prints. ``GRID_JS`` runs in the laid-out print document before
it is measured and printed: with the story set in one column of the printed column width
(where every line breaks as on paper), each block that is not a paragraph gets a top margin
of a whole number of lines (0 or 1: a block at the top of a column loses it there anyway)
and what makes what follows it start on the grid again: a photo is cropped by the part of a
line it overran (evenly, top and bottom: the story never grows by it), but never without photo
fitting (``PageSetup.photo_fitting``); anything else, and a photo then, gets the rest of the
line as padding, below it, or above a heading, which stays with the text it heads.
Runs once per document; changes nothing in a story of paragraphs only.

A picture is cropped by ``CROP_JS`` (the make-up crops with it too): its box keeps the
picture's full size, a clip hides the cut evenly at the top and the bottom, and negative
margins take the cut out of the story. Not ``object-fit``: Chromium writes a PDF page with a
picture drawn from part of its image a third of a second more slowly, each.
"""

from __future__ import annotations

# Defines, in the scope of the script it starts: ``cropTo(img, height[, box])`` shows
# ``height`` px of the picture (its middle; ``box``: its box as laid out, when known),
# ``deepenTo(img, height[, box])`` shows it ``height`` px deep, deeper than now (drawn larger,
# its sides cut), ``shrinkTo(img, height)`` drawn smaller whole, ``shownHeight(img)`` what it
# shows now, ``keepCrop(img)`` a function that puts the picture back as it is now (style and
# cut).
CROP_JS = r"""
  const cutOf = img => parseFloat(img.dataset.ndCut || '0') || 0;
  const shownHeight = img => img.getBoundingClientRect().height - 2 * cutOf(img);
  // lengths as layout keeps them (1/64 px): what a change moves is then known to the last bit
  const snap = px => Math.round(px * 64) / 64;
  // the width a picture may take: its column's (its figure's)
  const widthFor = img => img.parentElement.getBoundingClientRect().width;
  // a graphic (a chart, a map: ``printing.document.is_graphic``) is never cut: what would
  // crop it draws it smaller whole
  const graphic = img => !!img.closest('.nd-graphic');
  const cropTo = (img, height, box = img.getBoundingClientRect()) => {
    if (graphic(img)) {
      shrinkTo(img, height, box);
      return;
    }
    const cut = Math.max(0, snap((box.height - height) / 2));
    img.dataset.ndCut = String(cut);
    img.style.width = box.width + 'px';
    img.style.height = box.height + 'px';
    img.style.clipPath = `inset(${cut}px 0px ${cut}px 0px)`;
    img.style.marginTop = -cut + 'px';
    img.style.marginBottom = -cut + 'px';
  };
  // A picture shown deeper than it is (``height`` px): drawn larger by as much, as wide as
  // its column at most (a picture narrower than its column grows whole), its sides cut evenly
  // beyond that (what it cut at the top and the bottom grows with it).
  const deepenTo = (img, height, box = img.getBoundingClientRect()) => {
    const cut = cutOf(img), scale = height / (box.height - 2 * cut);
    const width = snap(box.width * scale), tall = snap(box.height * scale);
    const holder = img.parentElement.getBoundingClientRect();
    const shown = Math.min(width, Math.max(box.width, holder.width));
    const top = Math.max(0, snap((tall - height) / 2)), side = snap((width - shown) / 2);
    img.dataset.ndCut = String(top);
    img.style.maxWidth = 'none';
    img.style.maxHeight = 'none';
    img.style.width = width + 'px';
    img.style.height = tall + 'px';
    img.style.clipPath = `inset(${top}px ${side}px ${top}px ${side}px)`;
    img.style.marginTop = -top + 'px';
    img.style.marginBottom = -top + 'px';
    img.style.marginLeft = side > 0
      ? snap(box.left - holder.left + (box.width - shown) / 2 - side) + 'px' : 'auto';
    img.style.marginRight = 'auto';
  };
  // A picture drawn smaller whole, ``height`` px deep: one narrower than its column (capped
  // in height) keeps all of itself rather than lose its top and bottom (what it cut there
  // shrinks with it).
  const shrinkTo = (img, height, box = img.getBoundingClientRect()) => {
    const cut = cutOf(img), scale = height / (box.height - 2 * cut);
    img.style.maxWidth = 'none';
    img.style.maxHeight = 'none';
    img.style.width = snap(box.width * scale) + 'px';
    img.style.height = snap(box.height * scale) + 'px';
    if (cut > 0) {
      const kept = snap(cut * scale);
      img.dataset.ndCut = String(kept);
      img.style.clipPath = `inset(${kept}px 0px ${kept}px 0px)`;
      img.style.marginTop = -kept + 'px';
      img.style.marginBottom = -kept + 'px';
    }
  };
  const keepCrop = img => {
    const style = img.getAttribute('style'), cut = img.dataset.ndCut;
    if (!img.dataset.ndShown) {  // as the story gave it: what the make-up may change counts
      const box = img.getBoundingClientRect();  // from there, however many changes it makes
      img.dataset.ndShown = String(shownHeight(img));
      img.dataset.ndWidth = String(box.width);
    }
    return () => {
      if (style === null) { img.removeAttribute('style'); } else { img.setAttribute('style', style); }
      if (cut === undefined) { delete img.dataset.ndCut; } else { img.dataset.ndCut = cut; }
    };
  };
  // Whole lines a picture may still lose (cut evenly: a fifth of it at most, and only a
  // picture eight lines deep or more) or gain (shown deeper, its sides cut: a quarter of its
  // width at most, three eighths for a panorama, which a narrow column otherwise sets as a
  // thin strip; never as deep as wide: an upright or square photo is never deepened so; one
  // narrower than its column, capped in height, is drawn larger whole, up to its column's
  // width and 1.35 times its depth), counted from the picture as the story gave it.
  const firstShown = img => parseFloat(img.dataset.ndShown || '') || shownHeight(img);
  const firstWidth = img => parseFloat(img.dataset.ndWidth || '') ||
                            img.getBoundingClientRect().width;
  const cropRoom = img => {  // (a graphic: drawn smaller whole, a quarter of it at most)
    const first = firstShown(img);
    if (first < 8 * line) { return 0; }
    return Math.max(0, Math.floor((shownHeight(img) - first * (graphic(img) ? 0.75 : 0.8)) /
                                  line + 0.001));
  };
  // Whole lines a picture narrower than its column may lose drawn smaller whole: a quarter
  // of its depth at most (0 for one as wide as its column: that one is cropped).
  const shrinkRoom = img => {
    const first = firstShown(img);
    if (first < 8 * line || img.getBoundingClientRect().width >= widthFor(img) - 1) { return 0; }
    return Math.max(0, Math.floor((shownHeight(img) - first * 0.75) / line + 0.001));
  };
  const deepenRoom = img => {
    const first = firstShown(img);
    if (first < 2 * line || graphic(img)) { return 0; }
    const width = firstWidth(img), wide = width >= first * 2;  // a panorama
    let most = Math.min(first * (wide ? 1.6 : 1.35), width / 1.05);
    if (width < widthFor(img) - 1) {  // narrower than its column: it grows whole, to its width
      most = Math.max(most, Math.min(first * 1.35, first * widthFor(img) / width));
    }
    return Math.max(0, Math.floor((most - shownHeight(img)) / line + 0.001));
  };
"""

GRID_JS = r"""
(() => {
  if (window.__ndGrid) { return; }
  window.__ndGrid = true;
""" + CROP_JS + r"""
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
  // …then, in story order, the padding that puts the next on the grid: where each block ends
  // is read on one layout, and what every change before it moves it (one column: the blocks
  // after a change move by what it takes or adds) is counted, not laid out again each time
  const plan = [];
  kids.forEach((el, i) => {
    if (el.tagName === 'P') { return; }
    const style = getComputedStyle(el);
    const next = kids[i + 1];
    const end = next ? next.getBoundingClientRect().top
                     : el.getBoundingClientRect().bottom + (parseFloat(style.marginBottom) || 0);
    const img = el.tagName === 'FIGURE' ? el.querySelector('img') : null;
    plan.push({el, end, img, shown: img ? shownHeight(img) : 0,
               box: img ? img.getBoundingClientRect() : null,
               side: /^H[2-6]$/.test(el.tagName) ? 'paddingTop' : 'paddingBottom',
               pad: 0});
    const last = plan[plan.length - 1];
    last.pad = parseFloat(style[last.side]) || 0;
  });
  // photos may be cropped (PageSetup.photo_fitting): without, a photo is never cut
  const fitting = getComputedStyle(document.documentElement)
    .getPropertyValue('--nd-photo-fitting').trim() !== '0';
  let moved = 0;
  plan.forEach(({el, end, img, shown, box, side, pad}) => {
    const off = (((end + moved - origin) % line) + line) % line;
    if (!(off > 0.25 && line - off > 0.25)) { return; }
    // (a small photo only when it overran a line by a fifth of one at most: a line of blank
    // under it would read as a hole, a few pixels off its picture do not show)
    if (fitting && img && !graphic(img) &&
        (shown > 4 * line || (shown > 2 * line && off <= 0.2 * line))) {
      // a photo loses the part of a line it overran,
      cropTo(img, shown - off, box);  // cropped evenly (the story never grows by it)
      moved -= 2 * cutOf(img);
      // the part of its depth it keeps: more cut by the make-up is said (makeup.fitted_notices)
      img.dataset.ndGridKept = String((box.height - 2 * cutOf(img)) / box.height);
      return;
    }
    // anything else gets the rest of the line (a photo too, under its caption); a heading
    // above it: it stays with its text
    const more = snap(line - off);
    el.style[side] = (pad + more) + 'px';
    moved += more;
  });
  if (saved === null) { art.removeAttribute('style'); } else { art.setAttribute('style', saved); }
})()
"""
