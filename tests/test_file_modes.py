"""What newsdesk writes can be shared; what is the user's own stays private.

Every export format, run as ``newsdesk export`` / ``newsdesk qr``, leaves files and folders with
the mode the umask gives (0644 / 0755 under umask 022, 0600 / 0700 under umask 077), so an
export on a shared newsroom drive can be read by colleagues. The database, the log and the
crash-recovery journal stay 0600 / 0700 whatever the umask. A write that fails (a full disk, a
file size limit) is a clear error and leaves no partial or temporary file.
"""

from __future__ import annotations

import errno
import os
import resource
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk.cli.main import main
from newsdesk.interchange import write_markdown_file
from newsdesk.printing import init_printing
from render_helpers import sample_article, sample_photos

_SCRIPT = Path(sys.executable).with_name("newsdesk")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "newsdesk"]
URL = "https://baohaiphong.example.vn/thoi-su/xe-buyt.html"

init_printing()  # at collection time: before any QApplication exists (as the GUI does)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask():
    """Run the test under a chosen umask (the process's own is put back afterwards)."""
    previous = os.umask(0o022)
    chosen: list[int] = []

    def use(value: int) -> None:
        chosen.append(value)
        os.umask(value)

    yield use
    os.umask(previous)


def _import(data_dir: Path, tmp_path: Path, capsys) -> str:
    source = tmp_path / "nguon" / "bai.md"
    write_markdown_file(sample_article(), source, sample_photos().get)
    assert main(["--data-dir", str(data_dir), "import", str(source)]) == 0
    return capsys.readouterr().out.strip()


def _export_everything(data_dir: Path, out: Path, article_id: str, capsys) -> list[Path]:
    """Every export format into ``out`` (a new folder); the paths written, folders included."""
    jobs = [
        ("html", out / "web" / "bai.html"),
        ("cms", out / "cms-folder"),
        ("cms", out / "cms.zip"),
        ("markdown", out / "md" / "bai.md"),
        ("bundle", out / "bai.newsdesk"),
        ("pdf", out / "bai.pdf"),
    ]
    out.mkdir()
    for fmt, target in jobs:
        code = main(["--data-dir", str(data_dir), "export", article_id, "-f", fmt, "-o",
                     str(target)])
        assert code == 0, capsys.readouterr().err
    for name in ("ma.svg", "ma.png"):
        assert main(["--data-dir", str(data_dir), "qr", URL, "-o", str(out / "qr" / name)]) == 0
    capsys.readouterr()
    written = sorted(out.rglob("*"))
    names = {p.relative_to(out).as_posix() for p in written}
    assert {"web", "web/bai.html", "cms-folder", "cms.zip", "md/bai.md", "bai.newsdesk",
            "bai.pdf", "qr/ma.svg", "qr/ma.png"} <= names
    assert any(p.suffix == ".jpg" and p.parent.name == "images" for p in (out / "md").rglob("*"))
    assert any(p.is_dir() for p in (out / "cms-folder").iterdir())  # its photo folder
    assert not [p for p in written if p.name.startswith(".")]  # no temporary file left
    return written


@pytest.mark.qt
@pytest.mark.webengine
@pytest.mark.parametrize(("mask", "file_mode", "folder_mode"),
                         [(0o022, 0o644, 0o755), (0o077, 0o600, 0o700)])
def test_exports_get_the_mode_the_umask_gives(qapp, umask, tmp_path, data_dir, capsys,
                                              mask, file_mode, folder_mode):
    article_id = _import(data_dir, tmp_path, capsys)
    umask(mask)
    written = _export_everything(data_dir, tmp_path / "out", article_id, capsys)
    wrong = {p.relative_to(tmp_path).as_posix(): oct(mode(p)) for p in written
             if mode(p) != (folder_mode if p.is_dir() else file_mode)}
    assert wrong == {}


def test_database_log_and_journal_stay_private_under_umask_022(umask, tmp_path, capsys):
    from newsdesk.config.paths import resolve_paths
    from newsdesk.qt.recovery import RecoveryJournal

    umask(0o022)
    data = tmp_path / "du-lieu"
    source = tmp_path / "bai.md"
    write_markdown_file(sample_article(), source, sample_photos().get)
    assert main(["--data-dir", str(data), "import", str(source)]) == 0
    assert main(["--data-dir", str(data), "show", "ffffffff"]) == 2  # a failure is logged
    capsys.readouterr()
    paths = resolve_paths(data)
    assert mode(paths.data) == 0o700 and mode(paths.logs) == 0o700
    assert mode(paths.database_file) == 0o600
    assert paths.log_file.read_text(encoding="utf-8")
    assert mode(paths.log_file) == 0o600
    journal = RecoveryJournal(paths.data / "recovery")
    entry = journal.write("new-1", sample_article())
    assert mode(entry.parent) == 0o700 and mode(entry) == 0o600
    # what is shared stays shareable: settings and cache follow the umask
    assert mode(paths.config) == 0o755 and mode(paths.cache) == 0o755


def test_an_old_log_left_readable_becomes_private(umask, tmp_path):
    from newsdesk.config.paths import resolve_paths
    from newsdesk.services.logs import configure_logging

    umask(0o022)
    paths = resolve_paths(tmp_path / "d")
    paths.logs.mkdir(parents=True)
    paths.log_file.write_text("cũ\n", encoding="utf-8")
    assert mode(paths.log_file) == 0o644
    import logging

    configure_logging(paths)
    logging.getLogger("newsdesk.test").warning("một dòng")
    assert mode(paths.log_file) == 0o600


# -- a write that fails leaves nothing half-written -----------------------------------------------
def test_a_full_disk_is_a_clear_error_and_keeps_the_old_file(tmp_path, data_dir, capsys,
                                                             monkeypatch):
    from newsdesk.config import atomic

    article_id = _import(data_dir, tmp_path, capsys)
    target = tmp_path / "web" / "bai.html"
    target.parent.mkdir()
    target.write_text("bản cũ", encoding="utf-8")
    real_write = os.write

    def full_after_a_while(fd: int, data) -> int:
        if Path(os.readlink(f"/proc/self/fd/{fd}")).parent != target.parent:
            return real_write(fd, data)
        if len(data) > 4096:
            return real_write(fd, bytes(data[:4096]))  # the first part reaches the disk
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", full_after_a_while)
    code = main(["--data-dir", str(data_dir), "export", article_id, "-f", "html", "-o",
                 str(target)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("newsdesk: the disk is full: cannot write bai.html")
    assert err.count("\n") == 1
    assert target.read_text(encoding="utf-8") == "bản cũ"
    assert [p.name for p in target.parent.iterdir()] == ["bai.html"]


@pytest.mark.parametrize(("fmt", "name"), [("icml", "bai.icml"), ("newsml", "bai.xml")])
@pytest.mark.parametrize("full_at", ["photo", "story"])
def test_a_full_disk_leaves_a_story_and_its_photo_folder_as_they_were(
        tmp_path, data_dir, capsys, monkeypatch, fmt, name, full_at):
    """ICML and NewsML write a story and a folder of photos: the disk filling up at a photo or
    at the story leaves an earlier export whole and a new target without any trace. (The
    ticket photo is a PNG: InDesign gets it so, an agency a JPEG web copy.)"""
    from newsdesk.config import atomic

    article_id = _import(data_dir, tmp_path, capsys)
    folder = tmp_path / "dan-trang"
    target = folder / name
    photos = folder / "bai-photos"
    photos.mkdir(parents=True)
    earlier = {target: b"ban cu", photos / "xe-buyt.jpg": b"anh cu",
               photos / "ghi-chu.txt": "của người dựng trang".encode()}
    for path, data in earlier.items():
        path.write_bytes(data)
    ticket = "the-ve.png" if fmt == "icml" else "the-ve.jpg"
    failing = name if full_at == "story" else ticket
    real_write = os.write

    def full_at_one_file(fd: int, data) -> int:
        if failing in Path(os.readlink(f"/proc/self/fd/{fd}")).name:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(atomic.os, "write", full_at_one_file)
    fresh = tmp_path / "moi" / name
    for where in (target, fresh):
        code = main(["--data-dir", str(data_dir), "export", article_id, "-f", fmt, "-o",
                     str(where)])
        err = capsys.readouterr().err
        assert code == 2, err
        assert err.startswith(f"newsdesk: the disk is full: cannot write {failing}"), err
        assert err.count("\n") == 1
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == earlier
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == [
        "bai-photos", "bai-photos/ghi-chu.txt", "bai-photos/xe-buyt.jpg", name]
    assert not fresh.parent.exists()

    monkeypatch.undo()  # room again: the new export replaces the earlier one
    assert main(["--data-dir", str(data_dir), "export", article_id, "-f", fmt, "-o",
                 str(target)]) == 0
    capsys.readouterr()
    assert target.read_bytes().startswith(b"<?xml")
    assert (photos / "xe-buyt.jpg").read_bytes()[:2] == b"\xff\xd8"
    assert (photos / ticket).is_file() and (photos / "ghi-chu.txt").is_file()
    assert not [p for p in folder.rglob(".*")]  # no temporary file left


def test_files_written_together_are_put_in_place_together_or_not_at_all(tmp_path, monkeypatch):
    from newsdesk.config import atomic
    from newsdesk.config.atomic import StagedFiles

    old = tmp_path / "bai.icml"
    old.write_bytes(b"ban cu")
    with StagedFiles() as staged:
        staged.add(tmp_path / "anh" / "a.jpg", b"anh moi")
        staged.add(old, "bài mới")
        assert old.read_bytes() == b"ban cu" and not (tmp_path / "anh" / "a.jpg").exists()
        assert staged.commit() == [tmp_path / "anh" / "a.jpg", old]
    assert old.read_text(encoding="utf-8") == "bài mới"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.jpg", "anh", "bai.icml"]

    real_replace = os.replace

    def refuse_the_story(source, target) -> None:
        if Path(target).name == "bai.icml":
            raise OSError(errno.EACCES, "Permission denied")
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", refuse_the_story)
    with pytest.raises(OSError, match="cannot write"), StagedFiles() as staged:
        staged.add(tmp_path / "moi" / "b.jpg", b"anh")
        staged.add(old, "bài mới hơn")
        staged.commit()
    assert old.read_text(encoding="utf-8") == "bài mới"  # the new photo went again
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.jpg", "anh", "bai.icml"]


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (48 * 1024, 48 * 1024))  # the page is ~80 KB


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs file size limits")
def test_a_file_the_system_refuses_to_grow_leaves_no_partial_export(tmp_path, data_dir, capsys):
    """The kernel stops the write mid-way (RLIMIT_FSIZE): no half-written file, one line."""
    article_id = _import(data_dir, tmp_path, capsys)
    folder = tmp_path / "ra"
    folder.mkdir()
    done = subprocess.run(
        [*COMMAND, "--data-dir", str(data_dir), "export", article_id, "-f", "html", "-o",
         str(folder / "bai.html")],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
        preexec_fn=_limit_file_size,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("newsdesk: cannot write ") and "Traceback" not in done.stderr
    assert list(folder.iterdir()) == []


@pytest.mark.qt
def test_the_app_names_a_full_disk_and_an_unwritable_file(qapp, tmp_path):
    from newsdesk.config.atomic import atomic_write
    from newsdesk.qt.errors import error_text

    blocker = tmp_path / "mot-tep"
    blocker.write_text("không phải thư mục", encoding="utf-8")
    with pytest.raises(OSError) as caught:
        atomic_write(blocker / "bai.html", "<p>x</p>")
    assert error_text(caught.value).startswith("The file could not be written or read")
    assert "mot-tep" in error_text(caught.value)
    full = OSError(errno.ENOSPC, "No space left on device")
    from newsdesk.config.atomic import _error

    text = error_text(_error(full, tmp_path / "bai.pdf", 2048))
    assert text.startswith("The disk is full") and "bai.pdf" in text


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder on a file system mounted read-only (as a write-protected card or share is):
    needs the right to mount, which root in a container may not have."""
    folder = tmp_path / "the"
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a read-only file system here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.parametrize("fmt", ["html", "cms", "markdown"])
def test_a_read_only_folder_is_named_with_what_to_do(read_only_folder, tmp_path, data_dir,
                                                     capsys, fmt):
    """One line naming the folder the user chose (never a temporary name inside it) and
    saying what to do; nothing written."""
    article_id = _import(data_dir, tmp_path, capsys)
    target = read_only_folder / f"bai.{fmt}"
    assert main(["--data-dir", str(data_dir), "export", article_id, "-f", fmt, "-o",
                 str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"newsdesk: cannot write {read_only_folder}")
    assert err.rstrip().endswith("; choose a folder you may write to"), err
    assert f"{read_only_folder}/." not in err  # no hidden temporary name
    assert list(read_only_folder.iterdir()) == []
