"""Where a printed PDF goes: written atomically, then read back to count its pages.

``write_atomic`` writes to a temporary file in the target's folder, flushes it to disk and
renames it over the target (``os.replace``), so a crash, a cancel or a full disk never leaves
a half-written PDF, and an existing file stays intact until the new one is complete. Errors
become ``PrintError`` with stable codes (``print.write``, ``print.disk_full``).
``count_pages`` reads the page count back with QtPdf (the PDF Chromium wrote, not a guess).
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from newsdesk.domain import NewsdeskError


class PrintError(NewsdeskError):
    code = "print.failed"


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` via a temp file in the same folder; never a partial file."""
    folder = target.parent
    if not folder.is_dir():
        raise PrintError(
            f"the folder {folder} does not exist; create it or choose another", code="print.write"
        )
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise PrintError(f"cannot write in {folder}: {exc.strerror}", code="print.write") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise PrintError(
                f"the disk is full: cannot write {target.name} ({len(data) // 1024} KB); "
                "free some space or choose another folder",
                code="print.disk_full",
            ) from exc
        raise PrintError(f"cannot write {target}: {exc.strerror}", code="print.write") from exc


def count_pages(path: Path) -> int:
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise PrintError(f"the PDF written to {path} cannot be read back", code="print.empty")
        return document.pageCount()
    finally:
        document.close()
