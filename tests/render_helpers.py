"""Helpers for the render/export tests: an HTML reader built on html.parser, sample articles."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser

from PIL import Image

from newsdesk.domain import Article


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    parent: Element | None = None
    children: list[Element | str] = field(default_factory=list)

    def text(self) -> str:
        parts: list[str] = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else child.text())
        return "".join(parts)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Element]:
        out = []
        for el in self.iter():
            if tag not in (None, el.tag):
                continue
            if all(
                (v in el.attrs.get(k.rstrip("_"), "").split())
                if k.rstrip("_") == "class"
                else el.attrs.get(k.rstrip("_")) == v
                for k, v in attrs.items()
            ):
                out.append(el)
        return out

    def find(self, tag: str | None = None, **attrs: str) -> Element:
        found = self.find_all(tag, **attrs)
        assert found, f"no <{tag}> with {attrs}"
        return found[0]

    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


_VOID = {"meta", "link", "img", "br", "hr", "input", "source", "path", "rect"}


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        el = Element(tag, {k: (v or "") for k, v in attrs}, self.current)
        self.current.children.append(el)
        if tag not in _VOID:
            self.current = el

    def handle_startendtag(self, tag, attrs):
        el = Element(tag, {k: (v or "") for k, v in attrs}, self.current)
        self.current.children.append(el)

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_html(text: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


def png_bytes(width: int = 40, height: int = 30, colour=(200, 40, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def data_uri(data: bytes, mime: str = "image/png") -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


BODY = """Chiều 12/3, Sở Giao thông vận tải tổ chức buổi **họp báo** về tuyến xe buýt điện mới
nối trung tâm với khu công nghiệp phía tây. Đây là tuyến thứ *ba* trong năm.

![Xe buýt điện chạy thử trên đường Lạch Tray.](images/xe-buyt.jpg "Ảnh: Minh Khôi")

## Lộ trình và giá vé

Tuyến dài 24 km, có 31 điểm dừng; giá vé từ 7.000 đồng. Xem [lịch chạy](https://giaothong.example.vn/lich)
hoặc gửi thư tới [ban biên tập](mailto:toasoan@example.vn).

![Người dân thử thẻ vé điện tử.](images/the-ve.png "Ảnh: Thu Hà")

- Giờ chạy: 5 giờ 30 đến 21 giờ
- Tần suất: 15 phút một chuyến

> Chúng tôi mong người dân bỏ xe máy ở nhà ít nhất một ngày mỗi tuần.

| Chặng | Giá vé |
|---|--:|
| Dưới 10 km | 7.000 đ |
| Cả tuyến | 12.000 đ |
"""


def sample_article(**changes) -> Article:
    base = dict(
        headline="Hải Phòng mở tuyến xe buýt điện thứ ba nối khu công nghiệp",
        sapo="Tuyến xe buýt điện mới chạy từ **trung tâm** tới khu công nghiệp phía tây, giá vé từ 7.000 đồng.",
        byline="Minh Khôi, Thu Hà",
        source="Sở Giao thông vận tải",
        section="Thời sự",
        tags=["giao thông", "xe buýt điện"],
        published="2023-10-10T16:35:00+07:00",
        url="https://baohaiphong.example.vn/thoi-su/xe-buyt-dien-123.html",
        language="vi",
        body=BODY,
    )
    base.update(changes)
    return Article(**base)


def jpeg_bytes(width: int, height: int, colour=(30, 90, 160)) -> bytes:
    """A JPEG with some structure (a gradient and a block) so that renditions are real work."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    overlay = Image.new("RGB", (width // 3, height // 3), colour)
    image.paste(overlay, (width // 4, height // 4))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def decode_qr(image: Image.Image) -> list[str]:
    import zxingcpp

    return [
        r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode
    ]


def rasterise_svg(svg: str, size_px: int = 400) -> Image.Image:
    """Draw an SVG with QtSvg (tests only) into a PIL image."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    image = QImage(size_px, size_px, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("L")


@cache
def _sample_photos() -> tuple[tuple[str, bytes], ...]:
    return (
        ("images/xe-buyt.jpg", jpeg_bytes(3000, 2000)),
        ("images/the-ve.png", png_bytes(600, 400, (20, 160, 90))),
    )


def sample_photos() -> dict[str, bytes]:
    """The photos of ``sample_article`` (a 6 MP JPEG and a PNG), a fresh dict each call."""
    return dict(_sample_photos())
