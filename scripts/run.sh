#!/usr/bin/env bash
# Set up (first time only) and start the newsdesk desktop app.
# Usage: scripts/run.sh [newsdesk arguments, e.g. --data-dir DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/newsdesk "$@"
