#!/usr/bin/env bash
# Install what the real input-method tests (tests/test_ime_real.py) need: a virtual X screen,
# xdotool, a D-Bus session daemon, ibus and fcitx5, each with its Unikey engine (Vietnamese
# Telex/VNI), from Debian's packages (Qt reaches fcitx5 through fcitx5's ibus frontend: no Qt
# frontend package is needed). Run as root (CI); quick when everything is already installed.
# Exits non-zero when something cannot be installed, so that CI does not go on without them.
set -euo pipefail

need=()
for pkg in xvfb xdotool dbus dbus-x11 libglib2.0-bin ibus ibus-unikey fcitx5 fcitx5-unikey; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if ((${#need[@]} == 0)); then
  exit 0
fi
if [[ $(id -u) != 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ci-ime: please install: ${need[*]}" >&2
  exit 1
fi
echo "ci-ime: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
