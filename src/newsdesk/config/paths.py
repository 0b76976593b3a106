"""Every folder newsdesk uses, in one place.

By default the platform's user folders (platformdirs). ``--data-dir`` or ``NEWSDESK_DATA_DIR``
moves *everything* (database, photos, cache, config, logs) below one folder: tests and a
portable install on a USB stick use that. ``ensure`` makes the data and log folders private
to the user (0700: they hold the database, the crash-recovery journal and the log); the
config and cache folders get the umask's mode.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from newsdesk import APP_NAME, ORGANIZATION

from .atomic import make_folder

ENV_DATA_DIR = "NEWSDESK_DATA_DIR"
ENV_DATABASE_URL = "NEWSDESK_DATABASE_URL"
# where a shared library's live listener connects when that is not where the app's queries go:
# LISTEN/NOTIFY and session locks need a session of their own, which a pooler in transaction
# mode (pgbouncer's usual setting) does not give; the server itself or a session-mode pool does
ENV_LIVE_DATABASE_URL = "NEWSDESK_LIVE_DATABASE_URL"


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    cache: Path
    logs: Path

    @property
    def database_file(self) -> Path:
        return self.data / "newsdesk.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.logs / "newsdesk.log"

    def ensure(self) -> Paths:
        for folder, private in ((self.data, True), (self.config, False), (self.cache, False),
                                (self.logs, True)):
            make_folder(folder, private=private)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The folders to use: ``data_dir`` if given, else $NEWSDESK_DATA_DIR, else the OS's."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR) or None
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return Paths(data=root, config=root / "config", cache=root / "cache", logs=root / "logs")
    import platformdirs  # only for the platform's own folders

    dirs = platformdirs.PlatformDirs(APP_NAME, ORGANIZATION)
    return Paths(
        data=Path(dirs.user_data_dir),
        config=Path(dirs.user_config_dir),
        cache=Path(dirs.user_cache_dir),
        logs=Path(dirs.user_log_dir),
    )


def live_database_url() -> str | None:
    """$NEWSDESK_LIVE_DATABASE_URL, the live listener's own way to the server, if set."""
    return os.environ.get(ENV_LIVE_DATABASE_URL, "").strip() or None


def database_url(paths: Paths, override: str | None = None) -> str:
    """The SQLAlchemy URL: ``override``, else $NEWSDESK_DATABASE_URL, else SQLite in data."""
    url = override or os.environ.get(ENV_DATABASE_URL) or ""
    if url:
        return url
    return f"sqlite:///{paths.database_file.as_posix()}"
