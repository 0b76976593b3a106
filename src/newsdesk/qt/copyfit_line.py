"""The copyfit as the app says it: ``Copyfit: 217 lines over 2 pages, 75 lines a column``.

One wording for the print preview, the status bar and the Export dialog (a PDF just exported).
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class CopyfitLine(QObject):
    """Its ``tr`` gives the words their translation context."""

    def text(self, copyfit: object) -> str:
        """``copyfit`` (``printing.copyfit.Copyfit``) in the UI language."""
        text = self.tr("Copyfit: %1 over %2, %3 a column")
        values = (self.tr("%n line(s)", "", getattr(copyfit, "lines_total", 0)),
                  self.tr("%n page(s)", "", getattr(copyfit, "pages", 0)),
                  self.tr("%n line(s)", "", getattr(copyfit, "lines_per_column", 0)))
        for number, value in enumerate(values, start=1):
            text = text.replace(f"%{number}", value)
        return text


def copyfit_line(copyfit: object) -> str:
    return CopyfitLine().text(copyfit)
