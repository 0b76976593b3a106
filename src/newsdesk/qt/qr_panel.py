"""The QR panel: the code of the article's URL, updated as the URL is typed, saved as SVG/PNG.

The code comes from newsdesk.media.qr (the same one the exports print), is drawn dark on a
white quiet zone whatever the colour scheme (a scanner needs that contrast), centred with the
URL it encodes and the save buttons under it, and is saved atomically (``saved`` tells where,
for the status bar).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import NewsdeskError, slugify

from .errors import error_text, show_error
from .folders import remember_folder, start_folder
from .guard import alive
from .workers import Debouncer, run_task

QR_DELAY_MS = 150


class QrPanel(QWidget):
    saved = Signal(str)  # the path a QR code was saved to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.config: Path | None = None  # the app's settings folder: the last folder used
        self.headline = ""
        self.svg = ""
        self.code = QLabel(self)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setFixedSize(QSize(160, 160))  # resized with the pane
        self.address = QLabel(self)  # the URL the code encodes, under it
        self.address.setWordWrap(True)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_svg = QPushButton(self)
        self.save_png = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_svg)
        buttons.addWidget(self.save_png)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)  # the code, its URL and the buttons, centred as one block
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addStretch(1)
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.address)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._debounce = Debouncer(QR_DELAY_MS, self._update, self)
        self.save_svg.clicked.connect(self.save_as_svg)
        self.save_png.clicked.connect(self.save_as_png)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.save_svg.setText(self.tr("Save as SV&G…"))
        self.save_png.setText(self.tr("Save as P&NG…"))
        self.code.setAccessibleName(self.tr("QR code of the article URL"))
        self._update()

    def set_url(self, url: str, headline: str = "") -> None:
        self.url, self.headline = url.strip(), headline
        self._debounce.poke()

    def _update(self) -> None:
        if not self.url:
            self._show("", self.tr("Type the article's URL to get its QR code."))
            return
        # Laying out a code takes tens of milliseconds: never on the UI thread.
        from newsdesk.media.qr import qr_svg  # imported when first needed (start-up time)

        url = self.url
        run_task(qr_svg, url,
                 on_done=alive(self, lambda svg: self._made(url, svg, url)),
                 on_error=alive(self, lambda exc: self._made(url, "", self._why(exc))))

    def _why(self, exc: BaseException) -> str:
        if isinstance(exc, NewsdeskError):
            return error_text(exc)
        return self.tr("The QR code could not be made.")

    def _made(self, url: str, svg: str, message: str) -> None:
        if url == self.url:  # a newer URL has been typed meanwhile: its own result will come
            self._show(svg, message)

    def _show(self, svg: str, message: str) -> None:
        self.svg = svg
        self.code.setVisible(bool(svg))
        self.address.setText(self.url if svg else "")
        self.address.setVisible(bool(svg))
        self.message.setText("" if svg else message)
        self.message.setVisible(not svg)
        self.save_svg.setEnabled(bool(self.svg))
        self.save_png.setEnabled(bool(self.svg))
        self._draw()

    def _draw(self) -> None:
        if not self.svg:
            self.code.clear()
            return
        side = max(120, min(self.code.width(), self.code.height(), 340))
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(side * ratio), int(side * ratio))
        pixmap.fill(QColor("white"))
        painter = QPainter(pixmap)
        QSvgRenderer(QByteArray(self.svg.encode())).render(
            painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        self.code.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # a square as big as the pane allows (up to 340 px), leaving room for URL and buttons
        side = max(160, min(340, event.size().width() - 48, event.size().height() - 190))
        self.code.setFixedSize(side, side)
        self._draw()

    def _ask(self, title: str, suffix: str, kind: str) -> Path | None:
        name = f"qr-{slugify(self.headline or 'bai-viet', max_length=40)}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self, title, str(start_folder(self.config, "qr") / name), kind)
        if not path:
            return None
        remember_folder(self.config, "qr", path)
        target = Path(path)
        return target if target.suffix.lower() == f".{suffix}" else target.with_suffix(f".{suffix}")

    def save_as_svg(self) -> Path | None:
        target = self._ask(self.tr("Save QR code as SVG"), "svg", self.tr("SVG image (*.svg)"))
        return self._save(target, lambda: self.svg.encode("utf-8"))

    def save_as_png(self) -> Path | None:
        from newsdesk.media.qr import qr_png

        target = self._ask(self.tr("Save QR code as PNG"), "png", self.tr("PNG image (*.png)"))
        return self._save(target, lambda: qr_png(self.url))

    def _save(self, target: Path | None, make) -> Path | None:
        if target is None or not self.svg:
            return None
        try:
            from newsdesk.config.atomic import atomic_write

            atomic_write(target, make())
        except (NewsdeskError, OSError) as exc:
            show_error(self, self.tr("The QR code was not saved"), exc)
            return None
        self.saved.emit(str(target))
        return target
