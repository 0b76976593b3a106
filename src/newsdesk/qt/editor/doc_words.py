"""The counted text of the body editor's document (what counts: ``newsdesk.domain.stats``).

The same text ``newsdesk.render.words`` reads from the body's Markdown, taken from the
document as it is typed, cheaply enough for every pause in the typing (no Markdown is made
for it): one line per block, a line separator a new line, photos and inline images nothing,
a photo's caption counted and its credit not. A photo block whose photo is gone is read as
the text it shows, as the Markdown stores it (``doc_read``).
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from .formats import (
    CREDIT,
    FIGURE,
    FIGURE_KINDS,
    LINE_SEPARATOR,
    OBJECT_CHAR,
    P_FIG_ID,
    kind_of,
    prop,
)


def document_counted_text(doc: QTextDocument) -> str:
    """The words of the document that count, one line per block."""
    lines: list[str] = []
    block = doc.firstBlock()
    figure, photo = None, False  # the figure being read, and whether its photo is there
    while block.isValid():
        fmt = block.blockFormat()
        kind = kind_of(fmt)
        text = block.text()
        if kind in FIGURE_KINDS and prop(fmt, P_FIG_ID) != figure:
            figure, photo = prop(fmt, P_FIG_ID), False
        if kind == FIGURE:
            photo = OBJECT_CHAR in text
        if kind != CREDIT or not photo:  # a credit without its photo is stored as text
            lines.append(text.replace(OBJECT_CHAR, "").replace(LINE_SEPARATOR, "\n"))
        block = block.next()
    return "\n".join(lines)
