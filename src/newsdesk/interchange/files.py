"""Reading and writing .md article files with their images beside them (docs/formats.md §3).

Reading never looks outside the file's folder tree; writing is atomic
(``newsdesk.config.atomic``: temp file in the same folder, fsync, ``os.replace``), so a crash
never leaves a half-written article or photo, and the files get the umask's mode.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from newsdesk.config.atomic import atomic_write
from newsdesk.domain.article import Article
from newsdesk.domain.errors import Notice

from .frontmatter import InterchangeError, dump_markdown_text, parse_markdown
from .images import find_file, image_sources, is_remote, safe_relative

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_BYTES = 100 * 1024 * 1024


@dataclass
class LoadedArticle:
    article: Article
    images: dict[str, bytes] = field(default_factory=dict)
    missing_images: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class WrittenArticle:
    path: Path
    files: list[Path] = field(default_factory=list)
    missing_images: list[str] = field(default_factory=list)


def read_text_file(path: Path) -> str:
    """The UTF-8 text of ``path``; InterchangeError naming the file when that is impossible."""
    path = Path(path)
    if not path.exists():
        raise InterchangeError(f"{path}: no such file", code="file.not_found")
    if not path.is_file():
        raise InterchangeError(f"{path}: is not a file", code="file.not_file")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InterchangeError(
                f"{path}: the file is larger than {MAX_FILE_BYTES // 1024 // 1024} MB; "
                "is it really an article?",
                code="file.too_large",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InterchangeError(
            f"{path}: cannot read ({exc.strerror})", code="file.unreadable"
        ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InterchangeError(
            f"{path}, line {line}: the file is not UTF-8 text (byte 0x{data[exc.start]:02x}); "
            "save it as UTF-8 and import it again",
            code="file.encoding",
        ) from None


def read_markdown_file(path: Path) -> LoadedArticle:
    """The article of a .md file plus the bytes of the local images its body shows."""
    path = Path(path)
    text = read_text_file(path)
    article, warnings = parse_markdown(text, name=path.name)
    loaded = LoadedArticle(article=article, warnings=list(warnings))
    nuls = text.count("\x00")
    if nuls:  # dropped by the text's normalising: say so, never silently
        loaded.warnings.append(Notice(f"{path.name}: {nuls} NUL character(s) were removed",
                                      "import.nul_removed", path.name, nuls))
    base = path.parent
    # The same file under many sources (``a.jpg?v=1``, ``a.jpg#x``…) is read, held and
    # warned about once: its bytes are shared, never copied per source.
    read: dict[Path, bytes] = {}
    warned: set[str] = set()

    def miss(src: str, key: str, why: str, code: str) -> None:
        loaded.missing_images.append(src)
        if key not in warned:
            warned.add(key)
            loaded.warnings.append(Notice(f"{path.name}: image '{src}' {why}", code, path.name,
                                          src))

    for src in image_sources(article.body):
        if is_remote(src):
            continue
        relative = safe_relative(src)
        if relative is None:
            miss(src, src, "is outside the article's folder; not imported", "import.image_outside")
            continue
        key = relative.as_posix()
        found = find_file(base, relative)
        if found is None:
            miss(src, key, "not found beside the file", "import.image_missing")
            continue
        if found in read:
            loaded.images[src] = read[found]
            continue
        try:
            if found.stat().st_size > MAX_IMAGE_BYTES:
                raise OSError("too large")
            loaded.images[src] = read[found] = found.read_bytes()
        except OSError as exc:
            miss(src, key, f"cannot be read ({exc})", "import.image_unreadable")
    return loaded


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (``newsdesk.config.atomic.atomic_write``)."""
    atomic_write(path, data)


def write_markdown_file(
    article: Article, path: Path, images: Callable[[str], bytes | None]
) -> WrittenArticle:
    """Write ``article`` as .md at ``path`` and its images beside it (same relative paths)."""
    path = Path(path)
    result = WrittenArticle(path=path)
    created: list[Path] = []  # files and folders this call made: removed again on failure
    try:
        for src in image_sources(article.body):
            relative = safe_relative(src)
            if relative is None:
                continue
            data = images(src)
            if data is None:
                result.missing_images.append(src)
                continue
            target = path.parent.joinpath(*relative.parts)
            _write_noting(target, data, created)
            result.files.append(target)
        _write_noting(path, dump_markdown_text(article).encode("utf-8"), created)
    except BaseException:
        _remove_created(created)
        raise
    result.files.insert(0, path)
    return result


def _write_noting(target: Path, data: bytes, created: list[Path]) -> None:
    """Write ``target``, adding to ``created`` the folders and the file that were not there."""
    missing = [folder for folder in reversed(target.parents) if not folder.exists()]
    new_file = not target.exists()
    try:
        atomic_write_bytes(target, data)
    finally:
        created.extend(folder for folder in missing if folder.is_dir())
        if new_file and target.exists():
            created.append(target)


def _remove_created(created: list[Path]) -> None:
    """Undo a failed write: the new files, then the new folders left empty, deepest first."""
    for item in reversed(created):
        try:
            if item.is_dir():
                item.rmdir()
            else:
                item.unlink(missing_ok=True)
        except OSError:
            pass  # a folder someone filled meanwhile stays
