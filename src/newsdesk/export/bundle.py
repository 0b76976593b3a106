"""``--format bundle``: the ``.newsdesk`` review bundle of docs/formats.md §4.

The zip itself is made by :mod:`newsdesk.interchange.bundle`. What only the library knows —
the revision being exported, the version it is based on, the review comments — arrives in
``options.extra`` (``manifest``, ``comments``, ``history``), filled in by ``newsdesk.services.bundles``.
Without them (an article that was never stored) the bundle is its own base and has no
comments. Comments travel only in bundles: no other exporter ever sees them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from newsdesk.domain import Article
from newsdesk.domain.revision import content_hash
from newsdesk.interchange.bundle import EXTENSION, Manifest, write_bundle
from newsdesk.media.private import strip_private

from .base import (
    ExportError,
    ExportJob,
    ExportResult,
    check_cancelled,
    file_target,
    report,
)
from .formats import BUNDLE_FORMAT


def standalone_manifest(article: Article) -> Manifest:
    digest = content_hash(article)
    return Manifest(
        article_id=article.id or "",
        revision=0,
        content_sha256=digest,
        base_revision=0,
        base_sha256=digest,
        exported_at=datetime.now(UTC),
        status=str(article.status),
    )


class BundleExporter:
    format = BUNDLE_FORMAT

    def export(self, job: ExportJob) -> ExportResult:
        article, photos, target, options = job.article, job.photos, job.target, job.options
        progress, cancelled = job.progress, job.cancelled
        target = file_target(Path(target), self.format)
        if target.suffix == "":
            target = target.with_suffix(EXTENSION)
        if not article.id:
            raise ExportError(
                "save the article before exporting it for review: a bundle "
                "carries the article's id",
                code="export.unsaved",
            )
        manifest = options.extra.get("manifest") or standalone_manifest(article)
        comments = list(options.extra.get("comments") or [])
        check_cancelled(cancelled)
        report(progress, 0, 1, "writing the review bundle")
        def original(src: str) -> bytes | None:  # pixels as they are, no GPS/owner/serial
            data = photos(src)
            return strip_private(data) if data else data

        missing = write_bundle(target, article, manifest, comments, original,
                               options.extra.get("history"))
        report(progress, 1, 1, "done")
        warnings = [
            f"image '{src}' is missing from the library and was left out" for src in missing
        ]
        return ExportResult(path=target, files=[target], warnings=warnings)
