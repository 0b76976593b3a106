"""``--format pdf``: the article's print page as PDF, through ``newsdesk.printing``.

The exporter lives in the services layer because ``newsdesk.export`` may not import
``newsdesk.printing`` (they are siblings); ``services.exporting.EXTRA_EXPORTERS`` registers it
under ``pdf``. Its command-line options (``--paper``, ``--orientation``, ``--columns``,
``--font-size``, ``--fit``, ``--comments``,
``--no-photo-fitting``) come from ``PDF_FORMAT.cli_options``; each one given overrides the
user's Settings, which ``pdf_context`` hands in from the library, and the page setup is made
by ``newsdesk.printing.page_setup`` as in the print preview. The result carries the
copyfit (``PdfExportResult.copyfit`` and a one-line ``summary`` the CLI prints on stderr).
With ``comments`` the page is a proof: the open review comments marked in the text and listed
as numbered notes (``services.proof``, ``printing.proof``).

Printing needs Qt's GUI thread: the CLI calls this on its main thread; the GUI uses
``newsdesk.printing.engine.PdfPrinter`` (asynchronous) instead of this synchronous path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsdesk.config.settings import Settings
from newsdesk.domain import Article
from newsdesk.export.base import (
    CliOption,
    ExportError,
    ExportFormat,
    ExportJob,
    ExportOptions,
    ExportResult,
    check_cancelled,
    file_target,
    report,
)
from newsdesk.printing import PAPERS, Copyfit, PageSetup
from newsdesk.printing import page_setup as setup_from_settings

_DEFAULTS = Settings()
log = logging.getLogger(__name__)

PDF_FORMAT = ExportFormat(
    name="pdf",
    label="PDF print page (.pdf)",
    extension=".pdf",
    description="the newspaper print page (columns, embedded fonts, QR block), as in the preview",
    cli_options=(
        CliOption(
            ("--paper",),
            "paper",
            {
                "metavar": "|".join(PAPERS),
                "help": f"paper size (default: the setting, else {_DEFAULTS.paper})",
            },
        ),
        CliOption(
            ("--orientation",),
            "orientation",
            {
                "choices": ["portrait", "landscape"],
                "help": f"page orientation (default: the setting, else {_DEFAULTS.orientation})",
            },
        ),
        CliOption(
            ("--columns",),
            "columns",
            {
                "type": int,
                "metavar": "N",
                "help": f"1-4 (default: the setting, else {_DEFAULTS.columns})",
            },
        ),
        CliOption(
            ("--font-size",),
            "font_size",
            {
                "type": float,
                "metavar": "PT",
                "help": "body text size in points "
                f"(default: the setting, else {_DEFAULTS.font_size_pt:g})",
            },
        ),
        CliOption(
            ("--comments",),
            "comments",
            {
                "action": "store_true",
                "help": "print a proof: the commented passages marked with numbers and the "
                "open review comments listed as numbered notes after the article",
            },
        ),
        CliOption(
            ("--changes",),
            "changes",
            {
                "choices": ["marked"],
                "help": "print the pending suggestions marked: insertions underlined, "
                "deletions struck, the authors named after the article (without it, an "
                "article with pending suggestions is refused)",
            },
        ),
        CliOption(
            ("--no-photo-fitting",),
            "no_photo_fitting",
            {
                "action": "store_true",
                "help": "never crop a photo by a line or two nor space it a line down to close "
                "a hole in a column (default: the setting print_photo_fitting)",
            },
        ),
        CliOption(
            ("--fit",),
            "fit",
            {"type": int, "metavar": "LINES", "help": "the slot in lines: report over/under"},
        ),
    ),
)


@dataclass
class PdfExportResult(ExportResult):
    pages: int = 0
    copyfit: Copyfit | None = None

    @property
    def summary(self) -> str:
        return self.copyfit.describe() if self.copyfit else ""


def pdf_context(library, article: Article) -> dict[str, object]:
    """What a PDF export takes from the library (EXPORT_CONTEXT): the user's Settings, and
    the review comments as proof notes, read only when ``comments`` asks for them."""

    def notes():
        from .proof import proof_notes

        return proof_notes(library, article)

    return {"settings": library.settings, "proof_notes": notes}


def _notes(options: ExportOptions):
    """The proof notes when the export asks for comments (None: the plain page)."""
    extra = options.extra
    if not extra.get("comments"):
        return None
    given = extra.get("proof_notes")
    notes = given() if callable(given) else given
    return list(notes or [])


def page_setup(article: Article, options: ExportOptions) -> PageSetup:
    """The Settings handed in (the defaults without), with this export's options on top."""
    extra = options.extra
    settings = extra.get("settings")
    return setup_from_settings(
        settings if isinstance(settings, Settings) else None,
        article.language,
        paper=extra.get("paper"),
        orientation=extra.get("orientation"),
        columns=extra.get("columns"),
        font_size_pt=extra.get("font_size"),
        publication=options.publication,
        photo_fitting=False if extra.get("no_photo_fitting") else None,
    )


def _load_printing():
    """``newsdesk.printing.api``, its plain-Python modules imported before PySide6.

    Once PySide6 is loaded, its import hook reads the source of every module imported after
    it (looking for PySide6 ``__feature__`` use), which makes later imports ~30 % slower.
    Ctrl+C while PySide6 loads interrupts once it is loaded: inside shiboken's start-up it
    would abort the interpreter."""
    import newsdesk.printing.document  # noqa: F401  (render, media, pyphen: before Qt)
    from newsdesk.printing.interrupt import held_interrupt

    with held_interrupt():
        from newsdesk.printing import api

    return api


class PdfExporter:
    format = PDF_FORMAT

    def _checked(self, job: ExportJob) -> tuple[Path, PageSetup, int | None]:
        """The target, page setup and slot of ``job``, refused (ExportError) when wrong."""
        target = file_target(Path(job.target), PDF_FORMAT)
        if target.suffix.lower() != ".pdf":
            raise ExportError(
                f"'{target.name}' does not end in .pdf; give a .pdf file name", code="export.target"
            )
        setup = page_setup(job.article, job.options)
        fit = job.options.extra.get("fit")
        if fit is not None and fit < 1:
            raise ExportError(f"--fit needs a number of lines above 0 (got {fit})", code="usage")
        check_cancelled(job.cancelled)
        return target, setup, fit

    def prepare(self, job: ExportJob):
        """The job's print document built (``printing.prepared.PreparedPrint``), not printed yet."""
        target, setup, fit = self._checked(job)
        notes = _notes(job.options)
        from newsdesk.printing.document import build_print_document
        from newsdesk.printing.prepared import PreparedPrint

        options = job.options
        document, warnings = build_print_document(
            job.article, job.photos, setup, cache_dir=options.cache_dir,
            extra_qr=list(options.extra_qr), notes=notes, related=options.related,
            changes=options.extra.get("changes") == "marked")
        return PreparedPrint(document, target, setup, warnings, fit)

    def export(self, job: ExportJob) -> PdfExportResult:
        self._checked(job)  # a wrong target or option is refused before Qt is loaded
        api = _load_printing()  # Qt is loaded only when printing
        report(job.progress, 0, 1, "printing the page")
        api.start_printer()  # Chromium starts its renderer while Python builds the page
        prepared = self.prepare(job)
        result = api.print_document_pdf(prepared.document, prepared.target, prepared.setup,
                                        warnings=prepared.warnings,
                                        target_lines=prepared.target_lines)
        report(job.progress, 1, 1, "done")
        return _result(result)


def _result(result) -> PdfExportResult:
    return PdfExportResult(
        path=result.path,
        files=[result.path],
        warnings=list(result.warnings),
        pages=result.pages,
        copyfit=result.copyfit,
    )


def export_first_pdf(open_library: Callable[[], Any], article: str, target: str | Path,
                     **options: Any) -> PdfExportResult:
    """Export ``article`` (an id or prefix) of the library ``open_library()`` opens as PDF, in a
    process that has not printed yet (``newsdesk export ID --format pdf``). The print engine
    starts first: in its own process when the launcher started one (``printing.forked``; the
    page is then built here meanwhile), else here, the library read and the page built on a
    worker thread while Chromium's processes start."""
    from newsdesk.printing import forked

    from .exporting import export_job

    exporter = PdfExporter()

    def prepare():
        library = open_library()
        try:
            return exporter.prepare(export_job(library, article, "pdf", target, **options))
        finally:
            library.close()

    engine = forked.take()
    if engine is None:
        from newsdesk.printing.interrupt import held_interrupt

        with held_interrupt():  # not inside shiboken's start-up (see ``_load_printing``)
            from newsdesk.printing import api

        return _result(api.print_prepared_pdf(prepare))
    try:
        prepared = prepare()
    except BaseException:
        engine.close(stop=True)
        raise
    try:
        return _result(engine.print(prepared))
    except forked.EngineLost as lost:  # printed here instead: later, but printed
        log.warning("printing in this process: %s", lost)
    api = _load_printing()
    return _result(api.print_document_pdf(prepared.document, prepared.target, prepared.setup,
                                          warnings=prepared.warnings,
                                          target_lines=prepared.target_lines))
