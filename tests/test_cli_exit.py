"""How the ``newsdesk`` program ends: a PDF export leaves at once (Chromium's teardown skipped)
with its output, exit code, log and exit handlers intact; other commands exit normally."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pypdfium2 as pdfium
import pytest

from newsdesk.config.paths import resolve_paths
from print_support import photo_source, sample_article


def python(code: str, *args: str) -> subprocess.CompletedProcess:
    """``code`` run by a fresh interpreter (the way the console script runs the launcher)."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=os.environ,
        timeout=120,
    )


PROGRAM = "import sys; from newsdesk.launcher import main; sys.exit(main())"


def test_without_qt_exit_quickly_returns_and_the_program_goes_on():
    done = python(
        """
        from newsdesk.cli.main import exit_quickly
        exit_quickly(3)
        print("still running")
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "still running"


def test_printed_elsewhere_exit_quickly_ends_the_program_without_qt():
    """The command whose PDF the print engine's process printed: it never loaded Qt."""
    done = python(
        """
        import atexit, sys
        atexit.register(lambda: print("handler ran"))
        sys.stdout.write("written, not flushed; ")
        from newsdesk.cli.main import exit_quickly
        exit_quickly(4, printed_elsewhere=True)
        print("never printed")
        """
    )
    assert done.returncode == 4, done.stderr
    assert done.stdout == "written, not flushed; handler ran\n"
    assert "PySide6" not in done.stderr


def test_with_qt_exit_quickly_flushes_runs_exit_handlers_and_keeps_the_code():
    done = python(
        """
        import atexit, sys
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        atexit.register(lambda: print("handler ran"))
        sys.stdout.write("written, not flushed; ")
        from newsdesk.cli.main import exit_quickly
        exit_quickly(5)
        print("never printed")
        """
    )
    assert done.returncode == 5, done.stderr
    assert done.stdout == "written, not flushed; handler ran\n"


def test_a_second_ctrl_c_while_the_program_ends_cuts_nothing_short():
    """A second Ctrl+C (after "interrupted") reaches the exit handlers: it is ignored, so the
    handlers finish without a traceback and the code stays the command's (130)."""
    done = python(
        """
        import atexit, os, signal, sys, time
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])

        def release():
            os.kill(os.getpid(), signal.SIGINT)  # the second Ctrl+C
            time.sleep(0.05)  # where Python would raise it
            print("handler finished")

        atexit.register(release)
        from newsdesk.cli.main import exit_quickly
        exit_quickly(130)
        """
    )
    assert done.returncode == 130, done.stderr
    assert done.stdout == "handler finished\n"
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr


def test_under_a_profiler_exit_quickly_returns():
    done = python(
        """
        import sys
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication([])
        sys.setprofile(lambda *args: None)
        from newsdesk.cli.main import exit_quickly
        exit_quickly(5)
        sys.setprofile(None)
        print("the profiler can report")
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "the profiler can report"


@pytest.mark.webengine
def test_the_program_exports_a_pdf_and_ends_with_its_output(data_dir, tmp_path):
    from newsdesk.interchange import write_markdown_file

    article = sample_article(words=300, photos=1)
    source = tmp_path / "nguon" / "bài viết.md"
    source.parent.mkdir()
    write_markdown_file(article, source, photo_source(1, (900, 600)))
    imported = python(PROGRAM, "import", str(source))
    assert imported.returncode == 0, imported.stderr
    article_id = imported.stdout.strip()
    target = tmp_path / "trang in.pdf"
    done = python(PROGRAM, "export", article_id, "--format", "pdf", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(target)
    assert "newsdesk: copyfit:" in done.stderr and "Traceback" not in done.stderr
    with pdfium.PdfDocument(target) as pdf:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert article.headline.split()[0] in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nguon", target.name]  # no temp file
    # into a folder not there yet: created, as every other export creates it
    nested = tmp_path / "báo in" / "số 1" / "trang 1.pdf"
    again = python(PROGRAM, "export", article_id, "--format", "pdf", "-o", str(nested))
    assert again.returncode == 0, again.stderr
    assert nested.is_file() and list(nested.parent.iterdir()) == [nested]
    # a failure: exit 2 with one line, nothing written, the log file has the reason
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    bad = python(PROGRAM, "export", article_id, "--format", "pdf", "-o", str(blocker / "x.pdf"))
    assert bad.returncode == 2, bad.stderr
    assert bad.stderr.startswith("newsdesk: ") and len(bad.stderr.strip().splitlines()) == 1
    assert not (blocker.parent / "x.pdf").exists()
    log = resolve_paths().log_file.read_text(encoding="utf-8")
    assert "export failed" in log
