"""What a rendition is, and what a photo that cannot be used raises: plain Python, no Pillow.

``Rendition`` / ``PrintRendition`` (the encoded image and its size) and ``PhotoError`` are
shared by the Pillow pipeline (``photos``, ``decode``) and the cache (``cache``), which reads
a rendition back without decoding anything: a print page whose photos are cached never
imports Pillow.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdesk.domain import NewsdeskError

WEB_MAX_SIDE = 2048
THUMB_MAX_SIDE = 320
PRINT_DPI = 300


class PhotoError(NewsdeskError):
    """A photo newsdesk cannot use. ``code`` says why; ``message`` names the file."""

    code = "photo.invalid"

    def __init__(self, message: str, *, code: str, name: str = "") -> None:
        super().__init__(message, code=code)
        self.name = name


@dataclass(frozen=True)
class Rendition:
    data: bytes = field(repr=False)
    width: int
    height: int
    mime: str

    @property
    def extension(self) -> str:
        return {"image/png": ".png", "image/tiff": ".tif"}.get(self.mime, ".jpg")


@dataclass(frozen=True)
class PrintRendition(Rendition):
    effective_dpi: float = 0.0
    low_resolution: bool = False
