"""Deep nesting and numbers that overflow: a clear refusal (exit 2), never exit 1.

Front matter nested thousands of levels, JSON members of a bundle that nest 200,000 arrays,
and numbers that are infinite, fractional or too large for the database each get one
``newsdesk:`` line, and the library is left as it was.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.cli import main as cli
from test_bundle_format import rezip, sample_bundle


def call(capsys, *args: str) -> tuple[int, str]:
    code = cli.main(list(args))
    _out, err = capsys.readouterr()
    return code, err


def assert_refused(code: int, err: str, needle: str) -> None:
    lines = err.strip().splitlines()
    assert code == 2, err
    assert len(lines) == 1 and lines[0].startswith("newsdesk: "), err
    assert len(lines[0]) < 300 and "Traceback" not in err
    assert needle in lines[0], lines[0]


@pytest.mark.parametrize("value", [
    "[" * 10_000 + "]" * 10_000,
    "{a: " * 5_000 + "1" + "}" * 5_000,
    "\n" + "".join("  " * i + "-\n" for i in range(2_000)) + "  " * 2_000 + "x",
])
def test_deeply_nested_front_matter_is_refused(capsys, tmp_path: Path, value: str):
    path = tmp_path / "sau.md"
    path.write_text(f"---\nheadline: Tin sâu\nsapo: {value}\n---\n\nThân bài.\n", encoding="utf-8")
    code, err = call(capsys, "import", str(path))
    assert_refused(code, err, "nests lists or mappings")
    assert cli.main(["list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def _bundle(tmp_path: Path, **replace: bytes) -> Path:
    source = sample_bundle(tmp_path / "goc.newsdesk")
    return rezip(source, tmp_path / "sua.newsdesk", replace=replace)


def _manifest(tmp_path: Path, **changes: object) -> bytes:
    import zipfile

    with zipfile.ZipFile(sample_bundle(tmp_path / "m.newsdesk")) as archive:
        data = json.loads(archive.read("manifest.json"))
    data.update(changes)
    return json.dumps(data).encode()


@pytest.mark.parametrize("member", ["manifest.json", "comments.json"])
def test_json_nested_200000_deep_is_refused(capsys, tmp_path: Path, member: str):
    path = _bundle(tmp_path, **{member: b"[" * 200_000 + b"]" * 200_000})
    code, err = call(capsys, "import", str(path))
    assert_refused(code, err, "too deeply")


@pytest.mark.parametrize("raw", ["1e999", "10" + "0" * 30, "2.5", "-1", "true"])
def test_revision_numbers_that_overflow_are_refused(capsys, tmp_path: Path, raw: str):
    text = _manifest(tmp_path).decode().replace('"revision": 3', f'"revision": {raw}', 1)
    assert f'"revision": {raw}' in text
    code, err = call(capsys, "import", str(_bundle(tmp_path, **{"manifest.json": text.encode()})))
    assert_refused(code, err, "revision must be a whole number")


def test_an_anchor_start_that_overflows_is_refused_and_nothing_is_stored(capsys, tmp_path: Path):
    import zipfile

    with zipfile.ZipFile(sample_bundle(tmp_path / "c.newsdesk")) as archive:
        text = archive.read("comments.json").decode()
    text = text.replace('"start": ', '"start": 1e999, "x": ', 1)
    code, err = call(capsys, "import", str(_bundle(tmp_path, **{"comments.json": text.encode()})))
    assert_refused(code, err, "anchor's start")
    assert cli.main(["list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_format_version_of_true_is_refused(capsys, tmp_path: Path):
    path = _bundle(tmp_path, **{"manifest.json": _manifest(tmp_path, format_version=True)})
    code, err = call(capsys, "import", str(path))
    assert_refused(code, err, "bundle format True")
