"""Photos as the exporters need them: web renditions (cached) and the QR codes of an article.

A photo that is missing or cannot be decoded becomes a warning naming it, never a failed
export: the article is still exported with a visible placeholder.
"""

from __future__ import annotations

import base64
from functools import lru_cache
from pathlib import Path

from newsdesk.domain import Article, NewsdeskError
from newsdesk.media import photos as media_photos
from newsdesk.media import qr
from newsdesk.media.cache import RenditionCache
from newsdesk.media.photos import Rendition

from .base import Photos


def data_uri(rendition: Rendition) -> str:
    return f"data:{rendition.mime};base64,{base64.b64encode(rendition.data).decode('ascii')}"


class WebPhotos:
    """Web renditions of an article's photos, each made once per export."""

    def __init__(self, photos: Photos, cache_dir: Path | None) -> None:
        self.photos = photos
        self.cache = RenditionCache(cache_dir) if cache_dir is not None else None
        self.originals: dict[str, bytes | None] = {}
        self._web: dict[str, Rendition | None] = {}
        self.warnings: list[str] = []

    def original(self, path: str) -> bytes | None:
        if path not in self.originals:
            self.originals[path] = self.photos(path)
        return self.originals[path]

    def web(self, path: str) -> Rendition | None:
        if path not in self._web:
            self._web[path] = self._make(path, thumbnail=False)
        return self._web[path]

    def thumbnail(self, path: str) -> Rendition | None:
        return self._make(path, thumbnail=True)

    def _make(self, path: str, *, thumbnail: bool) -> Rendition | None:
        data = self.original(path)
        if data is None:
            if not thumbnail:
                self.warnings.append(f"photo '{path}' is missing; a placeholder was exported")
            return None
        try:
            if self.cache is not None:
                make = self.cache.thumbnail if thumbnail else self.cache.web
                return make(data, path)
            make_plain = media_photos.thumbnail if thumbnail else media_photos.web_rendition
            return make_plain(data, name=path)
        except NewsdeskError as exc:
            if not thumbnail:
                self.warnings.append(f"photo '{path}' was left out: {exc.message}")
            return None


@lru_cache(maxsize=64)
def cached_qr_svg(payload: str) -> str:
    """``media.qr.qr_svg`` remembered per payload (a code takes ~30 ms to lay out)."""
    return qr.qr_svg(payload)


def article_qr_svgs(
    article: Article, extra_qr: list[tuple[str, str]], warnings: list[str]
) -> tuple[str | None, list[tuple[str, str]]]:
    """The SVG of the article URL's QR code (None without a URL) and the extra codes."""
    main = None
    if article.url:
        try:
            main = cached_qr_svg(article.url)
        except NewsdeskError as exc:
            warnings.append(f"no QR code for the article URL: {exc.message}")
    extra: list[tuple[str, str]] = []
    for url, label in extra_qr:
        if not url:
            continue
        try:
            extra.append((cached_qr_svg(url), label or url))
        except NewsdeskError as exc:
            warnings.append(f"no QR code for '{url}': {exc.message}")
    return main, extra
