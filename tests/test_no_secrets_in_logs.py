"""No password or article text reaches the log or the one line on stderr."""

from __future__ import annotations

import logging

import pytest

from newsdesk.cli import main as cli
from newsdesk.domain.text import redact

SECRET = "Mat-khau-9f3"


@pytest.mark.parametrize("url", [
    f"postgresql+nodriver://bao:{SECRET}@127.0.0.1/newsdesk",
    f"postgresql+psycopg://bao:{SECRET}@127.0.0.1:notaport/newsdesk",
    f"postgresql+psycopg://bao:{SECRET}@127.0.0.1:1/newsdesk",
])
def test_a_database_password_never_reaches_stderr_or_the_log(capsys, data_dir, url):
    code = cli.main(["--database", url, "list"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert SECRET not in err and "bao:***@" in err
    assert len(err.strip().splitlines()) == 1
    logging.shutdown()
    log_text = "".join(p.read_text(encoding="utf-8") for p in (data_dir / "logs").glob("*.log*"))
    assert SECRET not in log_text


def test_an_unexpected_failure_logs_no_command_line(capsys, data_dir, monkeypatch):
    from newsdesk.cli import cmd_list

    def boom(args, library):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cmd_list, "run", boom)
    assert cli.main(["list", "--search", SECRET]) == 1
    capsys.readouterr()
    log_text = (data_dir / "logs" / "newsdesk.log").read_text(encoding="utf-8")
    assert "RuntimeError: a bug" in log_text
    assert SECRET not in log_text


def test_redact_hides_every_password_in_a_text():
    text = (f"failed: postgresql+psycopg://bao:{SECRET}@db.local/x and "
            f"https://u:{SECRET}@example.vn/a and https://example.vn/b?x=1")
    assert SECRET not in redact(text)
    assert "https://example.vn/b?x=1" in redact(text)
