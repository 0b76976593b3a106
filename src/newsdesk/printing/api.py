"""The synchronous face of printing, for the CLI, the export registry and scripts.

``print_article_pdf`` builds the print document of an article and prints it with a
``PdfPrinter``, running a local Qt event loop until the PDF is written (or fails). It creates
the offscreen QGuiApplication when the process has none. One printer (one web page) is kept
for the life of the process so that a second export does not pay for a new page; it is
released at exit, before the web profile.
"""

from __future__ import annotations

import atexit
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QThread

from newsdesk.domain import Article, RelatedSource

from . import runtime
from .document import Photos, build_print_document
from .engine import PdfPrinter, PdfResult, PrintError
from .proof import ProofNote
from .scheme import PrintDocument
from .setup import PageSetup

_printer: dict[str, PdfPrinter] = {}


def _shared_printer() -> PdfPrinter:
    """The process's printer; only on the application's main thread (QtWebEngine's rule)."""
    app = runtime.ensure_app()
    if QThread.currentThread() is not app.thread():
        raise PrintError(
            "PDF printing runs on the application's main thread; from a worker thread use "
            "newsdesk.printing.jobs.ArticlePrinter",
            code="print.thread",
        )
    if "printer" not in _printer:
        _printer["printer"] = PdfPrinter()
        atexit.register(_release)
    return _printer["printer"]


def _release() -> None:
    printer = _printer.pop("printer", None)
    if printer is not None:
        printer.dispose()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def print_document_pdf(
    document: PrintDocument,
    target: Path | str,
    setup: PageSetup,
    *,
    warnings: list[str] | None = None,
    target_lines: int | None = None,
    timeout_s: float = 60.0,
) -> PdfResult:
    """Print a ready document to ``target``; PrintError (a NewsdeskError) when it fails."""
    printer = _shared_printer()
    printer.set_timeout(timeout_s)
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def done(result: PdfResult) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(_message: str) -> None:
        outcome["error"] = printer.last_error
        loop.quit()

    printer.finished.connect(done)
    printer.failed.connect(failed)
    try:
        printer.print_document(
            document, Path(target), setup, warnings=warnings, target_lines=target_lines
        )
        if not outcome:
            loop.exec()
    finally:
        printer.finished.disconnect(done)
        printer.failed.disconnect(failed)
    if "error" in outcome:
        raise outcome["error"] or PrintError("printing failed")  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


def print_article_pdf(
    article: Article,
    photos: Photos,
    target: Path | str,
    setup: PageSetup | None = None,
    *,
    target_lines: int | None = None,
    cache_dir: Path | None = None,
    extra_qr: list[tuple[str, str]] | None = None,
    notes: list[ProofNote] | None = None,
    timeout_s: float = 60.0,
    related: RelatedSource | None = None,
    changes: bool = False,
) -> PdfResult:
    """Print ``article`` to the PDF file ``target`` with ``setup`` (A4, 2 columns by default).

    ``photos(path)`` gives the original bytes of each body photo (None when missing);
    ``cache_dir`` keeps print renditions between exports; ``extra_qr`` more codes as
    (URL, label), printed beside the article's own; ``notes`` makes it a proof with the review
    comments (``printing.proof``); ``related`` looks the related stories up for the box at the
    end; ``changes`` prints the pending suggestions marked (``render.changes``). Returns
    PdfResult(path, pages, copyfit, warnings).
    """
    setup = setup or PageSetup(language=article.language)
    _shared_printer().prewarm()  # Chromium starts its renderer while Python builds the page
    document, warnings = build_print_document(article, photos, setup, cache_dir=cache_dir,
                                              extra_qr=extra_qr, notes=notes,
                                              related=related, changes=changes)
    return print_document_pdf(
        document, target, setup, warnings=warnings, target_lines=target_lines, timeout_s=timeout_s
    )
