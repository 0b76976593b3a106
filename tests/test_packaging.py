"""Packaging: desktop file, AppStream metainfo, MIME type, PyInstaller spec inputs, icons.

Fast checks of the files in packaging/ (they are what the OS reads), plus one slow test that
builds the real bundle and runs it; it only runs with NEWSDESK_BUILD_BUNDLE=1.
"""

from __future__ import annotations

import ast
import configparser
import os
import plistlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import newsdesk

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import linux_share  # noqa: E402
import spec_support  # noqa: E402

INFO = spec_support.read_app_info()
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(linux_share.DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_one_version_and_id_from_the_package():
    assert INFO.version == newsdesk.__version__
    assert INFO.app_id == newsdesk.APP_ID
    assert INFO.name == newsdesk.APP_NAME


def test_desktop_file_launches_the_gui_and_opens_bundles():
    assert linux_share.DESKTOP.name == f"{newsdesk.APP_ID}.desktop"
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Newsdesk"
    assert entry["Icon"] == newsdesk.APP_ID
    assert entry["Exec"].split()[0] == "newsdesk-gui"
    assert entry["Exec"].split()[-1] in {"%f", "%F", "%u", "%U"}
    assert spec_support.BUNDLE_MIME in entry["MimeType"].split(";")
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["Terminal"] == "false"
    assert "đ" in entry["GenericName[vi]"].lower() or "ả" in entry["GenericName[vi]"]


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils missing")
def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run(["desktop-file-validate", str(linux_share.DESKTOP)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_describes_this_app_and_version():
    root = ET.parse(linux_share.METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == newsdesk.APP_ID
    assert root.findtext("launchable") == linux_share.DESKTOP.name
    assert root.findtext("launchable[@type='desktop-id']") == linux_share.DESKTOP.name
    assert root.findtext("metadata_license") and root.findtext("project_license") == "MIT"
    assert root.find("description/p") is not None
    # The newest release is the package's version: bump both together.
    assert linux_share.metainfo_versions()[0] == newsdesk.__version__
    assert spec_support.BUNDLE_MIME in [m.text for m in root.iterfind("provides/mediatype")]
    assert {b.text for b in root.iterfind("provides/binary")} == {"newsdesk", "newsdesk-gui"}


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli missing")
def test_metainfo_passes_appstreamcli():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(linux_share.METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_maps_newsdesk_files_to_the_bundle_type():
    root = ET.parse(linux_share.MIME).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == spec_support.BUNDLE_MIME
    assert [g.get("pattern") for g in mime.iter(f"{MIME_NS}glob")] == ["*.newsdesk"]
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/zip"
    assert mime.find(f"{MIME_NS}icon").get("name") == newsdesk.APP_ID


def test_spec_compiles_and_uses_the_shared_inputs():
    source = (PACKAGING / "newsdesk.spec").read_text(encoding="utf-8")
    compile(source, "newsdesk.spec", "exec")
    for needle in ("spec_support.data_files(qm_files=QM_FILES)", "spec_support.migration_imports()",
                   "PySide6.QtWebEngineCore", "PySide6.QtPdf", "info_plist=",
                   "bundle_identifier=INFO.app_id", "spec_support.QT_EXCLUDES"):
        assert needle in source


def test_data_files_ship_resources_ui_and_migration_scripts():
    pairs = spec_support.data_files()
    by_name = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in pairs}
    assert ("resources/icons/newsdesk.svg", "newsdesk/resources/icons") in by_name
    migrations = ROOT / "src" / "newsdesk" / "storage" / "migrations"
    for script in migrations.rglob("*.py"):
        if "__pycache__" in script.parts:
            continue
        dest = Path("newsdesk/storage/migrations") / script.parent.relative_to(migrations)
        assert (script.relative_to(ROOT).as_posix(), dest.as_posix()) in by_name
    assert all("__pycache__" not in src and not src.endswith((".pyc", ".ts")) for src, _ in pairs)
    assert not any(src.endswith(".py") and "migrations" not in src for src, _ in pairs)


def test_collect_tree_keeps_shipped_files_only(tmp_path):
    (tmp_path / "versions" / "__pycache__").mkdir(parents=True)
    (tmp_path / "env.py").write_text("import alembic\n")
    (tmp_path / "versions" / "0001_a.py").write_text("from sqlalchemy import text\n")
    (tmp_path / "versions" / "__pycache__" / "0001_a.cpython-311.pyc").write_bytes(b"x")
    (tmp_path / "script.py.mako").write_text("${up}\n")
    (tmp_path / "app_vi.ts").write_text("<TS/>")
    (tmp_path / "app_vi.qm").write_bytes(b"qm")
    kept = spec_support.collect_tree(tmp_path, "pkg/m", keep_py=True)
    assert sorted((Path(s).name, d) for s, d in kept) == [
        ("0001_a.py", "pkg/m/versions"), ("app_vi.qm", "pkg/m"), ("env.py", "pkg/m"),
        ("script.py.mako", "pkg/m"),
    ]
    assert [Path(s).name for s, _ in spec_support.collect_tree(tmp_path, "x")] == [
        "app_vi.qm", "script.py.mako"]
    assert spec_support.migration_imports(tmp_path) == ["alembic", "sqlalchemy"]


def test_migration_imports_are_hidden_imports():
    names = spec_support.migration_imports()
    if not spec_support.MIGRATIONS.is_dir():
        pytest.skip("no migrations yet")
    assert "alembic" in names and "sqlalchemy" in names
    assert spec_support.is_migration_module("newsdesk.storage.migrations.env")
    assert not spec_support.is_migration_module("newsdesk.storage.engine")


def test_macos_plist_declares_the_bundle_document_type():
    plist = spec_support.macos_info_plist(INFO)
    data = plistlib.loads(plistlib.dumps(plist))  # what BUNDLE writes must serialise
    (doc,) = data["CFBundleDocumentTypes"]
    (uti,) = data["UTExportedTypeDeclarations"]
    assert doc["LSItemContentTypes"] == [uti["UTTypeIdentifier"]] == [INFO.uti]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["newsdesk"]
    assert uti["UTTypeTagSpecification"]["public.mime-type"] == [spec_support.BUNDLE_MIME]
    assert data["CFBundleShortVersionString"] == newsdesk.__version__
    assert data["LSBackgroundOnly"] is False


def test_windows_version_file_carries_the_version():
    text = spec_support.windows_version_text(INFO, "newsdesk-gui")
    call = ast.parse(text, mode="eval").body  # PyInstaller evaluates this expression
    assert isinstance(call, ast.Call) and call.func.id == "VSVersionInfo"
    strings = {
        node.args[0].value: node.args[1].value
        for node in ast.walk(call)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct"
    }
    assert strings["ProductVersion"] == strings["FileVersion"] == newsdesk.__version__
    assert strings["OriginalFilename"] == "newsdesk-gui.exe"
    major, minor, patch = (int(p) for p in newsdesk.__version__.split(".")[:3])
    assert f"filevers=({major}, {minor}, {patch}, 0)" in text


def test_inno_setup_script_associates_newsdesk_files():
    iss = (PACKAGING / "windows" / "newsdesk.iss").read_text(encoding="utf-8")
    assert "ChangesAssociations=yes" in iss
    assert 'Subkey: "Software\\Classes\\.newsdesk"' in iss
    assert '"""{app}\\{#GuiExe}"" ""%1"""' in iss
    assert f'#define AppId "{newsdesk.APP_ID}"' in iss


@pytest.mark.qt
def test_icons_are_generated_for_every_platform(qapp, tmp_path):
    import appicons
    from PIL import Image

    icons = appicons.generate(tmp_path)
    for size, path in icons.pngs.items():
        with Image.open(path) as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            assert image.getpixel((size // 2, size // 2))[3] == 255  # the glyph is drawn
            assert image.getpixel((0, 0))[3] == 0  # rounded corners stay transparent
    with Image.open(icons.ico) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(icons.icns) as icns:
        assert icns.format == "ICNS" and icns.size == (1024, 1024)


@pytest.mark.qt
def test_linux_share_tree_installs_for_a_user(qapp, tmp_path):
    import appicons

    bundle = tmp_path / "newsdesk"
    bundle.mkdir()
    for exe in ("newsdesk", "newsdesk-gui"):
        (bundle / exe).write_text("#!/bin/sh\n")
        (bundle / exe).chmod(0o755)
    linux_share.install_share(bundle, INFO, appicons.generate(tmp_path / "icons"))
    data, bin_dir = tmp_path / "xdg", tmp_path / "bin"
    env = dict(os.environ, XDG_DATA_HOME=str(data), NEWSDESK_BIN_DIR=str(bin_dir))
    subprocess.run(["sh", str(bundle / "install-desktop.sh")], env=env, check=True,
                   capture_output=True)
    installed = (data / "applications" / f"{INFO.app_id}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle}/newsdesk-gui" %F' in installed
    assert (data / "icons/hicolor/256x256/apps" / f"{INFO.app_id}.png").is_file()
    assert (data / "icons/hicolor/scalable/apps" / f"{INFO.app_id}.svg").is_file()
    assert (data / "metainfo" / f"{INFO.app_id}.metainfo.xml").is_file()
    assert (bin_dir / "newsdesk-gui").resolve() == (bundle / "newsdesk-gui").resolve()
    if shutil.which("update-mime-database"):
        globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
        assert f"{spec_support.BUNDLE_MIME}:*.newsdesk" in globs

    subprocess.run(["sh", str(bundle / "install-desktop.sh"), "--uninstall"], env=env,
                   check=True, capture_output=True)
    assert not (data / "applications" / f"{INFO.app_id}.desktop").exists()
    assert not list((data / "icons").rglob(f"{INFO.app_id}.*"))
    assert not (bin_dir / "newsdesk").exists()


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("NEWSDESK_BUILD_BUNDLE") != "1",
                    reason="builds and runs the whole app (2-3 min); set NEWSDESK_BUILD_BUNDLE=1")
def test_built_bundle_runs(tmp_path):
    pytest.importorskip("PyInstaller")
    import bundle_smoke

    subprocess.run([sys.executable, str(PACKAGING / "build.py"), "--dist", str(tmp_path / "dist"),
                    "--work", str(tmp_path / "work")], check=True)
    passed = bundle_smoke.run_checks(tmp_path / "dist" / INFO.name)
    assert any(line.startswith("--version") for line in passed)


@pytest.mark.qt
def test_translations_are_compiled_for_the_bundle(qapp, tmp_path):
    from PySide6.QtCore import QTranslator

    source = tmp_path / "resources" / "i18n"
    source.mkdir(parents=True)
    (source / "newsdesk_vi.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="vi">\n'
        "<context><name>MainWindow</name><message><source>Save</source>"
        "<translation>Lưu bài</translation></message></context>\n</TS>\n",
        encoding="utf-8",
    )
    (qm,) = spec_support.compile_translations(tmp_path / "out", root=tmp_path)
    assert qm.name == "newsdesk_vi.qm"
    assert ("newsdesk/resources/i18n" in
            {dest for _src, dest in spec_support.data_files(tmp_path, qm_files=[qm])})
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "Save") == "Lưu bài"


def test_only_the_ui_languages_of_qt_and_chromium_ship():
    keep = spec_support.keep_data_file
    locales = "PySide6/Qt/translations/qtwebengine_locales"
    assert keep(f"{locales}/vi.pak") and keep(f"{locales}/en-US.pak")
    assert not keep(f"{locales}/de.pak") and not keep(f"{locales}/zh-TW.pak")
    assert keep("PySide6/Qt/translations/qtbase_vi.qm")
    assert keep("PySide6/Qt/translations/qtbase_en.qm")
    assert not keep("PySide6/Qt/translations/qtbase_pt_BR.qm")
    assert not keep("PySide6/Qt/translations/qtwebengine_de.qm")
    # the app's own files are never filtered
    assert keep("newsdesk/resources/i18n/newsdesk_de.qm")
    assert keep("PySide6/Qt/resources/qtwebengine_resources.pak")


def test_each_executable_starts_the_right_front_end():
    import newsdesk_entry

    assert newsdesk_entry.is_windowed("/opt/newsdesk/newsdesk-gui")
    assert newsdesk_entry.is_windowed("C:\\Program Files\\Newsdesk\\newsdesk-gui.exe")
    assert not newsdesk_entry.is_windowed("/opt/newsdesk/newsdesk")
    assert newsdesk_entry.app_arguments(["-psn_0_1234", "bài.newsdesk"]) == ["bài.newsdesk"]


def test_macos_app_runs_the_windowed_executable():
    tree = ast.parse((PACKAGING / "newsdesk.spec").read_text(encoding="utf-8"))
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    (bundle,) = [call for call in calls if getattr(call.func, "id", "") == "BUNDLE"]
    assert isinstance(bundle.args[0], ast.Name) and bundle.args[0].id == "gui_exe"
    assignments = {node.targets[0].id: ast.unparse(node.value) for node in ast.walk(tree)
                   if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)}
    assert assignments["gui_exe"] == "executable(f'{INFO.name}-gui', console=False)"
    assert assignments["cli_exe"] == "executable(INFO.name, console=True)"


@pytest.mark.qt
def test_the_app_names_itself_after_its_desktop_file(qapp):
    from newsdesk.qt.app import create_application

    app = create_application([])
    assert app.desktopFileName() == newsdesk.APP_ID
    assert (linux_share.LINUX / f"{app.desktopFileName()}.desktop").is_file()
    assert app.applicationName() == newsdesk.APP_NAME
    assert app.organizationName() == newsdesk.ORGANIZATION
