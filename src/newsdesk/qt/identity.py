"""Who the app is to the system: its names, icon and ids (task bar, dock, every dialog).

Used by ``app`` when the application object is made and by ``main_window`` for its title and
icon; it imports neither, so the two do not import each other.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication

from newsdesk import APP_ID, APP_NAME, ORGANIZATION

log = logging.getLogger(__name__)

DISPLAY_NAME = "Newsdesk"  # as the desktop file, the AppStream metainfo and the macOS app say


def set_identity(app: QApplication) -> None:
    """Names, icon and ids the system shows for the app (task bar, dock, every dialog)."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setDesktopFileName(APP_ID)  # packaging/linux/<APP_ID>.desktop: Wayland app id, task bar
    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    set_windows_app_id()


def app_icon():
    """The app's icon from the shipped resources (None if this install lacks it)."""
    from PySide6.QtGui import QIcon

    from newsdesk.config.resources import resource_path

    try:
        path = resource_path("icons", "newsdesk.svg")
    except FileNotFoundError:
        return None
    return QIcon(str(path)) if path.is_file() else None


def set_windows_app_id() -> bool:
    """On Windows, group the windows under the app's own id (not python.exe's) in the task
    bar, before any window appears. Never fails; True when the id was set."""
    if sys.platform != "win32":
        return False
    try:
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)  # type: ignore[attr-defined,unused-ignore]
    except Exception:  # an older Windows or a missing shell32: cosmetic only
        log.debug("cannot set the AppUserModelID", exc_info=True)
        return False
    return True
