"""Writing a whole folder (or a .zip of it) all at once: built aside, then swapped in.

A folder export is assembled in a temporary folder next to the target and renamed into
place; a .zip is written to a temporary file and ``os.replace``d. An existing target is only
replaced when it is empty or was written by the same exporter (it holds ``marker``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from .base import ExportError

# Fixed timestamp for zip members: the same article gives the same archive.
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def write_zip(target: Path, members: dict[str, bytes]) -> list[Path]:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle, zipfile.ZipFile(handle, "w") as archive:
            for name in sorted(members):
                info = zipfile.ZipInfo(name, _ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, members[name])
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return [target]


def write_folder(target: Path, members: dict[str, bytes], *, marker: str) -> list[Path]:
    if target.exists() and not target.is_dir():
        raise ExportError(
            f"'{target}' is a file; choose a folder name (or a name ending in .zip)",
            code="export.target",
        )
    if target.is_dir() and any(target.iterdir()) and not (target / marker).is_file():
        raise ExportError(
            f"the folder '{target}' already holds other files; choose an empty or new folder",
            code="export.target_exists",
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        for name, data in members.items():
            path = staging.joinpath(*name.split("/"))
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
            os.replace(target, old / "previous")
        try:
            os.replace(staging, target)
        except BaseException:
            if old is not None:
                os.replace(old / "previous", target)
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [target / name for name in sorted(members)]
