"""Benchmark: standalone HTML export of a 1,500-word article with 8 photos (~12 MP JPEGs).

Measures, in the same run, the first export (web renditions computed: empty rendition cache),
exports with the renditions cached on disk (what a new process sees) and exports with them
remembered in memory (the app re-exporting or previewing), and reports medians of wall and
CPU time. Target: an export with cached renditions within 100 ms.

    .venv/bin/python benchmarks/html_export_bench.py [--runs 7] [--cold-runs 3]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

from newsdesk.domain import Article
from newsdesk.export import ExportJob, ExportOptions
from newsdesk.export.html import HtmlExporter
from newsdesk.export.web_photos import MEMORY

WORDS = (
    "thành phố người dân tuyến đường công trình dự án kinh tế xã hội phát triển hạ tầng "
    "giao thông cảng biển du lịch văn hóa giáo dục y tế đầu tư doanh nghiệp lao động "
    "mùa màng nông dân ngư dân chính quyền cơ sở quận huyện phường xã nhiệm vụ kế hoạch"
).split()


def make_photo(seed: int, size=(4000, 3000)) -> bytes:
    rng = random.Random(seed)
    small = Image.new("RGB", (400, 300))
    draw = ImageDraw.Draw(small)
    for _ in range(60):
        x, y = rng.randrange(400), rng.randrange(300)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x, y, x + rng.randrange(20, 160), y + rng.randrange(20, 120)), fill=colour)
    image = small.resize(size, Image.Resampling.BICUBIC)
    # grain, so that the JPEGs weigh what camera photos weigh (a few MB at 12 MP)
    noise = Image.effect_noise(size, 40).convert("RGB")
    image = Image.blend(image, noise, 0.15)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def make_article(photo_count: int, words: int = 1500) -> Article:
    rng = random.Random(7)
    paragraphs = []
    per_paragraph = words // 12
    for i in range(12):
        text = " ".join(rng.choice(WORDS) for _ in range(per_paragraph))
        paragraphs.append(text[0].upper() + text[1:] + ".")
        if i < photo_count:
            paragraphs.append(
                f'![Ảnh minh họa số {i + 1}.](images/anh-{i + 1}.jpg "Ảnh: Phóng viên")'
            )
    return Article(
        headline="Thành phố khởi công tuyến đường ven biển dài 30 km",
        sapo="Dự án **trọng điểm** nối cảng biển với khu du lịch, dự kiến hoàn thành sau ba năm.",
        byline="Minh Khôi, Thu Hà",
        source="Ban Quản lý dự án",
        section="Thời sự",
        published="2023-10-10T16:35:00+07:00",
        url="https://bao.example.vn/thoi-su/duong-ven-bien.html",
        body="\n\n".join(paragraphs),
    )


def timed(fn) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one call; CPU time is less disturbed by a busy machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def median_ms(samples: list[tuple[float, float]]) -> str:
    wall = statistics.median(w for w, _ in samples)
    cpu = statistics.median(c for _, c in samples)
    return f"median {wall:7.1f} ms wall, {cpu:7.1f} ms CPU over {len(samples)} runs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="cached exports to time")
    parser.add_argument("--cold-runs", type=int, default=3, help="uncached exports to time")
    args = parser.parse_args()

    print("generating 8 photos of 4000x3000 …", flush=True)
    photos = {f"images/anh-{i + 1}.jpg": make_photo(i) for i in range(8)}
    article = make_article(len(photos))
    # as the library stores them: body path -> sha256 of the photo
    article.assets = {p: hashlib.sha256(data).hexdigest() for p, data in photos.items()}
    exporter = HtmlExporter()

    def export(options: ExportOptions, *, forget: bool) -> tuple[float, float]:
        if forget:
            MEMORY.clear()
        return timed(lambda: exporter.export(ExportJob(article, root / "a.html", photos.get, options)))

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        cold = [
            export(ExportOptions(cache_dir=root / f"cache-{n}"), forget=True)
            for n in range(args.cold_runs)
        ]
        options = ExportOptions(cache_dir=root / "cache-0")
        disk = [export(options, forget=True) for _ in range(args.runs)]
        memory = [export(options, forget=False) for _ in range(args.runs)]
        size = (root / "a.html").stat().st_size
    words = len(article.body.split())
    photo_mb = sum(len(p) for p in photos.values()) / 1e6
    print(
        f"article: {words} words in the body, {len(photos)} photos ({photo_mb:.0f} MB of JPEG), "
        f"page {size / 1e6:.1f} MB; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    print(f"first export (renditions computed):     {median_ms(cold)}")
    print(f"renditions cached on disk (new process): {median_ms(disk)}")
    print(f"renditions remembered in memory:         {median_ms(memory)}")
    disk_wall = statistics.median(w for w, _ in disk)
    cold_wall = statistics.median(w for w, _ in cold)
    verdict = "met" if disk_wall <= 100 else "NOT met"
    print(
        f"speed-up over the first export: {cold_wall / disk_wall:.0f}x (disk cache); "
        f"target ≤ 100 ms with the disk cache: {verdict}"
    )


if __name__ == "__main__":
    main()
