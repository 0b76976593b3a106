"""The command line of docs/formats.md §5: import/list/show, exit codes and messages, the log file."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk import __version__
from newsdesk.cli import main as cli
from newsdesk.config.paths import resolve_paths

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
_SCRIPT = Path(sys.executable).with_name("newsdesk")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "newsdesk"]


def run(*args: str) -> subprocess.CompletedProcess:
    """The installed ``newsdesk`` command, as a user runs it."""
    return subprocess.run(
        [*COMMAND, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=os.environ,
        timeout=60,
    )


def call(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_user_error(code: int, err: str, *needles: str) -> None:
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsdesk: "), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_version_through_the_installed_command():
    done = run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"newsdesk {__version__}"


def test_import_list_show_through_the_installed_command(data_dir):
    done = run("import", str(ARTICLES / "da-nang-phao-hoa-nfd.md"))
    assert done.returncode == 0, done.stderr
    article_id = done.stdout.strip()
    assert re.fullmatch(r"[0-9a-f]{32}", article_id)
    assert run("import", str(ARTICLES / "hai-phong-cang.md")).returncode == 0
    listed = run("list", "--json")
    assert listed.returncode == 0
    items = json.loads(listed.stdout)
    assert [i["headline"] for i in items] == [
        "Hải Phòng mở rộng cảng nước sâu Lạch Huyện",
        "Đà Nẵng chuẩn bị lễ hội pháo hoa quốc tế",  # NFD file, NFC in the library
    ]
    assert set(items[1]) >= {"id", "headline", "status", "updated", "section", "byline"}
    assert items[1]["id"] == article_id and items[1]["status"] == "draft"
    assert items[1]["updated"].endswith("+00:00")
    searched = json.loads(run("list", "--search", "da nang", "--json").stdout)
    assert [i["id"] for i in searched] == [article_id]
    shown = run("show", article_id[:6], "--json")
    data = json.loads(shown.stdout)
    assert data["tags"] == ["Đà Nẵng", "du lịch", "lễ hội"]
    assert data["published"] == "2024-05-02T20:00:00+07:00"
    assert data["assets"] and "sông Hàn" in data["sapo"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("import", "no/such/file.md"), "no such file"),
        (("show", "ffffffff"), "no article"),
        (("list", "--status", "lost"), "unknown status"),
        (("frobnicate",), "invalid choice"),
        (("show",), "required"),
    ],
)
def test_bad_input_through_the_installed_command(args, needle):
    done = run(*args)
    assert_user_error(done.returncode, done.stderr, needle)
    assert done.stdout == ""


def _md(tmp_path: Path, text: str) -> str:
    path = tmp_path / "bai.md"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        ("---\nsapo: không có tiêu đề\n---\nThân bài\n", ("bai.md", "headline is required")),
        ("---\nheadline: Tin\nsapo: [mở ngoặc\n---\nx\n", ("bai.md, line", "not valid YAML")),
        ("---\nheadline: Tin\nurl: ftp://example.com\n---\nx\n", ("bai.md", "http")),
        ("---\nheadline: Tin\npublished: hôm nay\n---\nx\n", ("bai.md", "ISO 8601")),
        ("Chỉ có thân bài, không có front matter\n", ("bai.md", "front matter")),
    ],
)
def test_bad_files_exit_2_with_a_message(capsys, tmp_path, text, needles):
    code, out, err = call(capsys, "import", _md(tmp_path, text))
    assert_user_error(code, err, *needles)
    assert out == ""
    assert call(capsys, "list", "--json")[1].strip() == "[]"  # nothing half-imported


def test_import_warns_about_missing_images_but_imports(capsys, tmp_path):
    code, out, err = call(
        capsys, "import", _md(tmp_path, "---\nheadline: Tin có ảnh\n---\n\n![x](images/no.jpg)\n")
    )
    assert code == 0 and re.fullmatch(r"[0-9a-f]{32}\n", out)
    assert "warning" in err and "images/no.jpg" in err


def test_list_text_filters_and_show_human(capsys):
    ids = [
        call(capsys, "import", str(ARTICLES / name))[1].strip()
        for name in ("hai-phong-cang.md", "phong-kham-thanh-khe.md")
    ]
    code, out, _ = call(capsys, "list", "--search", "HẢI PHÒNG")
    assert code == 0 and out.count("\n") == 1 and ids[0][:8] in out and "Hải Phòng" in out
    code, out, _ = call(capsys, "list", "--status", "published", "--json")
    assert json.loads(out) == []
    code, out, _ = call(capsys, "show", ids[1])
    assert code == 0
    assert "headline:  Phòng khám đa khoa khai trương ở quận Thanh Khê" in out
    assert "byline:    Trần Quốc Bảo" in out
    assert "Phòng khám nằm trên đường Điện Biên Phủ" in out  # the body


def test_database_option_and_environment(capsys, tmp_path, monkeypatch):
    db = tmp_path / "shared" / "desk.db"
    code, out, _ = call(
        capsys, "--database", f"sqlite:///{db}", "import", str(ARTICLES / "hai-phong-cang.md")
    )
    assert code == 0 and db.is_file()
    monkeypatch.setenv("NEWSDESK_DATABASE_URL", f"sqlite:///{db}")
    assert json.loads(call(capsys, "list", "--json")[1])[0]["id"] == out.strip()
    other = tmp_path / "other"
    assert call(capsys, "--data-dir", str(other), "list", "--json")[1].strip() != "[]"  # URL wins
    monkeypatch.delenv("NEWSDESK_DATABASE_URL")
    assert call(capsys, "--data-dir", str(other), "list", "--json")[1].strip() == "[]"
    assert (other / "newsdesk.sqlite3").is_file()


def test_unexpected_failure_exit_1_with_traceback_in_log(capsys, monkeypatch, data_dir):
    from newsdesk.cli import cmd_list

    def broken(args, library):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cmd_list, "run", broken)
    code, _out, err = call(capsys, "list")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsdesk: unexpected error")
    assert "disk on fire" in lines[0] and "Traceback" not in err
    log = resolve_paths().log_file.read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: disk on fire" in log


def test_wants_gui():
    assert cli.wants_gui([])
    assert cli.wants_gui(["--data-dir", "/tmp/x"])
    assert cli.wants_gui(["--database=sqlite:///x.db"])
    assert not cli.wants_gui(["--version"])
    assert not cli.wants_gui(["-h"])
    assert not cli.wants_gui(["list"])
    assert not cli.wants_gui(["--data-dir", "/tmp/x", "show", "abcd"])


def test_vietnamese_prints_where_the_locale_is_not_utf8(monkeypatch, data_dir):
    assert run("import", str(ARTICLES / "hai-phong-cang.md")).returncode == 0
    monkeypatch.setenv("PYTHONIOENCODING", "ascii")
    monkeypatch.setenv("LC_ALL", "C")
    done = run("list")
    assert done.returncode == 0, done.stderr
    assert "Hải Phòng mở rộng cảng nước sâu Lạch Huyện" in done.stdout
