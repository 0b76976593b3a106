"""Exporting an article from the library: the use case the CLI and the GUI both call.

``export_job(library, article_or_id, fmt, target, **options)`` looks the article up,
validates it and makes the ``ExportJob`` (photos through ``library.photo_for``, options from the
settings; web renditions cached under ``Paths.cache/renditions``); ``run_export(fmt, job)``
hands it to the exporter registered under ``fmt``. ``export_article`` does both.

Formats live in ``newsdesk.export`` (html, cms, markdown). Formats built on packages that
``newsdesk.export`` may not import (PDF on ``newsdesk.printing``, review bundles) are added
here: EXTRA_EXPORTERS maps the name to a small function that imports the module and makes
the Exporter (formats known without their module, in KNOWN_FORMATS, are imported on their
first export). Its ``ExportFormat.cli_options`` become ``newsdesk export`` options
automatically.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.domain import Article, NewsdeskError
from newsdesk.export import ExportJob, ExportOptions, ExportRegistry, ExportResult, default_registry
from newsdesk.export.base import Cancelled, Exporter, ExportError, ExportFormat, Progress
from newsdesk.export.formats import BUNDLE_FORMAT, bundle_exporter
from newsdesk.export.registry import LazyExporter

if TYPE_CHECKING:
    from .library import LibraryAPI

log = logging.getLogger(__name__)


def pdf_exporter() -> Exporter:
    from .pdf_export import PdfExporter  # Qt-free until the first print

    return PdfExporter()


def bundle_context(library: Any, article: Article) -> dict[str, Any]:
    from .bundles import bundle_context as context  # the review services: on first use

    return context(library, article)


def pdf_context(library: Any, article: Article) -> dict[str, Any]:
    from .pdf_export import pdf_context as context  # the print side: on first use

    return context(library, article)


# name -> function making an Exporter built outside newsdesk.export (or one needing what it
# may not import).
EXTRA_EXPORTERS: dict[str, Callable[[], Exporter]] = {
    "pdf": pdf_exporter,
    "bundle": bundle_exporter,
}

# Formats above whose description is known without importing their module: registered as
# LazyExporter (imported on the first export), so that listing formats stays quick.
KNOWN_FORMATS: dict[str, ExportFormat] = {"bundle": BUNDLE_FORMAT}

# name -> function(library, article) -> dict of extra options a format needs from the library
# (e.g. a review bundle's manifest and comments, the PDF's page setup from Settings), merged
# under the caller's own options before the export.
EXPORT_CONTEXT: dict[str, Callable[[Any, Article], dict[str, Any]]] = {
    "bundle": bundle_context,
    "pdf": pdf_context,
}

_lock = threading.Lock()
_registry: ExportRegistry | None = None


def registry() -> ExportRegistry:
    """Every export format this installation offers (built once, then shared)."""
    global _registry
    with _lock:
        if _registry is None:
            built = default_registry()
            for name, load in EXTRA_EXPORTERS.items():
                exporter = _load_exporter(name, load)
                if exporter is not None:
                    built.register(exporter, replace=True)
            _registry = built
        return _registry


def _load_exporter(name: str, load: Callable[[], Exporter]) -> Exporter | None:
    if name in KNOWN_FORMATS:
        return LazyExporter(KNOWN_FORMATS[name], load)
    try:
        return load()
    except ImportError as exc:
        log.debug("export format %s unavailable: %s", name, exc)
        return None


def export_context(library: LibraryAPI, article: Article, fmt: str) -> dict[str, Any]:
    """The extra options ``fmt`` takes from the library (EXPORT_CONTEXT), or ``{}``."""
    context = EXPORT_CONTEXT.get(fmt)
    return dict(context(library, article)) if context else {}


def export_formats() -> list[ExportFormat]:
    return registry().formats()


def export_options(library: LibraryAPI, extra: dict[str, Any] | None = None) -> ExportOptions:
    """The options every export shares, from the library's folders and settings."""
    settings = library.settings
    second = []
    if getattr(settings, "second_qr_url", ""):
        second.append((settings.second_qr_url, settings.second_qr_label or settings.second_qr_url))
    return ExportOptions(
        cache_dir=Path(library.paths.cache) / "renditions",
        extra_qr=second,
        publication=getattr(settings, "publication_name", ""),
        extra=dict(extra or {}),
    )


def check_suggestions(article: Article, fmt: str, changes: str | None = None) -> None:
    """Refuse (PendingSuggestions) to export ``article`` as ``fmt`` while it has pending
    suggestions, unless the format keeps them (markdown, bundle) or it is the PDF proof
    printing them marked (``changes="marked"``): the rule of the CLI and the export dialog."""
    from newsdesk.domain.suggestions import KEEPS_SUGGESTIONS, refuse_pending

    if fmt in KEEPS_SUGGESTIONS or (fmt == "pdf" and changes == "marked"):
        return
    refuse_pending(article, f"exported as {fmt}",
                   "or print them marked with '--changes marked'" if fmt == "pdf" else "")


def export_job(
    library: Any,
    article: Article | str,
    fmt: str,
    target: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    **options: Any,
) -> ExportJob:
    """The job exporting ``article`` (an Article or an id / unique id prefix) as ``fmt`` to
    ``target``: the article validated, its photos and related stories from the library, the
    shared options.

    ``options`` (format-specific: ``paper=``, ``columns=``…) reach the exporter as
    ``ExportOptions.extra``, on top of what EXPORT_CONTEXT supplies for the format."""
    registry().get(fmt)  # an unknown format is named before the article is looked up
    found: Article = article if isinstance(article, Article) else library.get(article)
    found.validate()
    check_suggestions(found, fmt, options.get("changes"))
    options = {**export_context(library, found, fmt), **options}

    def photos(path: str) -> bytes | None:
        return library.photo_for(found, path)

    from .related import related_source

    shared = replace(export_options(library, options), related=related_source(library, found))
    return ExportJob(article=found, target=Path(target), photos=photos, options=shared,
                     progress=progress, cancelled=cancelled)


def run_export(fmt: str, job: ExportJob) -> ExportResult:
    """Write ``job`` with the exporter registered under ``fmt``. A file the system refuses
    to write (a photo path too long for it, a full disk, no permission) is an ExportError
    giving the reason first, then the file."""
    exporter = registry().get(fmt)
    try:
        return exporter.export(job)
    except NewsdeskError:  # already says what happened (a full disk, …)
        raise
    except OSError as exc:
        where = exc.filename or job.target
        raise ExportError(f"cannot write the export ({exc.strerror or exc}): {where}",
                          code="export.write") from None


def export_article(
    library: LibraryAPI,
    article: Article | str,
    fmt: str,
    target: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    **options: Any,
) -> ExportResult:
    """``export_job`` then ``run_export``: what ``Library.export`` and scripts call."""
    job = export_job(library, article, fmt, target, progress=progress, cancelled=cancelled,
                     **options)
    return run_export(fmt, job)


# Formats whose export needs more of the library than reading the article and its photos
# (a review bundle: the revisions and comments), and options that do (a proof's comments).
NEEDS_WHOLE_LIBRARY = {"bundle"}
OPTIONS_NEEDING_WHOLE_LIBRARY = ("comments",)


def export_from(data_dir: str | Path | None, database: str | None, article: str, fmt: str,
                target: str | Path, **options: Any) -> ExportResult:
    """Export one article of the library at ``data_dir`` / ``database`` (what ``newsdesk
    export ID`` does). The library is opened only to read (``services.reading``) unless the
    format needs more; a PDF starts Chromium first and reads meanwhile (``export_first_pdf``)."""
    from .reading import open_for_reading

    whole = fmt in NEEDS_WHOLE_LIBRARY or any(options.get(o) for o in
                                              OPTIONS_NEEDING_WHOLE_LIBRARY)

    def open_library() -> Any:
        if whole:
            from .library import Library

            return Library.open(data_dir=data_dir, database_url=database)
        return open_for_reading(data_dir, database)

    if fmt == "pdf":
        registry().get(fmt)  # an unknown format is named before anything starts
        from .pdf_export import export_first_pdf

        return export_first_pdf(open_library, article, target, **options)
    library = open_library()
    try:
        return export_article(library, article, fmt, target, **options)
    finally:
        library.close()


def _qr_svg(text: str) -> bytes:
    from newsdesk.media import qr

    return qr.qr_svg(text).encode("utf-8")


def _qr_png(text: str) -> bytes:
    from newsdesk.media import qr

    return qr.qr_png(text)


QR_WRITERS: dict[str, Callable[[str], bytes]] = {".svg": _qr_svg, ".png": _qr_png}


def write_qr(text: str, target: str | Path) -> Path:
    """Write the QR code of the web address ``text`` as .svg or .png (by ``target``'s suffix)."""
    target = Path(target)
    writer = QR_WRITERS.get(target.suffix.lower())
    if writer is None:
        raise NewsdeskError(
            f"'{target.name}': a QR code is written as .svg or .png; end the file name with one",
            code="qr.target",
        )
    if target.is_dir():
        raise NewsdeskError(f"'{target}' is a folder; give a file name", code="qr.target")
    from newsdesk.interchange import atomic_write_bytes

    atomic_write_bytes(target, writer(text))
    return target
