"""A command-line PDF export's print engine, started first in a process of its own (Linux).

``newsdesk export ID --format pdf`` is two pieces of work that need not wait for each other:
the command (its modules, reading the library, building the page: plain Python) and the
print engine (PySide6 and Chromium starting, Chromium loading the print fonts). In one
process they share one interpreter lock, so Python's half of each runs in turn. Where the
system can ``fork`` a process cheaply (Linux), the launcher calls ``start(args)`` before the
command's own modules are imported: the new process imports Qt and starts Chromium
(``api.start_printer``) while the command goes on here on the other processor, then waits
for the document, prints it with the very same engine as ever and sends back what printing
gave (``prepared.PdfResult``), or the print error, and ends. This process never loads Qt.

- The command takes the engine with ``take()`` (``services.pdf_export.export_first_pdf``);
  a command that does not (an error first, an edition, another path) leaves it to
  ``release()``, which the launcher calls: the engine's process is stopped.
- A print error (a full disk, a timeout) comes back as a ``NewsdeskError`` with its message
  and code. An engine that is gone or broke (killed, crashed: no answer) raises
  ``EngineLost``, and the command prints in its own process instead: the export still
  succeeds, only later.
- Ctrl+C ends both at once (the engine keeps the default SIGINT action); the command says
  "interrupted".
- Messages are pickles with a length in front, over two pipes between parent and child only.
- The engine warms its page up (``PdfPrinter.prewarm``) only when the document is not there
  yet once Qt stands: a document already waiting loads at once, ~13 ms sooner than after
  the warm-up page.

Elsewhere (Windows, macOS: no safe ``fork`` once a process may hold system frameworks) the
command starts the engine in its own process and builds the page on a worker thread
(``api.print_prepared_pdf``).
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import sys
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:  # loaded by whoever uses them: the launcher loads no more than this module
    from .prepared import PdfResult, PreparedPrint

_HEADER = struct.Struct("<Q")
_state: dict[str, ForkedEngine | None] = {"engine": None}
_taken: list[ForkedEngine] = []  # the engine, once a command took it
_EDITION_FLAGS = ("--status", "--section")
# The engine's modules that need no Qt, loaded first: once PySide6 is loaded, its import hook
# reads the source of every module imported after it (~7 ms of the engine's start).
_BEFORE_QT = ("json", *(f"{__package__}.{name}" for name in (
    "brief", "fonts", "grid", "hyphenate", "makeup", "pdf_info", "prepared")))


class EngineLost(Exception):
    """The print engine's process gave no answer (gone, killed, crashed)."""


def wanted(args: list[str]) -> bool:
    """Whether the command line ``args`` exports one PDF (and the system forks cheaply)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if "export" not in args or any(a in ("-h", "--help") or a.startswith(_EDITION_FLAGS)
                                   for a in args):
        return False
    pairs = zip(args, [*args[1:], ""], strict=True)
    return any(a in ("--format=pdf", "-fpdf") or (a in ("-f", "--format") and b == "pdf")
               for a, b in pairs)


def start(args: list[str]) -> None:
    """Start the print engine's process now when ``args`` exports one PDF (``wanted``).
    Call before anything else is imported or written: the new process begins as a copy."""
    if _state["engine"] is not None or not wanted(args):
        return
    for stream in (sys.stdout, sys.stderr):
        stream.flush()  # nothing buffered is written twice
    to_engine_r, to_engine_w = os.pipe()
    from_engine_r, from_engine_w = os.pipe()
    try:
        pid = os.fork()
    except OSError:  # no memory or process left for it: the command prints itself
        for fd in (to_engine_r, to_engine_w, from_engine_r, from_engine_w):
            os.close(fd)
        return
    if pid == 0:
        os.close(to_engine_w)
        os.close(from_engine_r)
        _serve(to_engine_r, from_engine_w)
    os.close(to_engine_r)
    os.close(from_engine_w)
    _state["engine"] = ForkedEngine(pid, to_engine_w, from_engine_r)


def take() -> ForkedEngine | None:
    """The started engine, once (None when there is none)."""
    engine, _state["engine"] = _state["engine"], None
    if engine is not None:
        _taken.append(engine)
    return engine


def taken() -> bool:
    """Whether a command took the engine (to print with it; it is stopped either way)."""
    return bool(_taken)


def release() -> None:
    """Stop an engine nobody took."""
    engine, _state["engine"] = _state["engine"], None
    if engine is not None:
        engine.close(stop=True)


class ForkedEngine:
    """The parent's side: send one prepared document, get the PDF's result or its error."""

    def __init__(self, pid: int, to_engine: int, from_engine: int) -> None:
        self.pid = pid
        self._to = to_engine
        self._from = from_engine
        self._open = True

    def print(self, prepared: PreparedPrint) -> PdfResult:
        """Print ``prepared`` in the engine's process. Raises the engine's NewsdeskError, or
        EngineLost when it did not answer; the engine is closed either way."""
        try:
            try:
                _send(self._to, prepared)
            except OSError as exc:  # the engine is gone (broken pipe)
                raise EngineLost(f"the print engine is gone ({exc.strerror or exc})") from None
            reply = _receive(self._from)
        finally:
            self.close()
        if reply is None:
            raise EngineLost("the print engine ended without an answer")
        kind, *rest = reply
        if kind == "done":
            return rest[0]
        if kind == "refused":
            from newsdesk.domain.errors import NewsdeskError

            message, code = rest
            raise NewsdeskError(message, code=code)
        raise EngineLost(f"the print engine failed:\n{rest[0]}")

    def close(self, *, stop: bool = False) -> None:
        if not self._open:
            return
        self._open = False
        for fd in (self._to, self._from):
            try:
                os.close(fd)
            except OSError:
                pass
        if stop:
            try:
                os.kill(self.pid, signal.SIGTERM)
            except OSError:  # already gone
                pass
        try:
            os.waitpid(self.pid, 0 if stop else os.WNOHANG)
        except ChildProcessError:
            pass


def _send(fd: int, message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _read(fd: int, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _receive(fd: int) -> Any:
    """The next message, or None when the other side closed its end."""
    header = _read(fd, _HEADER.size)
    if header is None:
        return None
    data = _read(fd, _HEADER.unpack(header)[0])
    return None if data is None else pickle.loads(data)


def _waiting(fd: int) -> bool:
    """Whether a message (or the end of the pipe) is there to read now."""
    try:
        return bool(select.select([fd], [], [], 0)[0])
    except (OSError, ValueError):
        return False


def _streams_to_null() -> None:
    """Chromium's processes, started by this one, get /dev/null as their standard output and
    error, not the command's: they outlive this process by ~25 ms, which a caller reading
    the command's output through a pipe would wait for, and their stdout is not the command's
    output. Python's own streams here go on writing where they wrote (a private copy of each
    descriptor, which no process started from here inherits). What Chromium would say is not
    lost for the command: a print that fails comes back as an error, one that crashes as
    ``EngineLost`` (printed again in the command's process, with Chromium's messages)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    for fd, name in ((1, "stdout"), (2, "stderr")):
        stream = getattr(sys, name)
        try:
            if stream is not None:
                stream.flush()
                private = os.dup(fd)  # not inheritable
                setattr(sys, name, os.fdopen(private, "w", buffering=1,
                                             encoding=stream.encoding, errors=stream.errors))
            os.dup2(null, fd)
        except (OSError, ValueError):  # no such stream: nothing to keep
            pass
    os.close(null)


def _serve(inbox: int, outbox: int) -> NoReturn:
    """The engine's process: start Chromium, wait for the document, print it, answer, end."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C: the command says it
        _streams_to_null()
        from importlib import import_module

        from newsdesk.domain.errors import NewsdeskError

        for name in _BEFORE_QT:
            import_module(name)
        from . import api

        api.start_printer(warm_up=lambda: not _waiting(inbox))
        prepared = api.beside_the_engine(lambda: _receive(inbox))
        if prepared is not None:
            try:
                result = api.print_document_pdf(
                    prepared.document, prepared.target, prepared.setup,
                    warnings=prepared.warnings, target_lines=prepared.target_lines)
                reply: tuple = ("done", result)
            except NewsdeskError as exc:
                reply = ("refused", exc.message, exc.code)
            _send(outbox, reply)
    except BaseException:  # told to the command, which says it
        import traceback

        code = 1
        try:
            _send(outbox, ("failed", traceback.format_exc()))
        except BaseException:  # the command is gone: nobody to tell
            pass
    for stream in (sys.stdout, sys.stderr):  # a caller reading them has its end of file now,
        try:  # not once this large process is unmapped
            stream.flush()
            os.close(stream.fileno())
        except (AttributeError, OSError, ValueError):
            pass
    os._exit(code)  # nothing of the command's to finish: Qt's and Chromium's teardown skipped
