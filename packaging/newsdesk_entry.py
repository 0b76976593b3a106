"""Entry script of the frozen app (PyInstaller).

One script serves both executables of the bundle: ``newsdesk`` (console: the command line,
or the app when no command is given) and ``newsdesk-gui`` (windowed: always the app, used by
the desktop launcher, the macOS .app and the Windows file association; files to open are
passed as arguments).
"""

import os
import sys

from newsdesk.launcher import gui_main, main

if __name__ == "__main__":
    name = os.path.basename(sys.executable).lower()
    # Old macOS versions add a process serial number argument to apps started by Finder.
    args = [arg for arg in sys.argv[1:] if not arg.startswith("-psn_")]
    sys.exit(gui_main(args) if name.startswith("newsdesk-gui") else main(args))
