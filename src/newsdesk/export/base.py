"""The one interface every export format implements, and the values it passes around.

A format is described by an ``ExportFormat`` (name, label, file extension, whether it writes a
folder, and any extra command-line options it takes) and implemented by an ``Exporter``: ``export(job) -> ExportResult``, where the ``ExportJob`` holds
the article, the target, its photos, the ``ExportOptions`` and the progress/cancel callbacks.
``photos`` maps a body image path (as written) to the original bytes, or None when the photo
is missing.
Exporters never leave a half-written file or folder behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from newsdesk.domain import Article, NewsdeskError
from newsdesk.domain.related import RelatedSource

Photos = Callable[[str], "bytes | None"]
Progress = Callable[[int, int, str], None]  # (done, total, what is happening)
Cancelled = Callable[[], bool]


class ExportError(NewsdeskError):
    """An export that cannot be done (bad target, unknown format, cancelled…)."""

    code = "export.failed"


@dataclass(frozen=True)
class CliOption:
    """An extra ``newsdesk export`` option a format takes (``add_argument`` arguments)."""

    flags: tuple[str, ...]
    dest: str
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ExportFormat:
    name: str  # as typed after --format
    label: str  # for menus and dialogs
    extension: str  # ".html", ".md", "" for a folder
    is_folder: bool = False
    description: str = ""
    cli_options: tuple[CliOption, ...] = ()


@dataclass(frozen=True)
class ExportOptions:
    """What every exporter may use. ``cache_dir`` holds photo renditions (None: no cache);
    ``extra_qr`` more QR codes as (url, label); ``extra`` format-specific options by name;
    ``related`` looks the article's related stories up in the library when the export runs
    (None: shown as the article lists them, ``domain.related.plain_views``)."""

    cache_dir: Path | None = None
    extra_qr: list[tuple[str, str]] = field(default_factory=list)
    publication: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    related: RelatedSource | None = None


def no_photos(_path: str) -> bytes | None:
    return None


@dataclass(frozen=True)
class ExportJob:
    """One export, the single argument of every ``Exporter.export``: the article, the file or
    folder to write, its photos by body path, the options, and the optional callbacks that
    report progress and ask whether the user cancelled."""

    article: Article
    target: Path
    photos: Photos = no_photos
    options: ExportOptions = field(default_factory=ExportOptions)
    progress: Progress | None = None
    cancelled: Cancelled | None = None


@dataclass
class ExportResult:
    path: Path
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@runtime_checkable
class Exporter(Protocol):
    format: ExportFormat

    def export(self, job: ExportJob) -> ExportResult: ...


def check_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportError("the export was cancelled", code="export.cancelled")


def report(progress: Progress | None, done: int, total: int, what: str) -> None:
    if progress is not None:
        progress(done, total, what)


def file_target(target: Path, fmt: ExportFormat) -> Path:
    """``target`` checked as a file to (over)write: not an existing folder."""
    target = Path(target)
    if target.is_dir():
        raise ExportError(
            f"'{target}' is a folder; give a file name ending in {fmt.extension} for "
            f"--format {fmt.name}",
            code="export.target",
        )
    return target
