"""Reading a zip that came from someone else, without trusting it.

A ``.newsdesk`` bundle travels by mail and USB stick; whoever made it may be careless or
hostile. Its members are read into memory (never extracted to disk), and the zip is refused
with a clear :class:`BundleError` when a member name could escape a folder (absolute paths,
``..``, backslashes, drive letters, control characters), when it holds too many members, a
member or the whole is too large once uncompressed, a member compresses suspiciously well
(a zip bomb), a member is encrypted or a link, or the archive is damaged. Sizes are checked
before reading and counted again while reading, since the header can lie.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.text import nfc

MiB = 1024 * 1024


class BundleError(NewsdeskError):
    code = "bundle.invalid"


@dataclass(frozen=True)
class ZipLimits:
    max_members: int = 1000
    max_member_size: int = 64 * MiB
    max_total_size: int = 256 * MiB
    max_ratio: float = 100.0  # uncompressed / compressed, for members above ratio_floor
    ratio_floor: int = 1 * MiB


DEFAULT_LIMITS = ZipLimits()
_CHUNK = 64 * 1024


def safe_member_name(name: str) -> str:
    """``name`` as a relative POSIX path inside the bundle; BundleError when it is unsafe."""
    def refuse(why: str) -> BundleError:
        return BundleError(
            f"the bundle contains an unsafe file name '{name}' ({why}); it was refused and "
            "nothing was written", code="bundle.unsafe_path")

    if not name or any(ord(ch) < 32 or ch == "\x7f" for ch in name):
        raise refuse("empty or control characters")
    if "\\" in name:
        raise refuse("backslash")
    if name.startswith("/"):
        raise refuse("absolute path")
    if len(name) >= 2 and name[1] == ":":
        raise refuse("drive letter")
    parts = PurePosixPath(name).parts
    if any(part in ("..", ".") for part in name.rstrip("/").split("/")):
        raise refuse("'..' or '.' component")
    if any(":" in part for part in parts):
        raise refuse("':' in a path component")
    return "/".join(parts)


class Members:
    """The checked members of an open zip, read on demand (``read``): a member the caller
    never asks for (one the article does not show) costs no memory. Every name, size, ratio
    and flag is checked when the zip is opened; sizes are counted again while reading."""

    def __init__(self, archive: zipfile.ZipFile, label: str, limits: ZipLimits) -> None:
        self.archive, self.label, self.limits = archive, label, limits
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise BundleError(
                f"'{label}' holds {len(infos)} files (at most {limits.max_members} allowed)",
                code="bundle.too_many_members")
        _check_declared(label, infos, limits)
        self.infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = nfc(safe_member_name(info.filename))
            if info.is_dir():
                continue
            if name in self.infos:
                raise BundleError(f"'{label}' contains '{name}' twice", code="bundle.duplicate")
            self.infos[name] = info
        self.total = 0

    def __contains__(self, name: object) -> bool:
        return name in self.infos

    def read(self, name: str) -> bytes | None:
        """The bytes of member ``name`` (NFC), None when there is none."""
        info = self.infos.get(name)
        if info is None:
            return None
        data = _read_bounded(self.archive, info, self.label, self.limits,
                             self.limits.max_total_size - self.total)
        self.total += len(data)
        return data


@contextmanager
def open_members(path: Path, limits: ZipLimits = DEFAULT_LIMITS) -> Iterator[Members]:
    """The zip at ``path`` opened and checked; its members read on demand."""
    label = Path(path).name
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BundleError(f"'{path}' does not exist", code="bundle.missing") from None
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BundleError(f"'{label}' is not a readable .newsdesk bundle (not a zip file: {exc})",
                          code="bundle.not_zip") from None
    with archive:
        yield Members(archive, label, limits)


def read_members(path: Path, limits: ZipLimits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """Every file member of the zip at ``path`` by safe name in NFC (folders skipped): a zip
    made on macOS names its members in NFD, while the article's text refers to them in NFC."""
    with open_members(path, limits) as members:
        return {name: members.read(name) or b"" for name in members.infos}


def _check_declared(label: str, infos: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    total = 0
    for info in infos:
        safe_member_name(info.filename)
        mode = info.external_attr >> 16
        if mode and stat.S_ISLNK(mode):
            raise BundleError(f"'{label}' contains a link '{info.filename}'; links are refused",
                              code="bundle.link")
        if info.flag_bits & 0x1:
            raise BundleError(f"'{label}' contains an encrypted file '{info.filename}'",
                              code="bundle.encrypted")
        if info.file_size > limits.max_member_size:
            raise BundleError(
                f"'{info.filename}' in '{label}' is {info.file_size // MiB} MiB uncompressed "
                f"(at most {limits.max_member_size // MiB} MiB per file)",
                code="bundle.member_too_large")
        if info.file_size > limits.ratio_floor and \
                info.file_size > limits.max_ratio * max(1, info.compress_size):
            raise BundleError(
                f"'{info.filename}' in '{label}' expands {info.file_size // max(1, info.compress_size)}"
                " times when unpacked: this looks like a zip bomb and was refused",
                code="bundle.bomb")
        total += info.file_size
    if total > limits.max_total_size:
        raise BundleError(
            f"'{label}' unpacks to {total // MiB} MiB (at most {limits.max_total_size // MiB} MiB)",
            code="bundle.too_large")


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str,
                  limits: ZipLimits, room: int) -> bytes:
    cap = min(limits.max_member_size, room, info.file_size)
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
                if size > cap:
                    raise BundleError(
                        f"'{info.filename}' in '{label}' is larger than its header says or than "
                        "the limits allow; the bundle was refused", code="bundle.too_large")
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise BundleError(f"'{info.filename}' in '{label}' is damaged ({exc})",
                          code="bundle.corrupt") from None
    except NotImplementedError as exc:
        raise BundleError(f"'{info.filename}' in '{label}' uses an unsupported compression ({exc})",
                          code="bundle.corrupt") from None
    return b"".join(chunks)
