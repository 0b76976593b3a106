"""A print document as plain data, without Qt: what is built, handed over and printed.

``PrintDocument`` holds the files of one document (path -> bytes + MIME type: the page, its
photos, the fonts); ``PreparedPrint`` is a document ready to print, where to, and what was met
making it; ``PdfResult`` is what printing it gave. They are made without importing Qt
(``printing.document``), served to Chromium by ``scheme.py`` and, in a command-line export,
passed to and from the print engine's own process (``forked.py``): plain picklable data.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .copyfit import Copyfit
from .setup import PageSetup

_jobs = itertools.count(1)


@dataclass
class PrintDocument:
    """The files of one print document, by path relative to its root ("index.html", …).

    Paths other than ``index.html`` and the shared ``fonts/…`` must be unique to the document
    (``image_path``), since every document is served from the same origin."""

    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    # an image's path in the document → the article's path of that photo (what notices name)
    photos: dict[str, str] = field(default_factory=dict)
    name: str = field(default_factory=lambda: f"job{next(_jobs)}")

    def add(self, path: str, data: bytes, mime: str) -> str:
        self.files[path] = (data, mime)
        return path

    def image_path(self, number: int, extension: str) -> str:
        return f"img/{self.name}/{number}{extension}"

    @property
    def size(self) -> int:
        return sum(len(data) for data, _ in self.files.values())

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (for the print engine's process, ``forked.py``) with the bundled fonts named
        only: they are the same files in every process of an install, and 3.5 MB of the 4.2 MB
        of a long article with eight photos."""
        from .fonts import is_bundled

        state = dict(self.__dict__)
        state["files"] = {path: (None, mime) if is_bundled(path, data) else (data, mime)
                          for path, (data, mime) in self.files.items()}
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        from .fonts import bundled_bytes

        files = state["files"]
        state["files"] = {path: (bundled_bytes(path) if data is None else data, mime)
                          for path, (data, mime) in files.items()}
        self.__dict__.update(state)


@dataclass
class PreparedPrint:
    """A document ready to print, where to, and what was met making it."""

    document: PrintDocument
    target: Path
    setup: PageSetup
    warnings: list[str] = field(default_factory=list)
    target_lines: int | None = None


@dataclass(frozen=True)
class PdfResult:
    """A printed PDF: where it was written, its pages, its copyfit, what was met printing it."""

    path: Path
    pages: int
    copyfit: Copyfit
    warnings: list[str] = field(default_factory=list)
