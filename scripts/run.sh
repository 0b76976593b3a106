#!/usr/bin/env bash
# Set up (first time only) and start the newsdesk desktop app.
# Usage: scripts/run.sh [newsdesk arguments, e.g. --data-dir DIR]
#
# A later start goes straight to the app when .venv was installed from the current
# pyproject.toml (the stamp scripts/bootstrap.sh writes after a good install); otherwise the
# bootstrap runs first and says what it does. `scripts/bootstrap.sh --force` reinstalls.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=.venv/.bootstrap-stamp
if [[ -x .venv/bin/newsdesk && -f $stamp ]]; then
  if command -v sha256sum >/dev/null 2>&1; then hash=$(sha256sum pyproject.toml)
  else hash=$(shasum -a 256 pyproject.toml); fi
  [[ $(<"$stamp") == "${hash%% *}" ]] && exec .venv/bin/newsdesk "$@"
fi
bash scripts/bootstrap.sh
exec .venv/bin/newsdesk "$@"
