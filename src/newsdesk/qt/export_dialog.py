"""Export an article: choose the format and the target, watch the progress, cancel.

html, cms, markdown, icml and newsml run on the thread pool through the export registry's one interface
(``Exporter.export(job)``, the job made by ``services.exporting.export_job``); pdf is printed by
``newsdesk.printing.jobs.ArticlePrinter`` (print document built on the thread pool, printed
asynchronously) with the page setup the print preview shows: the file is the PDF the preview
displays. The UI never waits. With "Include comments" (PDF only, remembered) the PDF is a
proof: the open review comments, read on the thread pool (``services.proof``), are marked in
the text and listed as numbered notes. An article with pending suggestions is refused by every
format but Markdown and the bundle (``services.exporting.check_suggestions``, the rule of
``newsdesk export``), the dialog saying how many and how to decide them; for the PDF, "Print
changes marked (proof)" (offered only then, off by default, remembered) prints them marked, as
``newsdesk export --format pdf --changes marked`` does.

A missing target folder is created only when the user says so. After a failure the options stay
editable and Export tries again; after a success Open and Show in folder open the result with
the system's programs. Left open (it is modeless once an export starts), the dialog follows
the page set meanwhile in the print preview or Preferences (``page_changed``): its page line,
its check of a page the preview refuses, and the page a Try again prints on; a PDF under way
or exported keeps the page it was started with. The folder last exported to is remembered per
format (QSettings); a format never exported yet starts in the folder of the last export.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import NewsdeskError, file_stem
from newsdesk.domain.suggestions import KEEPS_SUGGESTIONS, PendingSuggestions

from .error_messages import notice_lines
from .folders import window_state
from .labels import whole_mnemonics
from .workers import run_task

if TYPE_CHECKING:
    from newsdesk.printing.jobs import ArticlePrinter
    from newsdesk.services.library import LibraryAPI

FORMATS = {  # name: (extension, is a folder)
    "html": (".html", False),
    "pdf": (".pdf", False),
    "markdown": (".md", False),
    "cms": ("", True),
    "icml": (".icml", False),
    "newsml": (".xml", False),
    "bundle": (".newsdesk", False),
}


class _Progress(QObject):
    changed = Signal(int, int, str)


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult / PdfResult
    export_failed = Signal(object)

    def __init__(self, library: LibraryAPI, fmt: str | None, headline: str,
                 parent: QWidget | None = None, *, pending: int = 0) -> None:
        super().__init__(parent)
        self.library = library
        self.headline = headline
        self.pending = pending  # how many suggestions the article has pending
        self.setWindowTitle(self.tr("Export article"))
        self.format = QComboBox(self)
        for name, label in self.format_labels().items():
            self.format.addItem(label, name)
        chosen = fmt if fmt is not None else str(self._settings().value("export/format", "")
                                                  or "")
        if chosen in FORMATS:  # File ▸ Export… opens on the format last exported with it
            self.format.setCurrentIndex(self.format.findData(chosen))
        self.target = QLineEdit(self)
        self.target.setAccessibleName(self.tr("Export to"))
        self.target.setMinimumWidth(self.target.fontMetrics().averageCharWidth() * 48)
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
        self.open_button = self.buttons.addButton(self.tr("&Open"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button = self.buttons.addButton(self.tr("&Show in folder"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        for button in (self.open_button, self.show_button):
            button.hide()
        self.open_button.clicked.connect(self.open_result)
        self.show_button.clicked.connect(self.show_result_folder)
        self.export_button.clicked.connect(self._export_clicked)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format)
        to_label = QLabel(self.tr("&To"), self)
        to_label.setBuddy(self.target)  # Alt+T: the mnemonic works, not shown as "&"
        form.addRow(to_label, where)
        self.comments = QCheckBox(self.tr("Include co&mments"), self)
        self.comments.setToolTip(self.tr(
            "Print a proof for marking up on paper: each commented passage numbered in the "
            "text and the open comments listed as notes after the article"))
        # Remembered for this dialog only: File > Export as PDF… asks for a file name and
        # never shows the box, so it always prints the plain page.
        self.comments.setChecked(fmt is None and bool(
            self._settings().value("export/pdf_comments", False, bool)))
        form.addRow("", self.comments)
        self.changes = QCheckBox(self.tr("Print changes mar&ked (proof)"), self)
        self.changes.setToolTip(self.tr(
            "Print the pending suggestions marked for reading on paper: inserted text "
            "underlined, deleted text struck through, each with its author's initials, and "
            "the authors listed after the article. Offered while the article has pending "
            "suggestions; accept or reject them to print the page itself."))
        self.changes.setEnabled(pending > 0)
        self.changes.setChecked(fmt is None and pending > 0 and bool(
            self._settings().value("export/pdf_changes", False, bool)))
        self.changes.toggled.connect(self._explain)
        form.addRow("", self.changes)
        # the page the PDF prints on, as set in the print preview or Preferences (the same
        # settings the command line takes its defaults from); once a PDF is started, its own
        self._printed_page: dict[str, Any] = {}
        self.page = QLabel(self.page_text(), self)
        self.page.setEnabled(False)  # greyed: what is set elsewhere, not a choice here
        form.addRow("", self.page)
        self._form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.fixed_format = fmt
        self.refusal_box: QMessageBox | None = None
        self._cancel = threading.Event()
        self._running = False
        self._printer: ArticlePrinter | None = None
        self._article_id: str | None = None  # set once an export was started
        self.result_ = None
        self.error = None
        self._error_text = ""  # what was said of the last failure, said again after a refusal
        self._signals = _Progress(self)
        self._signals.changed.connect(self._progress)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._show_pdf_options()
        self._explain()
        whole_mnemonics(self)

    def format_labels(self) -> dict[str, str]:
        return {
            "html": self.tr("Web page (HTML)"),
            "pdf": self.tr("Print (PDF)"),
            "markdown": self.tr("Markdown with photos"),
            "cms": self.tr("Folder for the CMS"),
            "icml": self.tr("InDesign story (ICML), photos beside it"),
            "newsml": self.tr("News agency (NewsML-G2), photos beside it"),
            "bundle": self.tr("Bundle for offline review (.newsdesk)"),
        }

    def file_types(self) -> dict[str, str]:
        """What the file dialog's type filter says, by format."""
        return {
            "html": self.tr("Web page (*.html)"),
            "pdf": self.tr("PDF document (*.pdf)"),
            "markdown": self.tr("Markdown document (*.md)"),
            "icml": self.tr("InCopy story (*.icml)"),
            "newsml": self.tr("NewsML-G2 document (*.xml)"),
            "bundle": self.tr("Newsdesk review bundle (*.newsdesk)"),
        }

    # -- choosing -------------------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return self.format.currentData()

    def _settings(self) -> QSettings:
        return window_state(self.library.paths.config)

    def last_folder(self, fmt: str | None = None) -> Path:
        """The folder last exported to in this format; else the folder of the last export in
        any format (an HTML exported to a folder, the PDF goes there too); else home."""
        settings = self._settings()
        for key in (f"export/{fmt or self.fmt}", "export/any"):
            saved = str(settings.value(key, "") or "")
            if saved and Path(saved).is_dir():
                return Path(saved)
        return Path.home()

    def _remember_folder(self, fmt: str, path: Path) -> None:
        settings = self._settings()
        settings.setValue(f"export/{fmt}", str(path.parent))
        settings.setValue("export/any", str(path.parent))
        settings.setValue("export/format", fmt)  # Ctrl+E opens on the format last used
        settings.sync()

    def _suggested(self) -> str:
        extension, _folder = FORMATS[self.fmt]
        name = f"{file_stem(self.headline)}{extension}"
        return str(self.last_folder() / name)

    def page_now(self) -> dict[str, Any]:
        """The page set now in the print preview or Preferences (the shared settings)."""
        settings = self.library.settings
        return {"paper": settings.paper, "orientation": settings.orientation,
                "columns": int(settings.columns), "font_size_pt": float(settings.font_size_pt)}

    def page_text(self) -> str:
        """"Page: A4 portrait, 2 columns, 10 pt (print preview)": the page of the PDF under way
        or exported, else the one set now."""
        page = self._printed_page or self.page_now()
        way = self.tr("landscape") if page["orientation"] == "landscape" else self.tr("portrait")
        size = f"{page['font_size_pt']:g}"
        return (self.tr("Page: %1 %2, %n column(s), %3 pt (as in the print preview)", "",
                        int(page["columns"]))
                .replace("%1", str(page["paper"])).replace("%2", way).replace("%3", size))

    def page_changed(self) -> None:
        """The page was set anew in the print preview (or Preferences) while this dialog is
        open: its line says the new one and its check refuses a page the preview refuses. An
        export under way or done keeps the page it prints on."""
        if not self._running and self.result_ is None:
            self.page.setText(self.page_text())
            self._explain()

    def _format_changed(self, _index: int) -> None:
        """Another format: the same name and folder with its extension (a folder: choose);
        what was said of the last attempt no longer applies."""
        extension, folder = FORMATS[self.fmt]
        typed = self.target.text().strip()
        if folder:
            self.target.setText("")
        elif typed and Path(typed).name:
            self.target.setText(str(Path(typed).with_suffix(extension)))
        else:
            self.target.setText(self._suggested())
        if not self._running and self.result_ is None:
            self.error = None
            self._say("")
            self._editable(True)
        self._show_pdf_options()
        self._explain()

    def _show_pdf_options(self) -> None:
        """"Include comments" and "Print changes marked" are offered with the PDF only (the
        other formats never carry comments, except the review bundle, which always does)."""
        self._form.setRowVisible(self.comments, self.fmt == "pdf")
        self._form.setRowVisible(self.changes, self.fmt == "pdf")
        self._form.setRowVisible(self.page, self.fmt == "pdf")

    def refused(self) -> bool:
        """Whether the chosen format and options refuse the article's pending suggestions
        (as ``services.exporting.check_suggestions`` will)."""
        if not self.pending or self.fmt in KEEPS_SUGGESTIONS:
            return False
        return not (self.fmt == "pdf" and self.changes.isChecked())

    def unprintable(self) -> str:
        """Why the PDF cannot be printed on the page set in the print preview (four columns
        on A5), and where to change it; "" when it can, or for another format."""
        if self.fmt != "pdf":
            return ""
        from newsdesk.printing.setup import page_setup

        from .errors import error_text

        try:
            page_setup(self.library.settings)
        except NewsdeskError as exc:
            return error_text(exc) + " " + self.tr(
                "The page is set in the print preview (or in Preferences).")
        return ""

    def _explain(self, *_: object) -> None:
        """Before exporting: why the chosen format will be refused, and what to do."""
        if self._running or self.result_ is not None:
            return
        page = self.unprintable()
        self.export_button.setEnabled(not self.refused() and not page)
        if page:  # never an Export (nor a Try again) that can only fail
            self._say(page)
            return
        if not self.refused():  # what went wrong last, if anything, said again
            self._say(self._error_text if self.error is not None else "")
            return
        self._say(self._refusal(self.pending))

    def _refusal(self, count: int) -> str:
        """How many suggestions are pending, how to decide them; for the PDF, the proof."""
        from .error_messages import pending_text

        text = pending_text(count)
        if self.fmt == "pdf":
            text += " " + self.tr("Or tick “Print changes marked (proof)” to print them marked.")
        return text

    def refuse_first(self) -> bool:
        """Before a file name is asked for a format the pending suggestions refuse: say so.
        For the PDF the way out is offered: a proof with the changes marked (this dialog,
        its box ticked). True when the user takes it."""
        from .error_messages import pending_text

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not exported"),
                          pending_text(self.pending), QMessageBox.StandardButton.NoButton,
                          self.parentWidget())
        proof = None
        if self.fmt == "pdf":
            box.setInformativeText(self.tr(
                "To print them marked for reading on paper, export a proof with the changes "
                "marked."))
            proof = box.addButton(self.tr("Export a &proof…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(proof)
        else:
            box.addButton(QMessageBox.StandardButton.Ok)
        self.refusal_box = box
        box.exec()
        self.refusal_box = None
        if proof is None or box.clickedButton() is not proof:
            return False
        self.fixed_format = None  # this dialog, on the PDF, the changes to be marked
        self.changes.setChecked(True)
        return True

    def _browse(self) -> bool:
        if self.refused():  # said under the form: never a file name for nothing
            self._explain()
            return False
        extension, folder = FORMATS[self.fmt]
        if folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("Export into a folder"),
                                                    str(self.last_folder()))
            if path:
                path = str(Path(path) / file_stem(self.headline))
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export as"), self._suggested(),
                self.file_types().get(self.fmt, f"*{extension}"))
            if path and not path.lower().endswith(extension):
                path += extension
        if path:
            self.target.setText(path)
        return bool(path)

    def choose_target(self) -> bool:
        """Ask where to export (a file dialog for a given format, else this dialog)."""
        page = self.unprintable() if self.fixed_format else ""
        if page:  # never a file name for nothing
            QMessageBox.warning(self.parentWidget(), self.tr("Not exported"), page)
            return False
        if self.fixed_format and self.refused() and not self.refuse_first():
            return False
        if self.fixed_format:
            return self._browse()
        self.target.setText(self._suggested() if not FORMATS[self.fmt][1] else "")
        return bool(self.exec()) and bool(self.target.text().strip())

    # -- running --------------------------------------------------------------------------------
    def _export_clicked(self) -> None:
        if self._article_id is None:
            self.accept()  # still choosing: the caller starts the export once stored
        else:
            self.start(self._article_id)  # after a failure: try again, options as they are now

    def _folder_ready(self, target: Path) -> bool:
        """The folder the target goes in exists, or the user agreed to create it."""
        folder = target.parent
        if folder.is_dir():
            return True
        if folder.exists():
            return True  # a file in the way: the export reports it clearly
        answer = QMessageBox.question(
            self, self.tr("Create the folder?"),
            self.tr("The folder %1 does not exist. Create it and export there?").replace(
                "%1", str(folder)))
        if answer != QMessageBox.StandardButton.Yes:
            self._say(self.tr("Not exported: the folder %1 does not exist.").replace(
                "%1", str(folder)))
            return False
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from .errors import error_text

            self._say(error_text(exc))
            return False
        return True

    def start(self, article_id: str | None) -> None:
        """Export the stored article ``article_id`` to the chosen target, in the background."""
        if not article_id:
            return
        self._article_id = article_id
        self.setModal(False)
        self.show()
        text = self.target.text().strip()
        if not text:
            self._say(self.tr("Choose where to export."))
            self._editable(True)
            return
        target = Path(text).expanduser()
        if not self._folder_ready(target):
            self._editable(True)
            return
        self._running = True
        self._cancel.clear()
        self.result_ = None
        self.error = None
        self._editable(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._say(self.tr("Exporting…"))
        self._started_fmt = self.fmt
        if self.fmt == "pdf":
            self._printed_page = self.page_now()  # the page the line says, whatever comes
            with_comments = self.comments.isChecked()
            with_changes = self.pending > 0 and self.changes.isChecked()
            if self.fixed_format is None:
                settings = self._settings()
                settings.setValue("export/pdf_comments", with_comments)
                if self.pending:
                    settings.setValue("export/pdf_changes", with_changes)
                settings.sync()
            run_task(self._for_print, article_id, with_comments, with_changes,
                     on_done=lambda got: self._print(got[0], got[1], target, with_changes),
                     on_error=self._failed)
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

    def _for_print(self, article_id: str, with_comments: bool, with_changes: bool):
        """(article, proof notes or None): what the PDF needs from the library (a worker)."""
        from newsdesk.services.exporting import check_suggestions

        article = self.library.get(article_id)
        # as `newsdesk export --format pdf [--changes marked]`
        check_suggestions(article, "pdf", "marked" if with_changes else None)
        if not with_comments:
            return article, None
        from newsdesk.services.proof import proof_notes

        return article, proof_notes(self.library, article)

    def _print(self, article, notes, target: Path, changes: bool = False) -> None:
        from newsdesk.printing.jobs import ArticlePrinter
        from newsdesk.printing.setup import page_setup
        from newsdesk.services.related import related_source

        from .preview_print import extra_qr

        if self._cancel.is_set():
            self._failed(NewsdeskError(self.tr("The export was cancelled."),
                                       code="export.cancelled"))
            return
        library = self.library
        try:
            setup = page_setup(library.settings, article.language, **self._printed_page)
        except NewsdeskError as exc:
            self._failed(exc)
            return
        self._printer = printer = ArticlePrinter(self)
        printer.finished.connect(self._done)
        printer.failed.connect(lambda _m: self._failed(printer.last_error))
        printer.print_article(
            article, lambda path: library.photo_for(article, path),
            target, setup, cache_dir=Path(library.paths.cache) / "renditions",
            extra_qr=extra_qr(library.settings), notes=notes,
            related=related_source(library, article), changes=changes)

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _editable(self, on: bool) -> None:
        """Options editable and Export offered (choosing, or after a failure), or not."""
        self.format.setEnabled(on)
        self.target.setEnabled(on)
        self.comments.setEnabled(on)
        self.changes.setEnabled(on and self.pending > 0)
        self.export_button.setVisible(on)
        if on:
            self.export_button.setText(self.tr("Export") if self.error is None
                                       else self.tr("&Try again"))
            self.export_button.setDefault(True)
        for button in (self.open_button, self.show_button):
            button.hide()

    def _say(self, text: str) -> None:
        """Show ``text`` under the form, the dialog growing to show all of it (a result with
        its warnings runs to several wrapped lines)."""
        self.status.setText(text)
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if needed > self.height() or not text:  # and back when the message goes
            self.resize(self.width(), needed)

    def _done(self, result) -> None:
        self._running = False
        self.result_ = result
        self.progress.hide()
        lines = [self.tr("Exported to %1").replace("%1", str(result.path))]
        copyfit = getattr(result, "copyfit", None)  # a PDF: its copyfit, as the command says it
        if copyfit is not None:
            lines.append(self.copyfit_text(copyfit))
        lines.extend(notice_lines(getattr(result, "warnings", []) or []))
        self._say("\n".join(lines))
        self.cancel_button.setText(self.tr("Close"))
        self._remember_folder(getattr(self, "_started_fmt", self.fmt), Path(result.path))
        self.open_button.show()
        self.show_button.show()
        self.open_button.setDefault(True)
        self.open_button.setFocus()
        self.exported.emit(result)

    def copyfit_text(self, copyfit: object) -> str:
        """``Copyfit: 217 lines over 2 pages, 75 lines a column``."""
        from .copyfit_line import copyfit_line

        return copyfit_line(copyfit)

    def open_result(self) -> None:
        """Open what was exported with the system's program for it."""
        if self.result_ is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_.path)))

    def show_result_folder(self) -> None:
        """Open the folder holding what was exported in the file manager."""
        if self.result_ is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result_.path).parent)))

    def _failed(self, exc) -> None:
        from .errors import error_detail, error_text

        self._running = False
        self.error = exc
        self.progress.hide()
        cancelled = isinstance(exc, NewsdeskError) and exc.code in ("export.cancelled",
                                                                     "print.cancelled")
        self._error_text = ""  # a refusal of the suggestions is said again by ``_explain``
        if isinstance(exc, PendingSuggestions) and exc.count:
            self.pending = exc.count  # as stored: the box to print them marked is offered
            text = self._refusal(exc.count)
        else:
            text = self.tr("The export was cancelled.") if cancelled else error_text(exc)
            detail = "" if cancelled else error_detail(exc)
            if detail:  # what names the file and the cause, as the command line says it
                text += "\n" + detail
            self._error_text = text
        self._printed_page = {}  # a Try again prints on the page set then
        self.page.setText(self.page_text())
        self._say(text)
        self.cancel_button.setText(self.tr("Close"))
        self._editable(True)  # change the options and try again
        self.export_failed.emit(exc)

    @property
    def running(self) -> bool:
        return self._running

    def _cancel_clicked(self) -> None:
        if self._running:
            self._cancel.set()
            if self._printer is not None:
                self._printer.cancel()
            self._say(self.tr("Cancelling…"))
        else:
            self.reject()
