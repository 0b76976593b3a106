"""Edition benchmark: 20 articles with photos printed to PDF in one command, against peers.

    .venv/bin/python benchmarks/edition_bench.py [--articles 20] [--runs 3] [--keep DIR]

In one run on this machine:
- newsdesk: ``newsdesk export --status draft --format pdf -o FOLDER`` — one process, one print
  engine for all the articles (the first run fills the print-rendition cache; both the first
  and the median of the others are reported);
- WeasyPrint (``weasyprint in.html out.pdf``) and headless Chromium (``chromium --headless
  --print-to-pdf``), each printing the same articles' ``newsdesk export --format html`` pages
  one by one, a process per article, as a print desk scripting them would. A peer that is not
  installed is reported as such (``pip install weasyprint``; ``apt-get install chromium``).
Target: newsdesk ≤ 0.25× the faster peer. Medians; nothing is asserted.
"""

from __future__ import annotations

import argparse
import io
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
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from print_support import body_markdown, photo  # noqa: E402

NEWSDESK = Path(sys.executable).with_name("newsdesk")
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=ENV, timeout=1800)
    return time.perf_counter() - start


def make_library(data: Path, sources: Path, count: int) -> list[str]:
    """``count`` articles of 400–1,400 words with 2–4 photos each, imported; their ids."""
    from PIL import Image

    images = sources / "images"
    images.mkdir(parents=True)
    for i in range(4):
        big = Image.open(io.BytesIO(photo(i, (2400, 1600))))
        big.save(images / f"anh{i + 1}.jpg", quality=88)
    ids = []
    for n in range(count):
        words, photos = 400 + (n * 50) % 1000, 2 + n % 3
        md = sources / f"bai-{n:02}.md"
        md.write_text(f'---\nheadline: "Bài số {n + 1}: thành phố chuẩn bị mùa mưa bão"\n'
                      f'sapo: "Tin thứ {n + 1} của số báo."\nbyline: "Minh Khoa"\n'
                      f'url: "https://example.vn/bai-{n + 1}"\n---\n\n'
                      + body_markdown(words, photos), encoding="utf-8")
        done = subprocess.run([str(NEWSDESK), "--data-dir", str(data), "import", str(md)],
                              check=True, capture_output=True, text=True, env=ENV)
        ids.append(done.stdout.split()[-1])
    return ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="edition-bench-"))
    data, html = work / "data", work / "html"
    ids = make_library(data, work / "sources", args.articles)
    subprocess.run([str(NEWSDESK), "--data-dir", str(data), "export", *ids, "--format", "html",
                    "-o", str(html)], check=True, capture_output=True, env=ENV)
    pages = sorted(html.glob("*.html"))
    print(f"{len(pages)} articles, {sum(p.stat().st_size for p in pages) / 2**20:.1f} MiB of HTML")

    newsdesk = []
    for r in range(args.runs):
        out = work / f"pdf-{r}"
        newsdesk.append(run(str(NEWSDESK), "--data-dir", str(data), "export", "--status",
                            "draft", "--format", "pdf", "-o", str(out)))
    warm = statistics.median(newsdesk[1:]) if len(newsdesk) > 1 else newsdesk[0]
    print(f"newsdesk, one command:      first {newsdesk[0]:6.2f} s, then median {warm:6.2f} s")

    peers: dict[str, float] = {}
    weasy = shutil.which("weasyprint") or str(Path(sys.executable).with_name("weasyprint"))
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or \
        shutil.which("google-chrome")
    commands = {
        "WeasyPrint, one by one": (Path(weasy).exists(),
                                   lambda page, pdf: (weasy, str(page), str(pdf))),
        "Chromium, one by one": (bool(chromium), lambda page, pdf: (
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}", page.as_uri())),
    }
    for name, (present, command) in commands.items():
        if not present:
            print(f"{name + ':':27} not installed")
            continue
        times = []
        for r in range(args.runs):
            out = work / f"peer-{len(peers)}-{r}"
            out.mkdir()
            start = time.perf_counter()
            for page in pages:
                subprocess.run(command(page, out / (page.stem + ".pdf")), check=True,
                               capture_output=True, env=ENV, timeout=600)
            times.append(time.perf_counter() - start)
        peers[name] = statistics.median(times)
        print(f"{name + ':':27} median {peers[name]:6.2f} s")
    if peers:
        fastest = min(peers.values())
        print(f"newsdesk / fastest peer:    {warm / fastest:.2f}× (first run "
              f"{newsdesk[0] / fastest:.2f}×; target ≤ 0.25×)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
