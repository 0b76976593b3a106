"""Make-up of the print page: photos float to the top of the next column, text fills the gap.

Chromium's multicol moves a photo (image, caption and credit: never separated) that does not
fit what is left of a column whole to the next column, and the rest of the column stays
blank — up to a third of a page. A make-up editor floats the photo instead: it goes to the top
of the next column and the text after it runs on into the gap. ``MAKEUP_JS`` does that in
the laid-out print document, before it is measured for the copyfit and printed:

1. The pages are laid out as on paper: the article's box in the print template
   (``.nd-pages``) is made one page content deep, its columns one page content wide (nested
   multicol: Chromium breaks it into pages with the same fragmentation rules it prints
   with), so the box of every element tells its page and column.
2. The first photo, in story order, that starts a column while the column before it ends
   more than two lines short (the bottom of the page, or the balanced end of the last page)
   is moved later in the story: after the paragraphs that fill the gap (the photos in a row
   after it are passed too, and keep their order). A paragraph that
   fills it only in part is split at a line end (``Range`` boxes of its characters): the first
   part ends the column, justified to its last line, the rest goes on under the photo
   without an indent. A subheading moves along only with two lines of its text. Never
   fewer than two lines at either side of a split (orphans and widows). A quote or a list
   that fits goes into the gap whole (a quote or a list that fits only without the space
   under it goes so and ends the column); a quote of five lines or more may break between
   its lines, as a paragraph does (kept whole, it left the column before it short).
   The same when a subheading and its first lines did not fit under a photo: they go
   before the photo, which goes on to the next column (a subheading whose first lines cannot
   go stays where it is: never over a photo with its text under it).
3. Pages are laid out again and the next photo is looked at; at most ``MAX_PASSES`` passes.
   A photo is filled before twice at most: the second time on its gap measured anew (what
   went the first time is counted in whole lines, and the gap may still take a quote).
4. What is left (a photo and a subheading in a row, a subheading that took its two lines to
   the next column) is searched: each photo a few paragraphs later (never past another
   photo), the story's last photo also a few paragraphs earlier, any other into the
   paragraph before it (split two, three or five lines from its end, two lines at least
   above the photo, three under the drop cap) or before it whole, or a picture cropped by a
   line or two (a fifth of it at most, evenly), the move that leaves the fewest holes kept
   (counted in whole empty lines over two, squared; never a page more), at most
   ``MAX_TRIES`` layouts. A photo may move past one subheading (two with one column), into
   the first paragraphs of the next section. A hole no move fills has the photos of its
   column shown deeper (drawn larger, their sides cut; a photo narrower than its column
   grows whole), else its subheadings, then its photos, spaced a line more (a photo with
   text at both sides half above it and half under its caption; spaced again, never to more
   than two lines blank under its caption), when that keeps the column's break where it is
   (the subheadings of the columns before it on its page too, a line more there pushing a
   line down into it); a subheading a line or
   two too deep for it comes in by the column's paragraphs set a shade tighter, or by giving
   up its line of space above; a column still ending more than two lines short of a photo (its photos
   spaced, when it has any) has its paragraphs set a shade looser. A hole still left before
   photos in a row (a photo moved on to the next, neither of them may pass the other, so the
   text after them cannot come up) has the photos move on together past one to three blocks
   of text, each way looked at with its holes closed as above; the one leaving the least
   blank is kept, when it leaves less than before and no page more.
   Cropping, deepening and spacing are left out when the page setup says so
   (``PageSetup.photo_fitting``, the setting ``print_photo_fitting``,
   ``export --no-photo-fitting``): photos then only move.
5. The foot and the last page (``level.LEVEL_JS``): the columns end level, the foot under
   them. ``__ndMakeup.filled`` counts the columns the story fills (``copyfit.py``).

Paragraph indents are fixed as they were before anything moved (a paragraph keeps its line
breaks wherever it goes), so the lines filling a gap are exactly the lines counted for it;
a paragraph that leaves its place under a photo for a place after a paragraph takes the
paragraph indent, before its lines are counted.
The page box is a plain box again before printing; the moved and split elements stay.
"""

from __future__ import annotations

from newsdesk.domain.errors import Notice

from .grid import CROP_JS
from .level import LEVEL_JS
from .setup import CSS_PX_PER_MM

MAX_PASSES = 24
MAX_TRIES = 160  # layouts tried for the holes the passes leave

MAKEUP_JS = r"""
(() => {
  if (window.__ndMakeup) { return; }
  const art = document.querySelector('.nd-article');
  const body = art && art.querySelector('.nd-body');
  const probe = body && body.querySelector(':scope > p');
  window.__ndMakeup = {passes: 0, moved: 0, split: 0, balanced: 0,
                       brief: !!art && art.classList.contains('nd-brief')};
  if (!probe) { return; }
  const line = parseFloat(getComputedStyle(probe).lineHeight);
  if (!(line > 0)) { return; }
""" + CROP_JS + r"""
  const root = getComputedStyle(document.documentElement);
  // photos may be cropped by a line or two, shown deeper or spaced (PageSetup.photo_fitting)
  const fitting = root.getPropertyValue('--nd-photo-fitting').trim() !== '0';
  const mm = name => parseFloat(root.getPropertyValue(name)) * 96 / 25.4;
  const W = mm('--nd-content-width'), H = mm('--nd-content-height');
  const colW = mm('--nd-column-width'), gapW = mm('--nd-column-gap');
  if (!(W > 0 && H > 0 && colW > 0)) { return; }
  const columns = Math.round((W + gapW) / (colW + gapW));
  // a paragraph's indent after another (print.css), read from two probes at the story's end:
  // a story whose every paragraph follows a subheading, a quote or a photo shows none, yet a
  // photo moved away leaves two paragraphs in a row, the second to be indented
  const indent = (() => {
    const probes = [document.createElement('p'), document.createElement('p')];
    probes.forEach(probe => { probe.textContent = 'x'; body.appendChild(probe); });
    const value = getComputedStyle(probes[1]).textIndent;
    probes.forEach(probe => probe.remove());
    return parseFloat(value) > 0 ? value : '';
  })();
  Array.from(body.children).forEach(el => {  // indents stay as they are wherever text goes
    if (el.tagName === 'P') { el.style.textIndent = getComputedStyle(el).textIndent; }
  });
  // a quote of five lines or more may break between its lines, as a paragraph does (two lines
  // at least at either side): kept whole, it left the column before it up to four lines short
  Array.from(body.children).forEach(el => {
    if (el.tagName === 'BLOCKQUOTE' && el.getBoundingClientRect().height >= 5 * line - 1) {
      el.style.breakInside = 'auto';
    }
  });
  // the page box: the print template's wrapper (.nd-pages), styled for the make-up only: moving
  // the article into a box of its own and back would build its whole layout again, twice
  const given = art.parentElement.classList.contains('nd-pages');
  const pages = given ? art.parentElement : document.createElement('div');
  pages.style.cssText = `width:${W}px;height:${H}px;column-width:${W}px;column-gap:0;` +
                        'column-fill:auto;margin:0;padding:0';
  if (!given) { art.before(pages); pages.appendChild(art); }
  const x0 = pages.getBoundingClientRect().left, y0 = pages.getBoundingClientRect().top;
  const where = r => {
    const page = Math.floor((r.left - x0 + 1) / W);
    const col = Math.floor((r.left - x0 - page * W + 1) / (colW + gapW));
    return {page, col, key: page * 16 + col};
  };
  const rects = el => Array.from(el.getClientRects()).filter(r => r.height > 0.5 || r.width > 0.5);
  const lastPage = () => {
    let last = 0;
    Array.from(art.children).forEach(el => rects(el).forEach(r => {
      last = Math.max(last, where(r).page); }));
    return last;
  };
  const pageEnd = (page, final) => {  // the foot of a page's columns (balanced on the last one)
    if (page < final) { return y0 + H; }
    let end = y0;
    Array.from(body.children).forEach(el => rects(el).forEach(r => {
      if (where(r).page === page) { end = Math.max(end, r.bottom); }
    }));
    return end;
  };
  // The lines of a paragraph: [text node, offset] of the first character of each line (of
  // the first ``count`` lines: the characters after them are not looked at).
  const lineStarts = (el, count = Infinity) => {
    const starts = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let top = null, left = null;
    for (let n = walker.nextNode(); n && starts.length <= count; n = walker.nextNode()) {
      for (let i = 0; i < n.data.length && starts.length <= count; i++) {
        if (/\s|\u00ad/.test(n.data[i])) { continue; }
        range.setStart(n, i); range.setEnd(n, i + 1);
        const boxes = range.getClientRects();  // after a hyphen used at a line end, the
        const box = boxes[boxes.length - 1];  // first box is the hyphen's, on the line before
        if (!box) { continue; }
        // a line begins where a character stands left of the one before it, or on another row
        if (top === null || Math.abs(box.top - top) > line / 2 || box.left < left - 1) {
          starts.push([n, i]);
        }
        top = box.top;
        left = box.left;
      }
    }
    return starts;
  };
  // [text node, offset] of the first character of line ``at`` (from 0) of a paragraph, or
  // null: found by halving (a dozen characters looked at, not every one up to it) where its
  // boxes say the line stands (lines ``line`` deep, in the order of its pieces in the
  // columns), checked with the character before it; else read line by line (``lineStarts``).
  const lineStart = (el, at) => {
    const chars = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.data.length; i++) {
        if (!/\s|\u00ad/.test(n.data[i])) { chars.push([n, i]); }
      }
    }
    const order = r => where(r).key * 1e5 + (r.top - y0);  // columns first, then down
    let target = null, seen = 0;
    for (const r of rects(el)) {
      const count = Math.round(r.height / line);
      if (at < seen + count) { target = order(r) + (at - seen) * line - line / 2; break; }
      seen += count;
    }
    const range = document.createRange();
    const place = k => {  // the last box of a character (after a hyphen used at a line end,
      range.setStart(chars[k][0], chars[k][1]);  // the first one is the hyphen's)
      range.setEnd(chars[k][0], chars[k][1] + 1);
      const boxes = range.getClientRects();
      return boxes.length ? order(boxes[boxes.length - 1]) : null;
    };
    if (target !== null) {
      let low = 0, high = chars.length;
      while (low < high) {
        const mid = (low + high) >> 1, here = place(mid);
        if (here === null) { low = high = -1; break; }
        if (here >= target) { high = mid; } else { low = mid + 1; }
      }
      const here = low >= 0 && low < chars.length ? place(low) : null;
      const before = low > 0 ? place(low - 1) : -Infinity;
      if (here !== null && here < target + line && before !== null && before < target) {
        return chars[low];
      }
    }
    const starts = lineStarts(el, at);
    return starts.length > at ? starts[at] : null;
  };
  const depth = el => rects(el).reduce((sum, r) => sum + r.height, 0);
  const lines = el => Math.round(depth(el) / line);
  const split = (el, at, start = lineStart(el, at)) => {  // el keeps its first ``at`` lines;
    // a new paragraph the rest
    if (!start) { return null; }
    const [node, offset] = start;
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEndAfter(el.lastChild);
    const rest = el.cloneNode(false);
    rest.removeAttribute('id');
    rest.appendChild(range.extractContents());
    el.after(rest);
    const tail = el.lastChild;  // a hyphen the split line end used stays printed
    if (tail && tail.nodeType === Node.TEXT_NODE && tail.data.endsWith('\u00ad')) {
      tail.data = tail.data.slice(0, -1) + '\u2010';
    }
    el.style.textAlignLast = 'justify';
    rest.style.textIndent = '0px';
    rest.classList.add('nd-continued');
    window.__ndMakeup.split += 1;
    return rest;
  };
  const isText = el => el && el.tagName === 'P' && !el.querySelector('img, svg');
  const isFigure = el => el && el.tagName === 'FIGURE';
  const isHeading = el => !!el && /^H[2-6]$/.test(el.tagName);
  // ``split`` that can be taken back: the part split off (or null) and what puts the
  // paragraph back whole
  const splitBack = (el, at) => {
    const kept = el.cloneNode(true), align = el.style.textAlignLast;
    const rest = split(el, at);
    return rest && [rest, () => {
      rest.remove();
      el.replaceChildren(...kept.childNodes);
      el.style.textAlignLast = align;
      window.__ndMakeup.split -= 1;
    }];
  };
  // The paragraph under a photo that moves on takes the paragraph indent when a paragraph
  // stands before the photo; the function given back puts it back as it was.
  const reindent = (fig, lead = fig) => {  // (``lead``: the first of photos in a row)
    const first = fig.nextElementSibling;
    if (!indent || !isText(first) || !isText(lead.previousElementSibling) ||
        first.classList.contains('nd-continued') || parseFloat(first.style.textIndent) > 0) {
      return () => {};
    }
    const saved = first.style.textIndent;
    first.style.textIndent = indent;
    return () => { first.style.textIndent = saved; };
  };
  // Fill ``room`` lines before ``fig`` with what follows it; true when anything moved. What
  // goes is measured first, all on one layout (a paragraph has its lines wherever it stands),
  // then moved: not the whole story laid out again after each paragraph.
  const fill = (fig, room) => {
    const going = [];
    let cut = null;  // [paragraph, lines it keeps, where its lines start]
    let before = fig.previousElementSibling;  // what will stand before the next one to go
    for (let next = fig.nextElementSibling; room >= 2 && next; next = next.nextElementSibling) {
      if (isFigure(next)) { continue; }  // the text passes the photos after it too, in order
      if (isText(next)) {
        const saved = next.style.textIndent;
        if (indent && isText(before) && !next.classList.contains('nd-continued') &&
            saved !== indent) {
          next.style.textIndent = indent;  // no more under a photo: a paragraph among paragraphs
        }
        const count = lines(next);
        if (count <= room) { going.push(next); before = next; room -= count; continue; }
        let take = room;
        if (count - take < 2) { take = count - 2; }
        if (take < 2) { next.style.textIndent = saved; break; }
        cut = [next, take, lineStart(next, take)];
        break;
      }
      if (next.tagName === 'BLOCKQUOTE' || next.tagName === 'UL' || next.tagName === 'OL') {
        // a quote or a list goes whole, with the space around it, when it fits; or without
        // the space under it (the part of a line the grid gives it, its margin), when that
        // fits: it then ends the column, and the next column starts on the grid whatever
        const style = getComputedStyle(next), over = parseFloat(style.marginTop) || 0;
        const pad = parseFloat(style.paddingBottom) || 0;
        const count = Math.ceil((depth(next) + over + (parseFloat(style.marginBottom) || 0)) /
                                line - 0.05);
        if (count > room) {
          if (Math.ceil((depth(next) - pad + over) / line - 0.05) > room) { break; }
          next.dataset.ndBare = JSON.stringify([next.style.paddingBottom, next.style.marginBottom]);
          next.style.paddingBottom = '0px';
          next.style.marginBottom = '0px';
          going.push(next);
          room = 0;
          break;
        }
        going.push(next);
        before = next;
        room -= count;
        continue;
      }
      if (isHeading(next) && isText(next.nextElementSibling)) {
        const after = next.nextElementSibling;
        const head = Math.round((after.getClientRects()[0].top - next.getClientRects()[0].top +
                                 (parseFloat(getComputedStyle(next).marginTop) || 0)) / line);
        if (room - head < 2) { break; }
        going.push(next);
        before = next;
        room -= head;
        continue;  // its paragraph follows (two lines at least, or it moves back)
      }
      break;
    }
    // a subheading goes only with two lines of its text: one whose text did not come stays
    while (!cut && going.length && isHeading(going[going.length - 1])) { going.pop(); }
    going.forEach(el => fig.before(el));
    if (cut) {
      const [el, take, start] = cut;
      split(el, take, start);
      fig.before(el);
    }
    return going.length > 0 || !!cut;
  };
  // a quote or a list set without the space under it to end a column (``fill``) has it back
  // where, after all the make-up did, something follows it in its column
  const unbare = () => body.querySelectorAll(':scope > [data-nd-bare]').forEach(el => {
    const next = el.nextElementSibling, last = rects(el).pop(), first = next && rects(next)[0];
    if (!last || !first || where(last).key !== where(first).key) { return; }
    [el.style.paddingBottom, el.style.marginBottom] = JSON.parse(el.dataset.ndBare);
    delete el.dataset.ndBare;
  });
  // the section each photo stands in, as the story put it: a photo moves ``reach``
  // subheadings on or back at most, however many moves the make-up makes
  const sectionOf = el => {
    let count = 0;
    for (let at = el.previousElementSibling; at; at = at.previousElementSibling) {
      if (isHeading(at)) { count += 1; }
    }
    return count;
  };
  Array.from(body.children).filter(isFigure).forEach(fig => {
    fig.dataset.ndSection = String(sectionOf(fig));
  });
  // how many subheadings a photo may move on or back: one; two in one column, where a page
  // holds several sections and the reader sees them all at once
  const reach = columns === 1 ? 2 : 1;
  // each photo is filled before twice at most (the second time measured anew: what went
  // first is counted in whole lines), and has what did not fit under it put before it once
  const filledBefore = new Map(), putBefore = new Set();
  for (let pass = 0; pass < """ + str(MAX_PASSES) + r"""; pass++) {
    window.__ndMakeup.passes = pass + 1;
    const final = lastPage();
    const kids = Array.from(body.children);
    let fixed = false;
    for (let i = 1; i < kids.length && !fixed; i++) {
      const prev = kids[i - 1], el = kids[i];
      const last = rects(prev).pop(), first = rects(el)[0];
      if (!last || !first) { continue; }
      const a = where(last), b = where(first);
      if (a.key === b.key) { continue; }
      const end = pageEnd(a.page, final);
      if ((end - last.bottom) / line < 2) { continue; }  // no hole here
      let fig = null, room = 0;
      if (isFigure(el) && (filledBefore.get(el) || 0) < 2) {
        // the photo that did not fit: text fills its gap
        fig = el;
        room = Math.floor((end - last.bottom) / line + 0.02);
      } else if (isFigure(prev) && !putBefore.has(prev) && where(rects(prev)[0]).key === a.key) {
        // what follows a photo did not fit under it (a subheading and its first lines): it
        // goes before the photo, which goes on to the next column
        fig = prev;
        room = Math.floor((end - rects(prev)[0].top) / line + 0.02);
      }
      if (!fig) { continue; }
      if (fig === el) {
        filledBefore.set(fig, (filledBefore.get(fig) || 0) + 1);
      } else {
        putBefore.add(fig);
      }
      if (fill(fig, room)) {
        window.__ndMakeup.moved += 1;
        fixed = true;  // lay the pages out again before the next photo
      }
    }
    if (!fixed) { break; }
  }
  // What is left (a subheading that took its two lines to the next column, a photo with too
  // little text after it): a photo moves a few blocks later where that leaves fewer holes.
  // (the last page's columns left out, or not; ``under``: what of the element ending a column
  // is not counted as its depth, ``level.underLastLine`` to end a photo at its caption)
  const badness = (lastToo = true, under = () => 0) => {
    const final = lastPage();
    const kids = Array.from(body.children);
    let bad = final * 1e6;  // never a page more
    for (let i = 1; i < kids.length; i++) {
      const last = rects(kids[i - 1]).pop(), first = rects(kids[i])[0];
      if (!last || !first) { continue; }
      const a = where(last);
      if (a.key === where(first).key || (!lastToo && a.page === final)) { continue; }
      const free = Math.floor((pageEnd(a.page, final) - last.bottom + under(kids[i - 1])) /
                              line + 0.02);
      if (free > 2) { bad += (free - 2) * (free - 2); }
    }
    return bad;
  };
  // Each try: a photo a few blocks later, or its picture cropped by a line or two (at most a
  // fifth of it, top and bottom alike) so that a subheading and its first lines fit above.
  const tryings = () => {
    const found = [];
    Array.from(body.children).filter(isFigure).forEach(fig => {
      let next = fig.nextElementSibling, heads = sectionOf(fig);
      // never past another photo (photos keep their order) nor more than ``reach``
      // subheadings on from where the story put it, into the next section's first paragraphs
      // (never right under its subheading)
      for (let j = 0; j < 6 && next && !isFigure(next); j++, next = next.nextElementSibling) {
        if (isHeading(next)) {
          if (++heads > +fig.dataset.ndSection + reach) { break; }
          continue;
        }
        const after = next, home = fig.nextElementSibling;
        let back = () => {};
        found.push({apply: () => { back = reindent(fig); after.after(fig); },
                    undo: () => {
                      if (home) { home.before(fig); } else { body.appendChild(fig); }
                      back();
                    }});
      }
      // the story's last photo (too little text after it to fill the gap it leaves) also a few
      // paragraphs earlier: the text after it then runs on into the gap before it (never past
      // another photo, nor between a subheading and its text, nor before the story's first
      // paragraph, which its drop cap begins)
      const home = fig.nextElementSibling;
      let closing = true;
      for (let el = home; el && closing; el = el.nextElementSibling) { closing = !isFigure(el); }
      let earlier = closing ? fig.previousElementSibling : null, under = sectionOf(fig);
      for (let j = 0; j < 4 && earlier && !isFigure(earlier);
           j++, earlier = earlier.previousElementSibling) {
        if (isHeading(earlier)) {
          if (--under < +fig.dataset.ndSection - reach) { break; }
          continue;
        }
        if (!earlier.previousElementSibling || isHeading(earlier.previousElementSibling)) {
          continue;
        }
        const spot = earlier;
        let back = () => {};
        found.push({apply: () => { back = reindent(fig); spot.before(fig); },
                    undo: () => {
                      if (home) { home.before(fig); } else { body.appendChild(fig); }
                      back();
                    }});
      }
      // any photo also into the paragraph just before it, split two, three or five lines from
      // its end (two lines at least above the photo, three under a drop cap), or before it
      // whole: the text after the photo then runs on into a gap before it
      const prev = fig.previousElementSibling;
      if (!closing && isText(prev)) {
        const total = lines(prev), first = !prev.previousElementSibling;
        const whole = !first && !isHeading(prev.previousElementSibling) &&
          !isFigure(prev.previousElementSibling);
        const gives = [2, 3, 5].filter(give => total - give >= (first ? 3 : 2));
        for (const give of gives.concat(whole ? [total] : [])) {
          let undo = () => {};
          found.push({apply: () => {
                        const done = give < total ? splitBack(prev, total - give) : null;
                        if (give < total && !done) { return; }  // no line end found there
                        const back = reindent(fig);
                        if (done) { done[0].before(fig); } else { prev.before(fig); }
                        undo = () => {
                          if (home) { home.before(fig); } else { body.appendChild(fig); }
                          if (done) { done[1](); }
                          back();
                        };
                      },
                      undo: () => undo()});
        }
      }
      const img = fig.querySelector('img');
      if (!fitting || !img || fig.dataset.ndCropped) { return; }
      const shown = shownHeight(img), room = cropRoom(img);
      for (const k of [1, 2]) {
        if (k > room) { continue; }
        let back = () => {};
        found.push({
          apply: () => {
            back = keepCrop(img);
            cropTo(img, shown - k * line);
            fig.dataset.ndCropped = String(k);
          },
          undo: () => {
            back();
            delete fig.dataset.ndCropped;
          }});
      }
    });
    return found;
  };
  let tries = 0;
  for (let round = 0; round < 6 && tries < """ + str(MAX_TRIES) + r"""; round++) {
    const base = badness();
    if (base % 1e6 === 0) { break; }
    let best = base, pick = -1;
    const options = tryings();
    for (let i = 0; i < options.length && tries < """ + str(MAX_TRIES) + r"""; i++) {
      options[i].apply();
      tries += 1;
      const value = badness();
      if (value < best - 0.5) { best = value; pick = i; }
      options[i].undo();
    }
    if (pick < 0) { break; }
    tryings()[pick].apply();
    window.__ndMakeup.moved += 1;
  }
  window.__ndMakeup.tries = tries;
  // Still a hole (a photo and a subheading in a row, that neither moves fills): it is closed
  // by the column's photos shown deeper, its paragraphs set tighter or its photos spaced
  // (``closeHoles``), the column's break where it is.
  const holes = (over = 2) => {  // the columns ending more than ``over`` whole lines short
    const final = lastPage(), kids = Array.from(body.children), out = [];
    for (let i = 1; i < kids.length; i++) {
      const last = rects(kids[i - 1]).pop(), first = rects(kids[i])[0];
      if (!last || !first || where(last).key === where(first).key) { continue; }
      const blank = (pageEnd(where(last).page, final) - last.bottom) / line;
      const free = Math.floor(blank + 0.02);
      if (free > over) { out.push([where(last), free, kids[i], blank]); }
    }
    return out;
  };
  // The photos of that column first show deeper pictures (drawn larger, their sides cut, as
  // far as ``deepenRoom`` lets each), so that the column runs down to its foot (or within a
  // line or two of it), the column's break where it is.
  const deepen = ([at, free, next]) => {
    const figs = Array.from(body.children).filter(el => isFigure(el) &&
      rects(el).every(r => where(r).key === at.key) && el.querySelector('img'));
    const room = figs.map(fig => deepenRoom(fig.querySelector('img')));
    const most = room.reduce((sum, k) => sum + k, 0);
    if (!most) { return free; }
    const pages = lastPage(), start = rects(next)[0];
    for (let want = Math.min(free, most); want >= 1; want--) {
      const backs = figs.map(fig => keepCrop(fig.querySelector('img')));
      let left = want;
      figs.forEach((fig, i) => {  // the first photos first, as much as each may
        const k = Math.min(left, room[i]);
        if (!k) { return; }
        const img = fig.querySelector('img');
        deepenTo(img, shownHeight(img) + k * line);
        fig.dataset.ndDeepened = String(k);
        left -= k;
      });
      const moved = rects(next)[0];
      if (lastPage() === pages && moved && where(moved).key === where(start).key &&
          Math.abs(moved.top - start.top) < 0.5) {
        window.__ndMakeup.deepened = (window.__ndMakeup.deepened || 0) + want;
        return free - want;
      }
      backs.forEach(back => back());
      figs.forEach(fig => { delete fig.dataset.ndDeepened; });
    }
    return free;
  };
  // A paragraph set a shade tighter (``TIGHTER``) or looser (``LOOSER``): letter-spacing of
  // a hundredth of an em or so, well within what type takes unseen. Kept when that takes a
  // line off it (tighter) or puts one on (looser): the function given back then puts it back
  // as it was; else it is as it was, and null is given back.
  const TIGHTER = '-0.012em', LOOSER = '0.012em';
  const respace = (el, spacing) => {
    const count = lines(el), saved = el.style.letterSpacing;
    el.style.letterSpacing = spacing;
    if (spacing === TIGHTER ? lines(el) < count : lines(el) > count) {
      return () => { el.style.letterSpacing = saved; };
    }
    el.style.letterSpacing = saved;
    return null;
  };
  // A subheading with its first lines a line or two too deep for what is left of a column:
  // the column's paragraphs, from its foot up, are set a shade tighter (letter-spacing
  // -0.012em, well within what type takes unseen) one at a time, each kept only when it loses
  // a line, until the subheading comes in; all as they were when it does not, and the
  // subheading gives up the line of space above it instead (never the space the line grid
  // adds: its text stays on the grid).
  const tighten = ([at, next]) => {
    if (!isHeading(next)) { return false; }
    const pages = lastPage(), undo = [];
    const paragraphs = Array.from(body.children).filter(el => isText(el) &&
      rects(el).some(r => where(r).key === at.key)).reverse().slice(0, 8);
    for (const el of paragraphs) {
      const back = respace(el, TIGHTER);
      if (!back) { continue; }
      undo.push(back);
      const now = rects(next)[0];
      if (now && where(now).key === at.key && lastPage() <= pages) {
        window.__ndMakeup.tightened = (window.__ndMakeup.tightened || 0) + undo.length;
        return true;
      }
    }
    undo.forEach(back => back());
    // else it gives up the line of space above it (its text stays on the grid)
    const top = parseFloat(getComputedStyle(next).marginTop) || 0;
    if (top < line - 0.5) { return false; }
    const saved = next.style.marginTop;
    next.style.marginTop = (top - line) + 'px';
    const now = rects(next)[0];
    if (now && where(now).key === at.key && lastPage() <= pages) {
      window.__ndMakeup.closedUp = (window.__ndMakeup.closedUp || 0) + 1;
      return true;
    }
    next.style.marginTop = saved;
    return false;
  };
  // A hole of more than two lines (in lines and a fraction: the reader sees two lines and
  // most of a third as a hole) before what could not come in (a photo, a table), in a
  // column of text alone or one whose photos are spaced as far as they go: the column's
  // paragraphs, from its foot up, are set a shade looser, one at a time, each kept only when
  // it takes a line more, the column's break where it is, until the column ends two lines
  // short at most (or as near as its paragraphs allow).
  const SHORT = 2.2;  // lines: a column ending further than that above its foot shows a hole
  // how far above its foot column ``at`` ends, before ``next`` (in lines)
  const shortBy = (at, next) => {
    const last = rects(next.previousElementSibling).pop();
    return last ? (pageEnd(at.page, lastPage()) - last.bottom) / line : 0;
  };
  const loosen = ([at, next]) => {
    const pages = lastPage(), start = rects(next)[0];
    const paragraphs = Array.from(body.children).filter(el => isText(el) &&
      !el.style.letterSpacing && rects(el).some(r => where(r).key === at.key))
      .reverse().slice(0, 8);
    const short = () => shortBy(at, next);
    let now = short(), count = 0;
    for (const el of paragraphs) {
      if (now <= SHORT) { break; }
      const back = respace(el, LOOSER);
      if (!back) { continue; }
      const moved = rects(next)[0];
      const left = short();
      if (lastPage() === pages && moved && where(moved).key === where(start).key &&
          left < now - 0.5) {
        now = left;
        count += 1;
      } else {
        back();
      }
    }
    if (count) { window.__ndMakeup.loosened = (window.__ndMakeup.loosened || 0) + count; }
  };
  // A hole of three lines or more is closed; one of two lines, where a photo stands in the
  // column or the page's foot adds most of a line to it, too (its last line's foot stands
  // most of a line above the next line's: two blank lines read as nearly three). Run again
  // by the last page's levelling when a photo it moved left a hole.
  // Still short after all that: a line more above the column's subheadings (not one heading
  // the column), one at a time, the column's break where it is, until it ends two lines short
  // at most; a subheading with a line more over it reads as a new part, never as a hole.
  // the holes of the columns other than ``at`` (counted as ``badness`` counts them): a line
  // pushed on from a column before it must not open one there
  const elsewhere = at => holes().filter(([w]) => w.key !== at.key)
    .reduce((sum, [, free]) => sum + (free - 2) * (free - 2), 0);
  const spaceHeads = ([at, next]) => {
    if (isHeading(next)) { return Infinity; }
    const pages = lastPage(), start = rects(next)[0], others = elsewhere(at);
    const short = () => shortBy(at, next);
    // the column's own, then those of the columns before it on its page, the nearest first
    // (a line more there pushes a line down into it)
    const heads = Array.from(body.children).filter(el => isHeading(el) &&
      rects(el).length > 0 && !el.dataset.ndSpaced && el.previousElementSibling &&
      rects(el).every(r => where(r).page === at.page && where(r).col <= at.col) &&
      rects(el.previousElementSibling).some(r => where(r).key === where(rects(el)[0]).key))
      .sort((a, b) => where(rects(b)[0]).col - where(rects(a)[0]).col);
    let count = 0;
    for (const head of heads) {
      if (short() <= SHORT) { break; }
      const saved = head.style.marginTop;
      head.style.marginTop = (parseFloat(getComputedStyle(head).marginTop) + line) + 'px';
      const moved = rects(next)[0];
      if (lastPage() === pages && moved && where(moved).key === where(start).key &&
          (where(rects(head)[0]).key === at.key || elsewhere(at) <= others)) {
        head.dataset.ndSpaced = '1';  // once: never two lines more over one subheading
        count += 1;
      } else {
        head.style.marginTop = saved;
      }
    }
    if (count) { window.__ndMakeup.headsSpaced = (window.__ndMakeup.headsSpaced || 0) + count; }
    return short();
  };
  // Still short, its own photos and subheadings done: the photos of the columns before it on
  // its page shown deeper, a line at a time, the nearest first (each line pushes one down into
  // it), its break where it is, no hole opened elsewhere.
  const deepenBefore = ([at, next]) => {
    if (!fitting || isHeading(next)) { return; }
    const pages = lastPage(), start = rects(next)[0], others = elsewhere(at);
    const figs = Array.from(body.children).filter(el => isFigure(el) && el.querySelector('img') &&
      rects(el).length > 0 && rects(el).every(r => where(r).page === at.page &&
                                                 where(r).col < at.col))
      .sort((a, b) => where(rects(b)[0]).col - where(rects(a)[0]).col);
    let count = 0;
    for (const fig of figs) {
      const img = fig.querySelector('img');
      while (shortBy(at, next) > SHORT && deepenRoom(img) > 0) {
        const short = shortBy(at, next), back = keepCrop(img);
        deepenTo(img, shownHeight(img) + line);
        const moved = rects(next)[0];
        if (lastPage() === pages && moved && where(moved).key === where(start).key &&
            Math.abs(moved.top - start.top) < 0.5 && shortBy(at, next) < short - 0.5 &&
            elsewhere(at) <= others) {
          fig.dataset.ndDeepened = String((+fig.dataset.ndDeepened || 0) + 1);
          count += 1;
        } else {
          back();
          break;
        }
      }
    }
    if (count) { window.__ndMakeup.deepened = (window.__ndMakeup.deepened || 0) + count; }
  };
  // what the body's elements look like now (style, data), and the make-up's counts: the
  // function given back puts them back so (``closeHoles`` tried and taken back)
  const keepLooks = () => {
    const kept = Array.from(body.querySelectorAll('*')).map(el =>
      [el, el.getAttribute('style'), Object.assign({}, el.dataset)]);
    const counts = Object.assign({}, window.__ndMakeup);
    return () => {
      kept.forEach(([el, style, data]) => {
        if (style === null) { el.removeAttribute('style'); } else { el.setAttribute('style', style); }
        Object.keys(el.dataset).forEach(key => { if (!(key in data)) { delete el.dataset[key]; } });
        Object.assign(el.dataset, data);
      });
      Object.keys(window.__ndMakeup).forEach(key => {
        if (!(key in counts)) { delete window.__ndMakeup[key]; }
      });
      Object.assign(window.__ndMakeup, counts);
    };
  };
  // ``further``: the photos of the columns before a short column may be shown deeper too
  // (``deepenBefore``: the story's last lines sent over the page left it short)
  const closeHoles = (further = false) => holes(1).forEach(([at, free, next, blank]) => {
    const photos = Array.from(body.children).some(el => isFigure(el) &&
      rects(el).every(r => where(r).key === at.key));
    if (blank <= SHORT && !photos) { return; }
    if (fitting) { free = deepen([at, free, next]); }
    if (free <= 1 || (free > 2 && tighten([at, next]))) { return; }
    if (blank > SHORT && !photos && !isHeading(next)) { loosen([at, next]); }
    if (!fitting || !photos) {
      if (spaceHeads([at, next]) > SHORT && further) { deepenBefore([at, next]); }
      return;
    }
    // the column's subheadings first (a line more over a photo, or under its caption, reads
    // as more of a gap than one over a subheading)
    if (spaceHeads([at, next]) <= SHORT) { return; }
    // a photo under text first: at the head of its column the line stands blank above it
    const headed = fig => {
      const before = fig.previousElementSibling && rects(fig.previousElementSibling).pop();
      return !!before && where(before).key === at.key;
    };
    const figs = Array.from(body.children).filter(el => isFigure(el) &&
      rects(el).every(r => where(r).key === at.key))
      .sort((a, b) => Number(headed(b)) - Number(headed(a)));
    // a line more around each photo: half above it and half under its caption where text
    // stands at both sides (a whole line at one side reads as a hole there), else a whole
    // line above it or under its caption (between text and the photo: never between two
    // photos or above a subheading, never at the column's foot); a photo spaced so already
    // may be spaced again, never to more than two lines blank from its caption's last line to
    // the text under it
    const blankUnder = fig => {
      const caption = fig.querySelector('figcaption'), under = rects(fig.nextElementSibling)[0];
      if (!caption || !under) { return 0; }
      const range = document.createRange();
      range.selectNodeContents(caption);
      return under.top - Math.max(...Array.from(range.getClientRects()).map(r => r.bottom));
    };
    const above = fig => !isFigure(fig.previousElementSibling);
    const below = fig => isText(fig.nextElementSibling) &&
      rects(fig.nextElementSibling).some(r => where(r).key === at.key);
    const steps = figs.filter(fig => above(fig) || below(fig)).map(fig =>
      (above(fig) && below(fig) ? [[fig, 'paddingTop', 0.5], [fig, 'marginBottom', 0.5]]
        : [[fig, above(fig) ? 'paddingTop' : 'marginBottom', 1]])
        .filter(([_fig, side, part]) => side !== 'marginBottom' || !fig.style.marginBottom ||
                blankUnder(fig) + part * line <= 2 * line + 2))
      .filter(step => step.length);
    const pages = lastPage(), start = rects(next)[0];
    for (let want = Math.min(free - 1, steps.length); want >= 1; want--) {
      const sides = steps.slice(0, want).flat();
      const saved = sides.map(([fig, side]) => [fig, side, fig.style[side]]);
      sides.forEach(([fig, side, part]) => {
        fig.style[side] = (parseFloat(getComputedStyle(fig)[side]) + part * line) + 'px';
      });
      const moved = rects(next)[0];
      if (lastPage() === pages && moved && where(moved).key === where(start).key) {
        window.__ndMakeup.spaced = (window.__ndMakeup.spaced || 0) + want;
        break;
      }
      saved.reverse().forEach(([fig, side, was]) => { fig.style[side] = was; });  // as it was
    }
    if (!isHeading(next)) { loosen([at, next]); }  // (nothing when the spacing closed it)
    if (further && shortBy(at, next) > SHORT) { deepenBefore([at, next]); }
  });
  closeHoles();
  // Still a hole before photos in a row (the moves above took a photo on to the next, and
  // neither may pass the other, so the text after them cannot come up into the gap): the
  // photos move on together, in their order, past one to three blocks of text (never past
  // another photo, nor more than ``reach`` subheadings from where the story put any of
  // them), each way with its holes closed as above, and the one that leaves the least blank
  // is kept: less than before, and no page more.
  const inRow = () => holes().map(([, , next]) => next)
    .filter(el => isFigure(el) && isFigure(el.nextElementSibling) && !el.dataset.ndRowTried);
  for (let first = inRow()[0]; first; first = inRow()[0]) {
    first.dataset.ndRowTried = '1';
    const run = [first];
    while (isFigure(run[run.length - 1].nextElementSibling)) {
      run.push(run[run.length - 1].nextElementSibling);
    }
    const lastOf = run[run.length - 1], home = lastOf.nextElementSibling;
    const furthest = Math.min(...run.map(el => +el.dataset.ndSection)) + reach;
    const base = badness(), ways = [];
    let heads = Math.max(...run.map(sectionOf));
    for (let next = home, j = 0; next && !isFigure(next) && j < 3;
         next = next.nextElementSibling) {
      if (isHeading(next)) {
        if (++heads > furthest) { break; }
        continue;
      }
      j += 1;
      const after = next, looks = keepLooks();
      reindent(lastOf, first);
      after.after(...run);
      closeHoles();
      ways.push([badness(), after]);
      run.forEach(el => home.before(el));
      looks();
    }
    const [value, after] = ways.sort((a, b) => a[0] - b[0])[0] || [Infinity];
    if (value < base - 0.5) {
      reindent(lastOf, first);
      after.after(...run);
      closeHoles();
      window.__ndMakeup.moved += 1;
      window.__ndMakeup.rows = (window.__ndMakeup.rows || 0) + 1;
    }
  }
  body.querySelectorAll(':scope > [data-nd-row-tried]').forEach(el => {
    delete el.dataset.ndRowTried;
  });
  unbare();
  window.__ndMakeup.pages = lastPage() + 1;
  // the holes left: [page, column, lines, what follows]
  window.__ndMakeup.left = holes().map(([at, free, next]) => [at.page, at.col, free, next.tagName]);
""" + LEVEL_JS + r"""  // the columns the story fills, as on paper (copyfit.py counts them so): the foot counts
  // where it ends the last column, or where it is the only column
  const filled = new Set(), flow = Array.from(body.children);
  if (foot && (columns === 1 || foot.classList.contains('nd-foot-in-column'))) { flow.push(foot); }
  flow.forEach(el => rects(el).forEach(r => filled.add(where(r).key)));
  window.__ndMakeup.filled = filled.size;
  // the pictures the make-up printed cut (``fitted_notices``): [src, px cut off the top and
  // bottom, px cut off the sides, its caption], both edges together, as printed; what the
  // line grid cut (part of a line) is not counted, and a picture drawn smaller whole loses
  // nothing
  const captionOf = img => {  // the caption's words, without the credit
    const caption = img.closest('figure') && img.closest('figure').querySelector('figcaption');
    if (!caption) { return ''; }
    const words = caption.cloneNode(true);
    words.querySelectorAll('.credit, .nd-proof-ref').forEach(el => el.remove());
    return words.textContent.replace(/\s+/g, ' ').trim();
  };
  window.__ndMakeup.fitted = Array.from(body.querySelectorAll('img')).map(img => {
    const inset = (img.style.clipPath.match(/-?[\d.]+px/g) || []).map(parseFloat);
    const box = img.getBoundingClientRect(), kept = parseFloat(img.dataset.ndGridKept || '1');
    const ends = box.height > 0 ? (kept - (box.height - 2 * (inset[0] || 0)) / box.height) *
                                  box.height : 0;
    return [img.getAttribute('src'), Math.max(0, ends), 2 * (inset[1] || 0), captionOf(img)];
  }).filter(([, ends, sides]) => ends + sides > 0);
  if (given) { pages.removeAttribute('style'); } else { pages.before(art); pages.remove(); }
})()
"""


CAPTION_SHOWN = 48  # characters of a caption that name its photo in a notice


def photo_name(path: str, caption: str = "") -> str:
    """A photo as a notice names it: its caption's first words, quoted, and its file
    (“Toàn cảnh sông Hàn nhìn từ phía cầu…” (img/wide.jpg)); the file alone without one."""
    words = " ".join(caption.split())
    if not words:
        return path
    if len(words) > CAPTION_SHOWN:
        cut = words[:CAPTION_SHOWN + 1].rsplit(" ", 1)[0] or words[:CAPTION_SHOWN]
        words = cut.rstrip(" ,.;:–-") + "…"
    return f"“{words}” ({path})"


def fitted_notices(fitted: object, photos: dict[str, str]) -> list[Notice]:
    """A notice for each photo the make-up printed cut, named by its caption and the
    article's path of it (``photos``: the document's image path → the article's), to the
    whole millimetre; none under a millimetre."""
    notices: list[Notice] = []
    for item in fitted if isinstance(fitted, list) else []:
        try:
            src, ends, sides = str(item[0]), float(item[1]), float(item[2])
        except (TypeError, ValueError, IndexError):
            continue
        path = photos.get(src)
        if path is None:
            continue
        name = photo_name(path, str(item[3]) if len(item) > 3 else "")
        for px, code, how in ((ends, "print.photo_cropped", "with {} mm cut off its top and bottom"),
                              (sides, "print.photo_cut_sides",
                               "larger, with {} mm cut off its sides,")):
            mm = px / CSS_PX_PER_MM
            if mm >= 1:
                shown = f"{round(mm)}"
                notices.append(Notice(
                    f"the photo {name} is printed {how.format(shown)} to close a gap in the "
                    "columns (--no-photo-fitting prints every photo whole)", code, name, shown))
    return notices
