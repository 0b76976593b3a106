#!/usr/bin/env bash
# Prepare a fresh machine for newsdesk: the system libraries Qt needs (Debian/Ubuntu, when run
# as root) and a virtual environment in .venv with newsdesk and its test tools installed.
# Safe to run again: it only installs what is missing. The pip step is skipped when
# .venv/.bootstrap-stamp holds the hash of the current pyproject.toml (written after a
# successful install); a changed pyproject.toml, a new .venv or --force runs it again.
# Usage: scripts/bootstrap.sh [--force]
set -euo pipefail
cd "$(dirname "$0")/.."

# The hash a finished install is stamped with (scripts/run.sh compares it too).
pyproject_hash() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum pyproject.toml | cut -d' ' -f1
  else shasum -a 256 pyproject.toml | cut -d' ' -f1; fi
}

need_apt=()
if command -v dpkg >/dev/null 2>&1; then
  for pkg in libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
             libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libegl1 libgl1 libnss3 \
             libxkbcommon0 libfontconfig1 libdbus-1-3 libxcomposite1 libxdamage1 libxrandr2 \
             libxtst6 libasound2 libxshmfence1 libgbm1; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
  done
fi
if ((${#need_apt[@]})); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: installing system libraries: ${need_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null \
      || apt-get install -y -qq --no-install-recommends \
           $(printf '%s\n' "${need_apt[@]}" | sed 's/^libasound2$/libasound2t64/') >/dev/null
  else
    echo "bootstrap: please install these system libraries first: ${need_apt[*]}" >&2
  fi
fi

PY=${PYTHON:-python3}
STAMP=.venv/.bootstrap-stamp
wanted=$(pyproject_hash)
if [[ ${1:-} != --force && -x .venv/bin/python && -f $STAMP && $(<"$STAMP") == "$wanted" ]]; then
  exit 0  # installed from this very pyproject.toml: nothing to do
fi

first=0
if [[ ! -x .venv/bin/python ]]; then
  first=1
  echo "bootstrap: creating the virtual environment .venv ($("$PY" --version 2>&1))"
  "$PY" -m venv .venv
fi
rm -f "$STAMP"
if ((first)); then
  # the first install downloads PySide6 and the rest (a few hundred MB): pip shows its progress
  echo "bootstrap: installing newsdesk and its dependencies into .venv (first time: a few minutes)"
  .venv/bin/python -m pip install --upgrade pip
  .venv/bin/python -m pip install -e '.[test]'
else
  echo "bootstrap: updating .venv (pyproject.toml is new or changed since the last install)"
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -m pip install -q -e '.[test]' 2>&1 | grep -v "^WARNING: Location" || true
fi
.venv/bin/python -c "import newsdesk, PySide6, sqlalchemy, markdown_it" \
  || { echo "bootstrap: the installation in .venv is incomplete" >&2; exit 1; }
echo "$wanted" >"$STAMP"
echo "bootstrap: .venv is ready"
