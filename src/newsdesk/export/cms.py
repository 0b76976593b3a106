"""``--format cms``: a package for upload to a web CMS, as a folder or (``.zip``) an archive.

body.html          the sanitised body fragment; photos point at images/…; ends with the
                   related stories ("Tin khác") when the article lists any
images/NAME.jpg    web renditions (≤ 2048 px, upright, sRGB, no private metadata)
images/thumbs/…    thumbnails
images/related/…   thumbnails of the related library stories' first photos
qr.svg, qr.png     the QR code of the article URL (when it has one)
article.json       the article in IPTC ninjs 2.0 (see ``export.ninjs``)
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path, PurePosixPath

from newsdesk.domain import Article, Notice, slugify
from newsdesk.media import qr
from newsdesk.media.photos import Rendition
from newsdesk.render.figures import ImageRef, list_figures, render_body_full
from newsdesk.render.html import render_sapo
from newsdesk.render.related import section_html
from newsdesk.render.sanitize import to_text
from newsdesk.render.words import body_stats

from .base import (
    Cancelled,
    ExportJob,
    ExportOptions,
    ExportResult,
    Photos,
    Progress,
    check_cancelled,
    report,
)
from .folders import write_folder, write_zip
from .formats import CMS_FORMAT
from .ninjs import NinjsPicture, NinjsRelated, NinjsRendition, ninjs_document
from .related import export_related
from .web_photos import WebPhotos

MARKER = "article.json"


def _file_names(paths: list[str]) -> dict[str, str]:
    """A distinct, URL-safe file stem per photo path (``images/Ảnh 1.JPG`` → ``anh-1``)."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for path in paths:
        stem = slugify(PurePosixPath(path).stem) or "photo"
        candidate, n = stem, 2
        while candidate in used:
            candidate, n = f"{stem}-{n}", n + 1
        used.add(candidate)
        names[path] = candidate
    return names


def cms_members(
    article: Article,
    photos: Photos,
    options: ExportOptions,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    warnings: list[str],
) -> dict[str, bytes]:
    """Every file of the package by its relative name (the same for a folder and a zip)."""
    figures = list_figures(article.body)
    paths = list(dict.fromkeys(f.path for f in figures))
    stems = _file_names(paths)
    web = WebPhotos(photos, options.cache_dir, article.assets)
    members: dict[str, bytes] = {}
    pictures: list[NinjsPicture] = []
    placed: dict[str, Rendition] = {}
    for done, path in enumerate(paths):
        check_cancelled(cancelled)
        report(progress, done, len(paths) + 1, f"photo {path}")
        rendition = web.web(path)
        thumb = web.thumbnail(path)
        original = web.original(path)
        if rendition is None or original is None:
            continue
        placed[path] = rendition
        name = f"images/{stems[path]}{rendition.extension}"
        members[name] = rendition.data
        renditions = [
            NinjsRendition(
                "web", name, rendition.mime, rendition.width, rendition.height, len(rendition.data)
            )
        ]
        if thumb is not None:
            thumb_name = f"images/thumbs/{stems[path]}{thumb.extension}"
            members[thumb_name] = thumb.data
            renditions.append(
                NinjsRendition(
                    "thumbnail", thumb_name, thumb.mime, thumb.width, thumb.height, len(thumb.data)
                )
            )
        figure = next(f for f in figures if f.path == path)
        pictures.append(
            NinjsPicture(
                stems[path],
                hashlib.sha256(original).hexdigest(),
                figure.caption,
                figure.credit,
                tuple(renditions),
            )
        )

    def image_src(path: str) -> ImageRef | None:
        found = placed.get(path)
        if found is None:
            return None
        return ImageRef(f"images/{stems[path]}{found.extension}", found.width, found.height)

    body = render_body_full(article.body, image_src=image_src, language=article.language)
    warnings.extend(web.warnings)
    related_files: dict[str, NinjsRendition] = {}

    def related_thumb(view, thumb: Rendition) -> ImageRef:
        name = f"images/related/{len(related_files) + 1}{thumb.extension}"
        members[name] = thumb.data
        related_files[view.article_id] = NinjsRendition(
            "thumbnail", name, thumb.mime, thumb.width, thumb.height, len(thumb.data))
        return ImageRef(name, thumb.width, thumb.height)

    related = export_related(article, options, warnings, related_thumb)
    fragment = body.html + section_html(related, article.language)
    members["body.html"] = fragment.encode("utf-8")
    if article.url:
        try:
            members["qr.svg"] = qr.qr_svg(article.url).encode("utf-8")
            members["qr.png"] = qr.qr_png(article.url)
        except qr.QrError as exc:  # report it, still export the rest
            warnings.append(Notice(f"no QR code for the article URL: {exc.message}",
                                   "export.no_qr", exc.message, reason=exc.code))
    document = ninjs_document(
        article,
        body_html=fragment,
        sapo_text=to_text(render_sapo(article.sapo)),
        pictures=pictures,
        related=[NinjsRelated(item.headline, item.href, item.article_id,
                              related_files.get(item.article_id))
                 for item in related if not item.missing],
        wordcount=body_stats("", "", article.body, article.language).words,
    )
    members[MARKER] = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    return members


class CmsExporter:
    format = CMS_FORMAT

    def export(self, job: ExportJob) -> ExportResult:
        article, photos, target, options = job.article, job.photos, job.target, job.options
        progress, cancelled = job.progress, job.cancelled
        target = Path(target)
        warnings: list[str] = []
        members = cms_members(
            article, photos, options, progress=progress, cancelled=cancelled, warnings=warnings
        )
        check_cancelled(cancelled)
        if target.suffix.lower() == ".zip":
            files = write_zip(target, members)
        else:
            files = write_folder(target, members, marker=MARKER)
        report(progress, 1, 1, "done")
        return ExportResult(target, files, warnings)
