"""Checks run against a built bundle: does the frozen app really work on this machine?

Runs the bundle's ``newsdesk`` executable as a user would, headless (QT_QPA_PLATFORM=offscreen),
with a fresh data folder: ``--version`` (must name ``newsdesk.__version__``), ``import`` of a
Vietnamese sample article with a photo, ``list --json`` (the article is there), and, when the
bundle's CLI offers ``export --format pdf``, a PDF export read back with pypdfium2 (the headline
is in its text); the PostgreSQL driver, the compiled translations, and ``newsdesk-gui`` starting
offscreen, and ``spell --json`` finding a planted misspelling with the shipped dictionaries.
On Linux it also installs the desktop integration into a temporary
XDG_DATA_HOME and checks the launcher and the ``.newsdesk`` file type were registered.

Usage: ``python packaging/bundle_smoke.py dist/newsdesk`` — exit 0 when every check passed.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spec_support import BUNDLE_MIME, read_app_info

HEADLINE = "Đà Nẵng mở tuyến xe buýt điện ven biển"
SAMPLE = """---
headline: "{headline}"
sapo: "Từ tháng tới, người dân và du khách có thể đi dọc bờ biển Sơn Trà bằng xe buýt điện."
byline: "Lê Thu Hà"
source: "Phòng Thời sự"
section: "Đô thị"
published: "2026-11-20T08:30:00+07:00"
url: "https://example.org/da-nang-xe-buyt-dien"
language: vi
---
Tuyến xe buýt điện đầu tiên của thành phố sẽ chạy từ cầu Rồng tới bán đảo Sơn Trà, mỗi chuyến
cách nhau mười lăm phút, giá vé bằng các tuyến hiện có.

![Xe buýt điện chạy thử trên đường Võ Nguyên Giáp.](images/xe-buyt.jpg "Ảnh: Lê Thu Hà")

Theo sở Giao thông, tuyến mới giúp giảm xe cá nhân vào giờ cao điểm và tiếng ồn ở khu ven biển.
"""
TIMEOUT = 180


class SmokeFailure(Exception):
    pass


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NEWSDESK_DATA_DIR=str(data_dir))
    env.pop("NEWSDESK_DATABASE_URL", None)
    return env


def _run(exe: Path, args: list[str], env: dict[str, str], *, ok: bool = True):
    result = subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                            timeout=TIMEOUT, check=False)
    if ok and result.returncode != 0:
        raise SmokeFailure(f"'newsdesk {' '.join(args)}' exited {result.returncode}: "
                           f"{result.stderr.strip()[-800:]}")
    return result


def write_sample(folder: Path) -> Path:
    from PIL import Image

    (folder / "images").mkdir(parents=True, exist_ok=True)
    photo = io.BytesIO()
    Image.new("RGB", (1200, 800), (40, 110, 170)).save(photo, format="JPEG", quality=85)
    (folder / "images" / "xe-buyt.jpg").write_bytes(photo.getvalue())
    path = folder / "sample-article.md"
    path.write_text(SAMPLE.format(headline=HEADLINE), encoding="utf-8")
    return path


def pdf_export_available(exe: Path, env: dict[str, str]) -> bool:
    """Whether this build's CLI has ``export --format pdf`` (asked through ``--help``)."""
    top = _run(exe, ["--help"], env, ok=False)
    if top.returncode != 0 or "export" not in top.stdout:
        return False
    sub = _run(exe, ["export", "--help"], env, ok=False)
    return sub.returncode == 0 and "pdf" in sub.stdout


def pdf_text(path: Path) -> tuple[int, str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        text = "".join(page.get_textpage().get_text_range() for page in document)
        return len(document), text
    finally:
        document.close()


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split()).replace("\u00ad", "")


def check_gui_starts(bundle: Path, env: dict[str, str], seconds: float = 10.0) -> str:
    """Start ``newsdesk-gui`` offscreen: it must still be running after ``seconds`` with no
    error in its log (a missing Qt plugin or module ends it at once)."""
    suffix = ".exe" if sys.platform.startswith("win") else ""
    process = subprocess.Popen([str(bundle / f"newsdesk-gui{suffix}")], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _out, err = process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.terminate()
        try:
            _out, err = process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            _out, err = process.communicate()
    else:
        raise SmokeFailure(f"newsdesk-gui exited at once ({process.returncode}): {err[-800:]}")
    logs = Path(env["NEWSDESK_DATA_DIR"]) / "logs"
    text = "".join(f.read_text(encoding="utf-8", errors="replace") for f in logs.glob("*.log"))
    if "Traceback" in text:
        raise SmokeFailure(f"newsdesk-gui logged an error: {text[-800:]}")
    return f"newsdesk-gui starts and keeps running for {seconds:.0f} s (offscreen)"


def check_postgres_driver(exe: Path, env: dict[str, str]) -> str:
    """The shared-newsroom database works when the build had psycopg: connecting to a closed
    port must fail on the connection, not on a missing driver."""
    import importlib.util

    if importlib.util.find_spec("psycopg") is None:
        return "SKIPPED PostgreSQL driver: psycopg was not installed in the build environment"
    url = "postgresql+psycopg://newsdesk@127.0.0.1:9/newsdesk"
    result = _run(exe, ["--database", url, "list", "--json"], env, ok=False)
    if result.returncode == 0 or "connection" not in result.stderr.lower():
        raise SmokeFailure(f"PostgreSQL driver check: {result.stderr.strip()[-400:]!r}")
    return "PostgreSQL driver bundled (a closed port fails on the connection)"


def check_spelling(exe: Path, env: dict[str, str], folder: Path) -> str:
    """hunspell loads in the frozen app and the shipped dictionaries are found."""
    folder.mkdir(parents=True, exist_ok=True)
    draft = folder / "spelling.md"
    draft.write_text('---\nheadline: "Phóng viên viêt bài về Google"\n---\nĐúng chính tả.\n',
                     encoding="utf-8")
    env = {k: v for k, v in env.items() if k != "NEWSDESK_DICTIONARIES"}
    found = json.loads(_run(exe, ["spell", str(draft), "--json"], env).stdout)
    words = [(w["word"], w["suggestions"][:1]) for w in found["words"]]
    if not found["checked"] or words != [("viêt", ["viết"])]:
        raise SmokeFailure(f"'spell --json' did not find the planted misspelling: {found!r}")
    return "spell --json: the shipped dictionaries load, 'viêt' found with 'viết' suggested"


def check_translations(bundle: Path) -> str:
    sources = sorted((Path(__file__).resolve().parent.parent / "resources" / "i18n").glob("*.ts"))
    found = [p.name for p in bundle.rglob("newsdesk/resources/i18n/*.qm")]
    missing = [ts.stem for ts in sources if f"{ts.stem}.qm" not in found]
    if missing:
        raise SmokeFailure(f"compiled translations missing from the bundle: {missing}")
    return f"translations shipped: {', '.join(sorted(found)) or 'none'}"


def check_desktop_install(bundle: Path, work: Path) -> list[str]:
    info = read_app_info()
    installer = bundle / "install-desktop.sh"
    if not installer.exists():
        raise SmokeFailure(f"{installer} is missing")
    data, bin_dir = work / "xdg-data", work / "bin"
    env = dict(os.environ, XDG_DATA_HOME=str(data), NEWSDESK_BIN_DIR=str(bin_dir))
    subprocess.run(["sh", str(installer)], check=True, env=env, capture_output=True)
    desktop = (data / "applications" / f"{info.app_id}.desktop").read_text(encoding="utf-8")
    if f'Exec="{bundle.resolve()}/newsdesk-gui" %F' not in desktop:
        raise SmokeFailure("the installed .desktop file does not start this bundle")
    if not (bin_dir / "newsdesk").resolve().samefile(bundle / "newsdesk"):
        raise SmokeFailure("the newsdesk command was not linked")
    notes = ["desktop integration installs (launcher, icons, metainfo, commands)"]
    globs = data / "mime" / "globs2"
    if globs.exists():  # update-mime-database ran
        if f"{BUNDLE_MIME}:*.newsdesk" not in globs.read_text(encoding="utf-8"):
            raise SmokeFailure("*.newsdesk is not registered in the MIME database")
        notes.append("*.newsdesk registered as " + BUNDLE_MIME)
    return notes


def run_checks(bundle: Path) -> list[str]:
    """Run every check; returns what passed (raises SmokeFailure on the first failure)."""
    bundle = bundle.resolve()
    suffix = ".exe" if sys.platform.startswith("win") else ""
    exe = bundle / f"newsdesk{suffix}"
    if not exe.exists():
        raise SmokeFailure(f"{exe} does not exist; build the bundle first")
    version = read_app_info().version
    passed = []
    with tempfile.TemporaryDirectory(prefix="newsdesk-smoke-") as tmp:
        work = Path(tmp)
        env = _env(work / "data")
        out = _run(exe, ["--version"], env).stdout.strip()
        if out != f"newsdesk {version}":
            raise SmokeFailure(f"--version printed {out!r}, expected 'newsdesk {version}'")
        passed.append(f"--version: {out}")

        sample = write_sample(work / "sample")
        article_id = _run(exe, ["import", str(sample)], env).stdout.strip().splitlines()[-1]
        listed = json.loads(_run(exe, ["list", "--json"], env).stdout)
        if not any(item.get("id") == article_id and item.get("headline") == HEADLINE
                   for item in listed):
            raise SmokeFailure(f"'list --json' does not show the imported article: {listed!r}")
        passed.append(f"import + list --json: article {article_id[:8]} with its headline")

        if pdf_export_available(exe, env):
            target = work / "out.pdf"
            _run(exe, ["export", article_id, "--format", "pdf", "-o", str(target)], env)
            pages, text = pdf_text(target)
            if _squash(HEADLINE) not in _squash(text):
                raise SmokeFailure(f"the PDF does not contain the headline; text: {text[:300]!r}")
            passed.append(f"export --format pdf: {pages} page(s), headline found in the text")
        else:
            passed.append("SKIPPED export --format pdf: this build's CLI has no PDF export yet")

        passed.append(check_postgres_driver(exe, env))
        passed.append(check_spelling(exe, env, work / "spelling"))
        passed.append(check_translations(bundle))
        passed.append(check_gui_starts(bundle, _env(work / "gui-data")))
        if sys.platform.startswith("linux"):
            passed += check_desktop_install(bundle, work)
    return passed


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    bundle = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "dist" / "newsdesk"
    try:
        for line in run_checks(bundle):
            print(f"smoke: {line}" if line.startswith("SKIPPED") else f"smoke: ok {line}")
    except (SmokeFailure, subprocess.SubprocessError, OSError, ValueError) as exc:
        print(f"smoke: FAILED {exc}", file=sys.stderr)
        return 1
    print("smoke: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
