"""A reporter's own long story, printed as the print desk prints it, read as a layout editor
reads it (``layout_support``).

``fixtures/print/cau-song-han.md`` is a 1,500-word story as a reporter typed it: five
sections, five photos of every shape (a panorama, a camera photo, an upright graphic, a
square and a 3:2 photo), a photo straight before a subheading, a byline of two reporters.
Its shape is not the generated cases' (``test_print_layout``): on these setups it used to
leave three to six blank lines at the foot of a column (a photo, then a subheading and its
first lines too deep for what was left), last pages whose columns ended up to eleven lines
apart (a photo deeper than half the page's text), and a byline broken over two pages.

On every setup: no blank run over two lines inside a column while the story goes on, the
last page's columns within two lines of each other, the byline whole on one page with its
source and QR code, every photo as wide as its column (a photo shown deeper is cut at its
sides, never printed wider: the page is never printed smaller), no subheading ending a
column.

Three more stories, 1,400–2,400 words with large upright and square photos, two photos in a
row and a story that ends on a photo, cover what the make-up did not do before: text running
on past two photos in a row into the gap before them (``cau-lach-huyen``), a photo narrower
than its column (capped in height) drawn larger whole to close a hole, a last page of photos
alone (``mua-han-man``, one column) and a foot alone on the last page
(``den-long-hang-ma``, four columns), and a story ending on a photo that left the gap before
it empty (tried a few paragraphs earlier), a column of text alone three lines short of a
photo (its paragraphs set a shade looser), and two closing photos alone on the last page
that only a move leaving a hole on the page before gives text, the hole then closed
(``den-long-hang-ma``, A3, one column, 12 pt), and a foot alone after a page of two narrow
photos, which come back drawn smaller whole (A4, one column). On those, the last page also
holds text. In three columns on A3 and Tabloid at 10.5 pt the lantern story's closing square
photo headed a last page of three lines a column, 13 lines deeper than they: no place on that
page levels it, and passing the photo before it sends that one over instead. Both now stand
on the page before, the one before moved up a paragraph or two, and only text goes over.
In four columns at 12 pt on A4 and Tabloid the drought story's foot stood alone on its page
(the story's closing photo ending the page before, nothing there to give the foot's room):
the story's last two lines now go over the page, above it, the closing photo staying before
them. In four columns at 9.5 pt on Tabloid its last page ended a caption more than two lines
above the other columns (the make-up had measured to the rule under the caption). In one
column at 10.5 pt on Tabloid (lines of some 135 characters, which no paragraph loosens by a
line) a column ended two and a half lines short: its subheadings now take a line more above
them first, before the photos are spaced (a line under a caption reads as a gap). In one
column at 10.5 pt on Tabloid the lantern story's closing square photo stood alone with the
foot on page 3, three lines blank at the foot of page 2: the photo before it, shown deeper
there to close a hole, left no room for it on that page. Moved up with it, the two go as the
story gave them (then fitted anew), so both stand on page 2 and text goes over.

Two stories a layout editor wrote while trying the app, with quotes set as quotes (``>``), a
3:1 panorama and an upright photo: a quote kept whole left the column before it four or five
lines short (``hoi-an-trung-thu``, A4, three columns, 12 pt; A5, one column, 9.5 pt): a quote
of five lines or more now breaks between its lines as a paragraph does, and a quote or a list
that fits the gap before a photo goes into it whole. On A4, four columns, 9 pt the foot stood
alone on page 2: the story's last lines sent over left the last column short by what the
page's other columns closed up, which their photos, shown deeper a line at a time, now give
back. The flood story (``trieu-cuong-can-tho``) on A4, four columns, 10.5 pt ended a column
four lines short before a quote. In the flower market story (``cho-hoa-binh-dong``, A4, two
columns, 12 pt) a photo spaced a line down to close a hole stood two lines and a half below the
text over it, itself a hole: a photo with text at both sides is now spaced half a line above
and half a line under its caption.
Seven more of their setups, which failed before:
- the flood story on A3 and Tabloid, two columns, 9.5 and 10.5 pt ended its last page's
  columns three to seven lines apart, two large photos there and a few lines of text: the
  last page's photos may now be cropped or shown deeper by as many lines as photo fitting
  lets each (a line or two before), and the photos of the page before are tried shown deeper
  (pushing text on) when nothing on the last page levels it; a photo spaced for a hole that a
  move then set next to another photo loses that space (on Tabloid it stood three lines under
  the photo before it);
- the festival story on A4 landscape, three columns, 9 pt ended page 1's first column four
  lines short of a photo with a quote under it, which needed the space under it to fit: a quote
  ending a column now goes without it;
- the flower market on A5, two columns, 12 pt and on A4 landscape, two columns, 10 pt, and the
  festival story there too, ended page 1's first column three or four lines short of a photo
  followed by a subheading: a photo may now go into the paragraph before it (split two, three
  or five lines from its end) or before it whole, and a photo's gap is filled a second time,
  measured anew.
On Tabloid, two columns, 10.5 pt the festival story's last page held its closing panorama in
one column and four lines in the other: the move that levels it (the photo before it set on
the page before) left a three-line hole there, and such a move is now looked at with that hole
closed as holes are closed, as a move giving a last page of photos alone text already was.
In one column (the bridge story on Tabloid at 10.5 pt, the festival story on A4 at 10.5 pt and
Tabloid at 12 pt) a subheading stood at the head of a page over a photo, its text under the
photo: a subheading that did not fit under a photo was put before it with its first lines,
and when those could not go (a paragraph of three lines, two lines of room) it went alone. It
now stays with its text. No subheading stands over a photo on any setup.
On A3, three columns, 12 pt the festival story fits one page, the foot ending the last column;
the first column ended with a quote, measured by the make-up to the part of a line the grid
adds under it, half a line below its last line, so the page's columns looked level to it while
the middle one ended two lines and a half above the others. A quote or a list is now measured
to its last line, as a photo is to its caption's.
On a landscape A3 or Tabloid page of three or four columns a story that runs a little over
its first page left one to three columns of its last page empty, the others holding a photo
or two and a few lines: columns 6 to 14 lines apart, levelled with the empty ones. A page the
story goes on to now holds it in the columns it fills from the left (a jump, as newspapers set
one): those are levelled, the foot spans them only, and the empty columns are the page's
(``jumps``), 80 mm wide at least: in a column 40 mm wide (A4, four columns, 12 pt) the
byline broke and the QR code's caption stood a word a line. Where the page's columns still
end apart, what starts on it is stacked into fewer columns (``bo-dong-song-han``, a story
typed in the app by someone new to it, with third-level subheadings and two upright
portraits at its end: each portrait stood in a column of its own beside six lines, 15 to 18
lines apart). A photo spaced for a hole was also spaced again by a later pass, to a line more
under its caption, two lines and a half of blank there; a photo is spaced again only while the
blank under its caption stays two lines at most.
The lantern village (``lang-den-long-hoi-an``, six photos from an upright 3:4 to a 3:1
panorama) on A4, two columns, 10.5 pt ended page 1's last column four lines short of two
photos in a row: the make-up had moved the first photo on to the second, and neither may pass
the other, so the text after them could not come up. Photos in a row now move on together,
looked at with the holes they leave closed. On A4, four columns, 9 pt a panorama four lines deep
that overran a line by a few pixels took the rest of the line under its caption, a line of
blank between it and the photo under it; it now loses those pixels, as a larger photo does.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest

from layout_support import MM, page_pieces, read_layout, visible_bounds
from newsdesk.interchange.frontmatter import parse_markdown
from newsdesk.printing import PageSetup, init_printing
from print_support import photo

init_printing()  # at collection time: before any QApplication exists (as the GUI does)

pytestmark = [pytest.mark.qt, pytest.mark.webengine]

FIXTURES = Path(__file__).parent / "fixtures" / "print"
SHAPES = {"img/wide.jpg": (1800, 700), "img/camera.jpg": (1600, 1200),
          "img/tall.jpg": (800, 1400), "img/square.jpg": (1200, 1200),
          "img/classic.jpg": (1500, 1000),
          "images/cau-panorama.jpg": (3000, 860), "images/ky-su-chan-dung.jpg": (900, 1350),
          "images/bieu-do-doc.jpg": (800, 1400), "images/dong-ruong-vuong.jpg": (1200, 1200),
          "images/pho-co-43.jpg": (1600, 1200), "images/ghe-song-169.jpg": (2400, 1350),
          "images/nong-dan-doc.jpg": (1000, 1500), "images/le-hoi-rong.jpg": (2800, 1000),
          "images/cong-nhan-43.jpg": (1200, 900),
          "images/01-duong-ngap-16x9.jpg": (3200, 1800), "images/02-bo-ke-3x1.jpg": (4500, 1500),
          "images/03-thanh-nien-4x3.jpg": (2400, 1800),
          "images/04-tram-bom-2x3.jpg": (1600, 2400), "images/05-don-dep-3x2.jpg": (2700, 1800),
          "images/01-den-long-3x2-2aa16345.jpg": (3000, 2000),
          "images/02-mua-lan-2x3-54f5072d.jpg": (1400, 2100),
          "images/03-pho-co-16x9-072fae57.jpg": (1920, 1080),
          "images/04-song-hoai-3x1-55b34fe3.jpg": (3000, 1000),
          "images/01-ghe-hoa-3x1.jpg": (3600, 1200), "images/02-cuc-mam-xoi-1x1.jpg": (2000, 2000),
          "images/03-ao-dai-2x3.jpg": (1800, 2700), "images/04-hoang-hon-16x9.jpg": (2560, 1440),
          "images/a1-pano-6e0541de.jpg": (3600, 1200), "images/a2-169-8c7d5000.jpg": (1920, 1080),
          "images/a3-32-ea2d023f.jpg": (1800, 1200), "images/a4-11-578dd622.jpg": (1200, 1200),
          "images/a5-23-ba9e580c.jpg": (1000, 1500),
          "images/ong-thong-kiem-tra-khung.jpg": (2400, 3200),
          "images/den-phoi-truoc-hien.jpg": (3200, 2400),
          "images/chi-thu-ha-dan-vai.jpg": (2000, 3000),
          "images/pho-nguyen-thai-hoc-len-den.jpg": (3900, 1300),
          "images/den-gan-the-go.jpg": (2600, 2600), "images/khach-chon-den.jpg": (3840, 2160)}
# story → (paper, columns, body size in pt): the setups each printed with holes, uneven last
# pages, a broken byline, or a last page without text
STORIES = {
    "cau-song-han": [("A3", 2, 10.5), ("A3", 2, 12.0), ("A4", 3, 10.0), ("A4", 4, 12.0),
                     ("A3", 4, 10.5), ("Tabloid", 4, 9.5), ("A3", 3, 9.5), ("A3", 3, 10.5),
                     ("Tabloid", 3, 9.5), ("Tabloid", 4, 12.0), ("A4", 2, 10.5),
                     ("A5", 2, 10.0), ("A4", 3, 9.5), ("A3", 4, 9.0, "landscape")],
    "cau-lach-huyen": [("A3", 2, 9.5), ("Tabloid", 2, 9.5), ("A3", 1, 9.5), ("Tabloid", 1, 10.5)],
    "mua-han-man": [("A4", 1, 9.5), ("Tabloid", 1, 9.5), ("A5", 2, 9.5), ("A3", 2, 9.5),
                    ("A4", 3, 9.5), ("A4", 4, 12.0), ("Tabloid", 4, 12.0), ("Tabloid", 4, 9.5),
                    ("Tabloid", 1, 10.5)],
    "den-long-hang-ma": [("A3", 4, 10.5), ("A3", 1, 10.5), ("A3", 1, 9.5), ("Tabloid", 1, 9.5),
                         ("A4", 2, 9.5), ("A4", 3, 10.5), ("A3", 1, 12.0),
                         ("A4", 1, 10.5), ("A3", 3, 10.5), ("Tabloid", 3, 10.5),
                         ("Tabloid", 1, 10.5), ("A3", 3, 9.0, "landscape"),
                         ("Tabloid", 3, 9.0, "landscape")],
    "trieu-cuong-can-tho": [("A4", 4, 10.5), ("A3", 2, 9.5), ("A3", 2, 10.5),
                            ("Tabloid", 2, 9.5), ("Tabloid", 4, 9.5, "landscape"),
                            ("A3", 4, 10.0, "landscape")],
    "hoi-an-trung-thu": [("A4", 3, 12.0), ("A5", 1, 9.5), ("A4", 4, 9.0),
                         ("A4", 3, 9.0, "landscape"), ("A4", 2, 10.0, "landscape"),
                         ("Tabloid", 2, 10.5), ("A4", 1, 10.5), ("Tabloid", 1, 12.0),
                         ("A3", 3, 12.0)],
    "cho-hoa-binh-dong": [("A4", 2, 12.0), ("A5", 2, 8.0), ("A5", 2, 12.0),
                          ("A4", 2, 10.0, "landscape"), ("A3", 2, 12.0),
                          ("Tabloid", 3, 9.0, "landscape")],
    "bo-dong-song-han": [("A3", 3, 9.0, "landscape"), ("A3", 3, 10.0, "landscape"),
                         ("Tabloid", 3, 10.0, "landscape")],
    "lang-den-long-hoi-an": [("A4", 2, 10.5), ("A4", 4, 9.0)],
}
SLACK = 3.0  # pt: rounding of the boxes Chromium writes into the PDF


def _name(story: str, setup: tuple) -> str:
    paper, columns, size, *turned = setup
    return f"{story}-{paper}-{columns}c-{size:g}pt" + "".join(f"-{way}" for way in turned)


@pytest.fixture(scope="module")
def stories():
    found = {}
    for story in STORIES:
        path = FIXTURES / f"{story}.md"
        found[story], _warnings = parse_markdown(path.read_text(encoding="utf-8"),
                                                 name=path.name)
    return found


@pytest.fixture(scope="module")
def printed(qapp, stories, tmp_path_factory):
    """Every setup printed by the process's one print engine: name → (setup, PDF, article)."""
    from newsdesk.printing.api import print_article_pdf

    folder = tmp_path_factory.mktemp("story")
    photos = {path: photo(i, size) for i, (path, size) in enumerate(SHAPES.items())}
    done = {}
    for story, setups in STORIES.items():
        for paper, columns, size, *turned in setups:
            setup = PageSetup(paper=paper, columns=columns, font_size_pt=size,
                              orientation=turned[0] if turned else "portrait",
                              publication="Báo Thành phố", language="vi")
            name = _name(story, (paper, columns, size, *turned))
            result = print_article_pdf(stories[story], photos.get, folder / f"{name}.pdf",
                                       setup, cache_dir=folder / "cache")
            done[name] = (setup, result.path, stories[story])
    return done


names = [_name(story, setup) for story, setups in STORIES.items() for setup in setups]
# the setups whose last page holds the story in fewer columns than it has (a jump)
jumps = [f"{name}-landscape" for name in (
    "cau-song-han-A3-4c-9pt", "den-long-hang-ma-A3-3c-9pt",
    "trieu-cuong-can-tho-Tabloid-4c-9.5pt", "trieu-cuong-can-tho-A3-4c-10pt",
    "den-long-hang-ma-Tabloid-3c-9pt", "cho-hoa-binh-dong-Tabloid-3c-9pt",
    "bo-dong-song-han-A3-3c-9pt", "bo-dong-song-han-A3-3c-10pt",
    "bo-dong-song-han-Tabloid-3c-10pt")] + [
    "mua-han-man-A4-4c-12pt"]  # two lines of the story in a column 40 mm wide


@pytest.mark.parametrize("name", names)
def test_no_blank_run_over_two_lines_inside_a_column(printed, name):
    setup, pdf, story = printed[name]
    layout = read_layout(pdf, setup, story.byline)
    assert layout.filled(), "no column found"
    holes = [(round(depth / MM, 1), round(depth / layout.line, 1), c.page + 1, c.index + 1, where)
             for depth, c, where in layout.holes()
             if depth > (3 if "subheading" in where else 2) * layout.line + SLACK]
    assert not holes, holes  # (mm, lines, page, column, where)
    assert not [p.text for p in layout.headings_closing_a_column()]
    assert not [p.text for p in layout.headings_over_a_photo()]


@pytest.mark.parametrize("name", names)
def test_no_paragraph_leaves_a_line_alone_at_a_column_break(printed, name):
    """Neither a paragraph's last line alone at the head of a column (a widow, over the
    photo the paragraph goes on under, too) nor its first alone at a column's foot."""
    setup, pdf, story = printed[name]
    layout = read_layout(pdf, setup, story.byline)
    assert not [(kind, c.page + 1, c.index + 1, line.text)
                for kind, c, line in layout.lone_lines()]


@pytest.mark.parametrize("name", names)
def test_the_last_page_columns_end_within_two_lines(printed, name):
    setup, pdf, story = printed[name]
    layout = read_layout(pdf, setup, story.byline)
    last = layout.filled()[-1].page
    assert layout.last_page_spread() <= 2 * layout.line + SLACK, [
        (c.index + 1, round((c.end - c.top) / layout.line, 1))
        for c in layout.columns if c.page == last]  # (column, lines deep)


@pytest.mark.parametrize("name", names)
def test_the_byline_stands_whole_with_its_source_and_qr_code(printed, name):
    _setup, pdf, story = printed[name]
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        pages = [document[i].get_textpage().get_text_range().replace("\r\n", " ")
                 for i in range(len(document))]
    finally:
        document.close()
    # whole, its source under it (a name in it may also credit photos, the source's words
    # stand in the text too)
    signed = [i for i, text in enumerate(pages)
              if f"{' '.join(story.byline.split())} Nguồn tin: {story.source}" in text]
    assert len(signed) == 1, signed
    assert "MÃ QR" in pages[signed[0]].upper()


@pytest.mark.parametrize("name", names)
def test_every_photo_is_as_wide_as_its_column(printed, name):
    """A photo shown deeper than it is is cut at its sides; printed wider than its column it
    would make Chromium print the whole page smaller."""
    setup, pdf, story = printed[name]
    column = setup.layout_column_width_px * 0.75  # pt
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        widths = [round(p.right - p.left, 1) for n in range(len(document))
                  for p in page_pieces(document[n])[0] if p.kind == "image"]
    finally:
        document.close()
    assert len(widths) >= story.body.count("![")  # its photos and the QR code's, if any
    photos = [w for w in widths if w > 30 * MM]  # not the QR code
    assert photos and all(w <= column + 1.0 for w in photos), (column, widths)
    assert max(photos) >= column - 1.0, (column, widths)  # full width: not printed smaller


@pytest.mark.parametrize("name", jumps)
def test_a_page_the_story_goes_on_to_holds_it_in_the_columns_it_fills(printed, name):
    """A jump, as newspapers set one: on a page after the first, where the story fills fewer
    columns than the page has (from the left), its foot spans those columns only, the byline
    ending at the right of the last of them, never across the page's empty columns (which
    the last page's levelling leaves to the page). The block is 80 mm wide at least, so that
    the byline and the QR code's caption keep their lines: on a narrow grid it takes in the
    empty columns it needs to be so wide."""
    setup, pdf, story = printed[name]
    layout = read_layout(pdf, setup, story.byline)
    last = layout.filled()[-1].page
    on_page = [c for c in layout.columns if c.page == last]
    held = max(c.index for c in on_page if c.pieces)
    assert last > 0 and layout.foot_at == last, (last, layout.foot_at)
    assert not [c.index for c in on_page[:held] if not c.pieces]  # from the left
    column = setup.layout_column_width_px * 0.75
    gap = setup.column_gap_mm * MM
    wide = next(n for n in range(1, len(on_page) + 1) if n * column + (n - 1) * gap >= 80 * MM)
    block = max(held + 1, wide)
    assert block < len(on_page), (held, wide)  # a jump: columns left to the page
    reach = max(p.right for p in layout.foot)
    edge = on_page[block - 1].left + column  # the right of the block's last column
    assert edge - SLACK <= reach <= edge + 1, (reach, edge, block)


@pytest.mark.parametrize("name", names)
def test_the_last_page_holds_text(printed, name):
    """Never a last page of photos alone, nor the foot alone on a page of its own: the body's
    last lines stand on the last page."""
    setup, pdf, story = printed[name]
    layout = read_layout(pdf, setup, story.byline)
    last = layout.pages - 1
    body = [p for c in layout.columns if c.page == last for p in c.pieces
            if p.kind == "text" and abs(p.size - layout.body_size) < 0.3]
    assert body, f"page {last + 1} of {layout.pages} has no line of the story's text"


@pytest.mark.parametrize("paper, columns, size", [("A4", 2, 10.5), ("Tabloid", 4, 9.5)])
def test_third_level_subheadings_stand_with_their_text(qapp, stories, tmp_path, paper, columns,
                                                      size):
    """The editor's smaller subheading (Ctrl+Alt+3) prints a shade larger than the body, bold:
    the reader takes it for a subheading (the blank above it counted as a subheading's), and it
    neither ends a column nor stands over a photo."""
    from newsdesk.printing.api import print_article_pdf

    story = stories["cau-song-han"]
    text = (FIXTURES / "cau-song-han.md").read_text(encoding="utf-8").replace("\n## ", "\n### ")
    article, _warnings = parse_markdown(text, name="cau-song-han.md")
    assert "<h3>" not in article.body and "### " in article.body
    setup = PageSetup(paper=paper, columns=columns, font_size_pt=size,
                      publication="Báo Thành phố", language="vi")
    photos = {path: photo(i, shape) for i, (path, shape) in enumerate(SHAPES.items())}
    pdf = print_article_pdf(article, photos.get, tmp_path / "h3.pdf", setup).path
    layout = read_layout(pdf, setup, story.byline)
    read = " ".join(p.text for c in layout.columns for p in c.pieces if layout.heading(p))
    titles = [line[4:] for line in article.body.splitlines() if line.startswith("### ")]
    assert len(titles) == 5
    for title in titles:  # each whole, though a long one may break over two lines
        assert " ".join(title.split()[:3]) in read, (title, read)
    holes = [(round(depth / layout.line, 1), c.page + 1, c.index + 1, where)
             for depth, c, where in layout.holes()
             if depth > (3 if "subheading" in where else 2) * layout.line + SLACK]
    assert not holes, holes
    assert not layout.headings_closing_a_column() and not layout.headings_over_a_photo()


def test_a_foot_ending_a_narrow_column_sets_the_qr_caption_under_its_code(qapp, stories,
                                                                         tmp_path):
    """On A4, four columns (41 mm), 10.5 pt the lantern story's foot ends the last column;
    beside the code its caption had 11 mm, a word a line. It goes under the code, a few lines
    deep, wider than the code."""
    from newsdesk.printing.api import print_article_pdf

    story = stories["den-long-hang-ma"]
    setup = PageSetup(paper="A4", columns=4, font_size_pt=10.5, publication="Báo Thành phố",
                      language="vi")
    photos = {path: photo(i, shape) for i, (path, shape) in enumerate(SHAPES.items())}
    pdf = print_article_pdf(story, photos.get, tmp_path / "foot.pdf", setup).path
    layout = read_layout(pdf, setup, story.byline)
    last = layout.pages - 1
    page = [p for c in layout.columns if c.page == last for p in c.pieces]
    page += [p for p in layout.foot if p not in page]  # (ending a column, it is in it too)
    images = [p for p in page if p.kind == "image"]
    [code] = [p for p in page if p.kind == "shape" and not any(  # not a photo's ground
        abs(p.left - i.left) < 1 and abs(p.top - i.top) < 1 for i in images)]
    column = setup.layout_column_width_px * 0.75  # pt
    near = sorted((p for p in page if p.kind == "text" and p.top <= code.top + 1
                   and code.left - 10 <= p.left < code.left + column), key=lambda p: -p.top)
    starts = [i for i, line in enumerate(near) if line.text.startswith("MÃ QR")]
    assert starts, [line.text for line in near]
    caption = near[starts[0]:]
    assert all(line.top <= code.bottom + 1 for line in caption), "the caption is beside the code"
    assert len(caption) <= 5, [line.text for line in caption]
    assert code.right - code.left < max(line.right - line.left for line in caption)


def test_a_photo_printed_cut_is_named_with_the_millimetres_it_loses(qapp, stories, tmp_path):
    """On A4, three columns, 10 pt the make-up shows the panorama deeper to close a hole: drawn
    larger, its sides cut. The export says so, naming the photo and the millimetres its sides
    lose, as the PDF shows them; the part of a line the line grid takes off a photo is not
    named. With photo fitting off nothing is cut, and nothing is said."""
    from newsdesk.printing.api import print_article_pdf

    photos = {path: photo(i, size) for i, (path, size) in enumerate(SHAPES.items())}
    setup = PageSetup(paper="A4", columns=3, font_size_pt=10.0, publication="Báo Thành phố",
                      language="vi")

    def printed_cuts(name, page_setup):
        result = print_article_pdf(stories["cau-song-han"], photos.get, tmp_path / name,
                                   page_setup, cache_dir=tmp_path / "cache")
        notices = [(w.code, *w.values) for w in result.warnings
                   if getattr(w, "code", "").startswith(("print.photo_cropped",
                                                         "print.photo_cut_sides"))]
        document = pypdfium2.PdfDocument(str(result.path))
        try:  # each picture: mm drawn wider than it shows (its sides cut)
            sides = [((b[2] - b[0]) - (v[2] - v[0])) / MM
                     for n in range(len(document))
                     for obj in document[n].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
                     for b, v in [(obj.get_bounds(), visible_bounds(obj))]]
        finally:
            document.close()
        return notices, sides

    notices, sides = printed_cuts("fitted.pdf", setup)
    # named by its caption's first words and its file
    assert [(code, name) for code, name, _mm in notices] == [
        ("print.photo_cut_sides", "“Toàn cảnh sông Hàn nhìn từ phía cầu Thuận Phước…” "
                                  "(img/wide.jpg)")], notices
    cut = [mm for mm in sides if mm > 1]
    assert len(cut) == 1 and abs(cut[0] - int(notices[0][2])) <= 1, (notices, sides)
    notices, sides = printed_cuts("whole.pdf", setup.with_changes(photo_fitting=False))
    assert notices == [] and max(sides) < 1, (notices, sides)


def test_a_graphic_is_printed_whole(qapp, stories, tmp_path):
    """The same panorama kept as a PNG is taken as a graphic (a chart, a map: labels to its
    edges) and printed whole where, as a JPEG, the make-up drew it larger and cut its sides
    (the previous test's setup) and the line grid trimmed it: nothing cut off any side, in the
    PDF, and nothing said. It still prints, as wide as its column."""
    from newsdesk.printing.api import print_article_pdf

    photos = {path.replace("img/wide.jpg", "img/wide.png"): photo(i, size)
              for i, (path, size) in enumerate(SHAPES.items())}
    article = stories["cau-song-han"]
    article = article.copy(body=article.body.replace("img/wide.jpg", "img/wide.png"))
    setup = PageSetup(paper="A4", columns=3, font_size_pt=10.0, publication="Báo Thành phố",
                      language="vi")
    result = print_article_pdf(article, photos.get, tmp_path / "graphic.pdf", setup,
                               cache_dir=tmp_path / "cache")
    assert not [w for w in result.warnings if "wide.png" in str(w)], result.warnings
    document = pypdfium2.PdfDocument(str(result.path))
    try:  # the panorama: the one picture over twice as wide as deep
        wide = [(obj.get_bounds(), visible_bounds(obj))
                for n in range(len(document))
                for obj in document[n].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
                if (obj.get_bounds()[2] - obj.get_bounds()[0]) >
                2 * (obj.get_bounds()[3] - obj.get_bounds()[1])]
    finally:
        document.close()
    assert len(wide) == 1, wide
    (drawn, shown), = wide
    assert all(abs(a - b) < 0.3 * MM for a, b in zip(drawn, shown, strict=True)), (drawn, shown)
    assert abs((drawn[2] - drawn[0]) / MM - setup.column_width_mm) < 1
    ratio = (drawn[2] - drawn[0]) / (drawn[3] - drawn[1])
    assert abs(ratio - 1800 / 700) < 0.02, ratio


QUOTED = """---
headline: "Hội An lên đèn đêm rằm"
byline: "Diệu Linh"
---
HỘI AN – Tối 15/8 âm lịch, phố cổ tắt đèn điện, chỉ còn ánh đèn lồng và nến hoa đăng trên
sông Hoài. Hàng nghìn du khách đổ về từ chiều, đứng chật hai bên bờ sông chờ thả đèn.

> Mỗi năm tôi đều về đây, chỉ để đứng nhìn dòng sông sáng lên trong vài phút. — chị Lê Thu
> Trang, du khách Hà Nội

Ban tổ chức cho biết năm nay có thêm ba điểm thả hoa đăng mới, giúp giảm cảnh chen lấn ở khu
vực chùa Cầu. Lực lượng dân phòng được bố trí dọc bờ sông từ chiều.
"""


@pytest.mark.parametrize("size", [9.5, 12.0])
def test_a_quote_rule_ends_at_its_last_line(qapp, tmp_path, size):
    """The rule at a quote's left ran on under its last line through the part of a line the
    line grid adds under the quote (7 to 12 pt), into the blank where a quote ends a column;
    it now ends with its last line."""
    from newsdesk.printing.api import print_article_pdf

    article, _ = parse_markdown(QUOTED, name="quote.md")
    setup = PageSetup(paper="A4", columns=2, font_size_pt=size, language="vi")
    result = print_article_pdf(article, lambda _path: None, tmp_path / "quote.pdf", setup)
    document = pypdfium2.PdfDocument(str(result.path))
    try:
        page = document[0]
        text = page.get_textpage()
        whole = text.get_text_range()
        last = text.get_charbox(whole.index("Hà Nội") + 5)  # the quote's last character
        # the quote's rule: 2 px wide (a rule between columns is thinner)
        rules = [obj.get_bounds() for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH])
                 if 1 < obj.get_bounds()[2] - obj.get_bounds()[0] < 2.5]
    finally:
        document.close()
    (rule,) = [r for r in rules if r[0] < last[0] and r[1] <= last[1] <= r[3]]
    assert last[1] - rule[1] < 0.35 * setup.line_height_pt, (rule, last)  # its descenders' room
