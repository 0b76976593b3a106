"""QR codes of an article's URL: payload validation, vector SVG for print, PNG for the web.

Owns the choices that make a printed code scan: error correction M (about 15 % of the code can
be damaged or smudged) and a quiet zone of 4 modules, the minimum of ISO/IEC 18004. The SVG is
one ``<path>`` (qrcode's ``SvgPathImage``): a rectangle per module renders as a blurred blob in
some SVG renderers, and a single path scales cleanly to any printed size. Its ``viewBox`` counts
modules and its ``width``/``height`` are in millimetres (1 mm per module), so a stylesheet can
set any size, e.g. 20 mm, and the code stays sharp.

The qrcode package (and the XML modules it pulls in) is imported when a code is made, not
with this module: a print page whose codes are cached (``printing.document.qr_code``) never
needs it.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from newsdesk.domain import NewsdeskError, nfc, url_problem

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

    import qrcode

MAX_PAYLOAD = 1000
"""Longest URL accepted (characters). Longer codes need too many modules to scan at 20 mm."""
SVG_NS = "http://www.w3.org/2000/svg"
MIN_BORDER = 4


class QrError(NewsdeskError):
    """The text cannot become a QR code (not a web address, too long, bad size options)."""

    code = "qr.invalid"


def validate_payload(text: str) -> str:
    """Return the cleaned URL to encode, or raise QrError saying what to fix.

    Accepts absolute http(s) URLs, including Vietnamese paths written as IRIs (kept in NFC) or
    percent-encoded. Surrounding whitespace is removed.
    """
    if not isinstance(text, str):
        raise QrError("a QR code needs a web address as text", code="qr.invalid")
    if any((ord(ch) < 32 and ch not in " \t\r\n") or 127 <= ord(ch) < 160 for ch in text):
        # Checked before nfc(), which drops NUL: an address with a control character in it was
        # mangled on the way here and must not be encoded as something else.
        raise QrError(
            "cannot make a QR code: the URL contains control characters. "
            "Copy the address again from the browser's address bar.",
            code="qr.not_url",
        )
    cleaned = nfc(text.strip())
    if not cleaned:
        raise QrError(
            "a QR code needs a web address: give the article's URL (https://…)", code="qr.empty"
        )
    if len(cleaned) > MAX_PAYLOAD:
        raise QrError(
            f"the web address is {len(cleaned)} characters long; a QR code that scans when "
            f"printed small holds at most {MAX_PAYLOAD}. Use a shorter URL (e.g. a short link).",
            code="qr.too_long",
        )
    if any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in cleaned):
        raise QrError(
            "cannot make a QR code: the URL contains control characters. "
            "Copy the address again from the browser's address bar.",
            code="qr.not_url",
        )
    problem = url_problem(cleaned)
    if problem is not None:
        raise QrError(
            f"cannot make a QR code: {problem.message}. Give a full address starting with "
            "http:// or https://",
            code="qr.not_url",
        )
    return cleaned


def _qr(payload: str, *, box_size: int, border: int, factory) -> qrcode.QRCode:
    import qrcode
    import qrcode.constants
    from qrcode.exceptions import DataOverflowError

    if not isinstance(border, int) or border < MIN_BORDER or border > 40:
        raise QrError(
            f"the quiet zone of a QR code must be between {MIN_BORDER} and 40 modules "
            f"(got {border!r}); smaller borders make printed codes hard to scan",
            code="qr.options",
        )
    if not isinstance(box_size, int) or not 1 <= box_size <= 100:
        raise QrError(
            f"the QR module size must be 1-100 pixels (got {box_size!r})", code="qr.options"
        )
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box_size, border=border, image_factory=factory
    )
    code.add_data(validate_payload(payload).encode("utf-8"))
    try:
        code.make(fit=True)
    except DataOverflowError as exc:  # pragma: no cover - guarded by MAX_PAYLOAD
        raise QrError("the web address is too long for a QR code", code="qr.too_long") from exc
    return code


def qr_svg(payload: str, *, border: int = 4) -> str:
    """A standalone ``<svg>`` element (vector, one path) encoding ``payload``.

    Sized 1 mm per module with a module-unit viewBox; no XML declaration and no ``id``
    attributes, so several codes can be inlined in one HTML document.
    """
    import qrcode.image.svg

    code = _qr(payload, box_size=10, border=border, factory=qrcode.image.svg.SvgPathImage)
    image = code.make_image()
    root = image.get_image()
    if image.path is not None:
        # One subpath per horizontal run of dark modules instead of one per module: the same
        # shape, 3-4x shorter, and within the path size limits of strict renderers (QtSvg).
        image.path.set("d", _runs_path(code.modules, border))
    root.set("shape-rendering", "crispEdges")
    root.set("role", "img")
    # Serialised by hand: ElementTree's namespace prefixes are process-wide state (qrcode
    # registers "svg:"), and inline SVG in HTML wants a plain default namespace.
    return _element_xml(root)


def _element_xml(element: ET.Element) -> str:
    import xml.etree.ElementTree as ET
    from xml.sax.saxutils import quoteattr

    tag = element.tag.text if isinstance(element.tag, ET.QName) else str(element.tag)
    local = tag.rsplit("}", 1)[-1]
    attrs = {str(k): str(v) for k, v in element.attrib.items() if k != "id"}
    if local == "svg":
        attrs["xmlns"] = SVG_NS
    text = "".join(f" {name}={quoteattr(value)}" for name, value in attrs.items())
    children = "".join(_element_xml(child) for child in element)
    return f"<{local}{text}>{children}</{local}>" if children else f"<{local}{text}/>"


def _runs_path(modules: list[list[bool | None]], border: int) -> str:
    parts: list[str] = []
    for row, cells in enumerate(modules):
        col = 0
        width = len(cells)
        while col < width:
            if not cells[col]:
                col += 1
                continue
            start = col
            while col < width and cells[col]:
                col += 1
            parts.append(f"M{start + border},{row + border}h{col - start}v1h-{col - start}z")
    return "".join(parts)


def qr_png(payload: str, *, box_size: int = 10, border: int = 4) -> bytes:
    """PNG bytes (black on white, 1-bit) encoding ``payload``."""
    import qrcode.image.pil

    code = _qr(payload, box_size=box_size, border=border, factory=qrcode.image.pil.PilImage)
    image = code.make_image()
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
