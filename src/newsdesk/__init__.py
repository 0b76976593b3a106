"""newsdesk: a desktop article editor and publisher for newsrooms.

The version below is the single source of truth: the wheel, the CLI's ``--version``, the
window title and the packaged app all read it from here.
"""

__version__ = "0.1.0"
APP_NAME = "newsdesk"
ORGANIZATION = "newsdesk"
# Reverse-DNS id: the .desktop file, AppStream metainfo, icon name and macOS bundle id use it.
APP_ID = "io.github.newsdesk.Newsdesk"
