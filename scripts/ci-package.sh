#!/usr/bin/env bash
# Build the Linux desktop bundle in a clean environment and check that the built app works.
#
# A fresh virtualenv under a temporary folder gets `pip install .[postgres]` plus PyInstaller (nothing
# from .venv is used); packaging/build.py builds the one-folder bundle; packaging/bundle_smoke.py
# runs the frozen executable headless: --version, import of a sample article, list --json, a PDF
# export read back with pypdfium2 (when the CLI offers it) and the desktop integration install.
# Prints the bundle size and the build time. Exit status non-zero when anything failed.
# Everything is removed at the end, unless NEWSDESK_PACKAGE_KEEP=DIR asks to keep the bundle there.
#
# Usage: scripts/ci-package.sh        (about 2-3 minutes on 2 cores with a warm pip cache)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-python3}
started=$(date +%s)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-package.XXXXXX")
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT

echo "ci-package: clean environment in $WORK"
"$PY" -m venv "$WORK/venv"
VPY="$WORK/venv/bin/python"
"$VPY" -m pip install -q "$ROOT[postgres]" "pyinstaller>=6.10" "pypdfium2>=4.30" 2>&1 \
  | grep -v "^WARNING: Location" || true
"$VPY" -c "import newsdesk, PyInstaller, pypdfium2" \
  || { echo "ci-package: the clean environment is incomplete" >&2; exit 1; }
installed=$(date +%s)
echo "ci-package: environment ready in $((installed - started)) s"

export QT_QPA_PLATFORM=offscreen
"$VPY" packaging/build.py --dist "$WORK/dist" --work "$WORK/build" | tee "$WORK/build.log"
built=$(date +%s)

"$VPY" packaging/bundle_smoke.py "$WORK/dist/newsdesk"
checked=$(date +%s)

if [[ -n ${NEWSDESK_PACKAGE_KEEP:-} ]]; then
  mkdir -p "$NEWSDESK_PACKAGE_KEEP"
  rm -rf "${NEWSDESK_PACKAGE_KEEP:?}/newsdesk"
  mv "$WORK/dist/newsdesk" "$NEWSDESK_PACKAGE_KEEP/"
  echo "ci-package: bundle kept in $NEWSDESK_PACKAGE_KEEP/newsdesk"
fi
echo "ci-package: $(grep -m1 'bundle size' "$WORK/build.log" | sed 's/^build: //')"
echo "ci-package: build time $((built - installed)) s (PyInstaller and icons)," \
     "clean install $((installed - started)) s, checks $((checked - built)) s," \
     "total $((checked - started)) s"
echo "ci-package: passed"
