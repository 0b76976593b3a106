"""Start-up stays light: what ``newsdesk --version``, ``list`` and an open at head import,
the migration head read without Alembic, and the command line parsed one command at a time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk import __version__
from newsdesk.cli import main as cli
from newsdesk.services.library import Library
from newsdesk.storage import head_revision
from newsdesk.storage.migrate import scan_head, scanned_head

HEAVY = ("sqlalchemy", "alembic", "PySide6", "markdown_it", "jinja2", "PIL", "yaml", "nh3")


def modules_after(code: str) -> dict:
    """Run ``code`` in a fresh interpreter; return its output and the top-level modules."""
    script = (
        "import contextlib, io, json, sys\n"
        "out = io.StringIO()\n"
        f"with contextlib.redirect_stdout(out):\n    {code}\n"
        "loaded = sorted({name.split('.')[0] for name in sys.modules}"
        " | {name for name in sys.modules if name.startswith('newsdesk.')})\n"
        "print(json.dumps({'out': out.getvalue(), 'modules': loaded}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=os.environ,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_version_imports_no_database_no_qt_and_no_command():
    result = modules_after("code = __import__('newsdesk.launcher').launcher.main(['--version'])")
    assert result["out"].strip() == f"newsdesk {__version__}"
    loaded = set(result["modules"])
    assert not loaded & set(HEAVY), loaded & set(HEAVY)
    assert not [m for m in loaded if m.startswith("newsdesk.cli.cmd_")]


def test_list_at_head_skips_alembic_and_qt(data_dir):
    Library.open().close()  # create the database at the head revision
    result = modules_after(
        "code = __import__('newsdesk.cli.main').cli.main.main(['list', '--json'])"
    )
    assert json.loads(result["out"]) == []
    loaded = set(result["modules"])
    assert "sqlalchemy" in loaded
    assert not loaded & {"alembic", "PySide6", "jinja2", "markdown_it", "PIL"}
    assert [m for m in loaded if m.startswith("newsdesk.cli.cmd_")] == ["newsdesk.cli.cmd_list"]


def test_older_database_still_goes_through_alembic(data_dir):
    from newsdesk.storage import make_engine, upgrade

    engine = make_engine(f"sqlite:///{data_dir / 'newsdesk.sqlite3'}")
    upgrade(engine, "0001_initial")
    engine.dispose()
    result = modules_after(
        "__import__('newsdesk.services.library').services.library.Library.open()"
    )
    assert "alembic" in result["modules"]
    with Library.open() as library:
        from newsdesk.storage import current_revision

        assert current_revision(library.repository.engine) == head_revision()


def test_scanned_head_is_alembics_head():
    assert scanned_head() == head_revision()


def _script(folder: Path, name: str, revision: str, down: str | None) -> None:
    down_text = "None" if down is None else f'"{down}"'
    (folder / f"{name}.py").write_text(
        f'"""{name}."""\n\nrevision: str = "{revision}"\ndown_revision: str | None = {down_text}\n',
        encoding="utf-8",
    )


def test_scan_head_reads_a_chain_and_gives_up_on_anything_else(tmp_path):
    _script(tmp_path, "a", "r1", None)
    _script(tmp_path, "b", "r2", "r1")
    _script(tmp_path, "c", "r3", "r2")
    assert scan_head(tmp_path) == "r3"
    _script(tmp_path, "d", "r4", "r2")  # a branch: two heads
    assert scan_head(tmp_path) is None
    (tmp_path / "d.py").write_text("revision = make_name()\n", encoding="utf-8")
    assert scan_head(tmp_path) is None  # not a literal: Alembic must decide
    (tmp_path / "d.py").unlink()
    _script(tmp_path, "e", "r5", "missing")  # a parent that is not there
    assert scan_head(tmp_path) is None
    assert scan_head(tmp_path / "empty") is None


@pytest.mark.parametrize(
    ("argv", "position"),
    [
        (["list"], 0),
        (["--data-dir", "list", "show", "abcd"], 2),
        (["--data-dir=x", "--database", "sqlite://", "export", "-f", "pdf"], 3),
        (["--version"], None),
        ([], None),
    ],
)
def test_command_position(argv, position):
    assert cli.command_position(argv) == position


def test_help_before_the_command_lists_every_command(capsys):
    assert cli.main(["--help", "list"]) == 0
    out = capsys.readouterr().out
    for name in cli.COMMANDS:
        assert name in out


def test_unknown_command_names_the_known_ones(capsys):
    assert cli.main(["lst"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'lst'" in err and "export" in err


def test_global_option_value_that_looks_like_a_command(capsys, tmp_path):
    folder = tmp_path / "list"
    Library.open(folder).close()
    assert cli.main(["--data-d", str(folder), "list", "--json"]) == 0  # abbreviated option
    assert json.loads(capsys.readouterr().out) == []


def test_listing_export_formats_imports_no_exporter():
    code = (
        "from newsdesk.services.exporting import export_formats; "
        "print(sorted(f.name for f in export_formats()))"
    )
    result = modules_after(code)
    assert result["out"].strip() == str(sorted(["html", "cms", "markdown", "icml", "newsml",
                                                "pdf", "bundle"]))
    loaded = set(result["modules"])
    for module in ("html", "cms", "markdown", "icml", "newsml", "bundle"):
        assert f"newsdesk.export.{module}" not in loaded
    assert not loaded & {"PySide6", "yaml", "jinja2", "markdown_it", "PIL", "qrcode"}


def test_lazy_exporter_names_a_format_that_cannot_load():
    from newsdesk.export import ExportError, ExportJob, ExportOptions
    from newsdesk.export.formats import BUNDLE_FORMAT
    from newsdesk.export.registry import LazyExporter
    from newsdesk.interchange.bundle import EXTENSION

    assert BUNDLE_FORMAT.extension == EXTENSION
    def load():
        from newsdesk.export import no_such_module  # type: ignore[attr-defined]

        return no_such_module.Exporter()

    broken = LazyExporter(BUNDLE_FORMAT, load)
    with pytest.raises(ExportError) as caught:
        broken.export(ExportJob(None, Path("x.newsdesk"), lambda _p: None, ExportOptions()))
    assert caught.value.code == "export.format" and "bundle" in caught.value.message


SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "bai-mau.md"
# What a single PDF export of a Vietnamese article whose photo renditions and QR code are
# cached never needs: the database layer (an SQLite library at head is read with sqlite3),
# Pillow, qrcode and its XML modules, YAML, pyphen (Vietnamese is not hyphenated).
NOT_FOR_ONE_PDF = ("sqlalchemy", "alembic", "PIL", "qrcode", "lxml", "yaml", "pyphen",
                   "newsdesk.services.library", "newsdesk.storage.repository",
                   "newsdesk.storage.engine", "newsdesk.services.review", "PySide6.QtWidgets")


@pytest.mark.webengine
def test_one_pdf_export_reads_the_library_without_the_database_layer(data_dir, tmp_path):
    from cli_support import run_newsdesk

    done = run_newsdesk(data_dir, "import", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    article_id = done.stdout.split()[-1]
    first = tmp_path / "first.pdf"  # makes the print renditions and the QR code (cached)
    done = run_newsdesk(data_dir, "export", article_id, "--format", "pdf", "-o", str(first))
    assert done.returncode == 0, done.stderr
    target = tmp_path / "again.pdf"
    result = modules_after(
        "code = __import__('newsdesk.cli.main').cli.main.main("
        f"['export', {article_id!r}, '--format', 'pdf', '-o', {str(target)!r}])"
    )
    assert result["out"].strip() == str(target)
    assert target.read_bytes()[:5] == b"%PDF-"
    loaded = set(result["modules"])
    assert "PySide6" in loaded and "newsdesk.storage.reader" in loaded
    assert not loaded & set(NOT_FOR_ONE_PDF), sorted(loaded & set(NOT_FOR_ONE_PDF))
