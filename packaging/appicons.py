"""App icons generated from the SVG master ``resources/icons/newsdesk.svg``.

Owns turning the one committed SVG into what each OS wants: PNGs in the freedesktop
``hicolor`` sizes (Linux), a multi-size ``.ico`` (Windows) and an ``.icns`` (macOS).
The SVG is rasterised with Qt's own SVG renderer (PySide6 is a dependency anyway), the
``.ico``/``.icns`` containers are written by Pillow. Nothing generated here is committed.

Usage: ``python packaging/appicons.py OUT_DIR`` or ``generate(out_dir)``.
"""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "icons" / "newsdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


@dataclass(frozen=True)
class IconSet:
    folder: Path
    svg: Path
    pngs: dict[int, Path]
    ico: Path
    icns: Path


def _render_png(svg: Path, size: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # keep alive for the painter
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def generate(out_dir: Path, svg: Path = MASTER) -> IconSet:
    """Write ``newsdesk-<size>.png``, ``newsdesk.ico``, ``newsdesk.icns`` and a copy of the SVG."""
    from PIL import Image

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    rendered = {size: _render_png(svg, size) for size in sizes}
    pngs: dict[int, Path] = {}
    for size in PNG_SIZES:
        path = out_dir / f"newsdesk-{size}.png"
        path.write_bytes(rendered[size])
        pngs[size] = path
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in rendered.items()}
    ico = out_dir / "newsdesk.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    icns = out_dir / "newsdesk.icns"
    images[1024].save(icns, format="ICNS",
                      append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    svg_copy = out_dir / "newsdesk.svg"
    svg_copy.write_bytes(svg.read_bytes())
    return IconSet(out_dir, svg_copy, pngs, ico, icns)


if __name__ == "__main__":  # pragma: no cover
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    result = generate(target)
    print(f"icons written to {result.folder}")
