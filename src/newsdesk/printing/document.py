"""The print document of an article: HTML from newsdesk.render plus photos and fonts.

What goes in: the article's HTML in ``print`` mode (the same template as the web export) with
``print.css``, the bundled fonts declared by ``@font-face`` (served with the document, never
system fonts) and the page setup's CSS; each body photo as a *print rendition* made from the
original at 300 dpi for the width of one column (``RenditionCache`` when a cache folder is
given), with a warning when it prints below 150 dpi; the QR code of the article URL as
vector SVG. The camera original never goes into the PDF. With a cache folder, the QR codes
are kept there too (``<cache>/qr/<sha256 of the URL>.svg``): making one costs ~50 ms.

Plain Python (no Qt): the GUI builds documents in a worker thread.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from functools import lru_cache
from html import unescape
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from markupsafe import escape

from newsdesk.config.atomic import atomic_write
from newsdesk.config.resources import read_text
from newsdesk.domain import Article, NewsdeskError, Notice
from newsdesk.domain.related import RelatedSource
from newsdesk.interchange.images import is_remote
from newsdesk.media.cache import RenditionCache
from newsdesk.media.qr import QrError, qr_svg
from newsdesk.media.renditions import PhotoError, PrintRendition
from newsdesk.render.figures import ImageRef
from newsdesk.render.html import CSP, render_document
from newsdesk.render.related import RelatedItem, article_views, related_items

from .fonts import add_fonts, font_css
from .hyphenate import hyphenate_html
from .prepared import PrintDocument
from .setup import LONGEST_LINE, SHORTEST_LINE, PageSetup

if TYPE_CHECKING:
    from .proof import ProofNote

# The print document loads its photos and fonts from its own origin (scheme or folder).
PRINT_CSP = (
    "default-src 'none'; img-src data: newsdesk-print: file:; style-src 'unsafe-inline'; "
    "font-src newsdesk-print: file:; base-uri 'none'; form-action 'none'"
)
Photos = Callable[[str], "bytes | None"]


def stylesheet(setup: PageSetup, section: str = "") -> str:
    """Everything the print document's <style> holds: fonts, print.css, the page setup."""
    return font_css() + read_text("css", "print.css") + "\n" + setup.css(section)


def _extra_codes(
    extra: list[tuple[str, str]], warnings: list[str], cache_dir: Path | None = None
) -> list[tuple[str, str]]:
    """More codes beside the article's own: (URL or ready SVG, label) → (SVG, label)."""
    codes = []
    for payload, label in extra:
        if payload.lstrip().startswith("<"):
            codes.append((payload, label))
            continue
        try:
            codes.append((qr_code(payload, cache_dir), label or payload))
        except QrError as exc:
            warnings.append(Notice(f"the second QR code is left out: {exc.message}",
                                   "print.second_qr", exc.message, reason=exc.code))
    return codes


@lru_cache(maxsize=32)
def _qr_svg(url: str) -> str:
    """The QR code of a URL (memoised: a preview reprints the same code many times)."""
    return qr_svg(url)


QR_CACHE_FORMAT = 1  # bump when the SVG of a code changes: old files are never read again


def qr_code(url: str, cache_dir: Path | None = None) -> str:
    """The QR code SVG of ``url``, kept in ``cache_dir/qr`` between runs (QrError if the URL
    cannot be encoded: such a URL is never cached). An unwritable cache only costs time."""
    if cache_dir is None:
        return _qr_svg(url)
    key = hashlib.sha256(f"{QR_CACHE_FORMAT}\n{url}".encode()).hexdigest()
    path = Path(cache_dir) / "qr" / f"{key}.svg"
    try:
        cached = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        cached = ""
    if cached.startswith("<svg") and cached.endswith("</svg>"):
        return cached
    code = _qr_svg(url)
    try:
        atomic_write(path, code, sync=False)
    except OSError:
        pass  # a read-only or full cache folder costs speed, never the code
    return code


def measure_notices(setup: PageSetup) -> list[str]:
    """A warning when the setup's columns are too narrow or too wide for its type size."""
    measure, size = setup.characters_per_line, f"{float(setup.font_size_pt):g}"
    if measure < SHORTEST_LINE:
        return [Notice(f"columns of about {measure} characters a line at {size} pt break words "
                       "and leave gaps; fewer columns or a smaller type size set better",
                       "print.narrow_columns", measure, size)]
    if measure > LONGEST_LINE:
        return [Notice(f"lines of about {measure} characters at {size} pt are hard to read; "
                       "more columns or a larger type size set better",
                       "print.wide_columns", measure, size)]
    return []


def _photo_missing(path: str, *, stored: bool) -> Notice:
    """What to say of a photo with nothing to print, and what to do about it.

    One the library stored (``stored``: the article has its sha256) and no longer finds is
    missing: import the article again with its photos, or insert the photo again. One it never
    stored has no sha256: at import it was not beside the file, or it was refused there for not
    opening as a photo (a text file named .jpg). The article keeps no trace of which, and an
    import again would refuse the second kind again, so both are named with what helps each."""
    if stored:
        return Notice(f"the photo {path} is missing; a placeholder is printed (import the "
                      "article again with its photos beside it, or insert the photo again in "
                      "the app)", "print.photo_missing", path)
    return Notice(f"the photo {path} is missing: the library never stored it (not beside the "
                  "article when imported, or not a photo that opens); a placeholder is printed "
                  "(insert a photo that opens in the app, or import the article again with the "
                  "photo beside it)", "print.photo_not_stored", path)


GRAPHIC_SUFFIXES = (".png", ".gif", ".svg")


def is_graphic(path: str) -> bool:
    """A picture kept in a lossless format (PNG, GIF, SVG) is taken as a graphic — a chart, a
    map, a screenshot, whose labels run to its edges — and printed whole: the make-up never
    crops it, shows it deeper or cuts its sides (a photo is a JPEG, WebP or TIFF). It still
    moves, and may be drawn smaller whole."""
    return PurePosixPath(_without_query(path)).suffix.lower() in GRAPHIC_SUFFIXES


def build_print_document(
    article: Article,
    photos: Photos,
    setup: PageSetup,
    *,
    cache_dir: Path | None = None,
    extra_qr: list[tuple[str, str]] | None = None,
    notes: list[ProofNote] | None = None,
    related: RelatedSource | None = None,
    changes: bool = False,
) -> tuple[PrintDocument, list[str]]:
    """The document to print and the warnings met while making it (low-res or missing photos).

    ``extra_qr``: more QR codes printed beside the article's, as (URL, label) — or (SVG, label)
    when the code is already made. ``notes``: print a proof, the commented passages marked
    and the comments listed after the article (``printing.proof``); None prints the page.
    ``related`` looks the related stories up (``domain.related``): printed in a box at the end,
    each with a small QR code of its URL, unless the page setup leaves the box out.
    ``changes``: the pending suggestions printed marked, with a legend of their authors
    (``render.changes``)."""
    document = PrintDocument()
    warnings: list[str] = measure_notices(setup)
    cache = RenditionCache(cache_dir) if cache_dir is not None else None
    width_mm = setup.column_width_mm
    tallest = setup.figure_max_height_mm  # an upright photo capped so prints narrower
    served: dict[str, ImageRef | None] = {}

    # One rendition (and one warning, even when it is missing or damaged) per photo: the
    # library's sha256 of it, or its path without a query or fragment.
    by_photo: dict[str, ImageRef | None] = {}

    def image_src(path: str) -> ImageRef | None:
        if path in served:
            return served[path]
        served[path] = None
        digest = article.assets.get(path)  # the library's sha256 of the photo
        photo_key = digest or _without_query(path)
        if photo_key in by_photo:  # the same photo under another path or query
            served[path] = by_photo[photo_key]
            return served[path]
        by_photo[photo_key] = None
        rendition = _print_copy(path, digest)
        if rendition is None:
            return None
        if rendition.low_resolution:
            printed = min(width_mm, rendition.width / rendition.effective_dpi * 25.4)
            dpi, px, mm = (f"{rendition.effective_dpi:.0f}", rendition.width, f"{printed:.0f}")
            warnings.append(Notice(
                f"the photo {path} prints at {dpi} dpi ({px} px for {mm} mm); below 150 dpi it "
                "will look soft", "print.low_dpi", path, dpi, px, mm))
        target = document.add(
            document.image_path(len(served), rendition.extension), rendition.data, rendition.mime
        )
        document.photos[target] = path
        ref = served[path] = by_photo[photo_key] = ImageRef(target, rendition.width,
                                                            rendition.height,
                                                            whole=is_graphic(path))
        return ref

    def _print_copy(path: str, digest: str | None) -> PrintRendition | None:
        """The print rendition of a photo, or None (with a warning) when it is missing or
        cannot be decoded: one damaged photo prints as a placeholder, never stops the PDF."""
        # a cached rendition of these very bytes spares reading the original at all
        rendition = cache.cached_print(digest, width_mm=width_mm, max_height_mm=tallest) \
            if cache and digest else None
        if rendition is not None:
            return rendition
        data = photos(path)
        if not data:
            warnings.append(_photo_missing(path, stored=digest is not None))
            return None
        try:
            if cache is not None:  # the known sha256 spares hashing the original again
                return cache.print(data, path, width_mm=width_mm, digest=digest,
                                   max_height_mm=tallest)
            from newsdesk.media.photos import print_rendition  # Pillow: only to make one

            return print_rendition(data, name=path, width_mm=width_mm, max_height_mm=tallest)
        except PhotoError as exc:
            warnings.append(Notice(f"the photo {path} cannot be printed, a placeholder is "
                                   f"printed: {exc.message}", "print.photo_broken", path,
                                   exc.message, reason=exc.code))
            return None

    code = None
    if not article.url:
        warnings.append(Notice("the article has no URL, so no QR code is printed", "print.no_url"))
    else:
        try:
            code = qr_code(article.url, cache_dir)
        except QrError as exc:
            warnings.append(Notice(f"no QR code printed: {exc.message}", "print.no_qr", exc.message,
                                   reason=exc.code))
    legend, extra_css = None, ""
    if notes is not None:  # a proof, and a page with its suggestions marked: on demand
        from .proof import PROOF_CSS

        extra_css += PROOF_CSS
    if changes:
        from newsdesk.render.changes import CHANGES_CSS, mark_body

        body, legend = mark_body(article.body)
        article = article.copy(body=body)
        extra_css += CHANGES_CSS
    html = render_document(
        article,
        mode="print",
        image_src=image_src,
        stylesheet=stylesheet(setup, article.section) + extra_css,
        qr_svg=code,
        extra_qr=_extra_codes(extra_qr or [], warnings, cache_dir),
        page={"paper": setup.paper, "columns": setup.columns, "orientation": setup.orientation},
        related=_related_box(article, setup, related, warnings, cache_dir),
    )
    if notes is not None:
        from .proof import apply_proof

        html = apply_proof(html, notes, article.language)
    if legend is not None:
        from newsdesk.render.changes import apply_changes

        html = apply_changes(html, legend, article.language)
    html = hyphenate_html(with_print_csp(without_relative_links(html)), article.language)
    document.add("index.html", html.encode("utf-8"), "text/html;charset=utf-8")
    add_fonts(document)
    return document, warnings


def _related_box(article: Article, setup: PageSetup, source: RelatedSource | None,
                 warnings: list[str], cache_dir: Path | None) -> list[RelatedItem]:
    """The related stories of the print page, each with the QR code of its URL."""
    if not setup.related_box:
        return []

    def code(url: str) -> str | None:
        try:
            return qr_code(url, cache_dir)
        except QrError:
            return None  # a link too long for a code is still printed, without one

    return related_items(article_views(article, source), warnings, qr=code)


def _without_query(path: str) -> str:
    return path.split("#", 1)[0].split("?", 1)[0]


_ANCHOR = re.compile(r"<a\b([^>]*)>", re.IGNORECASE)
_HREF = re.compile(r"""\s+href\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


def without_relative_links(html: str) -> str:
    """``html`` with its relative links made plain text: a PDF has no folder for them to be
    relative to, and Chromium would resolve them against the print document's internal
    ``newsdesk-print://`` address. Absolute (http, https, mailto) and ``#`` links stay."""

    def anchor(match: re.Match[str]) -> str:
        attributes = match.group(1)
        found = _HREF.search(attributes)
        if found is None:
            return match.group(0)
        href = unescape(found.group(1).strip("\"'")).strip()
        if href.startswith("#") or (is_remote(href) and not href.startswith("//")):
            return match.group(0)
        return f"<a{attributes[: found.start()]}{attributes[found.end():]}>"

    return _ANCHOR.sub(anchor, html)


def with_print_csp(html: str) -> str:
    """The document with the print Content-Security-Policy (own origin for photos, fonts)."""
    marker = f'content="{escape(CSP)}"'
    if marker not in html:
        raise NewsdeskError(
            "the print document has no recognised Content-Security-Policy", code="print.document"
        )
    return html.replace(marker, f'content="{escape(PRINT_CSP)}"', 1)
