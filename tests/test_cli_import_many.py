"""``newsdesk import FILE…``: several files in one run, each in its own transaction; a file
that fails is named, the others are imported, a summary ends the run (exit 2 on any failure)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from newsdesk.cli import main as cli

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def call(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_several_files_all_imported_with_a_summary(capsys, tmp_path):
    files = sorted(str(p) for p in ARTICLES.glob("*.md"))
    code, out, err = call(capsys, "import", *files)
    assert code == 0, err
    ids = out.split()
    assert len(ids) == len(files) >= 3 and all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)
    assert re.search(rf"newsdesk: {len(files)} files imported in [0-9.]+ s$", err.strip())
    listed = json.loads(call(capsys, "list", "--json")[1])
    assert sorted(item["id"] for item in listed) == sorted(ids)
    code, out, _ = call(capsys, "list", "--search", "hai phong")
    assert code == 0 and out.strip()


def test_a_bad_file_is_named_and_the_others_are_imported(capsys, tmp_path):
    good = tmp_path / "tot.md"
    good.write_text("---\nheadline: Bão số 3 vào Hải Phòng\n---\n\nMưa lớn.\n", encoding="utf-8")
    bad = tmp_path / "hong.md"
    bad.write_text("---\nsapo: không có tiêu đề\n---\nThân bài\n", encoding="utf-8")
    other = tmp_path / "anh" / "co-anh.md"
    shutil.copytree(ARTICLES / "images", other.parent / "images")
    other.write_text("---\nheadline: Tin có ảnh\n---\n\n![x](images/khong-co.jpg)\n",
                     encoding="utf-8")
    code, out, err = call(capsys, "import", str(good), str(bad), str(tmp_path / "khong.md"),
                          str(other))
    assert code == 2
    assert len(out.split()) == 2  # the two good ones, in order
    lines = err.strip().splitlines()
    assert any(line.startswith("newsdesk: not imported:") and "hong.md" in line
               and "headline is required" in line for line in lines), err
    assert any("khong.md" in line and "not imported" in line for line in lines), err
    assert any(line.startswith("newsdesk: warning:") and "khong-co.jpg" in line
               for line in lines), err
    assert lines[-1].startswith("newsdesk: 2 of 4 files imported in ")
    assert lines[-1].endswith("not imported: hong.md, khong.md")
    assert "Traceback" not in err
    headlines = {item["headline"] for item in json.loads(call(capsys, "list", "--json")[1])}
    assert headlines == {"Bão số 3 vào Hải Phòng", "Tin có ảnh"}
