"""Pixels ready to publish: EXIF orientation, sRGB colour, alpha only when it is real.

Owns the conversions between a decoded photo and what renditions encode: every mode Pillow
decodes (CMYK, 16-bit grey, palette, LA/PA, YCbCr, LAB…) becomes ``RGB`` (or ``RGBA`` when some
pixel is actually transparent, ``L`` for plain grey); an embedded ICC profile is honoured by
converting to sRGB with LittleCMS (``ImageCms``), so Adobe RGB or CMYK press files do not come
out dull or inverted in a browser.
"""

from __future__ import annotations

import io

from PIL import Image, ImageCms

ORIENTATION_TAG = 0x0112
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def orientation(image: Image.Image) -> int:
    """The EXIF orientation (1-8) the photo asks for; 1 when absent or unreadable."""
    try:
        value = int(image.getexif().get(ORIENTATION_TAG, 1))
    except Exception:  # a damaged EXIF block must not stop the photo
        return 1
    return value if value in range(1, 9) else 1


def upright_size(size: tuple[int, int], turn: int) -> tuple[int, int]:
    """Width and height as displayed once orientation ``turn`` is applied."""
    return (size[1], size[0]) if turn in (5, 6, 7, 8) else size


def apply_orientation(image: Image.Image, turn: int) -> Image.Image:
    method = _TRANSPOSE.get(turn)
    return image.transpose(method) if method is not None else image


def _extrema(band: Image.Image) -> tuple[float, float]:
    """The lowest and highest value of a one-band image."""
    low, high = band.getextrema()
    if isinstance(low, tuple) or isinstance(high, tuple):
        raise ValueError(f"{band.mode} has more than one band")
    return float(low), float(high)


def has_real_alpha(image: Image.Image) -> bool:
    if image.mode not in ("RGBA", "LA", "PA", "RGBa", "La"):
        return False
    low, _high = _extrema(image.getchannel("A"))
    return low < 255


def normalise_mode(image: Image.Image) -> Image.Image:
    """Convert to L, RGB or RGBA (before colour management and resizing)."""
    mode = image.mode
    if mode in ("L", "RGB", "RGBA", "CMYK"):
        return image
    if mode == "P":
        palette = image.palette
        has_alpha = "transparency" in image.info or (palette is not None and palette.mode == "RGBA")
        return image.convert("RGBA" if has_alpha else "RGB")
    if mode in ("LA", "PA", "La", "RGBa"):
        return image.convert("RGBA")
    if mode == "1":
        return image.convert("L")
    if mode.startswith("I;16") or mode in ("I", "F"):
        # 16-bit/32-bit grey: scale to 8 bits (a plain convert would clip at 255)
        wide = image.convert("I") if mode != "F" else image
        if mode.startswith("I;16"):
            scale = 1 / 257
        else:
            top = _extrema(wide)[1] or 1.0
            if mode == "F" and top <= 1.0:
                scale = 255.0  # floating-point images usually hold 0.0-1.0
            else:
                scale = 255 / top if top > 255 else 1.0
        return wide.point(lambda v: v * scale).convert("L")
    return image.convert("RGB")


def to_srgb(image: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """``image`` (L, RGB, RGBA or CMYK) in sRGB; falls back to a plain conversion."""
    alpha = image.getchannel("A") if image.mode == "RGBA" else None
    base = image.convert("RGB") if alpha is not None else image
    converted: Image.Image | None = None
    if icc_profile:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
            out_mode = "RGB" if base.mode in ("RGB", "CMYK") else "L"
            if not _is_srgb(source) or base.mode == "CMYK":
                if out_mode == "L":
                    out_mode = "RGB"
                converted = ImageCms.profileToProfile(
                    base,
                    source,
                    _SRGB,
                    outputMode=out_mode,
                    renderingIntent=ImageCms.Intent.PERCEPTUAL,
                )
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            converted = None
    if converted is None:
        converted = base if base.mode in ("RGB", "L") else base.convert("RGB")
    if alpha is not None:
        converted = converted.convert("RGB")
        converted.putalpha(alpha)
    return converted


def _is_srgb(profile: ImageCms.ImageCmsProfile) -> bool:
    """True for an sRGB profile: named so *and* with sRGB's colorants (a conversion is moot)."""
    try:
        description = ImageCms.getProfileDescription(profile)
        pairs = [
            (getattr(profile.profile, attr), getattr(_SRGB.profile, attr))
            for attr in ("red_colorant", "green_colorant", "blue_colorant")
        ]
    except (ImageCms.PyCMSError, AttributeError):
        return False
    if "srgb" not in description.lower().replace(" ", ""):
        return False
    for mine, reference in pairs:
        if mine is None or reference is None:
            return False
        if any(abs(a - b) > 0.002 for a, b in zip(mine[0], reference[0], strict=True)):
            return False
    return True
