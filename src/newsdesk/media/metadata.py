"""Caption and credit carried inside a photo: IPTC IIM (Photoshop APP13 / TIFF tag) and XMP.

Owns *reading* the descriptive metadata a photo desk writes (caption, credit, photographer);
nothing here writes metadata: renditions carry none (see ``photos``). Priority:

- caption: IPTC 2:120 Caption/Abstract, then XMP ``dc:description``;
- credit: IPTC 2:110 Credit, then XMP ``photoshop:Credit``, then IPTC 2:80 By-line, then XMP
  ``dc:creator``.

Text is decoded as UTF-8 (IPTC 1:90 says so for modern files) with a Windows-1252 fallback for
old Latin-1 files, and returned in NFC. XMP packets with a DTD are ignored (XMP never has one;
a DTD is how XML entity bombs arrive).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PIL import Image, ImageFile, IptcImagePlugin

from newsdesk.domain import nfc

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
MAX_XMP = 1_000_000
MAX_FIELD = 2000


def caption_and_credit(image: Image.Image) -> tuple[str, str]:
    """Caption and credit of ``image`` (an opened, not necessarily loaded, Pillow image)."""
    iptc = _iptc(image)
    xmp = _xmp(image)
    caption = iptc.get("caption") or xmp.get("caption") or ""
    credit = (
        iptc.get("credit") or xmp.get("credit") or iptc.get("byline") or xmp.get("creator") or ""
    )
    return _clean(caption), _clean(credit)


def _clean(text: str) -> str:
    text = " ".join(nfc(text).replace("\x00", " ").split())
    return text[:MAX_FIELD]


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _iptc(image: Image.Image) -> dict[str, str]:
    if not isinstance(image, ImageFile.ImageFile):  # IPTC is read from the file's blocks
        return {}
    try:
        info = IptcImagePlugin.getiptcinfo(image)
    except Exception:  # a damaged IPTC block must not stop the photo
        return {}
    if not info:
        return {}
    found: dict[str, str] = {}
    for key, dataset in (("caption", (2, 120)), ("credit", (2, 110)), ("byline", (2, 80))):
        value = info.get(dataset)
        if value is None:
            continue
        parts = value if isinstance(value, list) else [value]
        text = ", ".join(_decode(p).strip() for p in parts if p.strip())
        if text:
            found[key] = text
    return found


def _xmp_packet(image: Image.Image) -> bytes | None:
    packet = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
    if packet is None and image.format == "TIFF":
        tags = getattr(image, "tag_v2", None)
        packet = tags.get(700) if tags is not None else None
        if isinstance(packet, tuple) and len(packet) == 1:
            packet = packet[0]
    if isinstance(packet, str):
        packet = packet.encode("utf-8")
    if not isinstance(packet, bytes) or len(packet) > MAX_XMP:
        return None
    return packet


def _xmp(image: Image.Image) -> dict[str, str]:
    packet = _xmp_packet(image)
    if not packet or b"<!DOCTYPE" in packet or b"<!ENTITY" in packet:
        return {}
    start = packet.find(b"<x:xmpmeta")
    if start < 0:
        start = packet.find(b"<rdf:RDF")
    end_tag = b"</x:xmpmeta>" if packet.startswith(b"<x:xmpmeta", start) else b"</rdf:RDF>"
    end = packet.find(end_tag)
    if start < 0 or end < 0:
        return {}
    try:
        root = ET.fromstring(packet[start : end + len(end_tag)])
    except ET.ParseError:
        return {}
    found: dict[str, str] = {}
    for key, tag in (
        ("caption", "dc:description"),
        ("credit", "photoshop:Credit"),
        ("creator", "dc:creator"),
    ):
        text = _xmp_value(root, tag)
        if text:
            found[key] = text
    return found


def _xmp_value(root: ET.Element, tag: str) -> str:
    prefix, local = tag.split(":")
    qualified = f"{{{NS[prefix]}}}{local}"
    # property written as an attribute of rdf:Description (photoshop:Credit="…")
    for desc in root.iter(f"{{{NS['rdf']}}}Description"):
        if qualified in desc.attrib:
            return desc.attrib[qualified]
    for element in root.iter(qualified):
        items = list(element.iter(f"{{{NS['rdf']}}}li"))
        if not items:
            return (element.text or "").strip()
        if element.find(f"{{{NS['rdf']}}}Alt") is not None:  # language alternatives
            defaults = [li for li in items if li.get(f"{{{NS['xml']}}}lang") == "x-default"]
            return ((defaults or items)[0].text or "").strip()
        return ", ".join((li.text or "").strip() for li in items if (li.text or "").strip())
    return ""
