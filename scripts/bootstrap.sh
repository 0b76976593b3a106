#!/usr/bin/env bash
# Prepare a fresh machine for newsdesk: the system libraries Qt needs (Debian/Ubuntu, when run
# as root) and a virtual environment in .venv with newsdesk and its test tools installed.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

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
if [[ ! -x .venv/bin/python ]]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -m pip install -q -e '.[test]' 2>&1 | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import newsdesk, PySide6, sqlalchemy, markdown_it" \
  || { echo "bootstrap: the installation in .venv is incomplete" >&2; exit 1; }
