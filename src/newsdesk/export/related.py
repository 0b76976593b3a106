"""The related stories of an exported article, with their thumbnails (web and CMS).

``RelatedThumbnails`` makes the thumbnail of each library story's first photo once per
export, and keeps it in memory by the photo's sha256 across exports (the previews re-render
often): the photo itself is read from the library only when its thumbnail is not made yet.
A photo that cannot be decoded just leaves its story without a thumbnail. ``export_related`` gives the template items and the
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
from .web_photos import MEMORY


class RelatedThumbnails:
    """Thumbnails of related stories' first photos, each made once."""

    def __init__(self, cache_dir: Path | None) -> None:
        self.cache = RenditionCache(cache_dir) if cache_dir is not None else None
        self._made: dict[str, Rendition | None] = {}

    def __call__(self, view: RelatedView) -> Rendition | None:
        if view.photo is None:
            return None
        key = view.photo_key or view.article_id
        if key not in self._made:
            remembered = MEMORY.get((key, "thumbnail")) if view.photo_key else None
            if isinstance(remembered, Rendition):
                self._made[key] = remembered
            else:
                self._made[key] = made = self._make(view.photo(), view.photo_key)
                if made is not None and view.photo_key:
                    MEMORY.put((key, "thumbnail"), made, len(made.data))
        return self._made[key]

    def _make(self, data: bytes | None, digest: str) -> Rendition | None:
        if not data:
            return None
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
