"""Plain-Python helpers for ``newsdesk.spec`` (kept here so tests can check them).

Owns: reading the version and ids from ``src/newsdesk/__init__.py`` (the one place they are
written), the list of data files the frozen app needs (``resources/``, the Alembic
migrations as ``.py`` files), the imports hidden inside those migration scripts, the macOS
``Info.plist`` additions (document type and exported UTI for ``.newsdesk``) and the Windows
version resource.
"""

from __future__ import annotations

import ast
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "newsdesk"
MIGRATIONS = PACKAGE / "storage" / "migrations"
BUNDLE_MIME = "application/x-newsdesk-bundle"
BUNDLE_EXTENSION = "newsdesk"
SKIP_DIRS = {"__pycache__", ".mypy_cache", ".pytest_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".ts", ".pro", ".qrc"}
SKIP_NAMES = {".keep", ".gitkeep", ".DS_Store"}
# libQt6WebEngineCore links QtQml/QtQuick, so PyInstaller's hooks would add their Python
# bindings and then every QML plugin (~150 MB). QWebEnginePage needs the libraries only, which
# are still collected as binary dependencies; the Python modules and QML imports are not used.
QT_EXCLUDES = [
    f"PySide6.{name}"
    for name in (
        "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuick3D", "QtQuickTest",
        "QtWebEngineQuick", "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio",
        "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
        "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets", "QtLocation",
        "QtTextToSpeech", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
        "QtSerialPort", "QtBluetooth", "QtNfc", "QtDesigner", "QtHelp", "QtTest",
        "QtHttpServer", "QtWebSockets", "QtWebView",
    )
]


# Languages whose Qt and Chromium (QtWebEngine) translations ship: the app's UI languages.
# Chromium falls back to en-US when the system language has no locale .pak; set
# NEWSDESK_ALL_LOCALES=1 to keep them all (about 50 MB more).
UI_LANGUAGES = ("en", "vi")


def keep_data_file(dest: str, languages: tuple[str, ...] = UI_LANGUAGES) -> bool:
    """False for Qt/Chromium translation files of languages the app does not offer."""
    path = Path(dest)
    if path.parent.name == "qtwebengine_locales" and path.suffix == ".pak":
        return path.stem.split("-")[0].lower() in languages
    if path.suffix == ".qm" and path.parent.name == "translations" and "PySide6" in path.parts:
        stem = path.stem  # qtbase_vi, qt_help_pt_BR, qtwebengine_zh_CN
        return any(stem.endswith(f"_{lang}") or f"_{lang}_" in stem for lang in languages)
    return True


@dataclass(frozen=True)
class AppInfo:
    version: str
    name: str  # command / folder name: "newsdesk"
    organization: str
    app_id: str  # reverse-DNS id: desktop file, AppStream, macOS bundle id
    display_name: str = "Newsdesk"

    @property
    def uti(self) -> str:
        """macOS Uniform Type Identifier of a .newsdesk review bundle."""
        return f"{self.app_id.lower()}.bundle"


def read_app_info(init_file: Path = PACKAGE / "__init__.py") -> AppInfo:
    """Read ``__version__``, ``APP_NAME``, ``ORGANIZATION`` and ``APP_ID`` without importing."""
    values: dict[str, str] = {}
    for node in ast.parse(init_file.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    values[target.id] = node.value.value
    try:
        return AppInfo(
            version=values["__version__"],
            name=values.get("APP_NAME", "newsdesk"),
            organization=values.get("ORGANIZATION", "newsdesk"),
            app_id=values.get("APP_ID", "io.github.newsdesk.Newsdesk"),
        )
    except KeyError as missing:
        raise SystemExit(f"{init_file} does not define {missing}") from None


def collect_tree(source: Path, dest: str, *, keep_py: bool = False) -> list[tuple[str, str]]:
    """(file, destination folder) pairs for every shipped file below ``source``."""
    pairs: list[tuple[str, str]] = []
    if not source.is_dir():
        return pairs
    for folder, dirs, files in os.walk(source):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
        rel = Path(folder).relative_to(source)
        for name in sorted(files):
            path = Path(folder) / name
            if name in SKIP_NAMES or path.suffix in SKIP_SUFFIXES:
                continue
            if path.suffix == ".py" and not keep_py:
                continue
            pairs.append((str(path), str(Path(dest) / rel).replace(os.sep, "/")))
    return pairs


def compile_translations(out_dir: Path, root: Path = ROOT) -> list[Path]:
    """``resources/i18n/*.ts`` → ``out_dir/*.qm`` with PySide6's lrelease (the app uses a
    ``.qm`` shipped beside the ``.ts``; the frozen app cannot compile them itself)."""
    import shutil
    import subprocess
    import sys

    sources = sorted((root / "resources" / "i18n").glob("*.ts"))
    if not sources:
        return []
    import PySide6

    candidates = [Path(PySide6.__file__).parent / name for name in ("lrelease", "lrelease.exe")]
    lrelease = next((str(c) for c in candidates if c.is_file()), None) or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("lrelease")
    if not lrelease:
        raise SystemExit("packaging: lrelease not found; install PySide6 in this environment")
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = []
    for ts in sources:
        qm = out_dir / f"{ts.stem}.qm"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        outputs.append(qm)
    return outputs


def data_files(root: Path = ROOT, qm_files: list[Path] = ()) -> list[tuple[str, str]]:
    """Everything the frozen app reads at run time, placed where ``newsdesk.config.resources``
    and the storage layer look for it (inside the ``newsdesk`` package folder)."""
    package = root / "src" / "newsdesk"
    return (
        [(str(qm), "newsdesk/resources/i18n") for qm in qm_files]
        + collect_tree(root / "resources", "newsdesk/resources")
        # Alembic loads env.py and the revision scripts from files: ship them as .py data.
        + collect_tree(package / "storage" / "migrations", "newsdesk/storage/migrations",
                       keep_py=True)
    )


def migration_imports(folder: Path = MIGRATIONS) -> list[str]:
    """Absolute modules imported by the migration scripts (PyInstaller cannot see them)."""
    found: set[str] = set()
    if not folder.is_dir():
        return []
    for script in sorted(folder.rglob("*.py")):
        try:
            tree = ast.parse(script.read_text(encoding="utf-8"))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
    return sorted(name for name in found if name != "__future__")


def is_migration_module(name: str) -> bool:
    return ".storage.migrations" in name


def macos_info_plist(info: AppInfo) -> dict:
    """Info.plist keys merged by PyInstaller's BUNDLE: .newsdesk files open in the app."""
    return {
        "CFBundleName": info.display_name,
        "CFBundleDisplayName": info.display_name,
        "CFBundleShortVersionString": info.version,
        "CFBundleVersion": info.version,
        "NSPrincipalClass": "NSApplication",
        "NSHighResolutionCapable": True,
        # The bundle also holds the console executable (the command line); whatever PyInstaller
        # infers from it, the app is a regular one with a Dock icon.
        "LSBackgroundOnly": False,
        "NSHumanReadableCopyright": "MIT licence, newsdesk developers",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "12.0",
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Newsdesk review bundle",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [info.uti],
                "CFBundleTypeIconFile": "newsdesk.icns",
            },
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": info.uti,
                "UTTypeDescription": "Newsdesk review bundle",
                "UTTypeConformsTo": ["public.data", "public.zip-archive"],
                "UTTypeIconFile": "newsdesk.icns",
                "UTTypeTagSpecification": {
                    "public.filename-extension": [BUNDLE_EXTENSION],
                    "public.mime-type": [BUNDLE_MIME],
                },
            },
        ],
    }


def windows_version_text(info: AppInfo, exe_name: str) -> str:
    """A Windows version resource in PyInstaller's version-file format (the text that
    ``pyi-grab_version`` writes; passed to ``EXE(version=FILE)``): file properties, task
    manager name."""
    numbers = [int(part) for part in info.version.split(".")[:4] if part.isdigit()]
    numbers = tuple([*numbers, 0, 0, 0, 0][:4])
    strings = {
        "CompanyName": info.organization,
        "FileDescription": f"{info.display_name} article editor",
        "FileVersion": info.version,
        "InternalName": exe_name,
        "LegalCopyright": "MIT licence, newsdesk developers",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": info.display_name,
        "ProductVersion": info.version,
    }
    structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
