"""Ctrl+C during an edition's PDF export: the program stops at once and cleanly.

An edition (``export --section … --format pdf``) prints every article with one print engine
in the command's own process, Qt's event loop running while each page is printed. The
terminal's Ctrl+C reaches the whole process group (the command and Chromium's processes); the
program must then say "interrupted", exit 130, leave only whole PDFs and no process behind,
never hang and never show a traceback. Run as the real program, in a session of its own.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2
import pytest

from cli_support import COMMAND, run_newsdesk
from print_support import body_markdown, photo

pytestmark = [
    pytest.mark.webengine,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc, signals a group"),
]
ARTICLES = 5


def live_processes(group: int) -> list[str]:
    """The processes of the process group ``group`` still running, as ``pid (name) state``
    (a zombie has ended: it only waits for whoever reaps it, here not its parent)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # ended meanwhile
            continue
        name_end = stat.rindex(")")
        state, _parent, pgrp = stat[name_end + 2:].split()[:3]
        if int(pgrp) == group and state != "Z":
            found.append(f"{stat[:name_end + 1]} {state}")
    return found


def end_group(group: int) -> None:
    """Whatever of ``group`` is still there is killed (a failed test leaves nothing behind)."""
    try:
        os.killpg(group, signal.SIGKILL)
    except ProcessLookupError:
        pass


@pytest.fixture
def edition(data_dir, tmp_path) -> None:
    """ARTICLES articles of the section "Bulk", each with two photos."""
    stories = tmp_path / "stories"
    (stories / "images").mkdir(parents=True)
    for index in range(2):
        (stories / "images" / f"anh{index + 1}.jpg").write_bytes(photo(index, (1200, 800)))
    files = []
    for n in range(ARTICLES):
        story = stories / f"bai-{n + 1}.md"
        story.write_text(f'---\nheadline: "Bản tin số {n + 1}"\nsection: "Bulk"\n---\n\n'
                         f"{body_markdown(600, 2)}", encoding="utf-8")
        files.append(str(story))
    done = run_newsdesk(data_dir, "import", *files)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    "after_s",
    [0.0, 0.025],  # the first PDF being finished / the next article on Qt's loop (~50 ms each)
    ids=["as-the-first-pdf-appears", "while-the-next-one-prints"],
)
def test_ctrl_c_during_an_edition_ends_it_cleanly(data_dir, edition, tmp_path, after_s):
    out = tmp_path / "edition"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [*COMMAND, "--data-dir", str(data_dir), "export", "--section", "Bulk", "--format",
         "pdf", "-o", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env,
        start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not any(out.glob("*.pdf")):  # the first article is printed: the engine runs
            assert process.poll() is None, "the export ended before its first PDF"
            assert time.monotonic() < deadline, "no PDF was written"
            time.sleep(0.005)
        time.sleep(after_s)
        os.killpg(process.pid, signal.SIGINT)  # the terminal's Ctrl+C: the whole group
        try:
            stdout, stderr = process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            end_group(process.pid)
            process.communicate()
            pytest.fail("the export did not stop on Ctrl+C")
        left = live_processes(process.pid)
        deadline = time.monotonic() + 10
        while left and time.monotonic() < deadline:
            time.sleep(0.05)
            left = live_processes(process.pid)
    finally:
        end_group(process.pid)

    assert process.returncode == 130, stderr
    assert "newsdesk: interrupted" in stderr
    assert "Traceback" not in stderr and "Traceback" not in stdout, stderr
    assert not left, f"processes of the export are left after Ctrl+C: {left}"
    written = sorted(path.name for path in out.iterdir())
    assert written and all(name.endswith(".pdf") and not name.startswith(".")
                           for name in written), written  # no temporary, no partial file
    for name in written:
        pdf = pypdfium2.PdfDocument(str(out / name))
        try:
            assert len(pdf) >= 1
        finally:
            pdf.close()
