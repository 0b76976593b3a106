"""Camera originals without what identifies people or places: pixels untouched, metadata gone.

Exports that carry the original photo (``--format markdown``, ``--format bundle``) pass it
through ``strip_private``: the file's metadata segments are removed — EXIF (GPS position,
camera serial, owner, artist, copyright, maker notes), XMP, IPTC, comments and text chunks —
without decoding or re-encoding the image data, so a JPEG loses no quality. Kept: the colour
profile (ICC), and for JPEG a minimal EXIF with only the orientation, so the photo still shows
upright. The caption and credit travel in the article, not in the file.

Formats: JPEG (markers), PNG (chunks) and WebP (RIFF chunks) are edited in place; TIFF is
rewritten losslessly by Pillow (pixels identical); GIF and anything unrecognised is returned
as it is when it has nothing to strip, else rewritten by Pillow frame for frame. A file that
cannot be parsed is returned unchanged — it was accepted at import, and losing a photo is worse
than keeping its metadata; ``has_private_metadata`` lets tests check the result. Files are
opened as import opens them (``decode.open_photo``, newsdesk's own limits), never by
``Image.open``, whose process-wide limit warns on stderr of any photo over 89 megapixels.
"""

from __future__ import annotations

import io
import struct

from PIL import Image, TiffImagePlugin

from .decode import PhotoError, open_photo

_JPEG_DROP = {0xE1, 0xED, 0xFE}  # APP1 (EXIF, XMP), APP13 (IPTC/Photoshop), COM
_PNG_DROP = {b"eXIf", b"tEXt", b"iTXt", b"zTXt", b"tIME"}
_WEBP_DROP = {b"EXIF", b"XMP "}
_ORIENTATION = 0x0112


def strip_private(data: bytes) -> bytes:
    """``data`` with its private metadata removed (see the module docstring)."""
    try:
        if data.startswith(b"\xff\xd8"):
            return _jpeg(data)
        if data.startswith(b"\x89PNG\r\n\x1a\n"):
            return _png(data)
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            return _webp(data)
        if data[:4] in (b"II*\x00", b"MM\x00*") or data[:3] == b"GIF":
            return _rewrite(data)
    except (ValueError, struct.error, OSError, Image.DecompressionBombError, PhotoError):
        return data
    return data


def _orientation(data: bytes) -> int:
    try:
        with open_photo(data) as image:
            value = image.getexif().get(_ORIENTATION, 1)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, PhotoError):
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _jpeg(data: bytes) -> bytes:
    out = bytearray(b"\xff\xd8")
    pos = 2
    orientation = _orientation(data)
    if orientation != 1:
        exif = Image.Exif()
        exif[_ORIENTATION] = orientation
        payload = exif.tobytes()  # b"Exif\0\0" + a TIFF header + one IFD
        out += b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ValueError("not at a JPEG marker")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA or 0xD0 <= marker <= 0xD9:  # start of scan: the rest is image data
            out += data[pos:]
            return bytes(out)
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        segment = data[pos : pos + 2 + length]
        if len(segment) < 2 + length:
            raise ValueError("truncated JPEG segment")
        if marker not in _JPEG_DROP:
            out += segment
        pos += 2 + length
    return bytes(out)


def _png(data: bytes) -> bytes:
    out = bytearray(data[:8])
    pos = 8
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise ValueError("truncated PNG chunk")
        if kind not in _PNG_DROP:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            break
    return bytes(out)


def _webp(data: bytes) -> bytes:
    chunks = bytearray()
    pos = 12
    while pos + 8 <= len(data):
        kind = data[pos : pos + 4]
        (length,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        end = pos + 8 + length + (length & 1)
        if pos + 8 + length > len(data):
            raise ValueError("truncated WebP chunk")
        chunk = bytearray(data[pos:end])
        if kind == b"VP8X":  # the extended header says which chunks follow: clear EXIF/XMP
            chunk[8] &= ~0x0C & 0xFF
        if kind not in _WEBP_DROP:
            chunks += chunk
        pos = end
    return b"RIFF" + struct.pack("<I", len(chunks) + 4) + b"WEBP" + bytes(chunks)


def _rewrite(data: bytes) -> bytes:
    """TIFF and GIF: saved again by Pillow with no metadata (lossless for both)."""
    if not has_private_metadata(data):
        return data
    with open_photo(data) as image:
        kind = image.format
        buffer = io.BytesIO()
        if kind == "GIF":
            image.info.pop("comment", None)
            image.save(buffer, "GIF", save_all=True)
        else:
            icc = image.info.get("icc_profile")
            extra = {"icc_profile": icc} if icc else {}
            image.save(buffer, "TIFF", save_all=True, compression="tiff_lzw", **extra)
    return buffer.getvalue()


def has_private_metadata(data: bytes) -> bool:
    """Whether the photo still carries EXIF beyond orientation, XMP, IPTC or a comment."""
    with open_photo(data) as image:
        exif = image.getexif()
        # EXIF is judged by its tags (the orientation alone is kept on purpose), sub-IFDs too
        if any(tag != _ORIENTATION for tag in exif) or any(
                exif.get_ifd(ifd) for ifd in (0x8769, 0x8825, 0xA005)):
            return True
        info = image.info
        if any(key in info for key in ("xmp", "XML:com.adobe.xmp", "comment", "photoshop")):
            return True
        if image.format == "PNG" and any(k for k in info if k not in (
                "icc_profile", "dpi", "gamma", "transparency", "srgb", "chromaticity",
                "aspect")):
            return True
        if isinstance(image, TiffImagePlugin.TiffImageFile):
            return any(tag in image.tag_v2 for tag in (315, 33432, 700, 33723, 34853, 270,
                                                       271, 272, 305))
    return False
