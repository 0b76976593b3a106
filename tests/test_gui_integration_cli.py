"""``newsdesk FILE.md`` / ``newsdesk FILE.newsdesk`` open the desktop app on that file, while
every command, and every mistyped one, still belongs to the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk import launcher
from newsdesk.cli import main as cli

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
ARTICLE = ARTICLES / "hai-phong-cang.md"


def test_an_existing_article_file_without_a_command_opens_the_app(tmp_path):
    bundle = tmp_path / "Bài duyệt.NEWSDESK"
    bundle.write_bytes(b"PK")
    assert cli.wants_gui([str(ARTICLE)])
    assert cli.wants_gui(["--data-dir", str(tmp_path), str(ARTICLE), str(bundle)])
    assert not cli.wants_gui([str(tmp_path / "khong-co.md")])  # no such file: the CLI says so
    assert not cli.wants_gui([str(tmp_path)])  # a folder is not an article
    assert not cli.wants_gui(["import", str(ARTICLE)])
    assert not cli.wants_gui([str(ARTICLE), "list"])


def test_the_launcher_hands_the_file_to_the_app(monkeypatch):
    started: list[list[str]] = []
    monkeypatch.setattr(launcher, "gui_main", lambda argv: started.append(argv) or 0)
    assert launcher.main([str(ARTICLE)]) == 0
    assert started == [[str(ARTICLE)]]


def test_commands_still_run_and_a_typo_still_fails(monkeypatch, capsys):
    monkeypatch.setattr(launcher, "gui_main", lambda argv: pytest.fail("the app was started"))
    assert launcher.main(["import", str(ARTICLE)]) == 0
    article_id = capsys.readouterr().out.strip()
    assert launcher.main(["list"]) == 0
    listed = capsys.readouterr().out
    assert article_id[:8] in listed and "Hải Phòng" in listed
    assert launcher.main(["lsit"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("newsdesk: ") and "lsit" in err[0]
    assert launcher.main(["khong-co.md"]) == 2  # a missing file is reported, not opened
    assert "khong-co.md" in capsys.readouterr().err
