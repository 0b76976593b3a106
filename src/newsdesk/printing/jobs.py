"""Printing an article from the GUI without ever blocking its thread.

``ArticlePrinter.print_article(article, photos, target, setup)`` returns at once. The print
document (render, print renditions of the photos: Pillow work that can take a second) is built
on Qt's thread pool; the result comes back to the GUI thread through a queued signal and is
printed there by a ``PdfPrinter`` (QtWebEngine objects live on the GUI thread). It ends with
``finished(PdfResult)`` or ``failed(message)`` (the NewsdeskError in ``last_error``);
``cancel()`` stops it at any step. The preview and the PDF export share this path.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from newsdesk.domain import Article, NewsdeskError, RelatedSource

from .document import Photos, build_print_document
from .engine import PdfPrinter, PrintError
from .proof import ProofNote
from .setup import PageSetup

log = logging.getLogger(__name__)


class _Relay(QObject):
    built = Signal(int, object, object)  # job number, (document, warnings) or None, error


class _Build(QRunnable):
    def __init__(self, relay: _Relay, number: int, article, photos, setup, cache_dir, extra_qr,
                 notes=None, related=None, changes=False):
        super().__init__()
        self.relay, self.number = relay, number
        self.args = (article, photos, setup)
        self.kwargs = {"cache_dir": cache_dir, "extra_qr": extra_qr, "notes": notes,
                       "related": related, "changes": changes}

    def run(self) -> None:
        try:
            built = build_print_document(*self.args, **self.kwargs)
        except NewsdeskError as exc:
            self.relay.built.emit(self.number, None, exc)
            return
        except Exception as exc:  # a bug: logged with its traceback, reported as a failure
            log.exception("building the print document failed")
            self.relay.built.emit(
                self.number, None, PrintError(f"the page could not be made: {exc}")
            )
            return
        self.relay.built.emit(self.number, built, None)


class ArticlePrinter(QObject):
    """Article → PDF, asynchronously, one job at a time (a new job replaces the current one)."""

    finished = Signal(object)  # PdfResult
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, timeout_s: float = 60.0) -> None:
        super().__init__(parent)
        self._printer = PdfPrinter(self, timeout_s=timeout_s)
        self._printer.finished.connect(self._done)
        self._printer.failed.connect(self._failed)
        self._relay = _Relay(self)
        self._relay.built.connect(self._built)
        self._number = 0
        self._pending: dict | None = None
        self.last_error: NewsdeskError | None = None

    @property
    def busy(self) -> bool:
        return self._pending is not None or self._printer.busy

    def print_article(
        self,
        article: Article,
        photos: Photos,
        target: Path | str,
        setup: PageSetup,
        *,
        target_lines: int | None = None,
        cache_dir: Path | None = None,
        extra_qr: list[tuple[str, str]] | None = None,
        notes: list[ProofNote] | None = None,
        related: RelatedSource | None = None,
        changes: bool = False,
    ) -> None:
        """Print ``article`` to ``target``; ``notes`` (review comments): a proof instead;
        ``related`` looks its related stories up (on the worker thread, with the page);
        ``changes``: its pending suggestions printed marked, as ``--changes marked``."""
        if self._printer.busy:
            self._printer.cancel()
        self._number += 1
        self._pending = {"target": Path(target), "setup": setup, "target_lines": target_lines}
        job = _Build(self._relay, self._number, article, photos, setup, cache_dir, extra_qr,
                     notes, related, changes)
        QThreadPool.globalInstance().start(job)

    def cancel(self) -> None:
        if self._pending is not None:
            self._pending = None
            self._number += 1
            self._fail(PrintError("printing was cancelled", code="print.cancelled"))
        elif self._printer.busy:
            self._printer.cancel()

    def _built(self, number: int, built, error) -> None:
        if number != self._number or self._pending is None:
            return  # a cancelled or replaced job
        pending, self._pending = self._pending, None
        if error is not None:
            self._fail(error)
            return
        document, warnings = built
        self._printer.print_document(
            document,
            pending["target"],
            pending["setup"],
            warnings=warnings,
            target_lines=pending["target_lines"],
        )

    def _done(self, result) -> None:
        self.last_error = None
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self.last_error = self._printer.last_error
        self.failed.emit(message)

    def _fail(self, error: NewsdeskError) -> None:
        self.last_error = error
        self.failed.emit(error.message)

    def dispose(self) -> None:
        self.cancel()
        self._printer.dispose()
