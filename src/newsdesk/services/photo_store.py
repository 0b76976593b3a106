"""What the photo store records about an image: its type and pixel size (read from the
header only, nothing decoded). Renditions and metadata belong to newsdesk.media."""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from newsdesk.domain.errors import NewsdeskError


class PhotoStoreError(NewsdeskError):
    code = "photo.not_image"


@dataclass(frozen=True)
class PhotoFacts:
    sha256: str
    mime: str
    width: int | None
    height: int | None


def photo_facts(data: bytes, name: str = "") -> PhotoFacts:
    """sha256, MIME type and size of an image; PhotoStoreError when it is not one."""
    label = f"'{name}'" if name else "the file"
    if not data:
        raise PhotoStoreError(f"{label} is empty, not a photo", code="photo.empty")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                fmt = image.format or ""
                width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise PhotoStoreError(
            f"{label} is not a photo newsdesk can read (use JPEG, PNG, GIF or WebP)"
        ) from None
    mime = Image.MIME.get(fmt, "application/octet-stream")
    return PhotoFacts(hashlib.sha256(data).hexdigest(), mime, width, height)
