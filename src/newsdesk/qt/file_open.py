"""Files handed to the app by the system: ``newsdesk FILE.md``, ``newsdesk-gui FILE.newsdesk``,
the desktop file's ``%F``, Windows' file associations (all on the command line) and macOS
Finder (a ``QEvent.FileOpen`` sent to the QApplication instead of arguments).

``files_in_argv`` picks the article files out of the app's arguments (Qt's own options such as
``-platform xcb`` pass by untouched). ``NewsdeskApplication`` (the app's QApplication) hands
each FileOpen event's path to the window. ``PendingFiles`` holds paths that arrive before
the library is open and releases them, in order, once it is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

# What the app imports (Library.import_file's IMPORTERS): Markdown articles and review bundles.
OPENABLE_SUFFIXES = (".md", ".markdown", ".newsdesk")

# Qt options that take a value: that value is not a file to open.
_QT_WITH_VALUE = frozenset({
    "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qmljsdebugger",
    "-style", "-stylesheet", "-session", "-display", "-geometry", "-title", "-name",
    "-qwindowgeometry", "-qwindowtitle", "-qwindowicon", "--data-dir", "--database",
})


def is_openable(path: str | Path) -> bool:
    return Path(path).suffix.lower() in OPENABLE_SUFFIXES


def files_in_argv(argv: list[str]) -> list[Path]:
    """The article files named in ``argv`` (by suffix; a missing file is kept so that opening
    it explains what is wrong)."""
    files: list[Path] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _QT_WITH_VALUE:
            skip = True
            continue
        if arg.startswith("-"):
            continue
        if arg.startswith("file://"):
            from urllib.parse import unquote, urlparse

            arg = unquote(urlparse(arg).path)
        if is_openable(arg):
            files.append(Path(arg).expanduser())
    return files


class NewsdeskApplication(QApplication):
    """The app's QApplication: Finder's "open with" arrives as QEvent.FileOpen sent to it.

    Handled by overriding ``event`` (which sees only the application's own events) rather than
    an application-wide event filter: a Python filter is called for every event of every
    object, and PySide then wraps objects QtWebEngine is tearing down, which can crash. Paths
    that arrive before a window listens are kept in ``waiting``."""

    file_open_requested = Signal(str)

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        from .collector import UiThreadCollector

        self.collector = UiThreadCollector(self)  # Python's GC on this thread only
        # While a worker runs Python (a spelling check, an autosave's snapshot), the UI thread
        # waits for the interpreter's lock up to the switch interval each time it needs it:
        # 5 ms by default, several times a keystroke. 1 ms keeps typing smooth.
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
        self.waiting: list[str] = []
        self.listening = False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file() or event.url().toLocalFile()
            if name:
                if self.listening:
                    self.file_open_requested.emit(name)
                else:
                    self.waiting.append(name)
                return True
        return super().event(event)

    def listen(self, open_file: Callable[[str | Path], None]) -> None:
        """Send FileOpen paths (those already waiting first) to ``open_file``."""
        self.file_open_requested.connect(open_file)  # dropped when the window is destroyed
        self.listening = True
        waiting, self.waiting = self.waiting, []
        for name in waiting:
            open_file(name)


class PendingFiles:
    """Paths to open once the library is ready (files may arrive before it is)."""

    def __init__(self, open_file: Callable[[Path], None]) -> None:
        self._open_file = open_file
        self._waiting: list[Path] = []
        self.ready = False
        self.seen_any = False

    def add(self, path: Path) -> None:
        self.seen_any = True
        if self.ready:
            self._open_file(path)
        else:
            self._waiting.append(path)

    def release(self) -> None:
        self.ready = True
        waiting, self._waiting = self._waiting, []
        for path in waiting:
            self._open_file(path)
