"""Where a printed PDF goes: written atomically, then read back to count its pages.

``write_atomic`` writes through ``newsdesk.config.atomic`` (a temporary file in the target's
folder, flushed to disk and renamed over the target), so a crash, a cancel or a full disk never
leaves a half-written PDF, and an existing file stays intact until the new one is complete; the
PDF gets the umask's mode, to be shared. Errors become ``PrintError`` with stable codes
(``print.write``, ``print.disk_full``).
``count_pages`` reads the page count back with QtPdf, for a PDF whose page tree
``pdf_info.page_count`` does not read.
"""

from __future__ import annotations

from pathlib import Path

from newsdesk.config.atomic import FileWriteError, atomic_write
from newsdesk.domain import NewsdeskError


class PrintError(NewsdeskError):
    code = "print.failed"


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` via a temp file in the same folder; never a partial file.
    A missing folder is created, as every other export creates it (the app asks first)."""
    try:
        atomic_write(target, data)
    except FileWriteError as exc:
        code = "print.disk_full" if exc.code == "file.disk_full" else "print.write"
        raise PrintError(exc.message, code=code) from exc


def count_pages(path: Path) -> int:
    from PySide6.QtPdf import QPdfDocument  # ~2 ms to load: only when it is needed

    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise PrintError(f"the PDF written to {path} cannot be read back", code="print.empty")
        return document.pageCount()
    finally:
        document.close()
