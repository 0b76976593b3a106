#!/usr/bin/env bash
# Run everything a change must pass: lint, the layer contracts, the type check (mypy, packages
# listed in pyproject.toml) and the test suite (offscreen).
# Usage: scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/lint-imports
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
