"""Writing files and making folders: atomically, with the modes the user expects.

``atomic_write(path, data)`` is the one way newsdesk writes a file: the bytes go to a temporary
file in the target's own folder, are flushed to disk (``fsync``) and renamed over the target
(``os.replace``). A crash, a cancel or a full disk never leaves a half-written file, and an
existing file stays intact until the new one is complete; the temporary file is removed on
any failure. A file that cannot be written raises ``FileWriteError`` with a clear message
(``file.disk_full`` for a full disk or quota, else ``file.write``).

``StagedFiles`` does the same for several files that belong together (a story and the photos
beside it): each is written in full under a temporary name first, and only when all of them
are complete are they renamed into place, in the order given. A failure before that removes
every temporary file and every folder it made, and leaves existing files untouched.

Modes: what a user exports (HTML, PDF, a CMS folder, Markdown, bundles, QR codes) is created
with the mode the umask gives (0644 files / 0755 folders under the usual umask 022), so it can
be shared on a newsroom drive. ``private=True`` is for what stays the user's own (the
database, the logs, the crash-recovery journal): 0600 files / 0700 folders whatever the umask.
``make_folder`` and ``temp_folder`` create folders on the same terms.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from newsdesk.domain.errors import NewsdeskError

PUBLIC_FILE, PRIVATE_FILE = 0o666, 0o600  # before the umask
PUBLIC_FOLDER, PRIVATE_FOLDER = 0o777, 0o700
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_REFUSED = {errno.EACCES, errno.EPERM, errno.EROFS}  # the folder takes no files: choose another
_ATTEMPTS = 100


class FileWriteError(NewsdeskError, OSError):
    """A file or folder that could not be written. Also an OSError (with the ``errno`` and
    ``strerror`` of the failure), so code that tolerates a failed write (a cache) keeps doing so."""

    code = "file.write"


def _error(exc: OSError, what: Path, size: int | None = None) -> FileWriteError:
    if exc.errno in _FULL:
        amount = f" ({max(1, size // 1024)} KB)" if size else ""
        error = FileWriteError(
            f"the disk is full: cannot write {what.name}{amount}; "
            "free some space or choose another folder",
            code="file.disk_full",
        )
    else:
        advice = ("choose a folder you may write to" if exc.errno in _REFUSED
                  else "check the folder and the free space, then try again")
        error = FileWriteError(f"cannot write {what}: {exc.strerror or exc}; {advice}",
                               code="file.write")
    error.errno, error.strerror, error.filename = exc.errno, exc.strerror, str(what)
    return error


def make_folder(path: Path | str, *, private: bool = False) -> Path:
    """Create ``path`` and its missing parents, all alike: 0755 under umask 022, or 0700 when
    ``private``. An existing folder keeps its mode."""
    path = Path(path)
    if path.is_dir():
        return path
    missing = [path]
    while not missing[-1].parent.exists() and missing[-1].parent != missing[-1]:
        missing.append(missing[-1].parent)
    for folder in reversed(missing):
        try:
            os.mkdir(folder, PRIVATE_FOLDER if private else PUBLIC_FOLDER)
        except FileExistsError as exc:
            if not folder.is_dir():
                reason = "a file of that name is there"
                error = FileWriteError(f"cannot create the folder {folder}: {reason}")
                error.errno, error.strerror, error.filename = exc.errno, reason, str(folder)
                raise error from None
        except OSError as exc:
            raise _error(exc, folder) from None
    return path


def temp_folder(parent: Path | str, prefix: str, *, private: bool = False) -> Path:
    """A new, empty folder in ``parent`` with a unique name (``mkdtemp`` but with the umask's
    mode, so a folder built aside and renamed into place can be shared)."""
    parent = Path(parent)
    mode = PRIVATE_FOLDER if private else PUBLIC_FOLDER
    for _ in range(_ATTEMPTS):
        candidate = parent / f"{prefix}{os.urandom(4).hex()}"
        try:
            os.mkdir(candidate, mode)
        except FileExistsError:
            continue
        except OSError as exc:  # (named by its folder: the temporary name means nothing)
            raise _error(exc, parent) from None
        return candidate
    raise FileWriteError(f"cannot create a temporary folder in {parent}", code="file.write")


def _open_temp(folder: Path, name: str, mode: int) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    for _ in range(_ATTEMPTS):
        temp = folder / f".{name}.{os.urandom(4).hex()}.tmp"
        try:
            return os.open(temp, flags, mode), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); skipped where folders cannot be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _ready_folder(folder: Path, private: bool, make_parents: bool) -> None:
    if make_parents:
        make_folder(folder, private=private)
    elif not folder.is_dir():
        raise FileWriteError(f"the folder {folder} does not exist; create it or choose another",
                             code="file.write")


def _write_temp(path: Path, payload: bytes, private: bool, sync: bool) -> Path:
    """``payload`` in a new temporary file beside ``path`` (flushed to disk when ``sync``);
    the temporary file is removed again on any failure."""
    try:
        fd, temp = _open_temp(path.parent, path.name, PRIVATE_FILE if private else PUBLIC_FILE)
    except OSError as exc:
        raise _error(exc, path, len(payload)) from None
    try:
        try:
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if sync:
                os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, FileWriteError):
            raise _error(exc, path, len(payload)) from exc
        raise
    return temp


def _payload(data: bytes | str) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)


def atomic_write(path: Path | str, data: bytes | str, *, private: bool = False,
                 make_parents: bool = True, sync: bool = True) -> Path:
    """Write ``data`` (str as UTF-8) to ``path`` atomically; return ``path``.

    The file gets the umask's mode (0644 under umask 022), or 0600 when ``private``; missing
    parent folders are created likewise unless ``make_parents`` is False (then a missing
    folder is a ``file.write`` error). Never leaves a partial or temporary file behind.
    ``sync=False`` skips the flushes to disk: for caches, whose readers check what they read
    and which a power cut may lose without harm."""
    path = Path(path)
    payload = _payload(data)
    _ready_folder(path.parent, private, make_parents)
    temp = _write_temp(path, payload, private, sync)
    try:
        os.replace(temp, path)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _error(exc, path, len(payload)) from exc
        raise
    if sync:
        _sync_folder(path.parent)
    return path


class StagedFiles:
    """Files that belong together, written as one: ``add`` writes each in full beside its
    target under a temporary name (creating missing folders as ``atomic_write`` does), and
    ``commit`` renames them all into place in the order they were added. Until ``commit`` no
    existing file is touched.

    As a context manager: leaving the block without ``commit`` — an exception (a full disk, a
    cancel) or a plain return — calls ``discard``, which removes every temporary file and every
    folder ``add`` created, so nothing new is left behind::

        with StagedFiles() as staged:
            staged.add(folder / "photo.jpg", photo)
            staged.add(story, text)
            staged.commit()
    """

    def __init__(self, *, private: bool = False, sync: bool = True) -> None:
        self.private, self.sync = private, sync
        self._staged: list[tuple[Path, Path, bool]] = []  # (temporary file, target, was there)
        self._folders: list[Path] = []  # the folders ``add`` created, outermost first
        self._done = False

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, *_exc: object) -> None:
        if not self._done:
            self.discard()

    def add(self, path: Path | str, data: bytes | str) -> Path:
        """Write ``data`` under a temporary name beside ``path``; return ``path``."""
        if self._done:
            raise RuntimeError("these files were already committed or discarded")
        path = Path(path)
        if any(target == path for _, target, _ in self._staged):
            raise ValueError(f"{path} was already added")
        payload = _payload(data)
        missing = [folder for folder in reversed(path.parents) if not folder.exists()]
        try:
            _ready_folder(path.parent, self.private, True)
        finally:
            self._folders.extend(folder for folder in missing if folder.is_dir())
        temp = _write_temp(path, payload, self.private, self.sync)
        self._staged.append((temp, path, path.exists()))
        return path

    def commit(self) -> list[Path]:
        """Rename every file into place, in the order added; return them. Should a rename
        fail, the files not yet in place and the new ones already renamed are removed."""
        if self._done:
            raise RuntimeError("these files were already committed or discarded")
        self._done = True
        renamed: list[Path] = []
        for temp, target, _ in self._staged:
            try:
                os.replace(temp, target)
            except BaseException as exc:
                for later, _, _ in self._staged[len(renamed):]:
                    later.unlink(missing_ok=True)
                new = {t for _, t, was_there in self._staged if not was_there}
                self._remove([path for path in renamed if path in new])
                if isinstance(exc, OSError):
                    raise _error(exc, target) from exc
                raise
            renamed.append(target)
        if self.sync:
            for folder in dict.fromkeys(target.parent for target in renamed):
                _sync_folder(folder)
        return renamed

    def discard(self) -> None:
        """Remove every temporary file, then the folders ``add`` made (when left empty)."""
        self._done = True
        for temp, _, _ in self._staged:
            temp.unlink(missing_ok=True)
        self._remove([])

    def _remove(self, files: list[Path]) -> None:
        for file in files:
            try:
                file.unlink(missing_ok=True)
            except OSError:
                pass
        for folder in reversed(self._folders):  # deepest first
            try:
                folder.rmdir()
            except OSError:
                pass  # a folder someone filled meanwhile stays
