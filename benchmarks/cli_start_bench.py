"""Cold start of the ``newsdesk`` command: each measured call is a new process.

    .venv/bin/python benchmarks/cli_start_bench.py [--runs 7] [--keep DIR] [--src DIR …]

Measures, interleaved so that every command sees the same machine load:
- ``newsdesk --version``, ``newsdesk list --json``, ``newsdesk show ID``;
- ``newsdesk export ID --format pdf -o out.pdf`` of a 1,500-word article with 8 camera-size
  photos (print renditions already cached, as from the second export on). Target ≤ 1.0 s;
- baselines in the same run: a bare ``python -c pass``, ``import PySide6.QtWebEngineCore``,
  and a bare QtWebEngine process loading and printing the very same HTML (``bare_print.py``:
  PySide6 and nothing of newsdesk's).
- with ``--src DIR`` (repeatable), the same PDF export by the code in DIR (``PYTHONPATH``), e.g.
  a checkout of main, to compare before and after in one run.
Reports medians (and the fastest run), and each PDF export's ratio to the bare QtWebEngine
process. Nothing is asserted: these are numbers for the README.

Every process imports from compiled bytecode, as an installed program does (pip and the
bundle compile it): ``PYTHONDONTWRITEBYTECODE`` is lifted and the bytecode goes to a folder of
the run (``PYTHONPYCACHEPREFIX``, nothing written beside the sources), filled by one round of
every command that is not counted. Without it a source checkout compiles newsdesk's modules
again in every process, which no user's install does.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NEWSDESK = Path(sys.executable).with_name("newsdesk")


def prepare(work: Path) -> tuple[dict[str, str], str, Path]:
    """A data folder holding the sample article (photos stored); its id; the print HTML."""
    from pdf_bench import camera_photo

    from newsdesk.interchange import write_markdown_file
    from print_support import sample_article

    data_dir = work / "data"
    env = dict(os.environ, NEWSDESK_DATA_DIR=str(data_dir),
               PYTHONPYCACHEPREFIX=str(work / "bytecode"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    print("making 8 camera-size photos (4000x3000 JPEG)…", flush=True)
    originals = {f"images/anh{i + 1}.jpg": camera_photo(i) for i in range(8)}
    article = sample_article(words=1500, photos=8)
    article.assets = {path: hashlib.sha256(data).hexdigest() for path, data in originals.items()}
    source = work / "article" / "bai.md"
    write_markdown_file(article, source, originals.get)
    done = subprocess.run(
        [str(NEWSDESK), "import", str(source)], env=env, capture_output=True, text=True, check=True
    )
    article_id = done.stdout.split()[-1]
    # the first export makes the print renditions; every later one finds them cached
    subprocess.run(
        [str(NEWSDESK), "export", article_id, "--format", "pdf", "-o", str(work / "first.pdf")],
        env=env,
        capture_output=True,
        check=True,
    )
    html = _print_html(article, originals, work)
    return env, article_id, html


def _print_html(article, originals, work: Path) -> Path:
    """The article's print document written to a folder (what the bare process prints)."""
    from newsdesk.printing import PageSetup
    from newsdesk.printing.document import build_print_document
    from newsdesk.printing.scheme import FolderDocument

    document, _ = build_print_document(article, originals.get, PageSetup(), cache_dir=work / "renditions")
    return FolderDocument(document).root / "index.html"  # removed with its folder in main()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the data and PDFs in this folder")
    parser.add_argument("--src", type=Path, action="append", default=[],
                        help="also export with the newsdesk in this src folder (PYTHONPATH)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsdesk-start-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env, article_id, html = prepare(work)

    py = sys.executable
    nd = str(NEWSDESK)
    commands = {
        "python -c pass": [py, "-c", "pass"],
        "python -c 'import PySide6.QtWebEngineCore'": [py, "-c", "import PySide6.QtWebEngineCore"],
        "bare QtWebEngine load+printToPdf process": [
            py, str(ROOT / "benchmarks" / "bare_print.py"), str(html), str(work / "bare.pdf")],
        "newsdesk --version": [nd, "--version"],
        "newsdesk list --json": [nd, "list", "--json"],
        "newsdesk show ID": [nd, "show", article_id],
        "newsdesk export ID --format pdf": [
            nd,
            "export",
            article_id,
            "--format",
            "pdf",
            "-o",
            str(work / "cli.pdf"),
        ],
    }
    envs = {name: env for name in commands}
    pdf_export = commands["newsdesk export ID --format pdf"]
    for src in args.src:
        name = f"newsdesk export ID --format pdf [{src}]"
        commands[name] = [py, "-m", "newsdesk", *pdf_export[1:]]
        envs[name] = dict(env, PYTHONPATH=str(src.resolve()))
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(args.runs + 1):  # interleaved: every command sees the same machine load
        for name, argv in commands.items():
            start = time.perf_counter()
            subprocess.run(argv, env=envs[name], capture_output=True, check=True)
            if run:  # the first round compiles the bytecode: not counted
                samples[name].append(time.perf_counter() - start)
    print(
        f"\ncold processes, {args.runs} runs each (median / fastest), load {os.getloadavg()[0]:.1f}"
    )
    bare = statistics.median(samples["bare QtWebEngine load+printToPdf process"])
    for name, values in samples.items():
        ratio = f"  {statistics.median(values) / bare:4.2f}x bare" if "pdf" in name else ""
        print(f"  {name:45s} {statistics.median(values):6.3f} s  / {min(values):6.3f} s{ratio}")
    shutil.rmtree(html.parent, ignore_errors=True)
    print(f"files in {work}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
