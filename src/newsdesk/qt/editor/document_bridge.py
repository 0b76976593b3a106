"""The Markdown ⇄ QTextDocument bridge of the body editor.

``markdown_to_document(md)`` reads a body with newsdesk's own Markdown parser and builds a
QTextDocument; ``document_to_markdown(doc)`` writes the document back in *canonical* Markdown
(see ``md_writer`` / ``md_inline`` for the exact form). For canonical input the round trip is
byte-for-byte; for any input, rendering the result gives the same HTML as rendering the input.

Headings keep their level: the editor's commands only make ``##`` and ``###`` (``#`` is the
article's headline field), but an ``#`` or ``####``–``######`` heading found in a body is
kept as it is (shown like ``##`` / ``###``) rather than silently changed.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from newsdesk.bodymodel.md_reader import parse_blocks
from newsdesk.bodymodel.md_writer import write_blocks

from .doc_build import ImageLoader, build_document
from .doc_read import read_document

__all__ = ["ImageLoader", "document_to_markdown", "markdown_to_document"]


def markdown_to_document(markdown: str, image_loader: ImageLoader | None = None,
                         document: QTextDocument | None = None) -> QTextDocument:
    """A QTextDocument holding the body ``markdown`` (photos from ``image_loader``)."""
    return build_document(parse_blocks(markdown), image_loader, document)


def document_to_markdown(document: QTextDocument) -> str:
    """The canonical Markdown of ``document``."""
    return write_blocks(read_document(document))
