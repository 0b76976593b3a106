"""Draws the body's photos scaled to the editor's width, whatever the window size.

Registered on the editor's document layout in place of Qt's own image handler: a photo is
never wider than the text area (it shrinks with the window and grows back up to the width in
its format, which depends on the photo only: ``photo_resources``); an image without a width
in its format shows at its natural size.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QImage,
    QPainter,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

_MARGIN = 12.0  # room for indentation and the cursor


class FittedImages(QPyTextObject):
    """QTextObjectInterface for ``QTextFormat.ImageObject`` (see module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def _image(doc: QTextDocument, fmt: QTextImageFormat) -> QImage | None:
        image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(fmt.name()))
        return image if isinstance(image, QImage) and not image.isNull() else None

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        img_fmt = fmt.toImageFormat()
        image = self._image(doc, img_fmt)
        if image is None:
            return QSizeF(img_fmt.width() or 16, img_fmt.height() or 16)
        ratio = image.devicePixelRatio() or 1.0
        width = img_fmt.width() if img_fmt.width() > 0 else image.width() / ratio
        height = img_fmt.height() if img_fmt.height() > 0 else image.height() / ratio
        available = doc.textWidth() - 2 * doc.documentMargin() - _MARGIN
        if 0 < available < width:  # the photo's own width, or the text's if narrower
            height = height * available / width
            width = available
        return QSizeF(width, height)

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int,
                   fmt: QTextFormat) -> None:
        image = self._image(doc, fmt.toImageFormat())
        if image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, image)


def fit_images(doc: QTextDocument, handler: FittedImages) -> None:
    """Use ``handler`` for the images of ``doc`` (call again after a document is replaced)."""
    doc.documentLayout().registerHandler(int(QTextFormat.ObjectTypes.ImageObject), handler)
