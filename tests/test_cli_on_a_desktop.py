"""The command line run on a desktop (an X display in the environment): ``newsdesk export``
prints without a window, and its stderr holds newsdesk's own lines only — not the graphics
stack's complaints (Vulkan, the GPU's vendor) that opening the display brings."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from cli_support import COMMAND

pytestmark = [pytest.mark.webengine]

ARTICLE = """---
headline: "Cầu mới nối hai bờ sông"
url: "https://baomau.example.vn/xa-hoi/cau.html"
---

Sáng nay, cây cầu dài 800 mét được thông xe.
"""


@pytest.fixture
def display(tmp_path):
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (.ci/run installs it)")
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number or xvfb.poll() is not None:
        xvfb.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    xvfb.terminate()
    xvfb.wait(timeout=10)


def test_export_on_a_desktop_says_nothing_but_its_own_lines(tmp_path, display):
    (tmp_path / "cau.md").write_text(ARTICLE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["DISPLAY"] = display
    data = tmp_path / "data"

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*COMMAND, "--data-dir", str(data), *args], capture_output=True,
                              text=True, encoding="utf-8", env=env, timeout=240)

    imported = run("import", str(tmp_path / "cau.md"))
    assert imported.returncode == 0, imported.stderr
    article_id = imported.stdout.strip()
    done = run("export", article_id, "-f", "pdf", "-o", str(tmp_path / "cau.pdf"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "cau.pdf").read_bytes().startswith(b"%PDF")
    lines = done.stderr.splitlines()
    assert lines and all(line.startswith("newsdesk: ") for line in lines), done.stderr
