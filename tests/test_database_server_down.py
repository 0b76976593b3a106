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


def test_a_server_away_is_told_apart_from_every_other_failure(tmp_path):
    """The app keeps working on while the server is away (qt/offline.py): it must know that
    this, and not a refusal, is why a call failed."""
    from newsdesk.domain import NewsdeskError
    from newsdesk.domain.errors import is_unreachable
    from newsdesk.services.library import Library

    with pytest.raises(NewsdeskError) as caught:
        Library.open(tmp_path, NO_SERVER)
    assert is_unreachable(caught.value)
    assert not is_unreachable(NewsdeskError("no", code="article.conflict"))


def test_connecting_gives_up_quickly_unless_the_url_says_otherwise():
    from sqlalchemy.engine import make_url

    from newsdesk.storage.engine import CONNECT_TIMEOUT_S, _server_timeouts

    options = _server_timeouts(make_url(NO_SERVER))
    assert options["connect_timeout"] == CONNECT_TIMEOUT_S == 5 and options["keepalives"] == 1
    assert "connect_timeout" not in _server_timeouts(make_url(NO_SERVER + "?connect_timeout=20"))
    assert _server_timeouts(make_url("sqlite:///bai.sqlite3")) == {}
