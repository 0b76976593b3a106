"""``--format html``: one standalone file (docs/formats.md §5/§6).

Photos are embedded as ``data:`` URIs of their web renditions (and the related stories'
thumbnails likewise), QR codes as inline SVG, the screen stylesheet inline; the page's CSP forbids any request to a server.
"""

from __future__ import annotations

from pathlib import Path

from newsdesk.config.resources import read_text
from newsdesk.domain import Article
from newsdesk.interchange import atomic_write_bytes
from newsdesk.render.changes import WEB_CHANGES_CSS, apply_changes, mark_body
from newsdesk.render.figures import ImageRef
from newsdesk.render.html import render_document

from .base import (
    Cancelled,
    ExportJob,
    ExportOptions,
    ExportResult,
    Photos,
    check_cancelled,
    file_target,
    report,
)
from .formats import HTML_FORMAT
from .related import export_related
from .web_photos import WebPhotos, article_qr_svgs, data_uri


def standalone_html(
    article: Article,
    photos: Photos,
    options: ExportOptions,
    *,
    cancelled: Cancelled | None = None,
    warnings: list[str] | None = None,
    changes: bool = False,
) -> str:
    """The standalone web page of ``article`` as text (also what the HTML preview shows).

    ``changes``: its pending suggestions shown marked, each in its author's colour, with a
    legend of the authors (``render.changes``; the web preview). The export never asks for
    it: an article with pending suggestions is refused as html."""
    legend = None
    if changes:
        body, legend = mark_body(article.body)
        article = article.copy(body=body)
    web = WebPhotos(photos, options.cache_dir, article.assets)
    notes = warnings if warnings is not None else []

    def image_src(path: str) -> ImageRef | None:
        check_cancelled(cancelled)
        found = web.web_uri(path)
        if found is None:
            return None
        uri, rendition = found
        return ImageRef(uri, rendition.width, rendition.height)

    qr_svg, extra = article_qr_svgs(article, options.extra_qr, notes)
    related = export_related(article, options, notes,
                             lambda _view, thumb: ImageRef(data_uri(thumb), thumb.width,
                                                           thumb.height))
    page = render_document(
        article,
        mode="web",
        image_src=image_src,
        stylesheet=read_text("css", "web.css") + (WEB_CHANGES_CSS if changes else ""),
        qr_svg=qr_svg,
        extra_qr=extra,
        related=related,
    )
    notes.extend(web.warnings)
    if legend is not None:
        page = apply_changes(page, legend, article.language, web=True)
    return page


class HtmlExporter:
    format = HTML_FORMAT

    def export(self, job: ExportJob) -> ExportResult:
        article, photos, target, options = job.article, job.photos, job.target, job.options
        progress, cancelled = job.progress, job.cancelled
        target = file_target(Path(target), self.format)
        warnings: list[str] = []
        report(progress, 0, 2, "rendering")
        page = standalone_html(article, photos, options, cancelled=cancelled, warnings=warnings)
        check_cancelled(cancelled)
        report(progress, 1, 2, "writing")
        atomic_write_bytes(target, page.encode("utf-8"))
        report(progress, 2, 2, "done")
        return ExportResult(target, [target], warnings)
