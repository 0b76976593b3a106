"""Export an article: choose the format and the target, watch the progress, cancel.

html, cms and markdown run on the thread pool through the export registry's one interface
(``Exporter.export(job)``, the job made by ``services.exporting.export_job``); pdf is printed by
``newsdesk.printing.jobs.ArticlePrinter`` (print document built on the thread pool, printed
asynchronously) with the page setup the print preview shows: the file is the PDF the preview
displays. The UI never waits.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import NewsdeskError, slugify

from .workers import run_task

if TYPE_CHECKING:
    from newsdesk.printing.jobs import ArticlePrinter
    from newsdesk.services.library import LibraryAPI

FORMATS = {  # name: (extension, is a folder)
    "html": (".html", False),
    "pdf": (".pdf", False),
    "markdown": (".md", False),
    "cms": ("", True),
    "bundle": (".newsdesk", False),
}


class _Progress(QObject):
    changed = Signal(int, int, str)


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult / PdfResult
    export_failed = Signal(object)

    def __init__(self, library: LibraryAPI, fmt: str | None, headline: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.headline = headline
        self.setWindowTitle(self.tr("Export article"))
        self.format = QComboBox(self)
        for name, label in self.format_labels().items():
            self.format.addItem(label, name)
        if fmt in FORMATS:
            self.format.setCurrentIndex(self.format.findData(fmt))
        self.target = QLineEdit(self)
        self.target.setAccessibleName(self.tr("Export to"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.target, 1)
        where.addWidget(browse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&To"), where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.fixed_format = fmt
        self._cancel = threading.Event()
        self._running = False
        self._printer: ArticlePrinter | None = None
        self.result_ = None
        self.error = None
        self._signals = _Progress(self)
        self._signals.changed.connect(self._progress)
        self.format.currentIndexChanged.connect(lambda _i: self.target.clear())

    def format_labels(self) -> dict[str, str]:
        return {
            "html": self.tr("Web page (HTML)"),
            "pdf": self.tr("Print (PDF)"),
            "markdown": self.tr("Markdown with photos"),
            "cms": self.tr("Folder for the CMS"),
            "bundle": self.tr("Bundle for offline review (.newsdesk)"),
        }

    # -- choosing -------------------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return self.format.currentData()

    def _suggested(self) -> str:
        extension, _folder = FORMATS[self.fmt]
        return str(Path.home() / f"{slugify(self.headline or 'bai-viet', max_length=60)}{extension}")

    def _browse(self) -> bool:
        extension, folder = FORMATS[self.fmt]
        if folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("Export into a folder"),
                                                    str(Path.home()))
            if path:
                path = str(Path(path) / slugify(self.headline or "bai-viet", max_length=60))
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export as"), self._suggested(), f"*{extension}")
            if path and not path.lower().endswith(extension):
                path += extension
        if path:
            self.target.setText(path)
        return bool(path)

    def choose_target(self) -> bool:
        """Ask where to export (a file dialog for a given format, else this dialog)."""
        if self.fixed_format:
            return self._browse()
        self.target.setText(self._suggested() if not FORMATS[self.fmt][1] else "")
        return bool(self.exec()) and bool(self.target.text().strip())

    # -- running --------------------------------------------------------------------------------
    def start(self, article_id: str | None) -> None:
        """Export the stored article ``article_id`` to the chosen target, in the background."""
        if not article_id:
            return
        target = Path(self.target.text().strip()).expanduser()
        self._running = True
        self._cancel.clear()
        self.format.setEnabled(False)
        self.target.setEnabled(False)
        self.export_button.hide()
        self.progress.show()
        self.status.setText(self.tr("Exporting…"))
        self.setModal(False)
        self.show()
        if self.fmt == "pdf":
            run_task(self.library.get, article_id,
                     on_done=lambda article: self._print(article, target), on_error=self._failed)
        else:
            run_task(self._export_file, article_id, self.fmt, target, on_done=self._done,
                     on_error=self._failed)

    def _export_file(self, article_id: str, fmt: str, target: Path):
        # The same use case as `newsdesk export`: options from the settings, and what a format
        # takes from the library (a bundle's revision and comments).
        from newsdesk.services.exporting import export_job, run_export

        job = export_job(
            self.library, article_id, fmt, target,
            progress=lambda done, total, what: self._signals.changed.emit(done, total, what),
            cancelled=self._cancel.is_set)
        return run_export(fmt, job)

    def _print(self, article, target: Path) -> None:
        from newsdesk.printing.jobs import ArticlePrinter
        from newsdesk.printing.setup import page_setup

        from .preview_print import extra_qr

        if self._cancel.is_set():
            self._failed(NewsdeskError(self.tr("The export was cancelled."),
                                       code="export.cancelled"))
            return
        library = self.library
        try:
            setup = page_setup(library.settings, article.language)
        except NewsdeskError as exc:
            self._failed(exc)
            return
        self._printer = printer = ArticlePrinter(self)
        printer.finished.connect(self._done)
        printer.failed.connect(lambda _m: self._failed(printer.last_error))
        printer.print_article(
            article, lambda path: library.photo_for(article, path),
            target, setup, cache_dir=Path(library.paths.cache) / "renditions",
            extra_qr=extra_qr(library.settings))

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, result) -> None:
        self._running = False
        self.result_ = result
        self.progress.hide()
        lines = [self.tr("Exported to %1").replace("%1", str(result.path))]
        lines.extend(getattr(result, "warnings", []) or [])
        self.status.setText("\n".join(lines))
        self.cancel_button.setText(self.tr("Close"))
        self.exported.emit(result)

    def _failed(self, exc) -> None:
        from .errors import error_text

        self._running = False
        self.error = exc
        self.progress.hide()
        cancelled = isinstance(exc, NewsdeskError) and exc.code in ("export.cancelled",
                                                                     "print.cancelled")
        self.status.setText(self.tr("The export was cancelled.") if cancelled
                            else error_text(exc))
        self.cancel_button.setText(self.tr("Close"))
        self.export_failed.emit(exc)

    @property
    def running(self) -> bool:
        return self._running

    def _cancel_clicked(self) -> None:
        if self._running:
            self._cancel.set()
            if self._printer is not None:
                self._printer.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()
