"""The database layer's own error records go to newsdesk's log file, never to the terminal.

SQLAlchemy logs an error it cannot raise (a cursor closed while Ctrl+C stops a query) with
its traceback; with no handler for its logger, Python prints that on stderr, in the middle of
a command's output."""

from __future__ import annotations

import logging


def test_a_database_error_record_goes_to_the_log_file_not_to_stderr(tmp_path, capsys):
    from newsdesk.config.paths import resolve_paths
    from newsdesk.services.logs import configure_logging

    log_file = configure_logging(resolve_paths(tmp_path / "d"))
    configure_logging(resolve_paths(tmp_path / "d"))  # again: one handler, not two
    try:
        raise RuntimeError("Cannot operate on a closed database.")
    except RuntimeError:
        logging.getLogger("sqlalchemy.pool.impl.QueuePool").error("Error closing cursor",
                                                                  exc_info=True)
    assert capsys.readouterr().err == ""
    assert log_file is not None
    text = log_file.read_text(encoding="utf-8")
    assert text.count("Error closing cursor") == 1 and "closed database" in text
