"""PDF export benchmark: a 1,500-word Vietnamese article with 8 camera-size photos.

    .venv/bin/python benchmarks/pdf_bench.py [--runs 5] [--keep DIR]

Measures, in one run on this machine:
- warm: ``print_article_pdf`` a second (and further) time in the same process (print
  renditions cached), against a *bare* ``QWebEnginePage.load`` + ``printToPdf`` of the very
  same HTML, photos and fonts in the same process: the overhead of newsdesk (document, waiting
  for fonts/images, copyfit measure, atomic write, page count). Target ≤ 10 %.
- cold: ``newsdesk export ID --format pdf`` as a new process, against ``newsdesk --version``
  and a bare QtWebEngine process printing the same HTML. Target ≤ 1.0 s.
- size and time with print renditions against the camera originals.
Reports medians. Nothing is asserted: these are numbers for the README and the note.
"""

from __future__ import annotations

import argparse
import hashlib
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

from PIL import Image, ImageDraw, ImageFilter  # noqa: E402

from newsdesk.printing import PageSetup, init_printing  # noqa: E402
from print_support import sample_article  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from bare_print import bare_printer  # noqa: E402

NEWSDESK = Path(sys.executable).with_name("newsdesk")


def camera_photo(index: int, size=(4000, 3000)) -> bytes:
    """A photo-like 12 MP JPEG (gradients, shapes, grain) of a few MB, as a camera makes."""
    width, height = size
    base = Image.radial_gradient("L").resize(size).convert("RGB")
    tint = Image.new("RGB", size, ((50 * index) % 255, (90 + 30 * index) % 255, 160))
    image = Image.blend(base, tint, 0.55)
    draw = ImageDraw.Draw(image)
    for k in range(40):
        x, y = (k * 997 * (index + 1)) % width, (k * 619 * (index + 3)) % height
        draw.ellipse([x, y, x + 300, y + 200], outline=(255, 255, 255), width=6)
    grain = Image.effect_noise(size, 40).convert("RGB").filter(ImageFilter.GaussianBlur(0.6))
    image = Image.blend(image, grain, 0.18)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92)
    return out.getvalue()


def median_time(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the PDFs in this folder")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsdesk-pdf-bench-"))
    work.mkdir(parents=True, exist_ok=True)

    init_printing()
    from newsdesk.printing.api import print_article_pdf, print_document_pdf
    from newsdesk.printing.document import build_print_document
    from newsdesk.printing.runtime import ensure_app
    from newsdesk.printing.scheme import FolderDocument

    ensure_app()
    print("making 8 camera-size photos (4000x3000 JPEG)…", flush=True)
    originals = {f"images/anh{i + 1}.jpg": camera_photo(i) for i in range(8)}
    article = sample_article(words=1500, photos=8)
    # as stored by the library: each body photo's sha256 (the rendition cache key)
    article.assets = {path: hashlib.sha256(data).hexdigest() for path, data in originals.items()}
    setup = PageSetup(publication="Báo Mẫu")
    cache = work / "renditions"
    shutil.rmtree(cache, ignore_errors=True)
    megabytes = sum(map(len, originals.values())) / 1e6
    print(f"originals: {megabytes:.1f} MB in total", flush=True)

    start = time.perf_counter()
    first = print_article_pdf(article, originals.get, work / "first.pdf", setup, cache_dir=cache)
    first_s = time.perf_counter() - start
    document, _ = build_print_document(article, originals.get, setup, cache_dir=cache)
    folder = FolderDocument(document)
    run_bare, keep = bare_printer()
    run_bare(folder.root / "index.html", work / "bare.pdf")  # the bare page's first load
    warm, bare = [], []
    for _ in range(args.runs):  # interleaved, so that both see the same machine load
        start = time.perf_counter()
        print_article_pdf(article, originals.get, work / "warm.pdf", setup, cache_dir=cache)
        warm.append(time.perf_counter() - start)
        start = time.perf_counter()
        run_bare(folder.root / "index.html", work / "bare.pdf")
        bare.append(time.perf_counter() - start)
    warm_s, bare_s = statistics.median(warm), statistics.median(bare)

    # the same document with the camera originals in place of the print renditions
    heavy, _ = build_print_document(article, originals.get, setup, cache_dir=cache)
    for i in range(8):
        path = heavy.image_path(i + 1, ".jpg")
        heavy.files[path] = (originals[f"images/anh{i + 1}.jpg"], heavy.files[path][1])
    start = time.perf_counter()
    print_document_pdf(heavy, work / "originals.pdf", setup)
    heavy_s = time.perf_counter() - start

    # cold: new processes
    data_dir = work / "data"
    env = dict(os.environ, NEWSDESK_DATA_DIR=str(data_dir))
    source = work / "article" / "bai.md"
    from newsdesk.interchange import write_markdown_file

    write_markdown_file(article, source, originals.get)
    article_id = subprocess.run(
        [str(NEWSDESK), "import", str(source)], env=env, capture_output=True, text=True, check=True
    ).stdout.split()[-1]
    export = [str(NEWSDESK), "export", article_id, "--format", "pdf", "-o", str(work / "cli.pdf")]
    start = time.perf_counter()
    subprocess.run(export, env=env, capture_output=True, check=True)
    cli_first_s = time.perf_counter() - start
    cli_s = median_time(
        lambda: subprocess.run(export, env=env, capture_output=True, check=True), args.runs
    )
    version_s = median_time(
        lambda: subprocess.run(
            [str(NEWSDESK), "--version"], env=env, capture_output=True, check=True
        ),
        args.runs,
    )
    bare_cold_s = median_time(
        lambda: subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "bare_print.py"),
             str(folder.root / "index.html"), str(work / "bare-cold.pdf")],
            env=env, capture_output=True, check=True
        ),
        args.runs,
    )
    folder.remove()
    page, profile = keep
    del keep, page  # the bare page goes before its profile
    del profile

    kb = lambda p: (work / p).stat().st_size / 1024  # noqa: E731
    print()
    print(f"pages {first.pages}; copyfit: {first.copyfit.describe()}")
    print(f"first export in process (renditions made):  {first_s:6.3f} s")
    print(f"warm export (median of {args.runs}):             {warm_s:6.3f} s")
    print(f"bare load+printToPdf, same HTML (median):   {bare_s:6.3f} s")
    print(f"overhead warm vs bare:                      {100 * (warm_s / bare_s - 1):+6.1f} %")
    print(f"cold CLI export, first (renditions made):   {cli_first_s:6.3f} s")
    print(f"cold CLI export (median):                   {cli_s:6.3f} s")
    print(f"  newsdesk --version (median):              {version_s:6.3f} s")
    print(f"  bare QtWebEngine process (median):        {bare_cold_s:6.3f} s")
    print(f"PDF with print renditions:  {kb('warm.pdf'):8.0f} KB")
    print(f"PDF with camera originals:  {kb('originals.pdf'):8.0f} KB  ({heavy_s:.2f} s to print)")
    print(f"files in {work}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
