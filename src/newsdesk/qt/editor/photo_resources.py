"""Photos of the body as document resources: decoded upright, at screen size, off-thread.

``load_image`` asks the image loader (path → bytes | None) for a figure's photo and registers
it in the document under a ``newsdesk-photo:`` URL. Decoding is done at the editor's width
(and the screen's pixel ratio), with the EXIF orientation applied; a missing or unreadable
photo becomes a grey placeholder naming the file. A photo is shown at its own width, at most
``DEFAULT_IMAGE_WIDTH``, whatever the window's size when the article was opened. Given a ``PhotoDecoder``, only the photo's
header is read at once — a same-sized placeholder stands in while worker threads decode, so
opening an article with twenty camera photos does not wait for them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QImageIOHandler,
    QImageReader,
    QPainter,
    QTextDocument,
    QTextImageFormat,
)

ImageLoader = Callable[[str], "bytes | None"]
DEFAULT_IMAGE_WIDTH = 720  # the widest a photo is shown (a reading column)


class _Results(QObject):
    """Carries decoded photos to the GUI thread; lives as long as the application."""

    ready = Signal(int, int, QUrl, QImage)  # decoder key, generation, url, image


_shared: tuple[QThreadPool, _Results] | None = None
_keys = itertools.count(1)


def _workers() -> tuple[QThreadPool, _Results]:
    """One pool and one carrier for all editors, owned by the application (an editor may be
    deleted while its photos are still being decoded: their results are then ignored)."""
    global _shared
    if _shared is None:
        app = QCoreApplication.instance()
        pool = QThreadPool(app)
        pool.setMaxThreadCount(2)
        _shared = (pool, _Results(app))
    return _shared


class PhotoDecoder(QObject):
    """Decodes photos on worker threads; ``decoded(generation, url, image)`` arrives on the GUI
    thread. ``generation`` is the value of ``self.generation`` when the photo was submitted:
    bump it when the document is replaced so that late results are recognised."""

    decoded = Signal(int, QUrl, QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.key = next(_keys)
        self.pending = 0
        _workers()[1].ready.connect(self._ready)

    def submit(self, url: QUrl, data: bytes, width: int, dpr: float) -> None:
        pool, results = _workers()
        self.pending += 1
        pool.start(_DecodeTask(results, self.key, self.generation, url, data, width, dpr))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every submitted photo is decoded (benchmarks, tests)."""
        done = _workers()[0].waitForDone(msecs)
        QCoreApplication.processEvents()
        return done

    def _ready(self, key: int, generation: int, url: QUrl, image: QImage) -> None:
        if key == self.key:
            self.pending -= 1
            self.decoded.emit(generation, url, image)


class _DecodeTask(QRunnable):
    def __init__(self, results: _Results, key: int, generation: int, url: QUrl, data: bytes,
                 width: int, dpr: float) -> None:
        super().__init__()
        self.results, self.key, self.generation = results, key, generation
        self.url, self.data, self.width, self.dpr = url, data, width, dpr

    def run(self) -> None:
        image = decode_for_screen(self.data, self.width)
        if image.isNull():
            return
        image.setDevicePixelRatio(self.dpr)
        self.results.ready.emit(self.key, self.generation, self.url, image)


def screen_ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0


def image_url(src: str) -> QUrl:
    url = QUrl()
    url.setScheme("newsdesk-photo")
    url.setPath("/" + src)
    return url


def load_image(doc: QTextDocument, src: str, loader: ImageLoader | None,
               max_width: int = DEFAULT_IMAGE_WIDTH,
               decoder: PhotoDecoder | None = None) -> QTextImageFormat:
    """Register the photo for ``src`` in ``doc``; returns the image format showing it.

    The width it is shown at depends on the photo only — its own width, at most
    ``max_width`` — never on the window at the time it is opened; the editor then fits it
    into narrower text (``image_handler``)."""
    data = None
    if loader is not None:
        try:
            data = loader(src)
        except (OSError, ValueError):
            data = None
    dpr = screen_ratio()
    url = image_url(src)
    image = QImage()
    shown = QSize()
    if data:
        size = upright_size(data)
        if size.isValid() and not size.isEmpty():
            width = min(size.width(), max_width)
            shown = QSize(width, max(1, round(size.height() * width / size.width())))
    if data and shown.isValid() and decoder is not None:
        image = QImage(shown, QImage.Format.Format_RGB32)
        image.fill(QColor("#eeeeee"))  # same size as the photo, until it is decoded
        decoder.submit(url, data, round(shown.width() * dpr), dpr)
    elif data:
        image = decode_for_screen(data, round((shown.width() or max_width) * dpr))
        if not image.isNull():
            image.setDevicePixelRatio(dpr)  # sharp on HiDPI
    if image.isNull():
        image = placeholder(src, max_width)
        shown = image.size()
    elif not shown.isValid():
        shown = QSize(round(image.width() / dpr), round(image.height() / dpr))
    doc.addResource(QTextDocument.ResourceType.ImageResource, url, image)
    fmt = QTextImageFormat()
    fmt.setName(url.toString())
    fmt.setWidth(shown.width())
    fmt.setHeight(shown.height())
    return fmt


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader, buffer


def upright_size(data: bytes) -> QSize:
    """The photo's size as shown (EXIF rotation applied), from its header only."""
    reader, _buffer = _reader(data)
    size = reader.size()
    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
        size = size.transposed()
    return size


def decode_for_screen(data: bytes, max_width: int) -> QImage:
    """The photo upright (EXIF orientation) and decoded no wider than ``max_width``.

    Decoding at the reduced size keeps a body with twenty 24-megapixel photos light.
    """
    reader, _buffer = _reader(data)
    size = reader.size()
    rotated = reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90
    if size.isValid() and size.width() > max_width and not rotated:
        reader.setScaledSize(QSize(max_width, size.height() * max_width // max(size.width(), 1)))
    image = reader.read()
    if not image.isNull() and image.width() > max_width:
        image = image.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    return image


def placeholder(src: str, width: int) -> QImage:
    """A grey box naming the photo that could not be found."""
    height = max(60, width // 4)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#e4e4e4"))
    painter = QPainter(image)
    painter.setPen(QColor("#555555"))
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                     f"⚠ {src}")
    painter.end()
    return image
