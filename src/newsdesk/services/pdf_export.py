"""``--format pdf``: the article's print page as PDF, through ``newsdesk.printing``.

The exporter lives in the services layer because ``newsdesk.export`` may not import
``newsdesk.printing`` (they are siblings); ``services.exporting.EXTRA_EXPORTERS`` registers it
under ``pdf``. Its command-line options (``--paper``, ``--orientation``, ``--columns``,
``--font-size``, ``--fit``) come from ``PDF_FORMAT.cli_options``. The result carries the
copyfit (``PdfExportResult.copyfit`` and a one-line ``summary`` the CLI prints on stderr).

Printing needs Qt's GUI thread: the CLI calls this on its main thread; the GUI uses
``newsdesk.printing.engine.PdfPrinter`` (asynchronous) instead of this synchronous path.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

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

PDF_FORMAT = ExportFormat(
    name="pdf",
    label="PDF print page (.pdf)",
    extension=".pdf",
    description="the newspaper print page (columns, embedded fonts, QR block), as in the preview",
    cli_options=(
        CliOption(("--paper",), "paper", {"metavar": "|".join(PAPERS), "help": "paper size (A4)"}),
        CliOption(
            ("--orientation",),
            "orientation",
            {"choices": ["portrait", "landscape"], "help": "page orientation (portrait)"},
        ),
        CliOption(("--columns",), "columns", {"type": int, "metavar": "N", "help": "1-4 (2)"}),
        CliOption(
            ("--font-size",),
            "font_size",
            {"type": float, "metavar": "PT", "help": "body text size in points (9.5)"},
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


def page_setup(article: Article, options: ExportOptions) -> PageSetup:
    extra = options.extra
    setup = PageSetup(publication=options.publication, language=article.language)
    changes = {
        "paper": extra.get("paper"),
        "orientation": extra.get("orientation"),
        "columns": extra.get("columns"),
        "font_size_pt": extra.get("font_size"),
    }
    return setup.with_changes(**{k: v for k, v in changes.items() if v is not None})


def _load_printing():
    """``newsdesk.printing.api``, its plain-Python modules imported before PySide6.

    Once PySide6 is loaded, its import hook reads the source of every module imported after
    it (looking for PySide6 ``__feature__`` use), which makes later imports ~30 % slower."""
    importlib.import_module("newsdesk.printing.document")  # render, media, pyphen: before Qt
    return importlib.import_module("newsdesk.printing.api")


class PdfExporter:
    format = PDF_FORMAT

    def export(self, job: ExportJob) -> PdfExportResult:
        article, photos, target, options = job.article, job.photos, job.target, job.options
        progress, cancelled = job.progress, job.cancelled
        target = file_target(Path(target), PDF_FORMAT)
        if target.suffix.lower() != ".pdf":
            raise ExportError(
                f"'{target.name}' does not end in .pdf; give a .pdf file name", code="export.target"
            )
        setup = page_setup(article, options)
        fit = options.extra.get("fit")
        if fit is not None and fit < 1:
            raise ExportError(f"--fit needs a number of lines above 0 (got {fit})", code="usage")
        check_cancelled(cancelled)
        api = _load_printing()  # Qt is loaded only when printing

        report(progress, 0, 1, "printing the page")
        result = api.print_article_pdf(
            article,
            photos,
            target,
            setup,
            target_lines=fit,
            cache_dir=options.cache_dir,
            extra_qr=list(options.extra_qr),
        )
        report(progress, 1, 1, "done")
        return PdfExportResult(
            path=result.path,
            files=[result.path],
            warnings=list(result.warnings),
            pages=result.pages,
            copyfit=result.copyfit,
        )
