"""Renditions cached on disk, keyed by the photo's content hash and the rendition parameters.

Owns the cache folder layout: ``<folder>/<2 hex>/<key>.rnd``, one file per rendition holding a
small JSON header (size, mime, dpi, sha256 of the payload) and the encoded image. Writes are
atomic (``newsdesk.config.atomic``, without the flush to disk a cache can do without), so a
crash never leaves a half-written entry; an entry that is unreadable or fails its checksum is recomputed and
replaced. Callers that already know the photo's sha256 (the library stores photos by it) may
pass ``digest=`` to skip hashing megabytes on every cache hit; it must be the hex sha256 of
``data``. The key includes ``PIPELINE_VERSION``: bump it when renditions change, and old
entries are simply never read again. Safe to share between threads and processes.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import TypeVar

from newsdesk.config.atomic import atomic_write

from .renditions import PRINT_DPI, THUMB_MAX_SIDE, WEB_MAX_SIDE, PrintRendition, Rendition

PIPELINE_VERSION = 1
MAGIC = b"NDRENDITION1\n"
MAX_HEADER = 4096
_HEX64 = re.compile(r"[0-9a-f]{64}")
_R = TypeVar("_R", bound=Rendition)


class RenditionCache:
    """Web, thumbnail and print renditions of photos, computed once per content and size."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)

    def web(
        self,
        data: bytes,
        name: str = "",
        *,
        max_side: int = WEB_MAX_SIDE,
        digest: str | None = None,
    ) -> Rendition:
        from . import photos  # Pillow: only to make a rendition

        key = self._key(data, digest, "web", max_side)
        return self._get(key) or self._put(
            key, photos.web_rendition(data, name=name, max_side=max_side)
        )

    def thumbnail(
        self,
        data: bytes,
        name: str = "",
        *,
        max_side: int = THUMB_MAX_SIDE,
        digest: str | None = None,
    ) -> Rendition:
        from . import photos

        key = self._key(data, digest, "thumb", max_side)
        return self._get(key) or self._put(
            key, photos.thumbnail(data, name=name, max_side=max_side)
        )

    def print(
        self,
        data: bytes,
        name: str = "",
        *,
        width_mm: float,
        dpi: int = PRINT_DPI,
        digest: str | None = None,
        max_height_mm: float | None = None,
    ) -> PrintRendition:
        key = self._key(data, digest, "print", *_print_size(width_mm, max_height_mm), dpi)
        cached = self._get(key)
        if isinstance(cached, PrintRendition):
            return cached
        from . import photos

        return self._put(key, photos.print_rendition(data, name=name, width_mm=width_mm, dpi=dpi,
                                                     max_height_mm=max_height_mm))

    def cached_print(
        self, digest: str, *, width_mm: float, dpi: int = PRINT_DPI,
        max_height_mm: float | None = None,
    ) -> PrintRendition | None:
        """The cached print rendition of the photo whose sha256 is ``digest``, or None: a
        caller that finds it need not read the original's megabytes at all."""
        if not _HEX64.fullmatch(digest or ""):
            return None
        cached = self._get(self._key(b"", digest, "print", *_print_size(width_mm, max_height_mm),
                                     dpi))
        return cached if isinstance(cached, PrintRendition) else None

    # -- storage -------------------------------------------------------------------------------

    def _key(self, data: bytes, digest: str | None, kind: str, *params: object) -> str:
        if digest is None or not _HEX64.fullmatch(digest):
            digest = hashlib.sha256(data).hexdigest()
        spec = "|".join(str(p) for p in (PIPELINE_VERSION, kind, *params))
        return f"{digest}-{hashlib.sha256(spec.encode()).hexdigest()[:16]}"

    def path_for(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.rnd"

    def _get(self, key: str) -> Rendition | None:
        try:
            blob = self.path_for(key).read_bytes()
        except OSError:
            return None
        try:
            if not blob.startswith(MAGIC):
                return None
            end = blob.index(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
            header = json.loads(blob[len(MAGIC) : end])
            payload = blob[end + 1 :]
            if hashlib.sha256(payload).hexdigest() != header["sha256"]:
                return None
            width, height = int(header["width"]), int(header["height"])
            mime = str(header["mime"])
            if "effective_dpi" in header:
                return PrintRendition(
                    payload, width, height, mime,
                    effective_dpi=float(header["effective_dpi"]),
                    low_resolution=bool(header["low_resolution"]),
                )
            return Rendition(payload, width, height, mime)
        except (ValueError, KeyError, TypeError):
            return None

    def _put(self, key: str, rendition: _R) -> _R:
        header: dict[str, object] = {
            "width": rendition.width,
            "height": rendition.height,
            "mime": rendition.mime,
            "sha256": hashlib.sha256(rendition.data).hexdigest(),
        }
        if isinstance(rendition, PrintRendition):
            header["effective_dpi"] = rendition.effective_dpi
            header["low_resolution"] = rendition.low_resolution
        target = self.path_for(key)
        try:
            atomic_write(target, MAGIC + json.dumps(header).encode() + b"\n" + rendition.data,
                         sync=False)
        except OSError:
            pass  # a read-only or full cache folder costs speed, never the rendition
        return rendition

    def clear(self) -> int:
        """Delete every cached rendition; return how many files were removed."""
        removed = 0
        for path in self.folder.glob("*/*.rnd"):
            path.unlink(missing_ok=True)
            removed += 1
        return removed


def _print_size(width_mm: float, max_height_mm: float | None) -> tuple[str, ...]:
    """A print rendition's size as its cache key names it."""
    size = (f"{float(width_mm):.3f}mm",)
    return (*size, f"max{float(max_height_mm):.3f}mm") if max_height_mm else size
