"""newsdesk.printing: an article as a newspaper page in PDF, with QtWebEngine (no QtWidgets).

- ``setup``: PageSetup (paper, orientation, margins, columns, base size, masthead) + its CSS;
  ``page_setup(settings, language, **overrides)``, the one way from Settings to a PageSetup
- ``runtime``: Chromium flags, the URL scheme, the offscreen application (``init_printing``)
- ``scheme``: serving the document, photos and fonts without network and without setHtml
- ``document``: the print document of an article (render_document + print renditions + fonts)
- ``engine``: PdfPrinter (async, signals) → PdfResult; atomic writes; page counting
- ``copyfit``: lines, columns and over/under measured from the real layout
- ``api``: print_article_pdf, the synchronous helper of the CLI and the export registry
- ``interrupt``: Ctrl+C while Qt's event loop prints: the print stops, then KeyboardInterrupt

Importing this package imports nothing more (``newsdesk.lazy``): each name loads its
submodule when first used, and only the submodules that need Qt import it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.lazy import lazy_exports

if TYPE_CHECKING:
    from .api import print_article_pdf
    from .copyfit import Copyfit
    from .engine import PdfPrinter, PrintError
    from .prepared import PdfResult
    from .runtime import init_printing
    from .setup import PAPERS, PageSetup, PageSetupError, page_setup

_LAZY = {
    "Copyfit": "copyfit",
    "init_printing": "runtime",
    "PAPERS": "setup",
    "PageSetup": "setup",
    "PageSetupError": "setup",
    "page_setup": "setup",
    "print_article_pdf": "api",
    "PdfResult": "prepared",
    "PdfPrinter": "engine",
    "PrintError": "engine",
}
__getattr__ = lazy_exports(__name__, _LAZY)

__all__ = [
    "PAPERS",
    "Copyfit",
    "PageSetup",
    "PageSetupError",
    "PdfPrinter",
    "PdfResult",
    "PrintError",
    "init_printing",
    "page_setup",
    "print_article_pdf",
]
