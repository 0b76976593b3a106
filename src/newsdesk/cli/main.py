"""The ``newsdesk`` command line (docs/formats.md §5): global options, the command registry, errors.

Each command lives in its own module ``newsdesk.cli.cmd_<name>`` with ``register(subparsers)``
(adds its sub-parser) and ``run(args, library) -> int``. A command that needs no library sets
``NEEDS_LIBRARY = False`` and receives ``None``. Add a command by adding its name to COMMANDS.

Exit codes: 0 done; 2 bad input or usage (one ``newsdesk: …`` line on stderr); 1 an
unexpected failure (one line on stderr, the traceback in the log file).

A command that started QtWebEngine (``export --format pdf``), or that handed its PDF to the
print engine's own process (``printing.forked``), leaves the process at once when run as the program
(``exit_quickly``): its output is flushed, exit handlers run, and the teardown (Chromium's,
~0.2 s, or the interpreter's; nothing left to save) is skipped.

Start-up is kept short: only the module of the command being run is imported and registered
(every command when the line names none, e.g. ``--help``, or when that parse fails, so that
argparse explains the error against the full set); ``--version`` imports no command at all.
"""

from __future__ import annotations

import argparse
import atexit
import importlib
import logging
import os
import re
import sys
from types import ModuleType
from typing import NoReturn

from newsdesk import __version__
from newsdesk.domain.errors import NewsdeskError

# One module per command: newsdesk.cli.cmd_<name>.
COMMANDS: list[str] = [
    "import",
    "list",
    "show",
    "export",
    "qr",
    "status",
    "history",
    "diff",
    "restore",
    "maintenance",
    "spell",
    "changes",
    "accept",
    "reject",
]

_GLOBAL_WITH_VALUE = ("--data-dir", "--database")
_NO_GUI_FLAGS = ("-h", "--help", "--version")
log = logging.getLogger("newsdesk.cli")


class UsageError(NewsdeskError):
    code = "usage"


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises UsageError instead of printing and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def command_module(name: str) -> ModuleType:
    return importlib.import_module(f"newsdesk.cli.cmd_{name.replace('-', '_')}")


def build_parser(only: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser with the commands ``only`` (default: every command in COMMANDS)."""
    from newsdesk.config.paths import ENV_DATA_DIR, ENV_DATABASE_URL

    parser = _Parser(
        prog="newsdesk",
        description="Write, preview, print and export newsroom articles. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder for the database, photos, settings and logs (or ${ENV_DATA_DIR})",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help=f"SQLAlchemy database URL, e.g. postgresql+psycopg://… (or ${ENV_DATABASE_URL}); "
        "default: SQLite in the data folder",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS if only is None else only:
        command_module(name).register(sub)
    return parser


def command_position(argv: list[str]) -> int | None:
    """The index of the command word in ``argv`` (skipping global options), or None."""
    skip = False
    for index, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg in _GLOBAL_WITH_VALUE:
            skip = True
        elif arg == "--":
            return index + 1 if index + 1 < len(argv) else None
        elif not arg.startswith("-") or arg == "-":
            return index
    return None


def _parse(args_list: list[str]) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """Parse with the named command only; fall back to every command when that fails."""
    position = command_position(args_list)
    name = args_list[position] if position is not None else None
    asks_help = any(arg in ("-h", "--help") for arg in args_list[:position])
    if name in COMMANDS and not asks_help:
        try:
            parser = build_parser([name])
            return parser, parser.parse_args(args_list)
        except NewsdeskError:
            pass  # e.g. a global option misread: the full parser gives the real message
    elif name is None and "--version" in args_list:
        parser = build_parser([])
        return parser, parser.parse_args(args_list)
    parser = build_parser()
    return parser, parser.parse_args(args_list)


_GUI_FILE_SUFFIXES = (".md", ".markdown", ".newsdesk")


def _is_article_file(arg: str) -> bool:
    """An existing article file given without a command (``newsdesk story.md``, a file
    manager's "open with"): the desktop app opens it."""
    from pathlib import Path

    path = Path(arg)
    return arg not in COMMANDS and path.suffix.lower() in _GUI_FILE_SUFFIXES and path.is_file()


def wants_gui(argv: list[str]) -> bool:
    """True when ``argv`` names no command (and no --help/--version): open the desktop app.
    Existing .md / .newsdesk files named instead of a command are opened by the app."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _GLOBAL_WITH_VALUE:
            skip = True
            continue
        if any(arg.startswith(opt + "=") for opt in _GLOBAL_WITH_VALUE):
            continue
        if not arg.startswith("-") and _is_article_file(arg):
            continue
        if arg in _NO_GUI_FLAGS or not arg.startswith("-"):
            return False
        if arg.startswith("-"):
            return False  # an unknown option: let the CLI explain it
    return True


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else list(argv)
    _utf8_output()
    try:
        parser, args = _parse(args_list)
    except NewsdeskError as exc:
        return _fail(exc.message, 2)
    except SystemExit as exc:  # --help / --version print and exit through argparse
        return int(exc.code or 0)
    if not args.command:
        parser.print_help()
        return 0
    from newsdesk.config.paths import resolve_paths
    from newsdesk.services.logs import configure_logging

    paths = resolve_paths(args.data_dir)
    log_file = configure_logging(paths)
    library = None
    try:
        module = command_module(args.command)
        if getattr(module, "NEEDS_LIBRARY", True):
            from newsdesk.services.library import Library

            library = Library.open(data_dir=args.data_dir, database_url=args.database)
        return int(module.run(args, library) or 0)
    except NewsdeskError as exc:
        log.info("%s failed: %s (%s)", args.command, exc.message, exc.code)
        return _fail(exc.message, 2)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: full details in the log, one line for the user
        log.exception("unexpected failure in 'newsdesk %s'", args.command)
        where = f" (details in {log_file})" if log_file else ""
        return _fail(f"unexpected error: {type(exc).__name__}: {exc}{where}", 1)
    finally:
        if library is not None:
            library.close()


def exit_quickly(code: int, *, printed_elsewhere: bool = False) -> None:
    """End the program now with ``code`` when this process started a Qt application, or when
    it handed its PDF to the print engine's own process (``printed_elsewhere``: printed
    there, or refused there, or stopped after an error here).

    The PDF is already written (atomically), stdout/stderr are flushed and the exit handlers
    run (logs closed, the print page released); only the teardown is skipped: Qt's and
    Chromium's, which takes longer than the export itself, or the interpreter's unloading of
    the command's modules (~20 ms of the export's 0.5 s). Returns (normal exit) otherwise, or
    when a profiler / debugger / coverage tracer is watching. Meanwhile Ctrl+C is ignored:
    the command is over, and another Ctrl+C (a second press after "interrupted") would only
    cut an exit handler short with its traceback.
    Only for the program's entry point: never call it from code that must go on running."""
    qt_core = sys.modules.get("PySide6.QtCore")
    started_qt = qt_core is not None and qt_core.QCoreApplication.instance() is not None
    if not (started_qt or printed_elsewhere):
        return
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return  # a profiler or debugger reports after the program returns: let it
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_handlers is None:  # pragma: no cover - every CPython has it
        return
    import signal  # loaded by now (Qt, the print engine's process): not at every start-up

    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: not the program's entry point after all
        pass
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
            os.close(stream.fileno())  # a caller reading them has its end of file at once
        except (OSError, ValueError):  # a closed pipe: nothing more can be said
            pass
    os._exit(code)


def _utf8_output() -> None:
    """Vietnamese must print even where the locale is not UTF-8 (a Windows pipe, LANG=C)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8")
            except (ValueError, OSError):  # pragma: no cover - a stream that cannot change
                pass


MAX_LINE = 300


KEPT_END = 150  # characters of a long line's end kept: what was done, what to do


def say(message: str) -> None:
    """One ``newsdesk: …`` line on stderr (a warning, what an import did): white space folded,
    controls and bidi marks escaped, passwords hidden, under MAX_LINE characters. A longer
    one loses its middle (often a quoted error), never its end, which says what happened
    and what to do."""
    from newsdesk.domain.text import for_terminal, redact

    first_line = redact(for_terminal(str(message)[:4000])) or "failed"
    room = MAX_LINE - len("newsdesk: ") - 1  # the whole line stays under MAX_LINE
    while len(first_line) > room:  # an aside in brackets goes first, the longest first
        asides = [m for m in re.finditer(r" \([^()]*\)", first_line)
                  if m.end() <= len(first_line) - KEPT_END // 3]
        if not asides:
            break
        longest = max(asides, key=lambda m: m.end() - m.start())
        first_line = first_line[:longest.start()] + first_line[longest.end():]
    if len(first_line) > room:
        first_line = first_line[: room - 1 - KEPT_END] + "…" + first_line[-KEPT_END:]
    print(f"newsdesk: {first_line}", file=sys.stderr)


def _fail(message: str, code: int) -> int:
    """One line on stderr (``say``); ``code``."""
    say(message)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
