"""A PostgreSQL server that does not answer (stopped, restarting, crashed) is one clear line
and exit code 2 from every command, never a traceback (benchmarks/pg_crash_bench.py measures
the same while a real server is crashed under writers)."""

from __future__ import annotations

import pytest

from newsdesk.cli import main as cli

NO_SERVER = "postgresql+psycopg://bao:pw@127.0.0.1:1/newsroom"  # nothing listens on port 1


@pytest.mark.parametrize("command", [["list"], ["import", "bai.md"], ["status", "abcd"]])
def test_a_stopped_server_is_one_line_saying_what_to_do(capsys, data_dir, tmp_path, command,
                                                        monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bai.md").write_text("---\nheadline: Lũ về\n---\n\nNước lên.\n",
                                     encoding="utf-8")
    code = cli.main(["--database", NO_SERVER, *command])
    err = capsys.readouterr().err
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsdesk: "), err
    assert "cannot reach the database server" in err
    assert "bao:***@127.0.0.1:1/newsroom" in err and "(Connection refused)" in err
    assert "check that the server is running" in err
