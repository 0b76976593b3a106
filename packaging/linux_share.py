"""Linux desktop integration files and their place in the bundle.

Owns the freedesktop.org files in ``packaging/linux`` (the ``.desktop`` launcher, the
AppStream metainfo, the shared-mime-info type of ``.newsdesk`` bundles) and
``install_share(bundle, ...)``, which lays them out under ``<bundle>/share`` in the standard
XDG tree together with the hicolor icons and ``install-desktop.sh``.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from appicons import IconSet
from spec_support import AppInfo, read_app_info

LINUX = Path(__file__).resolve().parent / "linux"
APP_ID = read_app_info().app_id
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / "newsdesk-mime.xml"
INSTALLER = LINUX / "install-desktop.sh"


def metainfo_versions(path: Path = METAINFO) -> list[str]:
    """Versions of the ``<release>`` entries, newest first (as AppStream lists them)."""
    root = ET.parse(path).getroot()
    return [release.get("version", "") for release in root.iterfind("releases/release")]


def install_share(bundle: Path, info: AppInfo, icon_set: IconSet) -> Path:
    """Copy the desktop files and icons into ``<bundle>/share``; returns that folder."""
    if metainfo_versions()[:1] != [info.version]:
        raise ValueError(f"{METAINFO.name} has no release {info.version}")
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(DESKTOP, share / "applications" / f"{info.app_id}.desktop")
    shutil.copy2(METAINFO, share / "metainfo" / f"{info.app_id}.metainfo.xml")
    shutil.copy2(MIME, share / "mime" / "packages" / f"{info.app_id}.xml")
    hicolor = share / "icons" / "hicolor"
    for size, png in icon_set.pngs.items():
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, folder / f"{info.app_id}.png")
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icon_set.svg, scalable / f"{info.app_id}.svg")
    target = bundle / INSTALLER.name
    shutil.copy2(INSTALLER, target)
    target.chmod(0o755)
    return share
