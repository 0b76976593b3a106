"""Build the newsdesk desktop bundle for the OS this runs on, then print its size and build time.

Steps: check the AppStream release matches ``newsdesk.__version__``; generate the icons from
the SVG master; compile the Qt Linguist translations (``resources/i18n/*.ts`` → ``.qm`` in the
work folder, shipped beside the ``.ts`` names in the bundle); run
PyInstaller on ``packaging/newsdesk.spec``; on Linux add the desktop integration files
(``share/applications``, ``share/metainfo``, ``share/mime``, ``share/icons``) and
``install-desktop.sh`` to the bundle; on Windows compile the Inno Setup installer when ``iscc``
is on PATH.

Usage: ``python packaging/build.py [--dist DIR] [--work DIR] [--no-clean]``
Result: ``dist/newsdesk/`` (Linux, Windows) or ``dist/Newsdesk.app`` (macOS).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import appicons  # noqa: E402
import linux_share  # noqa: E402
import spec_support  # noqa: E402

ROOT = spec_support.ROOT


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def human(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB"


def check_metainfo(info: spec_support.AppInfo) -> None:
    newest = linux_share.metainfo_versions(linux_share.METAINFO)[:1]
    if newest != [info.version]:
        raise SystemExit(
            f"build: newsdesk {info.version} has no <release> in {linux_share.METAINFO.name} "
            f"(newest is {newest[0] if newest else 'missing'}); add one with today's date"
        )


def run_pyinstaller(dist: Path, work: Path, icon_dir: Path, qm_dir: Path, clean: bool) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    command.append(str(HERE / "newsdesk.spec"))
    env = dict(os.environ, NEWSDESK_ICON_DIR=str(icon_dir), NEWSDESK_QM_DIR=str(qm_dir))
    subprocess.run(command, check=True, env=env, cwd=ROOT)


def build_windows_installer(info: spec_support.AppInfo, dist: Path, icon_dir: Path) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if not iscc:
        print("build: Inno Setup (iscc) not found; skipped the Windows installer")
        return None
    subprocess.run([iscc, f"/DAppVersion={info.version}", f"/DDistDir={dist / info.name}",
                    f"/DIconFile={icon_dir / 'newsdesk.ico'}", f"/O{dist}",
                    str(HERE / "windows" / "newsdesk.iss")], check=True)
    return dist / f"newsdesk-{info.version}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    started = time.monotonic()
    info = spec_support.read_app_info()
    print(f"build: newsdesk {info.version} for {sys.platform}")
    check_metainfo(info)
    icon_set = appicons.generate(work / "icons")
    compiled = spec_support.compile_translations(work / "i18n")
    print(f"build: compiled {len(compiled)} translation(s)")
    run_pyinstaller(dist, work, icon_set.folder, work / "i18n", clean=not args.no_clean)

    if sys.platform == "darwin":
        product = dist / f"{info.display_name}.app"
    else:
        product = dist / info.name
        if sys.platform.startswith("linux"):
            linux_share.install_share(product, info, icon_set)
        elif sys.platform.startswith("win"):
            build_windows_installer(info, dist, icon_set.folder)
    if not product.exists():
        raise SystemExit(f"build: PyInstaller did not produce {product}")
    elapsed = time.monotonic() - started
    print(f"build: bundle {product}")
    print(f"build: bundle size {human(folder_size(product))} ({folder_size(product)} bytes)")
    print(f"build: build time {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
