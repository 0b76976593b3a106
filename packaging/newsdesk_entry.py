"""Entry script of the frozen app (PyInstaller).

One script serves both executables of the bundle: ``newsdesk`` (console: the command line,
or the app when no command is given) and ``newsdesk-gui`` (windowed: always the app, used by
the desktop launcher, the macOS .app and the Windows file association; files to open are
passed as arguments).
"""

import sys


def is_windowed(executable: str) -> bool:
    """Whether this process is the windowed ``newsdesk-gui`` executable."""
    name = executable.replace("\\", "/").rsplit("/", 1)[-1]
    return name.lower().startswith("newsdesk-gui")


def app_arguments(argv: list[str]) -> list[str]:
    # Old macOS versions add a process serial number argument to apps started by Finder.
    return [arg for arg in argv if not arg.startswith("-psn_")]


if __name__ == "__main__":
    from newsdesk.launcher import gui_main, main

    args = app_arguments(sys.argv[1:])
    sys.exit(gui_main(args) if is_windowed(sys.executable) else main(args))
