"""newsdesk.printing: an article as a newspaper page in PDF, with QtWebEngine (no QtWidgets).

- ``setup``: PageSetup (paper, orientation, margins, columns, base size, masthead) + its CSS;
  ``page_setup(settings, language, **overrides)``, the one way from Settings to a PageSetup
- ``runtime``: Chromium flags, the URL scheme, the offscreen application (``init_printing``)
- ``scheme``: serving the document, photos and fonts without network and without setHtml
- ``document``: the print document of an article (render_document + print renditions + fonts)
- ``engine``: PdfPrinter (async, signals) → PdfResult; atomic writes; page counting
- ``copyfit``: lines, columns and over/under measured from the real layout
- ``api``: print_article_pdf, the synchronous helper of the CLI and the export registry

Importing this package does not import Qt; the submodules that need it do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .copyfit import Copyfit
from .runtime import init_printing
from .setup import PAPERS, PageSetup, PageSetupError, page_setup

if TYPE_CHECKING:
    from .engine import PdfResult

__all__ = [
    "PAPERS",
    "Copyfit",
    "PageSetup",
    "PageSetupError",
    "PdfResult",
    "init_printing",
    "page_setup",
    "print_article_pdf",
]


def __getattr__(name: str):
    if name == "print_article_pdf":
        from .api import print_article_pdf

        return print_article_pdf
    if name in ("PdfResult", "PdfPrinter", "PrintError"):
        from . import engine

        return getattr(engine, name)
    raise AttributeError(name)
