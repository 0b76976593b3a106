"""A damaged SQLite library gets one clear line naming the file and what to do (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.cli import main as cli
from newsdesk.domain import Article
from newsdesk.services.library import Library


def _library_file(data_dir: Path) -> Path:
    with Library.open() as lib:
        for n in range(40):
            lib.save(Article(headline=f"Tin số {n}", body="Nội dung bài viết. " * 200))
    path = data_dir / "newsdesk.sqlite3"
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    return path


@pytest.mark.parametrize("damage", ["truncated", "header only", "pages overwritten"])
def test_a_damaged_library_is_named_with_what_to_do(capsys, data_dir: Path, damage: str):
    path = _library_file(data_dir)
    data = bytearray(path.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 3]
    elif damage == "header only":
        data = data[:100]
    else:
        for page in range(1, len(data) // 4096):
            data[page * 4096 + 8 : page * 4096 + 1500] = b"\xaa" * 1492
    path.write_bytes(bytes(data))
    codes = [cli.main(["list"]), cli.main(["list", "--search", "tin"])]
    err = capsys.readouterr().err
    assert 1 not in codes, err
    assert codes[0] == 2 or codes[1] == 2, err
    line = err.strip().splitlines()[0]
    assert line.startswith("newsdesk: ") and "Traceback" not in err
    assert str(path) in line
    assert "damaged" in line or "not a newsdesk database" in line
