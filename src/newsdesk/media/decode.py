"""Opening untrusted photo bytes safely: format whitelist, size and bomb guards, clear errors.

Owns every check made *before* pixels are decoded; raises ``PhotoError`` (``renditions``). The decompression-bomb
check is made here, per call, with our own limits: Pillow's global ``MAX_IMAGE_PIXELS`` and its
``DecompressionBombWarning`` are process-wide (and warning filters are not thread-safe), so the
image header is parsed by the format's own plugin and its declared size checked before any
pixel is decoded. Nothing here touches ``ImageFile.LOAD_TRUNCATED_IMAGES``: a truncated file is
an error the user hears about, not a grey half-photo.
"""

from __future__ import annotations

import io
import struct
from typing import NoReturn

from PIL import (
    GifImagePlugin,
    Image,
    JpegImagePlugin,
    MpoImagePlugin,
    PngImagePlugin,
    TiffImagePlugin,
    WebPImagePlugin,
)

from .renditions import PhotoError

__all__ = ["ACCEPTED", "MIME", "PhotoError", "label", "load", "open_photo"]

MAX_BYTES = 80 * 1024 * 1024
MAX_PIXELS = 200_000_000
BOMB_RATIO = 2000
"""Declared RGB bytes / file bytes above which a large image is called a bomb: deflate (PNG)
cannot exceed about 1032:1 and JPEG stays far below, so only a lying header gets there."""
BOMB_MIN_PIXELS = 50_000_000

# Imported above so each registers its opener; MPO is how Pillow names many camera JPEGs.
_PLUGINS = (
    JpegImagePlugin,
    MpoImagePlugin,
    PngImagePlugin,
    WebPImagePlugin,
    GifImagePlugin,
    TiffImagePlugin,
)
ACCEPTED = ("JPEG", "PNG", "WEBP", "GIF", "TIFF")
MIME = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "TIFF": "image/tiff",
}
_OTHER_SIGNATURES = {
    b"ftypheic": "HEIC",
    b"ftypheix": "HEIC",
    b"ftypmif1": "HEIF",
    b"ftypavif": "AVIF",
}
HINT = "Save it as JPEG or PNG (e.g. with an image editor) and add it again."


def label(name: str) -> str:
    return f"'{name}'" if name else "this file"


def open_photo(
    data: bytes, name: str = "", *, max_pixels: int = MAX_PIXELS, max_bytes: int = MAX_BYTES
) -> Image.Image:
    """Parse the header of ``data`` and return the (not yet decoded) image, or raise PhotoError."""
    who = label(name)
    if not isinstance(data, bytes | bytearray | memoryview):
        raise PhotoError(f"{who} is not file data", code="photo.not_image", name=name)
    if len(data) > max_bytes:
        raise PhotoError(
            f"{who} is {len(data) / 1048576:.1f} MB; newsdesk accepts photos up to "
            f"{max_bytes / 1048576:g} MB. Export a smaller JPEG and add it again.",
            code="photo.too_large",
            name=name,
        )
    if len(data) == 0:
        raise PhotoError(f"{who} is an empty file. {HINT}", code="photo.not_image", name=name)
    stream = io.BytesIO(data)
    prefix = bytes(data[:16])
    image = _open_accepted(stream, prefix, name)
    if image is None:
        _raise_unrecognised(prefix, name)
    width, height = image.size
    pixels = width * height
    if width <= 0 or height <= 0:
        raise PhotoError(
            f"{who} declares no pixels; it is damaged. {HINT}", code="photo.truncated", name=name
        )
    size = f"{width}×{height} pixels ({pixels / 1e6:.1f} megapixels)"
    if pixels > max_pixels or pixels > BOMB_MIN_PIXELS:
        if pixels * 3 > len(data) * BOMB_RATIO:
            raise PhotoError(
                f"{who} declares {size} in a {len(data):,}-byte file: no real photo compresses "
                "that much, it looks like a decompression bomb and was not opened. "
                "Use the original photo from the camera.",
                code="photo.bomb",
                name=name,
            )
    if pixels > max_pixels:
        raise PhotoError(
            f"{who} is {size}; newsdesk opens photos up to {max_pixels / 1e6:g} megapixels. "
            "Reduce it in an image editor and add it again.",
            code="photo.too_large",
            name=name,
        )
    return image


def _open_accepted(stream: io.BytesIO, prefix: bytes, name: str) -> Image.Image | None:
    for fmt in ACCEPTED:
        factory, accept = Image.OPEN[fmt]
        if not _accepts(accept, prefix):
            continue
        stream.seek(0)
        try:
            return factory(stream, name or "")
        except Image.DecompressionBombError as exc:
            raise PhotoError(
                f"{label(name)} declares too many pixels; it looks like a decompression bomb "
                "and was not opened.",
                code="photo.bomb",
                name=name,
            ) from exc
        except (
            SyntaxError,
            IndexError,
            TypeError,
            ValueError,
            struct.error,
            OSError,
            EOFError,
        ) as exc:
            raise PhotoError(
                f"{label(name)} looks like a {fmt} file but its header is damaged or cut short "
                f"({exc}). {HINT}",
                code="photo.truncated",
                name=name,
            ) from exc
    return None


def _accepts(accept, prefix: bytes) -> bool:
    if accept is None:
        return True
    result = accept(prefix)
    return bool(result) and not isinstance(result, str)


def _raise_unrecognised(prefix: bytes, name: str) -> NoReturn:
    who = label(name)
    kind = _OTHER_SIGNATURES.get(prefix[4:12])
    if kind is None:
        Image.init()
        for fmt, (_factory, accept) in Image.OPEN.items():
            if fmt not in ACCEPTED and accept is not None and _accepts(accept, prefix):
                kind = fmt
                break
    if kind is not None:
        raise PhotoError(
            f"{who} is a {kind} image; newsdesk accepts JPEG, PNG, WebP, GIF and TIFF. {HINT}",
            code="photo.unsupported",
            name=name,
        )
    raise PhotoError(
        f"{who} is not a photo (its content is not JPEG, PNG, WebP, GIF or TIFF, whatever its "
        f"name says). Check that you picked the right file. {HINT}",
        code="photo.not_image",
        name=name,
    )


def load(image: Image.Image, name: str = "") -> Image.Image:
    """Decode the pixels of an opened image; a cut-short or corrupt stream raises PhotoError."""
    try:
        image.load()
    except Image.DecompressionBombError as exc:
        raise PhotoError(
            f"{label(name)} is too large to decode safely.", code="photo.bomb", name=name
        ) from exc
    except (OSError, SyntaxError, ValueError, IndexError, struct.error, EOFError) as exc:
        # Pillow's "image file is truncated (5 bytes not processed)" counts what it could not
        # read of its last chunk, not what is missing: said plainly instead
        cut = isinstance(exc, EOFError) or "truncated" in str(exc).lower()
        detail = "the file ends before the picture does" if cut else str(exc)
        raise PhotoError(
            f"{label(name)} is damaged or incomplete ({detail}). Copy the photo again "
            "from its source, or re-save it in an image editor.",
            code="photo.truncated",
            name=name,
        ) from exc
    return image
