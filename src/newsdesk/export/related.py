"""The related stories of an exported article, with their thumbnails (web and CMS).

``RelatedThumbnails`` makes the thumbnail of each library story's first photo once per
export (through the rendition cache when there is one); a photo that cannot be decoded just
leaves its story without a thumbnail. ``export_related`` gives the template items and the
warnings of the "Tin khác" section (``render.related``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newsdesk.domain import Article, NewsdeskError
from newsdesk.domain.related import RelatedView
from newsdesk.media import photos as media_photos
from newsdesk.media.cache import RenditionCache
from newsdesk.media.photos import Rendition
from newsdesk.render.figures import ImageRef
from newsdesk.render.related import RelatedItem, article_views, related_items

from .base import ExportOptions


class RelatedThumbnails:
    """Thumbnails of related stories' first photos, each made once."""

    def __init__(self, cache_dir: Path | None) -> None:
        self.cache = RenditionCache(cache_dir) if cache_dir is not None else None
        self._made: dict[str, Rendition | None] = {}

    def __call__(self, view: RelatedView) -> Rendition | None:
        if not view.thumbnail:
            return None
        key = view.thumbnail_key or f"{view.article_id}:{len(view.thumbnail)}"
        if key not in self._made:
            self._made[key] = self._make(view.thumbnail, view.thumbnail_key)
        return self._made[key]

    def _make(self, data: bytes, digest: str) -> Rendition | None:
        try:
            if self.cache is not None:
                return self.cache.thumbnail(data, "related", digest=digest or None)
            return media_photos.thumbnail(data, name="related")
        except NewsdeskError:
            return None


def export_related(
    article: Article,
    options: ExportOptions,
    warnings: list[str],
    image: Callable[[RelatedView, Rendition], ImageRef | None],
) -> list[RelatedItem]:
    """The "Tin khác" items of ``article``; ``image(view, thumbnail)`` places a thumbnail
    (a data: URI, or a file of the package) and gives what the page shows."""
    views = article_views(article, options.related)
    if not views:
        return []
    thumbnails = RelatedThumbnails(options.cache_dir)

    def thumb(view: RelatedView) -> ImageRef | None:
        made = thumbnails(view)
        return image(view, made) if made is not None else None

    return related_items(views, warnings, thumb=thumb)
