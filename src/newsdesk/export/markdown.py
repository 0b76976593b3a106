"""``--format markdown``: the interchange file of docs/formats.md §3 with the original photos.

The .md (YAML front matter + body) is written by ``newsdesk.interchange`` and every photo is
copied beside it at the relative path the body uses — its pixels byte for byte, its private
metadata (GPS, owner, serial, comments) removed by ``media.private`` — so that importing the
result gives back the same article. Each file is written atomically.
"""

from __future__ import annotations

from pathlib import Path

from newsdesk.domain import Article, file_stem
from newsdesk.interchange import write_markdown_file
from newsdesk.media.private import strip_private

from .base import (
    ExportError,
    ExportJob,
    ExportResult,
    check_cancelled,
    report,
)
from .formats import MARKDOWN_FORMAT


def markdown_target(article: Article, target: Path) -> Path:
    """``target`` itself for a ``.md`` name; ``<folder>/<slug>.md`` for a folder."""
    if target.is_dir() or target.suffix == "":
        return target / f"{file_stem(article.headline)}.md"
    if target.suffix.lower() not in (".md", ".markdown"):
        raise ExportError(
            f"'{target.name}' does not end in .md; give a .md file name or a folder",
            code="export.target",
        )
    return target


class MarkdownExporter:
    format = MARKDOWN_FORMAT

    def export(self, job: ExportJob) -> ExportResult:
        article, photos, target = job.article, job.photos, job.target
        progress, cancelled = job.progress, job.cancelled
        path = markdown_target(article, Path(target))
        check_cancelled(cancelled)
        report(progress, 0, 1, "writing")

        def original(src: str) -> bytes | None:
            check_cancelled(cancelled)
            data = photos(src)
            return strip_private(data) if data else data

        written = write_markdown_file(article, path, original)
        warnings = [
            f"photo '{src}' is missing and was not written beside the file"
            for src in written.missing_images
        ]
        report(progress, 1, 1, "done")
        return ExportResult(path, list(written.files), warnings)
