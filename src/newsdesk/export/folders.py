"""Writing a whole folder (or a .zip of it) all at once: built aside, then swapped in.

A folder export is assembled in a temporary folder next to the target and renamed into
place; a .zip is written atomically (``newsdesk.config.atomic``). An existing target is only
replaced when it is empty or was written by the same exporter (it holds ``marker``). Files and
folders get the umask's mode (0644 / 0755 under umask 022): an export is there to be shared.
"""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

from newsdesk.config.atomic import atomic_write, make_folder, temp_folder

from .base import ExportError

# Fixed timestamp for zip members: the same article gives the same archive.
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def write_zip(target: Path, members: dict[str, bytes]) -> list[Path]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, members[name])
    atomic_write(target, buffer.getvalue())
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
    make_folder(target.parent)
    staging = temp_folder(target.parent, f".{target.name}.")
    try:
        for name, data in members.items():
            atomic_write(staging.joinpath(*name.split("/")), data)
        old = None
        if target.exists():
            old = temp_folder(target.parent, f".{target.name}.old.")
            _rename(target, old / "previous")
        try:
            _rename(staging, target)
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


def _rename(source: Path, target: Path) -> None:
    try:
        os.replace(source, target)
    except OSError as exc:
        raise ExportError(f"cannot put the folder in place at {target}: {exc.strerror or exc}",
                          code="export.write") from None
