"""Files handed to the app by the system: ``newsdesk FILE.md``, ``newsdesk-gui FILE.newsdesk``,
the desktop file's ``%F``, Windows' file associations (all on the command line) and macOS
Finder (a ``QEvent.FileOpen`` sent to the QApplication instead of arguments).

``files_in_argv`` picks the article files out of the app's arguments (Qt's own options such as
``-platform xcb`` pass by untouched). ``FileOpenFilter`` is installed on the QApplication and
hands each FileOpen event's path to a callback. ``PendingFiles`` holds paths that arrive before
the library is open and releases them, in order, once it is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

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


class FileOpenFilter(QObject):
    """An event filter for the QApplication: Finder's "open with" arrives as QEvent.FileOpen."""

    def __init__(self, open_file: Callable[[Path], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_file = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file() or event.url().toLocalFile()
            if name:
                self._open_file(Path(name))
                return True
        return super().eventFilter(watched, event)


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
