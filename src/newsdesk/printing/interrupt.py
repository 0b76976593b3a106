"""Ctrl+C while printing: it takes effect between Qt's work, never inside Qt's callbacks.

Python turns SIGINT into KeyboardInterrupt in whatever Python code the main thread runs next.
While Qt's event loop prints a PDF that is one of Qt's callbacks (a slot, the URL scheme
handler, the request interceptor, a JavaScript answer): Qt prints the traceback and swallows
it, the step that was cut is never finished, and the loop goes on waiting for a print that
will not come (a second Ctrl+C is not even seen, no Python runs while Qt waits). And while
PySide6 is first imported, a KeyboardInterrupt in shiboken's start-up aborts the interpreter.

- ``held_interrupt()``: Ctrl+C during the block (importing Qt, starting its application and
  the print engine) takes effect when the block ends.
- ``interruptible(loop, stop)``: Ctrl+C while ``loop`` runs calls ``stop()`` (cancel the
  print) and quits the loop at once, from a socket notifier of the loop's own (Python's
  ``signal.set_wakeup_fd`` wakes it), then takes effect when the block ends.

"Takes effect" is the SIGINT handler that was there before being called, on the main thread
outside any Qt callback: Python's own raises KeyboardInterrupt there, which the command line
says as "newsdesk: interrupted" (exit 130). The previous handler and wake-up descriptor are
back in place once the block ends. Where there is nothing to do it does nothing: off the main
thread (signals go to the main thread only) or when SIGINT is not handled in Python (the
print engine's own process keeps the default action: Ctrl+C ends it at once).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QEventLoop


class CtrlC:
    """SIGINT noted (``caught``), not raised, while installed; the previous handler is kept."""

    def __init__(self) -> None:
        self.caught = False
        self.previous: Callable[[int, Any], Any] | None = None

    def install(self) -> bool:
        if threading.current_thread() is not threading.main_thread():
            return False
        previous = signal.getsignal(signal.SIGINT)
        if not callable(previous):  # SIG_DFL, SIG_IGN, or set outside Python: left as it is
            return False
        self.previous = previous
        signal.signal(signal.SIGINT, self._note)
        return True

    def _note(self, _signum: int, _frame: Any) -> None:
        self.caught = True  # only noted: this may run in the middle of one of Qt's callbacks

    def restore(self) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)

    def deliver(self) -> None:
        """The previous handler, once, when Ctrl+C came (KeyboardInterrupt for Python's)."""
        if self.caught and self.previous is not None:
            self.caught = False
            self.previous(signal.SIGINT, None)


@contextmanager
def held_interrupt() -> Iterator[None]:
    """Ctrl+C during the block takes effect when it ends (see the module's notes)."""
    held = CtrlC()
    if not held.install():
        yield
        return
    try:
        yield
    finally:
        held.restore()
        held.deliver()


@contextmanager
def interruptible(loop: QEventLoop, stop: Callable[[], None] | None = None) -> Iterator[CtrlC]:
    """Ctrl+C while ``loop`` runs in the block: ``stop()``, ``loop.quit()``, and when the
    block ends, the previous SIGINT handler (KeyboardInterrupt). A Ctrl+C before the loop
    runs quits it as soon as it starts. Gives the ``CtrlC``: whether one came so far."""
    held = CtrlC()
    if not held.install():
        yield held
        return
    import socket  # ~3 ms: loaded once Qt is

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    notifier = None
    previous_fd: int | None = None
    try:
        for end in (reader, writer):
            end.setblocking(False)
        previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)

        def woken() -> None:
            signals = b""
            try:
                while chunk := reader.recv(512):
                    signals += chunk
            except OSError:  # nothing more to read
                pass
            if held.caught or signal.SIGINT in signals:
                held.caught = True
                if stop is not None:
                    stop()
                loop.quit()

        notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
        notifier.activated.connect(woken)
        if held.caught:  # before the wake-up descriptor was there: the loop is woken all the same
            writer.send(bytes([signal.SIGINT]))
        yield held
    finally:
        if notifier is not None:
            notifier.setEnabled(False)
        if previous_fd is not None:
            signal.set_wakeup_fd(previous_fd)
        held.restore()
        reader.close()
        writer.close()
        held.deliver()
