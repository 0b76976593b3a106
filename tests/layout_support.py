"""A printed page read as a make-up editor reads it: what stands in each column, and the holes.

``read_layout(pdf, setup)`` reads an exported PDF with pypdfium2: the text lines (characters
grouped by baseline, split where the gap between two columns falls), the photos (image objects)
and any other drawn shape of some size (a QR code, a photo placeholder); every piece is put in
the column its middle falls in, below the article's head on the first page (what spans more
than one column: kicker, headline, sapo). From that:

- ``holes``: the blank runs inside each column while the article goes on — above the first
  piece, between two pieces, and below the last piece of a column that is not the article's
  last, there in whole lines (a full column ends with the part of a line left over) (in pt);
- ``last_page_spread``: how far apart the columns of the last page end (pt);
- ``lone_lines``: a paragraph's last line alone at the head of a column (a widow) or its
  first line alone at the foot of one (an orphan);
- ``drop_cap_alone``: the drop cap is not on the line it begins.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c

MM = 72 / 25.4


@dataclass
class Piece:
    kind: str  # "text", "image" or "shape"
    left: float
    bottom: float
    right: float
    top: float
    size: float = 0.0  # font size of a text line
    text: str = ""


@dataclass
class Column:
    page: int
    index: int
    top: float  # where the column starts (below the head on the first page)
    bottom: float  # the foot of the content box
    pieces: list[Piece] = field(default_factory=list)
    left: float = 0.0  # its left edge
    width: float = 0.0  # its measure

    @property
    def end(self) -> float:
        """Where the column's content ends (its top when it is empty)."""
        return min((p.bottom for p in self.pieces), default=self.top)


@dataclass
class Layout:
    pages: int
    columns: list[Column]  # every column of every page, in reading order
    line: float  # body line pitch, pt
    body_size: float
    head: list[Piece]
    foot: list[Piece] = field(default_factory=list)  # byline, source, QR codes: under the columns
    foot_page: int = -1  # where the foot stands under the columns (-1: it ends a column)
    foot_at: int = -1  # the page the foot is on, under the columns or ending one

    def heading(self, piece: Piece) -> bool:
        """A line of a subheading: in a larger size than the body's (a second-level one 1.2
        times, a third-level one 1.02 times; the drop cap too)."""
        return piece.kind == "text" and piece.size > self.body_size + 0.1

    def filled(self) -> list[Column]:
        return [c for c in self.columns if c.pieces]

    def holes(self) -> list[tuple[float, Column, str]]:
        """(depth in pt, column, where) of each blank run inside a column of the article."""
        found = []
        filled = self.filled()
        if not filled:
            return []
        last = filled[-1]
        for column in filled:
            pieces = sorted(column.pieces, key=lambda p: -p.top)
            found.append((column.top - pieces[0].top, column, "above the first piece"))
            lowest = pieces[0].bottom
            for piece in pieces[1:]:
                if piece.top < lowest:
                    head = self.heading(piece)
                    what = "the subheading " if head else ""
                    found.append((lowest - piece.top, column, f"above {what}'{piece.text[:30]}'"))
                lowest = min(lowest, piece.bottom)
            if column is not last and column.page < last.page:
                # in whole lines: a full column ends with the part of a line left over
                free = (lowest - column.bottom) // self.line * self.line
                found.append((free, column, "below the last piece"))
        return found

    def largest_hole(self) -> float:
        return max((depth for depth, _c, _w in self.holes()), default=0.0)

    def last_page_spread(self) -> float:
        """How far apart the ends of the columns of the body's last page are: an empty column
        ends at its top. On a page the story goes on to, its foot narrower than the page
        (under the columns or ending one: a jump, as newspapers set one, in the columns it
        fills), the empty columns past the foot's right edge are the page's, not the story's."""
        filled = self.filled()
        if not filled:
            return 0.0
        page = filled[-1].page
        on_page = [c for c in self.columns if c.page == page]
        if page > 0 and self.foot_at == page and self.foot:
            reach = max(p.right for p in self.foot)
            on_page = [c for c in on_page if c.pieces or c.left < reach]
        ends = [c.end for c in on_page]
        return max(ends) - min(ends)

    def foot_gap(self) -> float:
        """The blank between the deepest column and the foot under the columns (0 when the
        foot starts a page of its own)."""
        if not self.foot:
            return 0.0
        page_of_foot = [c for c in self.filled() if c.page == self.foot_page]
        if not page_of_foot:
            return 0.0
        return min(c.end for c in page_of_foot) - max(p.top for p in self.foot)

    def headings_over_a_photo(self) -> list[Piece]:
        """Lines in the subheading size with a photo right under them (rules left out): a
        subheading stands over its own text, never over a photo with its text after it."""
        found = []
        for column in self.columns:
            pieces = sorted((p for p in column.pieces if p.kind != "shape"),
                            key=lambda p: -p.top)
            for piece, under in pairwise(pieces):
                if self.heading(piece) and under.kind == "image":
                    found.append(piece)
        return found

    def body(self, piece: Piece | None) -> bool:
        """A line of the body's text."""
        return piece is not None and piece.kind == "text" and abs(piece.size - self.body_size) <= 0.3

    def rows(self, column: Column) -> list[Piece]:
        """The column's pieces from the top down, the words of a line of text as one piece (a
        justified line in a narrow column is read in pieces where its spaces are wide)."""
        rows: list[Piece] = []
        for piece in sorted(column.pieces, key=lambda p: (-p.top, p.left)):
            same = next((r for r in rows if r.kind == piece.kind == "text"
                         and abs(r.bottom - piece.bottom) < 1.5 and abs(r.size - piece.size) < 0.3),
                        None)
            if same is None:
                rows.append(Piece(piece.kind, piece.left, piece.bottom, piece.right, piece.top,
                                  piece.size, piece.text))
                continue
            same.text = (same.text + " " + piece.text) if piece.left > same.left else (
                piece.text + " " + same.text)
            same.left, same.right = min(same.left, piece.left), max(same.right, piece.right)
            same.top, same.bottom = max(same.top, piece.top), min(same.bottom, piece.bottom)
        return sorted(rows, key=lambda p: -p.top)

    def lone_lines(self) -> list[tuple[str, Column, Piece]]:
        """("widow" or "orphan", column, line) of each paragraph that goes over a column's
        foot with one line alone at either side: a widow is a line starting at the column's
        edge (no indent), at the head of a column, whose paragraph ends under it (what
        follows it is not a line of text right under it at the column's edge), the column
        before ending with a full line of text (justified to its width: a paragraph goes on
        from it); an orphan is a paragraph's first line (indented) ending a column, the next
        column beginning with a line at its edge (the paragraph goes on there); not the last line
        of a quote or a list, indented as the lines above it are."""
        found: list[tuple[str, Column, Piece]] = []
        filled = self.filled()
        indent = 0.4 * self.body_size
        ordered = [self.rows(c) for c in filled]
        for k in range(1, len(filled)):
            before, column = filled[k - 1], filled[k]
            last, first = ordered[k - 1][-1], ordered[k][0]
            if not (self.body(last) and self.body(first)):
                continue
            under = ordered[k][1] if len(ordered[k]) > 1 else None
            goes_on = (self.body(under) and under.top >= first.bottom - 0.6 * self.line
                       and under.left < column.left + indent)
            full = last.right >= before.left + before.width - 1.5
            if first.left < column.left + indent and full and not goes_on:
                found.append(("widow", column, first))
            above = ordered[k - 1][-2] if len(ordered[k - 1]) > 1 else None
            in_block = (self.body(above) and above.bottom - last.top < 0.6 * self.line
                        and above.left >= before.left + indent)  # a quote's, a list's lines
            if (last.left >= before.left + indent and first.left < column.left + indent
                    and not in_block):
                found.append(("orphan", before, last))
        return found

    def headings_closing_a_column(self) -> list[Piece]:
        """Lines in the subheading size that end a column the article goes on after."""
        filled = self.filled()
        found = []
        for column in filled[:-1]:
            lowest = min(column.pieces, key=lambda p: p.bottom)
            if self.heading(lowest):
                found.append(lowest)
        return found


def _segments(chars: list[tuple[str, float, float, float, float, float, float]],
              split_gap: float) -> list[Piece]:
    """Lines: characters on one baseline, cut where the gap between two is a column gap."""
    rows: dict[float, list] = {}
    for ch in chars:
        rows.setdefault(round(ch[5] / 1.5) * 1.5, []).append(ch)
    pieces = []
    for row in rows.values():
        row.sort(key=lambda c: c[1])
        run: list = []
        for ch in row:
            if run and ch[1] - run[-1][3] > split_gap:
                pieces.append(_line(run))
                run = []
            run.append(ch)
        if run:
            pieces.append(_line(run))
    return [p for p in pieces if p.text.strip()]


def _begins(byline: str, text: str) -> bool:
    """The line is the byline's first line (a narrow column may break it)."""
    whole, line = byline.replace(" ", ""), text.replace(" ", "")
    return bool(whole) and len(line) >= min(8, len(whole)) and whole.startswith(line)


def _line(run: list) -> Piece:
    return Piece("text", min(c[1] for c in run), min(c[2] for c in run),
                 max(c[3] for c in run), max(c[4] for c in run),
                 size=max(c[6] for c in run),
                 text="".join((" " if i and c[1] - run[i - 1][3] > 1.5 else "") + c[0]
                              for i, c in enumerate(run)))


def visible_bounds(obj) -> tuple[float, float, float, float]:
    """What a page object shows: its bounds within its clip (a cropped photo is drawn whole,
    larger than it shows, and clipped)."""
    left, bottom, right, top = obj.get_bounds()
    clip = pdfium_c.FPDFPageObj_GetClipPath(obj.raw)
    points = []
    for i in range(max(0, pdfium_c.FPDFClipPath_CountPaths(clip)) if clip else 0):
        for j in range(max(0, pdfium_c.FPDFClipPath_CountPathSegments(clip, i))):
            x, y = ctypes.c_float(), ctypes.c_float()
            if pdfium_c.FPDFPathSegment_GetPoint(
                    pdfium_c.FPDFClipPath_GetPathSegment(clip, i, j), x, y):
                points.append((x.value, y.value))
    if points:
        left = max(left, min(x for x, _ in points))
        right = min(right, max(x for x, _ in points))
        bottom = max(bottom, min(y for _, y in points))
        top = min(top, max(y for _, y in points))
    return left, bottom, right, top


def page_pieces(page) -> tuple[list[Piece], list]:
    """The text lines and the drawn pieces of one page (and its characters)."""
    text = page.get_textpage()
    count = text.count_chars()
    whole = text.get_text_range(0, count) if count else ""
    chars = []
    for i in range(count):
        ch = whole[i] if i < len(whole) else ""
        if not ch.strip() or ch in "\ufffe\u00ad":
            continue
        left, bottom, right, top = text.get_charbox(i, loose=True)
        x, y = ctypes.c_double(), ctypes.c_double()
        pdfium_c.FPDFText_GetCharOrigin(text.raw, i, x, y)
        size = round(pdfium_c.FPDFText_GetFontSize(text.raw, i), 1)
        chars.append((ch, left, bottom, right, top, y.value, size))
    drawn = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, bottom, right, top = visible_bounds(obj)
        if right - left < 3 or top - bottom < 3:
            continue  # rules and hairlines
        if top - bottom > page.get_height() * 0.6:
            continue  # the page's own background, a clip
        kind = "image" if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE else "shape"
        drawn.append(Piece(kind, left, bottom, right, top))
    return drawn, chars


def read_layout(pdf: Path | str, setup, byline: str = "") -> Layout:
    """The columns of every page of ``pdf``, printed with the PageSetup ``setup``; the line
    ``byline`` and what stands under it on its page are the article's foot, not a column.

    On the first page, the lines that span columns in another size than the body's are the
    head (kicker, headline, sapo). A page whose body lines span the columns (a brief set
    across the page) has one column."""
    page_h = setup.page_size_mm[1] * MM
    top_m, _right_m, bottom_m, left_m = (v * MM for v in setup.margins_mm)
    col_w, gap = setup.layout_column_width_px * 0.75, setup.column_gap_mm * MM  # as set, in pt
    content_top, content_bottom = page_h - top_m, bottom_m
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        read = [page_pieces(document[n]) for n in range(len(document))]
    finally:
        document.close()
    sizes: dict[float, int] = {}
    for _drawn, chars in read:
        for ch in chars:
            sizes[ch[6]] = sizes.get(ch[6], 0) + 1
    body = max(sizes, key=lambda s: sizes[s]) if sizes else setup.font_size_pt
    columns: list[Column] = []
    head: list[Piece] = []
    foot: list[Piece] = []
    foot_page = -1
    foot_in_column = False
    for n, (drawn, chars) in enumerate(read):
        lines = _segments(chars, gap * 0.6)
        inside = [p for p in lines + drawn
                  if p.top <= content_top + 2 and p.bottom >= content_bottom - 2]
        signed = [p for p in lines if _begins(byline, p.text)]
        if signed:  # from the byline down, from the QR code's or the byline's column across
            below = [p for p in inside if p.top <= signed[0].top + 1]
            photos = [p for p in below if p.kind == "image"]
            code = [p for p in below if p.kind == "shape" and not any(  # not a photo's ground
                abs(p.left - i.left) < 1 and abs(p.top - i.top) < 1 for i in photos)]
            start = min(p.left for p in (code[:1] or signed[:1]))
            start = left_m + ((start - left_m + 1) // (col_w + gap)) * (col_w + gap) - 1
            foot = [p for p in below if p.left >= start]
            foot_page = n
            if max(p.right for p in foot) - min(p.left for p in foot) > col_w + gap / 2:
                inside = [p for p in inside if p not in foot]
            else:  # it ends the last column: part of that column
                foot_in_column = True
        spans = [p for p in inside if p.right - p.left > col_w + gap / 2]
        top = content_top
        if n == 0 and setup.columns > 1:
            heads = [p for p in spans if p.kind != "text" or abs(p.size - body) > 0.3]
            if heads:
                top = min(p.bottom for p in heads)
                # a head paragraph's last line, too short to span the columns: in a head size,
                # right under the line before it
                sizes = {round(p.size, 1) for p in heads if p.kind == "text"}
                for p in sorted(inside, key=lambda p: -p.top):
                    if (p.kind == "text" and round(p.size, 1) in sizes and p.bottom < top
                            and p.top >= top - 0.6 * p.size):
                        top = p.bottom
                head = [p for p in inside if p.bottom >= top - 0.5]
                inside = [p for p in inside if p not in head]
        across = setup.columns == 1 or any(
            p.kind == "text" and abs(p.size - body) <= 0.3 for p in spans)
        count = 1 if across else setup.columns
        width = col_w if count > 1 else setup.columns * col_w + (setup.columns - 1) * gap
        page_columns = [Column(n, index, top, content_bottom,
                               left=left_m + index * (col_w + gap), width=width)
                        for index in range(count)]
        columns.extend(page_columns)
        for piece in inside:
            middle = (piece.left + piece.right) / 2 - left_m
            index = min(count - 1, max(0, int(middle // (col_w + gap))))
            page_columns[index].pieces.append(piece)
    layout = Layout(len(read), columns, setup.line_height_pt, body, head, foot,
                    -1 if foot_in_column else foot_page, foot_page)
    if setup.columns == 1 and columns and columns[0].pieces:
        _head_of_one_column(layout)
    for n in range(len(read)):  # a page's columns start where the highest of them starts
        starts = [max((p.top for p in c.pieces if p.kind != "text"
                       or abs(p.size - body) <= 0.3), default=None)
                  for c in columns if c.page == n]
        known = [t for t in starts if t is not None]
        if known:
            for column in (c for c in columns if c.page == n):
                column.top = max(known)
    return layout


def _head_of_one_column(layout: Layout) -> None:
    """With one column the head does not span: it is what stands above the first body line
    (the first line in the body size after a line in a larger size)."""
    first = layout.columns[0]
    pieces = sorted(first.pieces, key=lambda p: -p.top)
    for i, piece in enumerate(pieces):
        if piece.kind == "text" and abs(piece.size - layout.body_size) < 0.3 and i > 0:
            head = pieces[:i]
            if any(p.size > layout.body_size * 1.5 for p in head if p.kind == "text"):
                layout.head = head
                first.pieces = pieces[i:]
                first.top = min(p.bottom for p in head)
            return


def drop_cap_beside_its_line(pdf: Path | str, cap: str, rest: str) -> tuple[tuple, tuple]:
    """The boxes (left, bottom, right, top) of the body's drop cap — the tallest ``cap`` on the
    first page — and of the first character of ``rest``, the words its line goes on with."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        text = document[0].get_textpage()
        whole = text.get_text_range()
        boxes = [text.get_charbox(i) for i in range(len(whole))]
        caps = [i for i, ch in enumerate(whole) if ch == cap]
        tallest = max(caps, key=lambda i: boxes[i][3] - boxes[i][1])
        return boxes[tallest], boxes[whole.index(rest, tallest)]
    finally:
        document.close()
