"""A really full disk (a small tmpfs mounted for the test): every export and the QR command
say so in one line and exit 2, leave no half-written file or empty folder behind, and a data
folder on the full disk does not make Python's logging print tracebacks.

Needs permission to mount (root, as in CI); skipped cleanly elsewhere. The simulated
ENOSPC cases (a patched ``os.write``) are in test_file_modes.py.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk.cli.main import main
from newsdesk.interchange import write_markdown_file
from print_support import photo_source, sample_article

SIZE_KB = 256


def _mount(folder: Path) -> bool:
    if sys.platform != "linux" or shutil.which("mount") is None:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE_KB}k", "tmpfs", str(folder)],
                          capture_output=True, timeout=20)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "disk"
    folder.mkdir()
    if not _mount(folder):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=20)


def fill(disk: Path, leave: int) -> None:
    """Fill ``disk`` to the last byte, then free ``leave`` bytes again."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    os.truncate(filler, max(0, filler.stat().st_size - leave))


@pytest.fixture
def article_id(tmp_path, data_dir, capsys):
    source = tmp_path / "nguon" / "bai.md"
    write_markdown_file(sample_article(words=400, photos=2), source,
                        photo_source(2, (1200, 800)))
    assert main(["--data-dir", str(data_dir), "import", str(source)]) == 0
    return capsys.readouterr().out.strip()


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("newsdesk: "), err
    assert "Traceback" not in err and "Logging error" not in err and len(err) < 300
    return err


@pytest.mark.parametrize("leave", [0, 12_000, 60_000])
def test_every_export_on_a_full_disk_fails_cleanly(small_disk, data_dir, article_id, capsys,
                                                   leave):
    fill(small_disk, leave)
    targets = {"html": "bai.html", "markdown": "md/bai.md", "bundle": "bai.newsdesk",
               "cms": "cms", "cms-zip": "cms.zip", "icml": "dan-trang/bai.icml",
               "newsml": "hang-tin.xml"}
    for fmt, name in targets.items():
        target = small_disk / name
        code = main(["--data-dir", str(data_dir), "export", article_id, "-f",
                     fmt.removesuffix("-zip"), "-o", str(target)])
        check(small_disk, target, code, capsys.readouterr().err, leave)
    for name in ("code.svg", "code.png"):
        code = main(["qr", "https://baomau.example.vn/bai-viet", "-o", str(small_disk / name)])
        check(small_disk, small_disk / name, code, capsys.readouterr().err, leave)


def check(disk: Path, target: Path, code: int, err: str, leave: int) -> None:
    """Exit 2 with the one disk-full line and nothing left on the disk; or, when there was
    room for it after all, the whole file and the photos written beside it (removed again for
    the next format)."""
    if code == 0 and leave:
        assert target.exists(), target
        beside = target.with_name(f"{target.stem}-photos")
        if target.suffix in (".icml", ".xml"):
            assert beside.is_dir() and any(beside.iterdir()), beside
            shutil.rmtree(beside)
        if target.parent != disk:
            shutil.rmtree(target.parent)
        elif target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    else:
        assert code == 2, (target.name, err)
        assert "disk is full" in one_line(err), err
    assert sorted(p.name for p in disk.iterdir()) == ["filler"], target.name


def test_a_data_folder_on_a_full_disk_gives_one_line_and_no_logging_error(
        small_disk, tmp_path, capsys):
    data = small_disk / "data"
    source = tmp_path / "nguon" / "bai.md"
    write_markdown_file(sample_article(words=100, photos=0), source, photo_source(0))
    assert main(["--data-dir", str(data), "import", str(source)]) == 0
    capsys.readouterr()
    for leftover in data.glob("newsdesk.sqlite3-*"):
        leftover.unlink()
    fill(small_disk, 0)
    for command in (["list"], ["import", str(source)]):
        code = main(["--data-dir", str(data), *command])
        captured = capsys.readouterr()
        assert code == 2, captured
        assert "disk is full" in one_line(captured.err)
