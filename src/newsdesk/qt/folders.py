"""The window's settings file (``window.ini`` in the settings folder: geometry, the last
article, export folders and formats), and where a file dialog opens: the folder last chosen
for the same kind of file (an import, a photo, a QR code), kept there, else the home folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def window_state(config: Path | str) -> QSettings:
    """The window's settings, in ``config`` (the app's settings folder)."""
    return QSettings(str(Path(config) / "window.ini"), QSettings.Format.IniFormat)


def start_folder(config: Path | str | None, kind: str) -> Path:
    """The folder a dialog for ``kind`` opens in: the last one chosen, while it exists."""
    if config is not None:
        saved = str(window_state(config).value(f"folders/{kind}", "") or "")
        if saved and Path(saved).is_dir():
            return Path(saved)
    return Path.home()


def remember_folder(config: Path | str | None, kind: str, chosen: Path | str) -> None:
    """``chosen`` (a file) was picked in a dialog for ``kind``: its folder opens next time."""
    if config is None:
        return
    state = window_state(config)
    state.setValue(f"folders/{kind}", str(Path(chosen).parent))
    state.sync()
