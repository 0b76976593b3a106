"""Exporting an article from the library: the use case the CLI and the GUI both call.

``export_article(library, article_or_id, fmt, target, **options)`` looks the article up,
validates it, resolves its photos through ``library.photo_for`` and hands it to the exporter
registered under ``fmt``; web renditions are cached under ``Paths.cache/renditions``.

Formats live in ``newsdesk.export`` (html, cms, markdown). Formats built on packages that
``newsdesk.export`` may not import (PDF on ``newsdesk.printing``, review bundles) are added
here: put ``"name": "module:attribute"`` in EXTRA_EXPORTERS, where the attribute is an
Exporter (or a class/factory making one). Its ``ExportFormat.cli_options`` become
``newsdesk export`` options automatically.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.domain import Article, NewsdeskError
from newsdesk.export import ExportOptions, ExportRegistry, ExportResult, default_registry
from newsdesk.export.base import Cancelled, ExportFormat, Progress
from newsdesk.export.formats import BUNDLE_FORMAT
from newsdesk.export.registry import LazyExporter

if TYPE_CHECKING:
    from .library import LibraryAPI

log = logging.getLogger(__name__)

# name -> "module:attribute" of an Exporter made outside newsdesk.export (loaded on first use).
EXTRA_EXPORTERS: dict[str, str] = {
    "pdf": "newsdesk.services.pdf_export:PdfExporter",
    "bundle": "newsdesk.export.bundle:BundleExporter",
}

# Formats above whose description is known without importing their module: registered as
# LazyExporter (imported on the first export), so that listing formats stays quick.
KNOWN_FORMATS: dict[str, ExportFormat] = {"bundle": BUNDLE_FORMAT}

# name -> "module:function"; function(library, article) -> dict of extra options a format
# needs from the library (e.g. a review bundle's manifest and comments), merged under the
# caller's own options before the export.
EXPORT_CONTEXT: dict[str, str] = {
    "bundle": "newsdesk.services.bundles:bundle_context",
}

_lock = threading.Lock()
_registry: ExportRegistry | None = None


def registry() -> ExportRegistry:
    """Every export format this installation offers (built once, then shared)."""
    global _registry
    with _lock:
        if _registry is None:
            built = default_registry()
            for name, spec in EXTRA_EXPORTERS.items():
                exporter = _load_exporter(name, spec)
                if exporter is not None:
                    built.register(exporter, replace=True)
            _registry = built
        return _registry


def _load(spec: str) -> Any:
    module_name, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def _load_exporter(name: str, spec: str) -> Any:
    if name in KNOWN_FORMATS:
        return LazyExporter(KNOWN_FORMATS[name], spec)
    try:
        found = _load(spec)
    except (ImportError, AttributeError) as exc:
        log.debug("export format %s unavailable: %s", name, exc)
        return None
    return found() if isinstance(found, type) or not hasattr(found, "export") else found


def export_context(library: LibraryAPI, article: Article, fmt: str) -> dict[str, Any]:
    """The extra options ``fmt`` takes from the library (EXPORT_CONTEXT), or ``{}``."""
    spec = EXPORT_CONTEXT.get(fmt)
    return dict(_load(spec)(library, article)) if spec else {}


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
    """Export ``article`` (an Article or an id / unique id prefix) as ``fmt`` to ``target``.

    ``options`` (format-specific: ``paper=``, ``columns=``…) reach the exporter as
    ``ExportOptions.extra``, on top of what EXPORT_CONTEXT supplies for the format."""
    exporter = registry().get(fmt)
    if not isinstance(article, Article):
        article = library.get(article)
    article.validate()
    options = {**export_context(library, article, fmt), **options}

    def photos(path: str) -> bytes | None:
        return library.photo_for(article, path)

    return exporter.export(
        article,
        photos,
        Path(target),
        export_options(library, options),
        progress=progress,
        cancelled=cancelled,
    )


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
