"""QR codes: every code made here is read back by a real decoder (zxing-cpp)."""

from __future__ import annotations

import io
import unicodedata
import xml.etree.ElementTree as ET

import pytest
import zxingcpp
from PIL import Image

from newsdesk.media.qr import MAX_PAYLOAD, QrError, qr_png, qr_svg, validate_payload

SVG_NS = "{http://www.w3.org/2000/svg}"
VI_IRI = "https://baomoi.example.vn/thời-sự/đà-nẵng-đón-khách-quốc-tế-20231010.html"
VI_PERCENT = "https://baomoi.example.vn/th%E1%BB%9Di-s%E1%BB%B1/%C4%91%C3%A0-n%E1%BA%B5ng.html"
LONG_URL = "https://example.vn/tin-tuc?" + "&".join(f"tham_so_{i}=gia_tri_{i}" for i in range(45))


def decode(image: Image.Image) -> list[str]:
    return [
        r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode
    ]


def rasterise_svg(svg: str, size_px: int) -> Image.Image:
    """Draw the SVG with QtSvg (tests only: newsdesk.media never imports Qt) into a PIL image."""
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


@pytest.mark.parametrize("url", [VI_IRI, VI_PERCENT, LONG_URL, "http://a.vn/x"])
def test_png_decodes_to_payload(url: str) -> None:
    image = Image.open(io.BytesIO(qr_png(url)))
    assert image.format == "PNG"
    assert decode(image) == [url]


@pytest.mark.parametrize("url", [VI_IRI, VI_PERCENT, LONG_URL])
def test_svg_rasterised_decodes_to_payload(url: str) -> None:
    svg = qr_svg(url)
    root = ET.fromstring(svg)
    modules = int(root.get("viewBox").split()[2])
    assert decode(rasterise_svg(svg, modules * 6)) == [url]


def test_svg_printed_at_20_mm_and_300_dpi_scans() -> None:
    url = "https://tinnhanh.example.vn/kinh-te/gia-lua-tang-manh-tai-dong-bang-song-cuu-long-4501.html"
    size_px = round(20 / 25.4 * 300)
    assert decode(rasterise_svg(qr_svg(url), size_px)) == [url]


def test_svg_is_one_vector_path_with_viewbox_and_mm_size() -> None:
    svg = qr_svg("https://example.vn/bai-viet")
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG_NS}svg"
    assert root.findall(f".//{SVG_NS}rect") == []
    paths = root.findall(f".//{SVG_NS}path")
    assert len(paths) == 1 and paths[0].get("d", "").startswith("M")
    x, y, w, h = (int(v) for v in root.get("viewBox").split())
    assert (x, y) == (0, 0) and w == h
    assert root.get("width") == f"{w}mm" and root.get("height") == f"{h}mm"
    assert "id=" not in svg  # several codes can share one HTML document
    assert not svg.startswith("<?xml")


def test_svg_has_no_namespace_prefix_even_after_other_qrcode_svg_use() -> None:
    import qrcode
    import qrcode.image.svg

    qrcode.make("https://other.example", image_factory=qrcode.image.svg.SvgImage).to_string()
    svg = qr_svg("https://example.vn/bai-viet")
    assert svg.startswith("<svg ") and "svg:" not in svg and svg.endswith("</svg>")


def test_quiet_zone_is_four_modules_and_configurable() -> None:
    url = "https://example.vn/a"
    small = int(ET.fromstring(qr_svg(url)).get("viewBox").split()[2])
    big = int(ET.fromstring(qr_svg(url, border=6)).get("viewBox").split()[2])
    assert big - small == 4
    png = Image.open(io.BytesIO(qr_png(url, box_size=10))).convert("L")
    assert png.width == small * 10
    # the first 4 modules on every side are white
    assert png.crop((0, 0, png.width, 40)).getextrema() == (255, 255)
    assert png.crop((0, 0, 40, png.height)).getextrema() == (255, 255)
    assert png.crop((png.width - 40, 0, png.width, png.height)).getextrema() == (255, 255)
    with pytest.raises(QrError) as err:
        qr_svg(url, border=1)
    assert err.value.code == "qr.options"
    with pytest.raises(QrError):
        qr_png(url, box_size=0)


def test_validate_payload_cleans_and_normalises() -> None:
    nfd = unicodedata.normalize("NFD", VI_IRI)
    assert nfd != VI_IRI
    assert validate_payload(f"  {nfd}\n") == VI_IRI
    assert decode(Image.open(io.BytesIO(qr_png(nfd)))) == [VI_IRI]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "qr.empty"),
        ("   ", "qr.empty"),
        ("javascript:alert(1)", "qr.not_url"),
        ("ftp://example.vn/file", "qr.not_url"),
        ("example.vn/bai-viet", "qr.not_url"),
        ("https://exa mple.vn/", "qr.not_url"),
        ("https://example.vn/\x00admin", "qr.not_url"),
        ("https://example.vn/" + "a" * MAX_PAYLOAD, "qr.too_long"),
    ],
)
def test_bad_payloads_are_refused_with_a_clear_message(text: str, code: str) -> None:
    with pytest.raises(QrError) as err:
        qr_svg(text)
    assert err.value.code == code
    assert "http" in err.value.message or "URL" in err.value.message
    with pytest.raises(QrError):
        qr_png(text)


def test_longest_accepted_payload_still_decodes() -> None:
    url = "https://example.vn/" + "b" * (MAX_PAYLOAD - len("https://example.vn/"))
    assert len(validate_payload(url)) == MAX_PAYLOAD
    assert decode(Image.open(io.BytesIO(qr_png(url, box_size=4)))) == [url]
