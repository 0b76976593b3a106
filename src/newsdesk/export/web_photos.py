"""Photos as the exporters need them: web renditions (cached) and the QR codes of an article.

A photo that is missing or cannot be decoded becomes a warning naming it, never a failed
export: the article is still exported with a visible placeholder.
"""

from __future__ import annotations

import base64
import threading
from collections import OrderedDict
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from newsdesk.domain import Article, NewsdeskError, Notice, nfc
from newsdesk.media import photos as media_photos
from newsdesk.media import qr
from newsdesk.media.cache import RenditionCache
from newsdesk.media.photos import Rendition

from .base import Photos


def data_uri(rendition: Rendition) -> str:
    return f"data:{rendition.mime};base64,{base64.b64encode(rendition.data).decode('ascii')}"


class _Memory:
    """Renditions (and their data: URIs) of library photos kept in memory between exports.

    Keyed by the photo's sha256 as the library stores it (``Article.assets``): the key names
    the bytes, so a hit needs neither the original nor a hash of it. Bounded in bytes, least
    recently used out first; safe from several threads.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[tuple[str, str], tuple[object, int]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str]) -> object | None:
        with self._lock:
            found = self._items.get(key)
            if found is None:
                return None
            self._items.move_to_end(key)
            return found[0]

    def put(self, key: tuple[str, str], value: object, weight: int) -> None:
        if weight > self.max_bytes // 4:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._size -= old[1]
            self._items[key] = (value, weight)
            self._size += weight
            while self._size > self.max_bytes:
                _, (_, dropped) = self._items.popitem(last=False)
                self._size -= dropped

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0


MEMORY = _Memory(128 * 1024 * 1024)


class WebPhotos:
    """Web renditions of an article's photos, each made once per export.

    ``keys`` maps a body path to the sha256 of the bytes ``photos(path)`` returns (the
    article's ``assets``); with it, renditions are also remembered in memory across exports.
    """

    def __init__(
        self, photos: Photos, cache_dir: Path | None, keys: Mapping[str, str] | None = None
    ) -> None:
        self.photos = photos
        self.cache = RenditionCache(cache_dir) if cache_dir is not None else None
        self.keys = keys or {}
        self.originals: dict[str, bytes | None] = {}
        self._web: dict[str, Rendition | None] = {}
        self.warnings: list[str] = []
        self._warned: set[str] = set()

    def original(self, path: str) -> bytes | None:
        if path not in self.originals:
            self.originals[path] = self.photos(path)
        return self.originals[path]

    def photo_key(self, path: str) -> str:
        """What tells photos apart: the sha256 of the bytes, else the path without query."""
        return self.keys.get(nfc(path)) or path.split("#", 1)[0].split("?", 1)[0]

    def web(self, path: str) -> Rendition | None:
        key = self.photo_key(path)  # one photo under many query strings is made once
        if key not in self._web:
            self._web[key] = self._remembered(path, "web")
        return self._web[key]

    def thumbnail(self, path: str) -> Rendition | None:
        return self._remembered(path, "thumbnail")

    def web_uri(self, path: str) -> tuple[str, Rendition] | None:
        """The ``data:`` URI of the web rendition, with the rendition; None when missing."""
        rendition = self.web(path)
        if rendition is None:
            return None
        key = self.keys.get(nfc(path))
        uri = MEMORY.get((key, "web-uri")) if key else None
        if not isinstance(uri, str):
            uri = data_uri(rendition)
            if key:
                MEMORY.put((key, "web-uri"), uri, len(uri))
        return uri, rendition

    def _remembered(self, path: str, kind: str) -> Rendition | None:
        key = self.keys.get(nfc(path))
        if key:
            hit = MEMORY.get((key, kind))
            if isinstance(hit, Rendition):
                return hit
        made = self._make(path, thumbnail=kind == "thumbnail")
        if key and made is not None:
            MEMORY.put((key, kind), made, len(made.data))
        return made

    def _warn(self, path: str, text: Notice) -> None:
        """One warning per photo, however many paths or query strings show it."""
        key = self.photo_key(path)
        if key not in self._warned:
            self._warned.add(key)
            self.warnings.append(text)

    def _missing(self, path: str) -> Notice:
        """A photo with nothing to export. Without a sha256 in ``keys`` the library never
        stored it: not beside the file at import, or refused there for not opening as a photo.
        The article does not keep which, and an import again would refuse such a file again,
        so both are named with what helps each (``printing.document`` says it the same way)."""
        if self.keys.get(nfc(path)):
            return Notice(f"photo '{path}' is missing; a placeholder was exported",
                          "export.photo_missing", path)
        return Notice(f"photo '{path}' is missing: the library never stored it (not beside the "
                      "article when imported, or not a photo that opens); a placeholder was "
                      "exported (insert a photo that opens in the app, or import the article "
                      "again with the photo beside it)", "export.photo_not_stored", path)

    def _make(self, path: str, *, thumbnail: bool) -> Rendition | None:
        data = self.original(path)
        if data is None:
            if not thumbnail:
                self._warn(path, self._missing(path))
            return None
        try:
            if self.cache is not None:
                make = self.cache.thumbnail if thumbnail else self.cache.web
                # The library's asset key is the sha256 of these bytes: no need to hash again.
                return make(data, path, digest=self.keys.get(nfc(path)))
            make_plain = media_photos.thumbnail if thumbnail else media_photos.web_rendition
            return make_plain(data, name=path)
        except NewsdeskError as exc:
            if not thumbnail:
                self._warn(path, Notice(f"photo '{path}' was left out: {exc.message}",
                                        "export.photo_left_out", path, exc.message,
                                        reason=exc.code))
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
            warnings.append(Notice(f"no QR code for the article URL: {exc.message}",
                                   "export.no_qr", exc.message, reason=exc.code))
    extra: list[tuple[str, str]] = []
    for url, label in extra_qr:
        if not url:
            continue
        try:
            extra.append((cached_qr_svg(url), label or url))
        except NewsdeskError as exc:
            warnings.append(Notice(f"no QR code for '{url}': {exc.message}", "export.no_qr_for",
                                   url, exc.message, reason=exc.code))
    return main, extra
