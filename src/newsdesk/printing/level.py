"""The foot of the story and its last page: level columns, the foot under them.

The foot — byline, source, QR codes, the related stories — spans the columns under the story
(print.css): Chromium balances the columns before a spanning block, so the last page's
columns end level and the foot stands across the page under them. ``LEVEL_JS`` is the end of
``makeup.MAKEUP_JS`` and runs in its scope, on the pages laid out as on paper (``art``,
``body``, ``rects``, ``where``, ``lastPage``, ``columns``, ``line``, ``isFigure``,
``reindent``, ``badness``, ``splitBack``, ``isHeading``, ``isText``, ``lines``, ``sectionOf``,
``reach``, ``respace``, ``closeHoles``, ``unbare``, ``split``, ``lineStarts``, ``pageEnd``, the
picture helpers of ``grid.CROP_JS``):

- when spanning sends the foot to a page of its own, it ends the last column instead
  (``nd-foot-in-column``), if that saves the page;
- else, with one QR code, it sets compact (``nd-foot-compact``: the code 20 mm, beside the
  byline, the source and its caption), under the columns or ending the last one, if that
  saves the page;
- when none of that keeps it whole on the body's last page, it breaks between its parts
  (``nd-foot-split``: the byline, source and QR code together, the related stories after
  them): across the page under the columns if its first part fits there, else ending the
  last column, which then runs down to the page's foot (``column-fill: auto``), the related
  stories going on over the page — never a blank page foot with the foot alone overleaf, and
  never a page more; never a byline broken over a page;
- still alone on a page, it takes a line or two from a photo of the body's last page
  (cropped evenly, a fifth at most) when that brings it back, any of the ways above; else
  that page's paragraphs are set a shade tighter (letter-spacing -0.012em), from the last
  up, each kept only when it saves a line, and, with photo fitting, that page's photos give
  what they may as well (a fifth of each at most, cropped; a photo narrower than its column
  is drawn smaller whole instead, to three quarters of its depth), a line at a time, until
  it comes back (all as it was if not);
- still alone on a page, the story's last two lines (or four, two a column; a last
  paragraph of four lines or fewer whole, never away from a subheading over it) go over the
  page to stand above it: the paragraph ending the body's last page is split there and the
  rest starts the next page, the story's closing photo staying before it, when the hole that
  leaves closes as holes do (``closeHoles``, the photos of the columns before it on its page
  shown deeper too: the page's other columns close up when lines go over); a page of the
  foot alone is never printed where that can be done;
- the last page's columns more than two lines apart (a photo measured to its caption's last
  line, not to the rule under it; a quote or a list to its last line, not to the part of a
  line the grid adds under it): its photos are tried later and
  earlier in the story (the story's closing photo also past the photo before it, or right
  after it on the page before, that photo moved up a paragraph to three, so that what goes
  on over the page is text; when the closing photo stands alone on the last page, the two
  go as the story gave them, neither cropped nor shown deeper nor spaced for the place they
  leave, ``closeHoles`` fitting them anew where they stand) and, with
  photo fitting, cropped or shown deeper by as many lines as fitting lets each (a fifth
  of it cropped; a quarter of its width cut to show it deeper, three eighths of a
  panorama's; the fewest lines first),
  the likeliest first (the photos of the deepest column, the nearest places); each round
  keeps the most level try, never one that adds a page or a hole on the pages before; a
  last page of photos alone is given text by a move that leaves a hole on the page before
  when ``closeHoles`` then closes that hole (tried, and taken back, on each such move), as is
  a move that would level the columns best so far;
  failing that (or when no try brings the columns within two lines) the photos of the page
  before are tried shown deeper (the text they push on goes to the last page) or cropped;
  the space put over or under a photo for a hole is taken off where a move sets it next to
  another photo (never spaced between two photos);
- then its columns of text are evened up: a column gives one to three lines to the next
  (its last paragraph split there and the rest forced to the next column, or the paragraph
  whole when it has three lines or fewer, never away from a subheading over it), the best
  try kept each round, while they end more than two lines apart;
- last, a quote or a list set without the space under it to end a column has it back where
  something now follows it in its column (``unbare``);
- on a page the story goes on to, it holds the columns it fills from the left and no more (a
  jump, as newspapers set one; 80 mm wide at least): those are levelled, the columns past
  them left to the page, and a foot under the columns spans those only (``narrowFoot``),
  unless that takes a page more. When the levelling's rounds leave such a page apart, they
  run again with one more kind of try: what starts on the page stacked into fewer columns
  than it has (a column break before each chosen block, none elsewhere, paragraphs kept
  whole, never a break between a subheading and its text), the fewest columns first, twelve
  ways at most: two upright photos and a few lines stand as a block of one or two level
  columns, not a photo a column beside a short one;
- at the very last, a paragraph left with one line alone at a column break (a widow at the
  head of a column, over a photo too; an orphan at its foot) is mended (``mendLone``), never
  at the cost of a page, a hole, another lone line or the last page's level.
"""

from __future__ import annotations

LEVEL_JS = r"""
  // The foot (byline, source, QR code) spans the columns under the story; when that sends it
  // to a page of its own it goes into the last column instead, if the page is saved so.
  const foot = art.querySelector(':scope > .nd-foot');
  const pageOf = el => Math.max(-1, ...rects(el).map(r => where(r).page));
  if (foot && !art.classList.contains('nd-brief')) {
    const bodyPage = pageOf(body), alone = lastPage();
    const over = () => rects(foot).length > 0 && where(rects(foot)[0]).page > bodyPage;
    const saves = names => {  // the foot set so (class names) saves the page, or is undone
      foot.classList.add(...names);
      if (lastPage() < alone) { return true; }
      foot.classList.remove(...names);
      return false;
    };
    if (columns > 1 && over() && saves(['nd-foot-in-column'])) {
      window.__ndMakeup.footInColumn = true;
    }
    // Still alone on a page of its own: it sets tighter, its one QR code smaller and beside the
    // byline, source and caption rather than under them, under the columns or ending the last
    // one (print.css).
    if (over() && foot.querySelectorAll('.nd-qr-code').length <= 1) {
      const tight = [['nd-foot-compact'], ['nd-foot-compact', 'nd-foot-in-column']]
        .filter(names => columns > 1 || names.length === 1).find(saves);
      if (tight) { window.__ndMakeup.footCompact = tight.join(' '); }
    }
    // Still alone on a page of its own (too deep for what is left of the body's last page
    // either way): it breaks between its parts — the byline, source and QR code kept
    // together, the related stories after them — so that it starts on the body's last page
    // and the rest goes on over the page, rather than leave that page's foot blank: across
    // the page under the columns if its first part fits there, else ending the last column
    // (the columns then run down to the page's foot). Never a page more, never a byline
    // broken over the page, nor its source or QR code overleaf.
    const first = Array.from(foot.children).filter(el => el.matches('.nd-byline, .nd-source, .nd-qr'));
    const starts = () => rects(foot).length && where(rects(foot)[0]).page === bodyPage &&
      first.every(el => rects(el).every(r => where(r).page === bodyPage));
    if (columns > 1 && over() && !starts()) {
      const split = [['nd-foot-split'], ['nd-foot-split', 'nd-foot-in-column']].find(names => {
        foot.classList.add(...names);
        if (starts() && lastPage() <= alone) { return true; }
        foot.classList.remove(...names);
        return false;
      });
      if (split) { window.__ndMakeup.footSplit = split.join(' '); }
    }
    // The ways the foot may be set (as it is, ending the last column, compact, both): the
    // first that brings it back onto the body's last page, left set so (undefined: none).
    const one = foot.querySelectorAll('.nd-qr-code').length <= 1;
    const ways = [[], ['nd-foot-in-column'], ['nd-foot-compact'],
                  ['nd-foot-compact', 'nd-foot-in-column']]
      .filter(names => (columns > 1 || !names.includes('nd-foot-in-column')) &&
                       (one || !names.includes('nd-foot-compact')));
    const comesBack = () => ways.find(names => names.length ? saves(names) : lastPage() < alone);
    // Still alone on a page of its own: a photo of the body's last page gives a line or two
    // (cropped evenly, a fifth of it at most) when that brings the foot back onto the page,
    // set any of the ways above.
    if (fitting && over() && !foot.classList.contains('nd-foot-split')) {
      const figs = Array.from(body.children).filter(el => isFigure(el) && el.querySelector('img') &&
        rects(el).length > 0 && where(rects(el)[0]).page === bodyPage && !el.dataset.ndCropped);
      found: for (const fig of figs) {
        const img = fig.querySelector('img'), shown = shownHeight(img), room = cropRoom(img);
        for (const k of [1, 2]) {
          if (k > room) { break; }
          const back = keepCrop(img);
          cropTo(img, shown - k * line);
          const way = comesBack();
          if (way) {
            fig.dataset.ndCropped = String(k);
            window.__ndMakeup.footRoom = [k].concat(way).join(' ');
            break found;
          }
          back();
        }
      }
    }
    // Still alone: the paragraphs of the body's last page are set a shade tighter (as a
    // subheading too deep for its column is brought in: ``tighten``), from the last up, each
    // kept only when it saves a line, until the foot comes back, set any of the ways above;
    // else, with photo fitting, the photos of that page give what they may as well (each a
    // fifth of itself at most, cropped evenly; one narrower than its column a quarter, drawn
    // smaller whole), the last first, a line at a time; all as it was when none of that
    // brings the foot back.
    if (over() && !foot.classList.contains('nd-foot-split')) {
      const undo = [];
      let way = null, tight = 0, given = 0;  // paragraphs tightened, lines photos gave
      const paragraphs = Array.from(body.children).filter(el => isText(el) &&
        !el.style.letterSpacing && rects(el).some(r => where(r).page === bodyPage))
        .reverse().slice(0, 6 * columns);
      for (const el of paragraphs) {
        const back = respace(el, TIGHTER);
        if (!back) { continue; }
        undo.push(back);
        tight += 1;
        if ((way = comesBack())) { break; }
      }
      const figs = fitting && !way ? Array.from(body.children).filter(el => isFigure(el) &&
        el.querySelector('img') && rects(el).length > 0 &&
        where(rects(el)[0]).page === bodyPage).reverse() : [];
      for (const fig of figs) {
        // a photo narrower than its column (capped in height) is drawn smaller whole, to
        // three quarters of its depth at most; one as wide as its column is cropped
        const img = fig.querySelector('img'), shown = shownHeight(img);
        const whole = shrinkRoom(img) > 0, room = whole ? shrinkRoom(img) : cropRoom(img);
        if (!room) { continue; }
        const mark = whole ? 'ndShrunk' : 'ndCropped';
        const restore = keepCrop(img), was = fig.dataset[mark];
        undo.push(() => {
          restore();
          if (was === undefined) {
            delete fig.dataset[mark];
          } else {
            fig.dataset[mark] = was;
          }
        });
        for (let k = 1; k <= room && !way; k++) {
          (whole ? shrinkTo : cropTo)(img, shown - k * line);
          fig.dataset[mark] = String((+was || 0) + k);
          given += 1;
          way = comesBack();
        }
        if (way) { break; }
      }
      if (way) {
        if (tight) { window.__ndMakeup.tightened = (window.__ndMakeup.tightened || 0) + tight; }
        window.__ndMakeup.footRoom = [`tight ${tight}`, `photos ${given}`].concat(way).join(' ');
      } else {
        undo.reverse().forEach(put => put());
      }
    }
    // Still alone on a page of its own: the story's last lines go on over the page, above it
    // (a page of the foot alone is one a newspaper never prints). The last paragraph of the
    // body's last page, ending its last column, is split two or four lines from its end and
    // the rest starts the next column, so the next page (the photos after that paragraph, the
    // story's closing photo, stay on the body's last page before those lines), when the hole
    // that leaves there closes as holes do (``closeHoles``) and no page is added; all as it
    // was if not. Two lines, or four set two and two, keep the last page's columns level.
    if (over() && !foot.classList.contains('nd-foot-split')) {
      const kids = Array.from(body.children);
      let at = kids.length - 1;
      while (at >= 0 && !(isText(kids[at]) && rects(kids[at]).some(r =>
        where(r).page === bodyPage))) { at--; }
      const el = kids[at], after = kids.slice(at + 1), base = badness(false);
      const total = el ? lines(el) : 0;
      // a last paragraph of four lines or fewer goes over whole (never away from a subheading
      // over it)
      const entire = total <= 4 && !isHeading(el && el.previousElementSibling) ? [total] : [];
      for (const k of (el && after.every(isFigure) ? [...new Set([2, 4].concat(entire))] : [])) {
        if (k > total || (k < total && (total - k < 2 || (k > 2 && columns < 2)))) { continue; }
        const looks = keepLooks(), saved = el.style.breakBefore;
        const done = k < total ? splitBack(el, total - k)
          : [el, () => { el.style.breakBefore = saved; }];
        if (!done) { looks(); continue; }
        const [rest, whole] = done;
        after.forEach(fig => rest.before(fig));
        rest.style.breakBefore = 'column';  // (Chromium breaks no page inside columns)
        closeHoles(true);
        const page = pageOf(rest);
        if (page === bodyPage + 1 && lastPage() <= alone && where(rects(foot)[0]).page === page &&
            rects(rest).every(r => where(r).page === page) && badness(false) <= base + 0.5) {
          window.__ndMakeup.footRoom = `over ${k}`;
          break;
        }
        whole();
        after.forEach(fig => body.appendChild(fig));
        looks();
      }
    }
  }
  // A photo ends at its caption's last line, as the eye takes it (not at the padding and
  // rule under the caption); a quote or a list at its last line (not at the part of a line
  // the line grid adds under it).
  const underLastLine = el => {
    if (el && (el.tagName === 'BLOCKQUOTE' || el.tagName === 'UL' || el.tagName === 'OL')) {
      return parseFloat(getComputedStyle(el).paddingBottom) || 0;
    }
    const caption = isFigure(el) && el.querySelector('figcaption');
    if (!caption) { return 0; }
    const style = getComputedStyle(caption);
    return parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth);
  };
  // Where the columns of ``page`` begin and end (by column: the foot of the lowest box in it,
  // a photo's at its caption's last line), and which element ends each, with its box there.
  const columnEnds = page => {
    const bottoms = [], lasts = [];
    let top = Infinity;
    const flow = Array.from(body.children);
    if (foot && foot.classList.contains('nd-foot-in-column')) { flow.push(foot); }
    flow.forEach(el => rects(el).forEach(r => {
      const w = where(r);
      if (w.page !== page) { return; }
      top = Math.min(top, r.top);
      const bottom = r.bottom - underLastLine(el);
      if (!(bottoms[w.col] >= bottom)) { bottoms[w.col] = bottom; lasts[w.col] = [el, r]; }
    }));
    return {top, bottoms, lasts};
  };
  // The columns the story holds on ``page``: all of them, but on a page it goes on to, where
  // it holds the columns it fills from the left, a block as narrow as they are (a jump, as
  // newspapers set it), the foot ending the last of them or spanning them (``narrowFoot``):
  // the columns past them are the page's, not the story's, and are not levelled. The block is
  // 80 mm wide at least, as its foot is (the byline on a line, the QR code's caption beside
  // the code): on a narrow grid it keeps the empty columns that make it so wide.
  const startPage = Math.min(...rects(body).map(r => where(r).page));
  const narrowest = Math.min(columns, Math.ceil((80 * 96 / 25.4 + gapW) / (colW + gapW)));
  const moduleOf = (bottoms, page) => {
    let count = art.classList.contains('nd-brief') ? 1 : columns;
    if (page > startPage) {
      while (count > narrowest && bottoms[count - 1] === undefined) { count--; }
    }
    return count;
  };
  const ends = () => {  // how far apart the ends of the body's last page's columns are
    const page = pageOf(body), {top, bottoms} = columnEnds(page);
    if (!bottoms.some(b => b !== undefined)) { return 0; }
    const count = moduleOf(bottoms, page);
    const all = [];
    for (let c = 0; c < count; c++) { all.push(bottoms[c] !== undefined ? bottoms[c] : top); }
    return Math.max(...all) - Math.min(...all);
  };
  // The last page's columns more than two lines apart (a photo at the foot of the first
  // column and the second short, a photo deeper than half the text the page has left): each
  // photo of the last page is tried later in the story, then earlier (never past another
  // photo but the story's closing one, which may pass the photo before it; never between a
  // subheading and its text: it may take text of the page before onto this one), then, when
  // photos may be fitted, its picture cropped or shown deeper (as far as ``cropRoom`` and
  // ``deepenRoom`` let it, the fewest lines first). Each round
  // keeps the try that levels the columns most (the first within a line ends the round),
  // never one that adds a page or leaves a hole on the pages before; up to five rounds.
  const fitted = new Set();
  // A photo as the story gave it: its picture neither cropped nor shown deeper nor smaller,
  // no line of space added over or under it (what the make-up did for the place it leaves);
  // the function given back puts it back as it was.
  const asGiven = fig => {
    const img = fig.querySelector('img');
    const back = img ? keepCrop(img) : () => {};
    const style = fig.getAttribute('style'), data = Object.assign({}, fig.dataset);
    if (img) {
      img.removeAttribute('style');
      delete img.dataset.ndCut;
    }
    fig.style.paddingTop = '';
    fig.style.marginBottom = '';
    ['ndDeepened', 'ndCropped', 'ndShrunk'].forEach(key => { delete fig.dataset[key]; });
    return () => {
      back();
      if (style === null) { fig.removeAttribute('style'); } else { fig.setAttribute('style', style); }
      Object.assign(fig.dataset, data);
    };
  };
  // the body's last page holds photos and no text (a closing photo that did not fit under
  // the last paragraph): a page a newspaper never prints
  const photosOnly = () => {
    const page = pageOf(body);
    return !Array.from(body.children).some(el => !isFigure(el) &&
                                                rects(el).some(r => where(r).page === page));
  };
  // the space the make-up put over or under a photo for a hole, where a move leaves it between
  // two photos (never spaced so): taken off; the function given back puts it back
  const unspace = () => {
    const undo = [];
    Array.from(body.children).filter(isFigure).forEach(fig => {
      [['marginBottom', fig.nextElementSibling], ['paddingTop', fig.previousElementSibling]]
        .forEach(([side, by]) => {
          const was = fig.style[side];
          if (!isFigure(by) || !was) { return; }
          fig.style[side] = '';
          undo.push(() => { fig.style[side] = was; });
        });
    });
    return () => undo.reverse().forEach(put => put());
  };
  // an arrangement's worth: fewer pages first, then a last page with text, then level columns
  const worth = () => lastPage() * 1e6 + (photosOnly() ? 1e5 : 0) + ends();
  // (``stacking``: the stacks of a jump tried too, on a second run of the rounds, once the
  // first left the columns apart)
  const levelRounds = stacking => {
    let now = worth(), count = lastPage();
    for (let round = 0; round < 5 && (now % 1e5 > 2 * line + 0.5 || photosOnly());
         round++) {
      const base = badness(false), options = [], page = pageOf(body);
      // tries of a photo's picture cropped (k < 0) or shown deeper by ``k`` lines; ``before``:
      // on a page before the last (the pages before are then checked for holes, too)
      const fit = (fig, ks = null, before = false) => {
        const img = fig.querySelector('img');
        if (!fitting || !img || fitted.has(img)) { return; }
        if (!ks) {  // every whole line the picture may give or take, the fewest first
          ks = [];
          for (let k = 1, most = Math.max(cropRoom(img), deepenRoom(img)); k <= most; k++) {
            ks.push(-k, k);
          }
        }
        for (const k of ks) {
          const change = k < 0 ? cropRoom(img) : deepenRoom(img);
          if (Math.abs(k) > change) { continue; }
          const shown = shownHeight(img);
          let back = () => {};
          options.push({apply: () => {
                          back = keepCrop(img);
                          (k < 0 ? cropTo : deepenTo)(img, shown + k * line);
                        },
                        undo: () => back(),
                        img, fig: before ? fig : undefined});
        }
      };
      const {bottoms} = columnEnds(page);
      const depth = fig => bottoms[where(rects(fig)[0]).col] || 0;
      Array.from(body.children).filter(el => isFigure(el) && rects(el).length > 0 &&
                                             where(rects(el)[0]).page === page)
        .sort((a, b) => depth(b) - depth(a))  // the photos of the deepest column first
        .forEach(fig => {
        const home = fig.nextElementSibling;
        const move = spot => {  // fig goes before ``spot`` (null: to the end)
          let back = () => {};
          options.push({apply: () => {
                          back = reindent(fig);
                          if (spot) { spot.before(fig); } else { body.appendChild(fig); }
                        },
                        undo: () => {
                          if (home) { home.before(fig); } else { body.appendChild(fig); }
                          back();
                        },
                        fig});
        };
        // the nearest places first, one later, one earlier, in turn; never past another photo
        // (but the story's closing photo, which may pass the one before it: alone with a few
        // lines on the last page, it goes back onto the page before and the text after that
        // photo comes on) nor more than one subheading (``reach``) from where the story put it
        const from = +(fig.dataset.ndSection || sectionOf(fig)), current = sectionOf(fig);
        let later = home, earlier = fig.previousElementSibling, over = current, under = current;
        let closing = true, passed = 0;
        for (let el = home; el && closing; el = el.nextElementSibling) { closing = !isFigure(el); }
        for (let j = 0; j < 6; j++) {
          if (later && !isFigure(later) && (over += isHeading(later) ? 1 : 0) <= from + reach) {
            if (!isHeading(later)) { move(later.nextElementSibling); }
            later = later.nextElementSibling;
          } else { later = null; }
          if (earlier && (!isFigure(earlier) || (closing && !passed++)) &&
              (under -= isHeading(earlier) ? 1 : 0) >= from - reach) {
            // (never before the story's first paragraph: its drop cap begins the story)
            if (earlier.previousElementSibling && !isHeading(earlier.previousElementSibling)) {
              move(earlier);
            }
            earlier = earlier.previousElementSibling;
          } else { earlier = null; }
        }
        // the story's closing photo, and the photo before it on a page before: that photo goes
        // a paragraph to three earlier (never past a photo, nor between a subheading and its
        // text, nor more than ``reach`` subheadings) and the closing photo follows it there, so
        // that what the two push on over the page is text, not the photo before
        const prior = (() => {
          for (let el = fig.previousElementSibling; el; el = el.previousElementSibling) {
            if (isFigure(el)) { return el; }
          }
          return null;
        })();
        const photosAlone = photosOnly();
        if (closing && prior && rects(prior).length > 0 && where(rects(prior)[0]).page < page &&
            +(fig.dataset.ndSection || 0) - sectionOf(prior) <= reach) {
          const priorHome = prior.nextElementSibling, priorFrom = +(prior.dataset.ndSection ||
                                                                    sectionOf(prior));
          let spot = prior.previousElementSibling, section = sectionOf(prior), steps = 0;
          for (; spot && steps < 3 && !isFigure(spot); spot = spot.previousElementSibling) {
            if (isHeading(spot)) {
              if (--section < priorFrom - reach) { break; }
              continue;
            }
            if (!spot.previousElementSibling || isHeading(spot.previousElementSibling)) {
              continue;
            }
            steps += 1;
            const at = spot;
            let backs = [];
            options.push({apply: () => {
                            // (a last page of photos alone: the two as the story gave them,
                            // then fitted anew where they stand, ``closeHoles``)
                            backs = (photosAlone ? [asGiven(prior), asGiven(fig)] : [])
                              .concat([reindent(prior)]);
                            at.before(prior);
                            backs.push(reindent(fig));
                            prior.after(fig);
                          },
                          undo: () => {
                            if (home) { home.before(fig); } else { body.appendChild(fig); }
                            if (priorHome) { priorHome.before(prior); } else { body.appendChild(prior); }
                            backs.reverse().forEach(back => back());
                          },
                          fig});
          }
        }
        // the tops of the last columns before it: a paragraph that runs over a column's top is
        // split there and the photo stands between its parts, at the head of that column (two
        // lines at least at either side)
        let tops = 0, section = current;
        for (let el = fig.previousElementSibling; el && !isFigure(el) && tops < 6;
             el = el.previousElementSibling) {
          if (isHeading(el)) {
            if (--section < from - reach) { break; }
            continue;
          }
          if (!isText(el)) { continue; }
          const pieces = rects(el), depths = pieces.map(r => Math.round(r.height / line));
          const total = depths.reduce((sum, n) => sum + n, 0);
          const keeps = [];
          for (let i = pieces.length - 1; i > 0; i--) {
            keeps.push(depths.slice(0, i).reduce((sum, n) => sum + n, 0));
          }
          // and the paragraph just before it, its last two or three lines after the photo
          // (a closing photo that stood alone on a page of its own takes them along)
          if (el === fig.previousElementSibling) { keeps.push(total - 2, total - 3); }
          for (const keep of keeps) {
            if (tops >= 6 || keep < 2 || total - keep < 2) { continue; }
            tops += 1;
            const paragraph = el;
            let undo = () => {};
            options.push({apply: () => {
                            const done = splitBack(paragraph, keep);
                            if (!done) { return; }
                            const [rest, whole] = done;
                            rest.before(fig);
                            undo = () => {
                              if (home) { home.before(fig); } else { body.appendChild(fig); }
                              whole();
                            };
                          },
                          undo: () => undo(),
                          fig});
          }
        }
        fit(fig);
      });

      // still more than two lines apart, on a page the story goes on to (a jump, set in fewer
      // columns than the page has): what starts on it is stacked into ``k`` columns, breaking
      // only between the chosen blocks (a column break before each group, none inside one,
      // never between a subheading and its text), the fewest columns first, twelve ways at most
      const stacks = page => {
        if (page <= startPage || columns < 2 || art.classList.contains('nd-brief')) { return; }
        const on = Array.from(body.children).filter(el => rects(el).length > 0 &&
                                                     where(rects(el)[0]).page === page);
        if (on.length < 2 || on.length > 9) { return; }
        const groupings = (n, k) => {  // the ways to cut n blocks into k runs: the cut places
          if (k === 1) { return [[]]; }
          const found = [];
          for (let at = 1; at <= n - k + 1; at++) {
            groupings(n - at, k - 1).forEach(rest => found.push([at, ...rest.map(x => x + at)]));
          }
          return found;
        };
        let tried = 0;
        for (let k = Math.min(narrowest, columns - 1); k < columns && tried < 12; k++) {
          for (const cuts of groupings(on.length, k)) {
            if (cuts.some(i => isHeading(on[i - 1]))) { continue; }
            if (tried++ >= 12) { break; }
            let saved = [];
            options.push({apply: () => {
                            saved = on.map(el => [el, el.style.breakBefore, el.style.breakInside]);
                            on.forEach((el, i) => {
                              if (i === 0) { return; }
                              el.style.breakBefore = cuts.includes(i) ? 'column' : 'avoid';
                              if (isText(el)) { el.style.breakInside = 'avoid'; }
                            });
                          },
                          undo: () => saved.forEach(([el, before, inside]) => {
                            el.style.breakBefore = before;
                            el.style.breakInside = inside;
                          })});
          }
        }
      };
      let best = now, pick = null;
      // a page of photos alone is worse than a hole of three lines on the page before (which is
      // closed after, where it can be: ``closeHoles``)
      const slack = photosOnly() ? 1.5 : 0.5;
      const look = () => {  // none looked at further once one ends within a line
        for (const option of options.splice(0)) {
          option.apply();
          const spaced = unspace();
          // a move that gives a last page of photos alone text but leaves a hole on the page
          // before is looked at with that hole closed as far as it can be (``closeHoles``),
          // then put back as it was
          // (as is one that would level the columns best so far)
          const back = option.fig && lastPage() <= count && badness(false) > base + slack &&
            ((slack > 1 && !photosOnly()) || worth() < best - line / 2) ? keepLooks() : null;
          if (back) { closeHoles(); }
          // (the pages before change too when a picture fitted on this page goes back onto
          // the page before, or comes on from it)
          if (lastPage() <= count && badness(false) <= base + slack) {
            const value = worth();
            if (value < best - line / 2) { best = value; pick = option; option.closes = !!back; }
          }
          if (back) { back(); }
          spaced();
          option.undo();
          if (best < count * 1e6 + line + 0.5) { break; }
        }
      };
      look();
      // still a last page of photos alone: the photos of the page before are tried shown
      // deeper (the text they push on goes to the last page) or smaller (the photo after them
      // comes back)
      const alone = best % 1e6 >= 1e5;
      if (alone || best % 1e5 > 2 * line + 0.5) {
        Array.from(body.children).filter(el => isFigure(el) && rects(el).length > 0 &&
                                               where(rects(el)[0]).page === page - 1)
          .forEach(fig => fit(fig, alone ? [2, 3, 4, -1, -2] : null, true));
        if (stacking) { stacks(page); }
        look();
      }
      if (!pick) { break; }
      pick.apply();
      unspace();
      if (pick.closes) { closeHoles(); }
      if (pick.img) { fitted.add(pick.img); }
      window.__ndMakeup.balanced += 1;
      if (badness(false) > base) { closeHoles(); }
      now = worth();
      count = lastPage();
    }
  };
  levelRounds(false);
  levelRounds(true);
  // Text on the last page: Chromium sets its columns as short as they can be and fills them in
  // turn, so the last can end three lines or more above the others (6, 6, 6, 3; 14, 14, 14,
  // 10). A column gives its last lines to the next: the paragraph ending it is split there
  // (never fewer than two lines at either side) and the rest begins the next column, or,
  // with too few lines of it there, it begins the next column whole. Each round tries one
  // to three lines off each column, keeps the try that levels the columns most, and goes on
  // while the columns end more than two lines apart (never a page more).
  const onPage = page => {  // the lines in each column the story holds on ``page``, and what
    // ends each column
    const {top, bottoms, lasts} = columnEnds(page);
    const lineCounts = [...Array(moduleOf(bottoms, page)).keys()].map(c =>
      bottoms[c] === undefined ? 0 : Math.round((bottoms[c] - top) / line));
    return {lineCounts, lasts};
  };
  const spreadOf = counts => Math.max(...counts) - Math.min(...counts);
  const giving = (c, lasts) => {  // the tries that move lines off column ``c``
    const found = [];
    if (!lasts[c] || !isText(lasts[c][0])) { return found; }
    const [el, box] = lasts[c];
    const pieces = rects(el);
    const at = pieces.findIndex(r => r.top === box.top && r.left === box.left);
    if (at < 0) { return found; }
    const here = Math.round(box.height / line), itsEnd = at === pieces.length - 1;
    const before = pieces.slice(0, at).reduce((sum, r) => sum + Math.round(r.height / line), 0);
    for (const move of [1, 2, 3]) {
      if (here - move < 2 || (itsEnd && move < 2)) { continue; }
      let undo = () => {};
      found.push({
        apply: () => {
          const done = splitBack(el, before + here - move);
          if (!done) { return; }
          done[0].style.breakBefore = 'column';
          undo = done[1];
        },
        undo: () => undo(), move});
    }
    if (at === 0 && here <= 3 && !isHeading(el.previousElementSibling)) {
      // it begins the next column whole (never away from the subheading over it)
      const saved = el.style.breakBefore;
      found.push({apply: () => { el.style.breakBefore = 'column'; },
                  undo: () => { el.style.breakBefore = saved; }, move: here});
    }
    return found;
  };
  const evenUp = () => {
    if (columns < 2 || art.classList.contains('nd-brief')) { return; }
    const page = pageOf(body), pages = lastPage();
    let now = spreadOf(onPage(page).lineCounts), moved = 0;
    for (let round = 0; round < columns && now >= 3; round++) {
      const {lasts} = onPage(page);
      let best = now, pick = null;
      for (let c = 0; c < columns - 1; c++) {
        giving(c, lasts).forEach(option => {
          option.apply();
          const spread = spreadOf(onPage(page).lineCounts);
          if (lastPage() === pages && pageOf(body) === page && spread < best) {
            best = spread;
            pick = option;
          }
          option.undo();
        });
      }
      if (!pick) { break; }
      pick.apply();
      moved += pick.move;
      now = best;
    }
    if (moved) { window.__ndMakeup.lastColumn = moved; }
  };
  evenUp();
  unbare();
  // the story's last page, a page it goes on to, holding fewer columns than the page has: the
  // foot spans those columns only, under them (unless that takes a page more)
  const narrowFoot = () => {
    if (!foot || foot.classList.contains('nd-foot-in-column') ||
        art.classList.contains('nd-brief')) { return; }
    const page = pageOf(body), footAt = rects(foot);
    if (page <= startPage || !footAt.length || where(footAt[0]).page !== page) { return; }
    const count = moduleOf(columnEnds(page).bottoms, page);
    if (count >= columns) { return; }
    const pages = lastPage(), was = foot.style.width;
    foot.style.width =
      `calc(${count} * var(--nd-column-width) + ${count - 1} * var(--nd-column-gap))`;
    if (lastPage() > pages) { foot.style.width = was; return; }
    window.__ndMakeup.footColumns = count;
  };
  narrowFoot();
  // A paragraph going over a column's foot with a line alone at either side: its last line
  // alone at the head of the next column (a widow; over a photo, when the make-up put one
  // under it) or its first alone at the foot of the column (an orphan). Chromium's rules
  // (orphans and widows 2, print.css) give way to what it breaks before (a paragraph of three
  // lines goes over two and one; a paragraph the make-up split around a photo runs a line
  // over it). Each is mended by the first of these that leaves no new one, never a page more,
  // no hole (one a line taken back or sent on leaves in the next column is closed as holes
  // are, or the try is taken back), the last page's columns as level as they were (within two
  // lines) and never a last page of photos alone. A widow: over a photo, it goes under the
  // photo with the rest of its paragraph; the paragraph set a shade tighter, or the
  // paragraphs of its column from its foot up, one at a time, each kept only when it loses a
  // line (the widow comes back); a photo of its column cropped by a line; the paragraph, or
  // the one before it, a shade looser (a second line goes over with it); the paragraph, two
  // lines of it at most left where it starts, goes on to the next column whole (on to the
  // last page of a jump, with what follows it there in one column). An orphan: it goes on to
  // the next column; the column's paragraphs tighter; a photo of its column a line deeper.
  // Never away from a subheading over it.
  const keyOf = ([node, i]) => {  // the column a character stands in
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const boxes = range.getClientRects();
    return boxes.length ? where(boxes[boxes.length - 1]).key : -1;
  };
  const loneAt = el => {  // 'widow', 'orphan' or '' (the paragraph's last piece is as deep
    // as its lines; the pieces before it run down to the column's foot)
    const pieces = isText(el) ? rects(el) : [];
    if (pieces.length < 2 || where(pieces[0]).key === where(pieces[pieces.length - 1]).key) {
      return '';
    }
    const second = lineStart(el, 1);
    if (second && keyOf(second) !== where(pieces[0]).key) { return 'orphan'; }
    return Math.round(pieces[pieces.length - 1].height / line) === 1 ? 'widow' : '';
  };
  const lonely = () => Array.from(body.children).filter(el => loneAt(el));
  // the holes of the pages, a photo ending at its caption's last line (as the eye takes it: a
  // column ending under a photo a line higher shows a hole)
  const blanks = () => badness(true, underLastLine);
  const mendLone = () => {
    const pages = lastPage(), given = new Set();
    for (let round = 0; round < 8; round++) {
      const left = lonely(), el = left.find(x => !given.has(x));
      if (!el) { break; }
      const kind = loneAt(el), base = blanks(), level = Math.max(ends(), 2 * line + 2);
      const alone = photosOnly();
      const home = where(rects(el)[0]).key;
      const above = Array.from(body.children).filter(x => x !== el && isText(x) &&
        rects(x).some(r => where(r).key === home)).reverse().slice(0, 6);
      const ahead = lineStarts(el).map(keyOf).filter(k => k === home).length;
      const whole = () => {
        const saved = el.style.breakBefore;
        el.style.breakBefore = 'column';
        return () => { el.style.breakBefore = saved; };
      };
      const tighter = () => {  // from the foot up, one at a time, until the widow comes back
        const undo = [];
        for (const x of [el, ...above]) {
          const back = respace(x, TIGHTER);
          if (!back) { continue; }
          undo.push(back);
          if (!loneAt(el)) { break; }
        }
        return undo.length ? () => undo.reverse().forEach(back => back()) : null;
      };
      const free = !isHeading(el.previousElementSibling);  // (never away from its subheading)
      // with photo fitting, a photo of its column cropped (a widow comes back) or shown deeper
      // (an orphan goes over) by a line
      const pictures = fitting ? Array.from(body.children).filter(x => isFigure(x) &&
        x.querySelector('img') && rects(x).every(r => where(r).key === home))
        .map(x => x.querySelector('img')) : [];
      const fit = k => pictures.filter(img => (k < 0 ? cropRoom(img) : deepenRoom(img)) >= 1)
        .map(img => () => {
          const back = keepCrop(img);
          (k < 0 ? cropTo : deepenTo)(img, shownHeight(img) + k * line);
          return back;
        });
      // a widow over a photo, its paragraph going on under it (the make-up split it there):
      // the line goes under the photo with the rest, the paragraph split anew where the
      // column ends
      const under = () => {
        let rest = el.nextElementSibling;
        while (isFigure(rest)) { rest = rest.nextElementSibling; }
        if (rest === el.nextElementSibling || !isText(rest) || ahead < 2 ||
            !rest.classList.contains('nd-continued')) { return null; }
        const mine = Array.from(el.childNodes).map(n => n.cloneNode(true));
        const theirs = Array.from(rest.childNodes).map(n => n.cloneNode(true));
        const align = el.style.textAlignLast, going = split(el, ahead);
        if (!going) { return null; }
        const tail = going.lastChild;  // a hyphen the split used at a line end: soft again
        if (tail && tail.nodeType === Node.TEXT_NODE && tail.data.endsWith('\u2010')) {
          tail.data = tail.data.slice(0, -1) + '\u00ad';
        }
        rest.prepend(...going.childNodes);
        going.remove();
        return () => {
          el.replaceChildren(...mine);
          el.style.textAlignLast = align;
          rest.replaceChildren(...theirs);
          window.__ndMakeup.split -= 1;
        };
      };
      const tries = kind === 'orphan' ? [() => free ? whole() : null, tighter, ...fit(1)] : [
        under, () => respace(el, TIGHTER), tighter, ...fit(-1), () => respace(el, LOOSER),
        () => above.length ? respace(above[0], LOOSER) : null,
        () => ahead <= 2 && free ? whole() : null,
        () => {  // on to the last page, a jump, with what follows it there in one column
          if (ahead > 2 || !free || pageOf(el) !== pages || pages <= startPage) { return null; }
          const back = whole(), after = [], inside = el.style.breakInside;
          for (let x = el.nextElementSibling; x; x = x.nextElementSibling) { after.push(x); }
          const saved = after.map(x => [x.style.breakBefore, x.style.breakInside]);
          [el, ...after].forEach(x => { if (isText(x)) { x.style.breakInside = 'avoid'; } });
          after.forEach(x => { x.style.breakBefore = 'avoid'; });
          return () => {
            after.forEach((x, i) => { [x.style.breakBefore, x.style.breakInside] = saved[i]; });
            el.style.breakInside = inside;
            back();
          };
        }];
      let mended = false;
      const holds = () => {
        const now = lonely();
        return lastPage() <= pages && !now.includes(el) && now.length < left.length &&
          blanks() <= base && ends() <= level && (alone || !photosOnly());
      };
      for (const attempt of tries) {
        const undo = attempt();
        if (!undo) { continue; }
        // a line taken back or sent on can leave the next column a line short: its hole is
        // closed as holes are (``closeHoles``), or the try is taken back with what that did
        let looks = null;
        if (holds() || (blanks() > base && (looks = keepLooks(), closeHoles(), holds()))) {
          mended = true;
          window.__ndMakeup.lone = (window.__ndMakeup.lone || 0) + 1;
          break;
        }
        if (looks) { looks(); }
        undo();
      }
      if (!mended) { given.add(el); }
    }
    return !!window.__ndMakeup.lone;
  };
  if (foot && mendLone()) {  // the foot spans the columns the story now holds there
    foot.style.width = '';
    delete window.__ndMakeup.footColumns;
    narrowFoot();
  }
"""
