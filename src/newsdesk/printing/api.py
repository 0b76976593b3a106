"""The synchronous face of printing, for the CLI, the export registry and scripts.

``print_article_pdf`` builds the print document of an article and prints it with a
``PdfPrinter``, running a local Qt event loop until the PDF is written (or fails). It creates
the offscreen QGuiApplication when the process has none. One printer (one web page) is kept
for the life of the process so that a second export does not pay for a new page; it is
released at exit, before the web profile.

``print_prepared_pdf(prepare)`` is for a process that prints once: Chromium is started first,
then ``prepare()`` reads and builds the document on a worker thread while this thread runs
the event loop that Chromium's start-up and its loading of the fonts need, then the document
is printed.

Ctrl+C while they run stops the print (``interrupt``): it is not raised inside Qt's callbacks,
where Qt would swallow it and wait on for a print that never ends, but once the event loop
has returned, as a KeyboardInterrupt from these functions. A PDF is written whole or not at
all (``output.write_atomic``).
"""

from __future__ import annotations

import atexit
import gc
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer, Signal

from . import runtime
from .engine import PdfPrinter, PdfResult, PrintError
from .interrupt import held_interrupt, interruptible
from .prepared import PreparedPrint, PrintDocument
from .setup import PageSetup

if TYPE_CHECKING:  # the document's modules (rendering, photos) load when one is built
    from newsdesk.domain import Article, RelatedSource

    from .document import Photos
    from .proof import ProofNote

_printer: dict[str, PdfPrinter] = {}
_T = TypeVar("_T")


def _shared_printer() -> PdfPrinter:
    """The process's printer; only on the application's main thread (QtWebEngine's rule).
    Ctrl+C while the application and the printer are made interrupts once they stand."""
    with held_interrupt():
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
    from PySide6.QtCore import QEvent  # at exit only: its 180 event types cost 3 ms to load

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
    with interruptible(loop, printer.cancel) as ctrl_c:  # the print stops, then interrupts
        try:
            printer.print_document(
                document, Path(target), setup, warnings=warnings, target_lines=target_lines
            )
            if not outcome:
                loop.exec()
        finally:
            printer.finished.disconnect(done)
            printer.failed.disconnect(failed)
        if ctrl_c.caught:
            _until_settled(printer, loop)
    if "error" in outcome:
        raise outcome["error"] or PrintError("printing failed")  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


SETTLE_WAIT_MS = 5000  # the longest a stopped print waits for Chromium to hand its page back


def _until_settled(printer: PdfPrinter, loop: QEventLoop) -> None:
    """Run ``loop`` until Chromium has handed back the page of a print stopped mid-way (at
    most SETTLE_WAIT_MS; another Ctrl+C quits it too): the page is deleted then, not by the
    process's teardown while Chromium still prints it, which crashes."""
    if not printer.printing:
        return
    limit = QTimer(singleShot=True, interval=SETTLE_WAIT_MS)
    limit.timeout.connect(loop.quit)
    printer.settled.connect(loop.quit)
    limit.start()
    try:
        loop.exec()
    finally:
        limit.stop()
        printer.settled.disconnect(loop.quit)


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
    from .document import build_print_document

    setup = setup or PageSetup(language=article.language)
    start_printer()  # Chromium starts its renderer while Python builds the page
    document, warnings = build_print_document(article, photos, setup, cache_dir=cache_dir,
                                              extra_qr=extra_qr, notes=notes,
                                              related=related, changes=changes)
    return print_document_pdf(
        document, target, setup, warnings=warnings, target_lines=target_lines, timeout_s=timeout_s
    )


def start_printer(*, warm_up: Callable[[], bool] | None = None) -> None:
    """Start the print engine now: the application, the page, and Chromium's renderer loading
    the print fonts, which goes on in Chromium's own processes while Python works.

    ``warm_up()``, asked once the application and profile stand, says whether the page is
    still worth warming up: not when the document is already there, since loading it at once
    is quicker than loading it after the warm-up page."""
    with held_interrupt():
        printer = _shared_printer()
        if warm_up is None or warm_up():
            printer.prewarm()


def print_prepared_pdf(prepare: Callable[[], PreparedPrint], *,
                       timeout_s: float = 60.0) -> PdfResult:
    """Start the print engine, ``prepare()`` the document (read the article, build the page)
    while Chromium starts and loads the fonts, then print it. ``prepare`` runs on a worker
    thread and must not touch Qt; its errors are raised here as they are."""
    start_printer()
    prepared = beside_the_engine(prepare)
    return print_document_pdf(prepared.document, prepared.target, prepared.setup,
                              warnings=prepared.warnings, target_lines=prepared.target_lines,
                              timeout_s=timeout_s)


class _Relay(QObject):
    done = Signal()


SWITCH_INTERVAL_S = 0.001  # how often the worker hands the GIL over meanwhile (Python: 5 ms)


def beside_the_engine(work: Callable[[], _T]) -> _T:
    """``work()`` on a worker thread while this, the application's thread, runs Qt's event
    loop: Chromium's start-up and loads need this thread, and Python's work need not wait
    for them. ``work`` must not touch Qt objects.

    Meanwhile Python's cyclic collector is off (a collection on the worker could free Qt
    objects caught in reference cycles on the wrong thread, see ``qt/collector.py``) and the
    GIL changes hands every millisecond, so that the event loop's Python handlers (the
    document server, the load signals) do not wait for the worker's 5 ms turns."""
    loop = QEventLoop()
    relay = _Relay()
    relay.done.connect(loop.quit)  # emitted on the worker: queued to this thread's loop
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # raised again on this thread
            outcome["error"] = exc
        finally:
            relay.done.emit()

    collecting = gc.isenabled()
    interval = sys.getswitchinterval()
    gc.disable()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    worker = threading.Thread(target=run, name="newsdesk-print-prepare", daemon=True)
    try:
        with interruptible(loop):  # Ctrl+C: interrupts once ``work`` is done
            worker.start()
            loop.exec()
            worker.join()
    finally:
        sys.setswitchinterval(interval)
        if collecting:
            gc.enable()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
