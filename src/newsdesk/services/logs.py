"""Logging set-up shared by the CLI and the GUI: one rotating log file under Paths.logs.

Only unexpected failures (bugs) are logged with their traceback; the user sees one line.
The log stays the user's own: the file is 0600 and a folder made for it 0700, whatever the
umask (what a user exports is shared; a log of their work is not).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from newsdesk.config.atomic import PRIVATE_FILE, make_folder
from newsdesk.config.paths import Paths
from newsdesk.domain.text import redact

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_QUIET_NAME = "newsdesk-quiet"
_HANDLER_NAME = "newsdesk-file"


class _RedactingFormatter(logging.Formatter):
    """Every line written, tracebacks included, with the passwords of URLs hidden."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose file is created 0600 (rotation renames it, keeping the mode).

    A log that cannot be written (a full disk, a folder gone read-only) is given up quietly
    at the first failure: the user's one-line message must not be buried under Python's
    "--- Logging error ---" report, and the log is never worth failing a command for."""

    broken = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.broken:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        self.broken = True
        try:
            if self.stream is not None:
                self.stream.close()
        except OSError:
            pass  # the data that could not be flushed is lost with the log, nothing else
        self.stream = None

    def _open(self):
        stream = open(
            self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,
            opener=lambda path, flags: os.open(path, flags, PRIVATE_FILE),
        )
        if hasattr(os, "fchmod"):
            try:  # a log left readable by an older version becomes private too
                os.fchmod(stream.fileno(), PRIVATE_FILE)
            except OSError:
                pass
        return stream


def configure_logging(paths: Paths, *, level: int = logging.INFO) -> Path | None:
    """Send newsdesk's log records to ``paths.log_file``; return that file (None if unwritable).

    Safe to call more than once: the file handler is replaced, never duplicated.
    """
    root = logging.getLogger("newsdesk")
    root.setLevel(level)
    # the database layer's own errors (a cursor closed under Ctrl+C, say) go to the same file,
    # never as a traceback on the terminal (Python prints a record no handler takes there)
    database = logging.getLogger("sqlalchemy")
    for logger in (root, database):
        for handler in list(logger.handlers):
            if handler.get_name() in (_HANDLER_NAME, _QUIET_NAME):
                logger.removeHandler(handler)
                handler.close()
    try:
        make_folder(paths.logs, private=True)
        handler = _PrivateFileHandler(
            paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        quiet = logging.NullHandler()
        quiet.set_name(_QUIET_NAME)
        database.addHandler(quiet)
        return None
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(_RedactingFormatter(_FORMAT))
    root.addHandler(handler)
    database.addHandler(handler)
    return paths.log_file
