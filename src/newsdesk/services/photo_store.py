"""What the photo store records about an image: its type and pixel size, once its pixels are
proven to decode (``newsdesk.media.photos.inspect``: format whitelist, size and bomb guards, a
full decode — a cheap 1/8-scale one for JPEG). A damaged, truncated, fake or bomb file is
refused here, naming the file and what to do, so it never reaches the library to break a
print later. Renditions and metadata belong to newsdesk.media."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

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
    """sha256, MIME type and upright size of an image whose pixels decode; PhotoStoreError
    (with the decoder's reason and code) when it is not one newsdesk can use."""
    from newsdesk.media.photos import PhotoError, inspect  # Pillow on first use

    label = f"'{name}'" if name else "the file"
    if not data:
        raise PhotoStoreError(f"{label} is empty, not a photo", code="photo.empty")
    try:
        info = inspect(bytes(data), name)
    except PhotoError as exc:
        raise PhotoStoreError(exc.message, code=exc.code) from None
    return PhotoFacts(hashlib.sha256(data).hexdigest(), info.mime, info.width, info.height)
