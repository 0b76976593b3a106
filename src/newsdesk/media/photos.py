"""Photos in, publishable renditions out: the public API of the Pillow pipeline.

Owns ``inspect`` (size, format, caption/credit of a photo) and the three renditions every export
uses: ``web_rendition`` (≤ 2048 px long side), ``thumbnail`` (320 px) and ``print_rendition``
(made from the original for a printed width in mm at 300 dpi, never upscaled). Every rendition
is upright (EXIF orientation applied to the pixels), sRGB, and carries no metadata at all: no
EXIF (so no GPS, camera serial or owner name), no XMP, no IPTC, no comment, no ICC profile
(untagged means sRGB). JPEG unless the photo has real transparency, then PNG.

Speed: a JPEG is decoded with libjpeg's DCT scaling (``Image.draft``) at the smallest 1/2, 1/4
or 1/8 scale still at least as large as the target, then reduced (bicubic for the last < 2x
step, else ``reduce`` + Lanczos). Orientation and colour conversion are applied after resizing,
on the small image. ``benchmarks/renditions_bench.py`` measures it against a full decode.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image

from .colour import (
    apply_orientation,
    has_real_alpha,
    normalise_mode,
    orientation,
    to_srgb,
    upright_size,
)
from .decode import MIME, PhotoError, label, load, open_photo
from .metadata import caption_and_credit
from .renditions import PRINT_DPI, THUMB_MAX_SIDE, WEB_MAX_SIDE, PrintRendition, Rendition

__all__ = [
    "PhotoError",
    "PhotoInfo",
    "PrintRendition",
    "Rendition",
    "inspect",
    "print_rendition",
    "thumbnail",
    "web_rendition",
]

LOW_DPI = 150
JPEG_QUALITY = 85
PRINT_QUALITY = 90


@dataclass(frozen=True)
class PhotoInfo:
    width: int
    height: int
    format: str
    mime: str
    caption: str = ""
    credit: str = ""


def inspect(data: bytes, name: str = "") -> PhotoInfo:
    """Describe a photo and prove its pixels decode (cheaply for JPEG); PhotoError otherwise."""
    image = open_photo(data, name)
    width, height = upright_size(image.size, orientation(image))
    caption, credit = caption_and_credit(image)
    fmt = "JPEG" if image.format == "MPO" else str(image.format)
    if fmt == "JPEG":
        image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
    load(image, name)
    return PhotoInfo(width, height, fmt, MIME[fmt], caption, credit)


def web_rendition(data: bytes, *, name: str = "", max_side: int = WEB_MAX_SIDE) -> Rendition:
    """The photo for screens: at most ``max_side`` pixels on its long side."""
    return _bounded(data, name, max_side, fast=True)


def thumbnail(data: bytes, *, name: str = "", max_side: int = THUMB_MAX_SIDE) -> Rendition:
    """A small preview (lists, panels): at most ``max_side`` pixels on its long side."""
    return _bounded(data, name, max_side, fast=True)


LAYOUT_AS_IS = ("JPEG", "PNG", "TIFF")  # placed by layout software (InDesign) as they are
LAYOUT_QUALITY = 95


def layout_copy(data: bytes, *, name: str = "") -> Rendition:
    """The photo for layout software (an InDesign story, ``export.icml``): the original file
    itself — all its pixels, its own format, a PNG chart still lossless — where InDesign places
    it as it is (a JPEG, PNG or TIFF standing upright); else (WebP, GIF, a photo its EXIF turns)
    an upright copy of all its pixels: PNG from a lossless original or one with transparency,
    else a JPEG at quality 95. Never the 2048-pixel web copy: a page of a printed paper needs
    300 dpi."""
    image = open_photo(data, name)
    fmt = "JPEG" if image.format == "MPO" else str(image.format)
    turn = orientation(image)
    if fmt in LAYOUT_AS_IS and turn == 1:
        return Rendition(data, image.width, image.height, MIME[fmt])

    def whole(size: tuple[int, int]) -> tuple[int, int]:
        return size

    pixels = _prepared(data, name, whole, fast=False)
    payload, mime = _encode(pixels, quality=LAYOUT_QUALITY, lossless=fmt in ("PNG", "GIF") or (
        fmt == "WEBP" and bool(image.info.get("lossless"))))
    return Rendition(payload, pixels.width, pixels.height, mime)


def print_rendition(
    data: bytes, *, name: str = "", width_mm: float, dpi: int = PRINT_DPI,
    max_height_mm: float | None = None,
) -> PrintRendition:
    """The photo for a printed width of ``width_mm`` at ``dpi``, from the original pixels.

    Never upscaled: a photo with fewer pixels keeps its size and reports the lower
    ``effective_dpi``; ``low_resolution`` is True below 150 dpi (it will look soft in print).
    ``max_height_mm``: the page caps a photo's height so (an upright photo then prints
    narrower than its column): the resolution is the one it prints at, so capped.
    """
    if not isinstance(width_mm, int | float) or not 1 <= width_mm <= 2000:
        raise PhotoError(
            f"print width must be 1-2000 mm (got {width_mm!r})", code="photo.options", name=name
        )
    if not isinstance(dpi, int | float) or not 72 <= dpi <= 1200:
        raise PhotoError(
            f"print resolution must be 72-1200 dpi (got {dpi!r})", code="photo.options", name=name
        )
    inches = width_mm / 25.4
    wanted = max(1, round(inches * dpi))

    def target(size: tuple[int, int]) -> tuple[int, int]:
        width, height = size
        if width <= wanted:
            return size
        return wanted, max(1, round(height * wanted / width))

    image = _prepared(data, name, target, fast=True)
    printed = inches
    if max_height_mm and image.height > 0:
        printed = min(inches, max_height_mm / 25.4 * image.width / image.height)
    effective = round(image.width / printed, 1)
    payload, mime = _encode(image, quality=PRINT_QUALITY, dpi=effective)
    return PrintRendition(payload, image.width, image.height, mime, effective, effective < LOW_DPI)


def _bounded(data: bytes, name: str, max_side: int, *, fast: bool) -> Rendition:
    if not isinstance(max_side, int) or not 16 <= max_side <= 20000:
        raise PhotoError(
            f"rendition size must be 16-20000 pixels (got {max_side!r})",
            code="photo.options",
            name=name,
        )

    def target(size: tuple[int, int]) -> tuple[int, int]:
        width, height = size
        scale = min(1.0, max_side / max(width, height))
        return max(1, round(width * scale)), max(1, round(height * scale))

    image = _prepared(data, name, target, fast=fast)
    payload, mime = _encode(image, quality=JPEG_QUALITY)
    return Rendition(payload, image.width, image.height, mime)


def _prepared(
    data: bytes,
    name: str,
    target: Callable[[tuple[int, int]], tuple[int, int]],
    *,
    fast: bool,
) -> Image.Image:
    """Decode, resize to ``target(upright size)``, orient and colour-convert the photo."""
    image = open_photo(data, name)
    turn = orientation(image)
    icc_profile = image.info.get("icc_profile")
    wanted = upright_size(target(upright_size(image.size, turn)), turn)  # in stored axes
    scaled = False
    if fast and image.format in ("JPEG", "MPO") and wanted != image.size:
        original = image.size
        image.draft(image.mode, wanted)
        scaled = image.size != original
    load(image, name)
    try:
        pixels = normalise_mode(image)
        if pixels.size != wanted:
            if scaled and max(pixels.width / wanted[0], pixels.height / wanted[1]) < 2:
                # after DCT scaling only a mild (< 2x) reduction is left: bicubic matches
                # Lanczos there (same error against a full-decode Lanczos) and is ~20 % faster
                pixels = pixels.resize(wanted, Image.Resampling.BICUBIC)
            else:
                gap = 3.0 if fast else None
                pixels = pixels.resize(wanted, Image.Resampling.LANCZOS, reducing_gap=gap)
        pixels = apply_orientation(pixels, turn)
        return to_srgb(pixels, icc_profile)
    except (OSError, ValueError) as exc:
        raise PhotoError(
            f"{label(name)} uses a colour format newsdesk cannot convert ({image.mode}: {exc}). "
            "Save it as an 8-bit RGB JPEG or PNG and add it again.",
            code="photo.unsupported",
            name=name,
        ) from exc


def _encode(image: Image.Image, *, quality: int, dpi: float | None = None,
            lossless: bool = False) -> tuple[bytes, str]:
    image.info = {}  # never carry EXIF, XMP, ICC, comments or text chunks over
    out = io.BytesIO()
    if lossless or (image.mode == "RGBA" and has_real_alpha(image)):
        image.save(out, "PNG", compress_level=6, **({"dpi": (dpi, dpi)} if dpi else {}))
        return out.getvalue(), "image/png"
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
        image.info = {}
    options: dict = {"quality": quality, "progressive": True, "optimize": True}
    if dpi:
        options["dpi"] = (round(dpi), round(dpi))
    image.save(out, "JPEG", **options)
    return out.getvalue(), "image/jpeg"
