"""Page setup of a printed article: paper, orientation, margins, columns, base size, masthead.

``PageSetup`` is plain data (no Qt) so the CLI, the settings and the GUI can build and check
it. It knows the geometry every other part of printing needs: the page and content box in
millimetres, the width of one column (what the photos are made for) and the CSS that carries
the setup into the print stylesheet: an ``@page`` rule (size, margins and the running
header/footer texts, which CSS variables cannot reach) and custom properties on ``:root``.

``page_setup(settings, language, paper=…, …)`` is the one way from the user's Settings (plus
what one export asks for) to a PageSetup: the print preview, the export dialog and
``newsdesk export --format pdf`` all call it, so they print the same page. The defaults are
the Settings defaults (``newsdesk.config.settings``); ``PageSetup()`` takes them from there.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from newsdesk.config.settings import Settings
from newsdesk.domain import NewsdeskError

PAPERS: dict[str, tuple[float, float]] = {  # portrait width x height in mm
    "A5": (148.0, 210.0),
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "Letter": (215.9, 279.4),
    "Tabloid": (279.4, 431.8),
}
ORIENTATIONS = ("portrait", "landscape")
MIN_FONT_PT, MAX_FONT_PT = 7.0, 16.0
MIN_COLUMN_MM = 40.0
# a column's measure, in characters a line, that sets well: shorter lines break words and open
# gaps (every line is justified), longer ones are hard to follow back to the next line's start
SHORTEST_LINE, LONGEST_LINE = 25, 100
BRIEF_LONGEST_LINE = 120  # a brief's lines across the page, a few of them: read at a glance
MM_PER_INCH = 25.4
CSS_PX_PER_MM = 96.0 / MM_PER_INCH

PAGE_LABELS = {"vi": ("Trang ", " / "), "en": ("Page ", " of ")}
HEADER_ROOM_MM = 3.0  # top and bottom margins are this much deeper: the running header/footer


def margins_from(margin_mm: float) -> tuple[float, float, float, float]:
    """The four page margins (top, right, bottom, left) of the one margin a user sets."""
    margin = float(margin_mm)
    return (margin + HEADER_ROOM_MM, margin, margin + HEADER_ROOM_MM, margin)


_DEFAULTS = Settings()


class PageSetupError(NewsdeskError):
    code = "print.setup"


def _css_string(text: str) -> str:
    """A CSS string literal of ``text`` (quotes, backslashes and line breaks escaped)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def _paper_name(name: str) -> str:
    for known in PAPERS:
        if known.lower() == str(name).strip().lower():
            return known
    raise PageSetupError(
        f"unknown paper size '{name}'; choose one of {', '.join(PAPERS)}", code="print.paper"
    )


@dataclass(frozen=True)
class PageSetup:
    """How an article is laid out on paper. Margins are top, right, bottom, left in mm."""

    paper: str = _DEFAULTS.paper
    orientation: str = _DEFAULTS.orientation
    margins_mm: tuple[float, float, float, float] = margins_from(_DEFAULTS.margins_mm)
    columns: int = _DEFAULTS.columns
    font_size_pt: float = _DEFAULTS.font_size_pt
    publication: str = ""
    language: str = "vi"
    column_gap_mm: float = 5.0
    related_box: bool = True  # print the related stories ("Tin khác") at the end
    # the make-up may crop a photo by a line or two, or space it a line down, to fill a hole
    photo_fitting: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "paper", _paper_name(self.paper))
        orientation = str(self.orientation).strip().lower()
        if orientation not in ORIENTATIONS:
            raise PageSetupError(
                f"unknown orientation '{self.orientation}'; use portrait or landscape",
                code="print.orientation",
            )
        object.__setattr__(self, "orientation", orientation)
        given: float | Iterable[float] = self.margins_mm  # a single number means all four
        margins = tuple(float(m) for m in ((given,) * 4 if isinstance(given, int | float) else given))
        if len(margins) != 4 or any(m < 5 or m > 60 for m in margins):
            raise PageSetupError(
                "margins must be four values between 5 and 60 mm (top, right, bottom, left)",
                code="print.margins",
            )
        object.__setattr__(self, "margins_mm", margins)
        if not isinstance(self.columns, int) or not 1 <= self.columns <= 4:
            raise PageSetupError(
                f"columns must be 1, 2, 3 or 4 (got {self.columns})", code="print.columns"
            )
        if not MIN_FONT_PT <= float(self.font_size_pt) <= MAX_FONT_PT:
            raise PageSetupError(
                f"font size must be between {MIN_FONT_PT:g} and {MAX_FONT_PT:g} pt "
                f"(got {self.font_size_pt:g})",
                code="print.font_size",
            )
        if self.column_width_mm < MIN_COLUMN_MM:
            raise PageSetupError(
                f"{self.columns} columns on {self.paper} {self.orientation} would be "
                f"{self.column_width_mm:.0f} mm wide; use fewer columns or a larger paper",
                code="print.columns",
            )

    def with_changes(self, **changes: Any) -> PageSetup:
        return replace(self, **changes)

    # -- geometry -----------------------------------------------------------------------------
    @property
    def page_size_mm(self) -> tuple[float, float]:
        width, height = PAPERS[self.paper]
        return (height, width) if self.orientation == "landscape" else (width, height)

    @property
    def content_size_mm(self) -> tuple[float, float]:
        top, right, bottom, left = self.margins_mm
        width, height = self.page_size_mm
        return width - left - right, height - top - bottom

    @property
    def column_width_mm(self) -> float:
        width = self.content_size_mm[0]
        return (width - self.column_gap_mm * (self.columns - 1)) / self.columns

    @property
    def characters_per_line(self) -> int:
        """About how many characters a full line of body text holds."""
        return self.characters_in(self.column_width_mm)

    def characters_in(self, width_mm: float) -> int:
        """About how many characters of body text a line ``width_mm`` wide holds: a character
        of the body type is about half an em wide on average (Vietnamese and English alike)."""
        return round(width_mm * 72 / MM_PER_INCH / (0.5 * float(self.font_size_pt)))

    @property
    def brief_width_mm(self) -> float:
        """How wide a brief is set (``printing.brief``): across the page, or, where the page is
        so wide that its lines would run past ``BRIEF_LONGEST_LINE`` characters (A3 landscape
        in four columns: some 190; A4 across runs 100 to 115), across as many of the page's
        columns as keep them within it, from the left (one at least): a box of the page, as
        newspapers set a brief."""
        column = self.layout_column_width_px / CSS_PX_PER_MM
        across = self.columns
        while across > 1 and self.characters_in(
                across * column + (across - 1) * self.column_gap_mm) > BRIEF_LONGEST_LINE:
            across -= 1
        if across == self.columns:
            return self.print_area_px[0] / CSS_PX_PER_MM
        return across * column + (across - 1) * self.column_gap_mm

    @property
    def print_area_px(self) -> tuple[int, int]:
        """The page area Chromium prints on, in CSS px (width, height): the page less its
        margins as the print engine hands them over, in whole points
        (``QPageLayout.marginsPoints``), rounded up to whole px. Not ``content_size_mm``: A3
        with 15 mm margins prints on 1,008 px, not 1,009.13. The make-up lays the pages out
        on screen at exactly this size (printing/makeup.py), so a page breaks where it was
        measured."""
        top, right, bottom, left = (math.floor(m * 72 / MM_PER_INCH + 0.5)
                                    for m in self.margins_mm)
        width, height = (side * 72 / MM_PER_INCH for side in self.page_size_mm)
        return (math.ceil(round((width - left - right) * 4 / 3, 6)),
                math.ceil(round((height - top - bottom) * 4 / 3, 6)))

    @property
    def layout_column_width_px(self) -> float:
        """A column's width as set, in CSS px: the print area's width (the story's, on screen
        and on paper) less the gaps, shared out."""
        gaps = self.column_gap_mm * CSS_PX_PER_MM * (self.columns - 1)
        return (self.print_area_px[0] - gaps) / self.columns

    @property
    def line_height_pt(self) -> float:
        """Leading of the body text: the line grid copyfit counts in."""
        return round(self.font_size_pt * 1.38, 2)

    @property
    def headline_size_pt(self) -> float:
        """Headline size: 2.75 x the text size on an A4 measure, scaled with the measure."""
        return self._headline_size(self.content_size_mm[0])

    def _headline_size(self, width_mm: float) -> float:
        scale = (width_mm / 180.0) ** 0.75
        return round(min(max(self.font_size_pt * 2.75 * scale, 16.0), 48.0), 1)

    @property
    def figure_max_height_mm(self) -> float:
        """Tallest a photo may print: a share of the column depth (smaller with one column)."""
        share = 0.3 if self.columns == 1 else 0.45
        return self.content_size_mm[1] * share

    @property
    def base_language(self) -> str:
        return self.language.split("-")[0].lower() or "vi"

    # -- CSS -------------------------------------------------------------------------------------
    def page_label(self) -> str:
        """CSS ``content`` of the footer: "Trang 2 / 3" (vi) or "Page 2 of 3" (other)."""
        before, between = PAGE_LABELS.get(self.base_language, PAGE_LABELS["en"])
        return f"{_css_string(before)} counter(page) {_css_string(between)} counter(pages)"

    def css(self, section: str = "") -> str:
        """The stylesheet that carries this setup; it goes after print.css."""
        width, height = self.page_size_mm
        top, right, bottom, left = self.margins_mm
        return (
            f"@page {{ size: {width:g}mm {height:g}mm; "
            f"margin: {top:g}mm {right:g}mm {bottom:g}mm {left:g}mm;\n"
            f"  @top-left {{ content: {_css_string(self.publication)}; }}\n"
            f"  @top-right {{ content: {_css_string(section)}; }}\n"
            f"  @bottom-center {{ content: {self.page_label()}; }} }}\n"
            ":root {"
            f" --nd-columns: {self.columns};"
            f" --nd-column-gap: {self.column_gap_mm:g}mm;"
            f" --nd-font-size: {self.font_size_pt:g}pt;"
            f" --nd-line: {self.line_height_pt:g}pt;"
            f" --nd-content-width: {self.print_area_px[0] / CSS_PX_PER_MM:.6f}mm;"
            f" --nd-content-height: {self.print_area_px[1] / CSS_PX_PER_MM:.6f}mm;"
            f" --nd-column-width: {self.layout_column_width_px / CSS_PX_PER_MM:.6f}mm;"
            f" --nd-brief-width: {self.brief_width_mm:.6f}mm;"
            f" --nd-figure-max: {self.figure_max_height_mm:.1f}mm;"
            f" --nd-headline-size: {self.headline_size_pt:.1f}pt;"
            f" --nd-brief-headline-size: {self._headline_size(self.brief_width_mm):.1f}pt;"
            f" --nd-photo-fitting: {int(self.photo_fitting)}; }}\n"
            + (NARROW_FOOT_CSS if self.column_width_mm < NARROW_FOOT_MM else "")
        )


# A column narrower than this leaves the QR code's caption beside the code (26 mm and a 3 mm
# gap) under 20 mm, a word a line: the foot that ends such a column sets it under the code.
NARROW_FOOT_MM = 50.0
NARROW_FOOT_CSS = (".nd-foot-in-column:not(.nd-foot-compact) .nd-qr-code "
                   "{ flex-direction: column; align-items: flex-start; gap: 1.5mm; }\n")


def page_setup(
    settings: Settings | None = None,
    language: str = "vi",
    *,
    paper: str | None = None,
    orientation: str | None = None,
    columns: int | None = None,
    font_size_pt: float | None = None,
    publication: str | None = None,
    photo_fitting: bool | None = None,
) -> PageSetup:
    """The PageSetup of ``settings`` (the defaults when None) for an article in ``language``;
    each keyword given (not None) overrides the setting for this one print.

    PageSetupError (a NewsdeskError) when the values do not make a printable page."""
    chosen = settings if settings is not None else _DEFAULTS
    return PageSetup(
        paper=chosen.paper if paper is None else paper,
        orientation=chosen.orientation if orientation is None else orientation,
        margins_mm=margins_from(chosen.margins_mm),
        columns=chosen.columns if columns is None else columns,
        font_size_pt=float(chosen.font_size_pt if font_size_pt is None else font_size_pt),
        publication=chosen.publication_name if publication is None else publication,
        language=language or "vi",
        related_box=bool(getattr(chosen, "print_related", True)),
        photo_fitting=bool(getattr(chosen, "print_photo_fitting", True)
                           if photo_fitting is None else photo_fitting),
    )
