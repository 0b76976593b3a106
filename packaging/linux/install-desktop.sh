#!/bin/sh
# Register the newsdesk bundle this script sits in with the desktop: menu entry, icon,
# AppStream metadata and the .newsdesk file type (double-click opens it in newsdesk), plus
# `newsdesk` and `newsdesk-gui` commands on PATH.
#
# Usage: ./install-desktop.sh              for the current user (~/.local)
#        sudo ./install-desktop.sh --system for everyone (/usr/local)
#        ./install-desktop.sh --uninstall [--system]
# XDG_DATA_HOME and NEWSDESK_BIN_DIR override where the files and commands go.
set -eu

APP_ID=io.github.newsdesk.Newsdesk
HERE=$(cd "$(dirname "$0")" && pwd)
SYSTEM=0
UNINSTALL=0
for arg in "$@"; do
  case "$arg" in
    --system) SYSTEM=1 ;;
    --uninstall) UNINSTALL=1 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "install-desktop.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done
if [ "$SYSTEM" = 1 ]; then
  DATA=/usr/local/share
  BIN=${NEWSDESK_BIN_DIR:-/usr/local/bin}
else
  DATA=${XDG_DATA_HOME:-$HOME/.local/share}
  BIN=${NEWSDESK_BIN_DIR:-$HOME/.local/bin}
fi

refresh() {
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "$UNINSTALL" = 1 ]; then
  rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml" \
        "$DATA/mime/packages/$APP_ID.xml" "$BIN/newsdesk" "$BIN/newsdesk-gui"
  find "$DATA/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
  refresh
  echo "newsdesk: desktop integration removed from $DATA"
  exit 0
fi

[ -x "$HERE/newsdesk-gui" ] || { echo "install-desktop.sh: $HERE/newsdesk-gui is missing" >&2; exit 1; }
mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages" "$DATA/icons" "$BIN"
# The launcher starts this very bundle: absolute, quoted path of newsdesk-gui.
sed -e "s|^Exec=newsdesk-gui|Exec=\"$HERE/newsdesk-gui\"|" \
    -e "s|^TryExec=newsdesk-gui|TryExec=$HERE/newsdesk-gui|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
cp "$HERE/share/mime/packages/$APP_ID.xml" "$DATA/mime/packages/"
cp -R "$HERE/share/icons/hicolor" "$DATA/icons/"
ln -sf "$HERE/newsdesk" "$BIN/newsdesk"
ln -sf "$HERE/newsdesk-gui" "$BIN/newsdesk-gui"
refresh
echo "newsdesk: installed the launcher, icon and .newsdesk file type in $DATA; commands in $BIN"
