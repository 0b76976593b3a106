"""A one-PDF export prints in a process of its own, started first (``printing.forked``).

Each test runs a fresh interpreter as the ``newsdesk`` program does: the engine is started
from the command line before the command's modules load, then the command runs. What is read
back: the PDF (pages, the headline in its text), whether the command's process ever loaded
Qt, the error the command says, and that no engine process is left behind.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2
import pytest

from cli_support import run_newsdesk
from newsdesk.printing.forked import wanted

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "bai-mau.md"
pytestmark = [
    pytest.mark.webengine,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only"),
]


def run_program(data_dir: Path, args: list[str], before_command: str = "") -> dict:
    """``args`` run as the program runs them: the engine started first, then the command
    (``before_command`` runs in between). Returns the exit code, stdout, stderr and whether
    the command's process loaded Qt."""
    argv = ["--data-dir", str(data_dir), *args]
    script = (
        "import contextlib, io, json, os, signal, sys\n"
        "from newsdesk.printing import forked\n"
        f"argv = {argv!r}\n"
        "forked.start(argv)\n"
        "engine = forked._state['engine']\n"
        f"{before_command}\n"
        "from newsdesk.cli.main import main\n"
        "out, err = io.StringIO(), io.StringIO()\n"
        "with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):\n"
        "    code = main(argv)\n"
        "forked.release()\n"
        "print(json.dumps({'code': code, 'out': out.getvalue(), 'err': err.getvalue(),\n"
        "                  'qt': 'PySide6.QtCore' in sys.modules, 'taken': forked.taken(),\n"
        "                  'engine': engine.pid if engine else None}))\n"
        "sys.stdout.flush()\n"
        "os._exit(0)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=240)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def gone(pid: int) -> bool:
    """True once no process ``pid`` is left (the engine's process, reaped by its parent)."""
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def pdf_text(path: Path) -> tuple[int, str]:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        text = "".join(page.get_textpage().get_text_range() for page in pdf)
        return len(pdf), text
    finally:
        pdf.close()


@pytest.fixture
def article(data_dir) -> str:
    done = run_newsdesk(data_dir, "import", str(SAMPLE))
    assert done.returncode == 0, done.stderr
    return done.stdout.split()[-1]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["export", "abcd", "--format", "pdf", "-o", "a.pdf"], True),
        (["--data-dir", "d", "export", "abcd", "-f", "pdf", "-o", "a.pdf"], True),
        (["export", "abcd", "--format=pdf", "-o", "a.pdf"], True),
        (["export", "abcd", "--format", "html", "-o", "a.html"], False),
        (["export", "--status", "approved", "--format", "pdf", "-o", "out"], False),
        (["export", "--section=Xã hội", "--format", "pdf", "-o", "out"], False),
        (["export", "--help", "--format", "pdf"], False),
        (["show", "pdf", "--format"], False),
        ([], False),
    ],
)
def test_only_one_pdf_export_starts_an_engine_process(argv, expected):
    assert wanted(argv) is expected


def test_the_page_is_printed_by_the_engines_process(data_dir, article, tmp_path):
    target = tmp_path / "bai.pdf"
    result = run_program(data_dir, ["export", article, "--format", "pdf", "-o", str(target)])
    assert result["code"] == 0, result["err"]
    assert result["out"].strip() == str(target)
    assert "copyfit:" in result["err"]  # the engine's measures came back to the command
    assert result["qt"] is False  # the command never loaded Qt: the other process printed
    assert result["taken"] is True  # so the program ends at once (``exit_quickly``)
    pages, text = pdf_text(target)
    assert pages >= 1
    assert "Minh Khoa" in text
    assert gone(result["engine"])


def test_a_document_that_comes_late_is_printed_after_the_warm_up_page(data_dir, article,
                                                                      tmp_path):
    """The engine stands long before this document comes: it warms its page up meanwhile
    (the other way, a document already waiting, is the test above on a quick machine)."""
    target = tmp_path / "bai.pdf"
    result = run_program(data_dir, ["export", article, "--format", "pdf", "-o", str(target)],
                         before_command="import time; time.sleep(3)")
    assert result["code"] == 0, result["err"]
    assert result["qt"] is False and result["taken"] is True
    pages, text = pdf_text(target)
    assert pages >= 1 and "Minh Khoa" in text
    assert gone(result["engine"])


def test_a_lost_engine_leaves_the_command_to_print_itself(data_dir, article, tmp_path):
    target = tmp_path / "bai.pdf"
    kill = "os.kill(engine.pid, signal.SIGKILL); os.waitpid(engine.pid, 0)"
    result = run_program(data_dir, ["export", article, "--format", "pdf", "-o", str(target)],
                         before_command=kill)
    assert result["code"] == 0, result["err"]
    assert result["qt"] is True  # printed here instead
    pages, text = pdf_text(target)
    assert pages >= 1 and "Minh Khoa" in text


def test_an_error_before_printing_stops_the_engine(data_dir, tmp_path):
    result = run_program(data_dir, ["export", "zzzz9999", "--format", "pdf", "-o",
                                    str(tmp_path / "x.pdf")])
    assert result["code"] == 2
    assert "zzzz9999" in result["err"] and "Traceback" not in result["err"]
    assert not (tmp_path / "x.pdf").exists()
    assert gone(result["engine"])


def test_the_engines_print_error_reaches_the_command(tmp_path):
    """A PDF the engine cannot write (a file stands where its folder would be made) is the
    engine's PrintError, said by the command with its code; nothing is written."""
    (tmp_path / "gone").write_text("x", encoding="utf-8")
    target = tmp_path / "gone" / "bai.pdf"
    script = (
        "import json, sys\n"
        "from newsdesk.domain import NewsdeskError\n"
        "from newsdesk.printing import forked\n"
        "from newsdesk.printing.prepared import PreparedPrint, PrintDocument\n"
        "from newsdesk.printing.setup import PageSetup\n"
        "forked.start(['export', 'x', '--format', 'pdf', '-o', 'x.pdf'])\n"
        "engine = forked.take()\n"
        "document = PrintDocument()\n"
        "document.add('index.html', '<!doctype html><title>Tin</title><p>Tin ngắn'.encode(),"
        " 'text/html;charset=utf-8')\n"
        f"prepared = PreparedPrint(document, {str(target)!r}, PageSetup())\n"
        "try:\n"
        "    engine.print(prepared)\n"
        "    said = None\n"
        "except NewsdeskError as exc:\n"
        "    said = [exc.message, exc.code]\n"
        "print(json.dumps({'said': said, 'qt': 'PySide6.QtCore' in sys.modules}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=240)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["said"] is not None
    message, code = result["said"]
    assert code == "print.write" and "gone" in message
    assert result["qt"] is False
    assert (tmp_path / "gone").read_text(encoding="utf-8") == "x"  # the file as it was


def test_ctrl_c_ends_the_export_and_its_engine(data_dir, article, tmp_path):
    """Ctrl+C reaches the terminal's whole process group: the command says "interrupted"
    and the engine's process is gone too."""
    from cli_support import COMMAND

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [*COMMAND, "--data-dir", str(data_dir), "export", article, "--format", "pdf", "-o",
         str(tmp_path / "bai.pdf")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env,
        start_new_session=True)
    time.sleep(0.15)  # the command is reading the library, the engine starting Chromium
    os.killpg(process.pid, signal.SIGINT)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    # nothing of the group is left: neither the engine nor Chromium's processes
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        pytest.fail("processes of the export are left after Ctrl+C")


def test_the_document_goes_to_the_engine_with_the_fonts_named_not_copied(tmp_path):
    """The bundled fonts are the same files in the engine's process: the pickled document
    names them (3.5 MB less through the pipe) and arrives with every file as it was built."""
    import pickle

    from newsdesk.printing.fonts import FONTS, add_fonts
    from newsdesk.printing.prepared import PreparedPrint, PrintDocument
    from newsdesk.printing.setup import PageSetup

    document = PrintDocument()
    document.add("index.html", "<p>Ảnh: Hà Nội</p>".encode(), "text/html;charset=utf-8")
    document.add(document.image_path(1, ".jpg"), b"\xff\xd8photo\xff\xd9", "image/jpeg")
    document.add("fonts/own.ttf", b"not a bundled font", "font/ttf")
    add_fonts(document)
    prepared = PreparedPrint(document, tmp_path / "a.pdf", PageSetup())

    data = pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL)
    font_bytes = [document.files[f"fonts/{name}"][0] for _f, name, _w, _s in FONTS]
    assert len(data) < min(len(font) for font in font_bytes)
    back = pickle.loads(data)
    assert back.document.files == document.files
    assert back.document.name == document.name and back.target == prepared.target
