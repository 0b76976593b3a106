"""The installed ``newsdesk`` command run as a print desk or a script runs it: a new process,
offscreen, on a data folder of the test's own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_SCRIPT = Path(sys.executable).with_name("newsdesk")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "newsdesk"]


def run_newsdesk(data_dir: Path, *args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    """``newsdesk --data-dir DATA_DIR ARGS…``: its exit code, stdout and stderr (UTF-8)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([*COMMAND, "--data-dir", str(data_dir), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=timeout)
