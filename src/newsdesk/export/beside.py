"""A story file with its photos beside it: where they go, and writing them.

``-o story.icml`` writes ``story.icml`` and the photos in ``story-photos/`` next to it;
``-o FOLDER`` writes ``FOLDER/<slug of the headline>.icml`` and ``FOLDER/<slug>-photos/``. The
story refers to each photo by that relative path. Photos are the web renditions of
``export.web_photos`` (upright, sRGB, at most 2048 px, no private metadata) for a news agency
(NewsML-G2); for InDesign (ICML) the originals, all their pixels (``media.photos.layout_copy``:
a print page needs 300 dpi); one file per photo however often the body shows it, named after
the photo's own file name.

The story and its photos are written as one (``config.atomic.StagedFiles``): every file is
written in full under a temporary name first, then all are renamed into place, the photos
first and the story last, so a story never points at a photo that is not there yet. A failure
before that (a full disk, a cancel) leaves nothing new — no story, no photo, no folder — and an
earlier export at the same place as it was; other files in the photo folder are never touched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from newsdesk.config.atomic import StagedFiles
from newsdesk.domain import Article, file_stem, slugify
from newsdesk.media.photos import Rendition, layout_copy
from newsdesk.media.renditions import PhotoError
from newsdesk.render.figures import list_figures

from .base import ExportError, ExportFormat, ExportJob, check_cancelled, report
from .web_photos import WebPhotos


@dataclass(frozen=True)
class PlacedPhoto:
    """A photo written beside the story: its body path, the file's relative href, the
    rendition written, the sha256 of the original, and the figure's caption and credit."""

    path: str
    href: str
    rendition: Rendition
    sha256: str
    caption: str
    credit: str


def story_target(article: Article, target: Path, fmt: ExportFormat) -> Path:
    """``target`` for a name ending in the format's extension, ``<folder>/<slug>.ext`` for a
    folder (an existing one, or a name without extension)."""
    target = Path(target)
    if target.is_dir() or target.suffix == "":
        return target / f"{file_stem(article.headline)}{fmt.extension}"
    if target.suffix.lower() != fmt.extension:
        raise ExportError(
            f"'{target.name}' does not end in {fmt.extension}; give a {fmt.extension} file "
            f"name or a folder for --format {fmt.name}",
            code="export.target",
        )
    return target


def photo_folder(story: Path) -> str:
    return f"{story.stem}-photos"


def write_photos(job: ExportJob, story: Path, warnings: list, staged: StagedFiles,
                 full: bool = False) -> dict[str, PlacedPhoto]:
    """Stage the body's photos beside ``story`` in ``staged``; return them by body path.
    ``full``: the layout software's copies (``media.photos.layout_copy``: the originals, all
    their pixels) rather than the web renditions."""
    article = job.article
    figures = list_figures(article.body)
    web = WebPhotos(job.photos, job.options.cache_dir, article.assets)
    folder = photo_folder(story)
    placed: dict[str, PlacedPhoto] = {}
    by_key: dict[str, PlacedPhoto] = {}
    used: set[str] = set()
    paths = list(dict.fromkeys(f.path for f in figures))
    for done, path in enumerate(paths):
        check_cancelled(job.cancelled)
        report(job.progress, done, len(paths) + 1, f"photo {path}")
        key = web.photo_key(path)
        if key in by_key:  # the same photo under another path or query string
            placed[path] = by_key[key]
            continue
        rendition = web.web(path)
        original = web.original(path)
        if rendition is None or original is None:
            continue
        if full:
            try:
                rendition = layout_copy(original, name=path)
            except PhotoError:  # (read once already for its web copy: not expected)
                pass
        stem = slugify(PurePosixPath(path.split("?", 1)[0]).stem) or "photo"
        name, n = stem, 2
        while name in used:
            name, n = f"{stem}-{n}", n + 1
        used.add(name)
        href = f"{folder}/{name}{rendition.extension}"
        file = story.parent / folder / f"{name}{rendition.extension}"
        staged.add(file, rendition.data)
        figure = next(f for f in figures if f.path == path)
        photo = PlacedPhoto(path, href, rendition, hashlib.sha256(original).hexdigest(),
                            figure.caption, figure.credit)
        placed[path] = by_key[key] = photo
    warnings.extend(web.warnings)
    return placed


def write_story(job: ExportJob, story: Path, warnings: list,
                document: Callable[[dict[str, PlacedPhoto]], bytes],
                full: bool = False) -> list[Path]:
    """Write the photos beside ``story`` (``full``: the layout software's copies), then
    ``story`` itself holding ``document(placed)``, all or nothing; return the files written,
    the story first."""
    with StagedFiles() as staged:
        placed = write_photos(job, story, warnings, staged, full)
        check_cancelled(job.cancelled)
        staged.add(story, document(placed))
        written = staged.commit()
    return [written[-1], *written[:-1]]
