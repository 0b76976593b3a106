"""Benchmark: web renditions of 24-megapixel JPEGs, fast (draft) vs naive decoding, and the cache.

Run on demand (not part of pytest):

    .venv/bin/python benchmarks/renditions_bench.py [--photos 8] [--repeat 3]

It writes N camera-like 6000×4000 JPEGs (gradients + sensor-like noise, EXIF orientation on
some) to a temporary folder, then measures, in the same run and on the same photos:

- ``draft``: ``newsdesk.media.photos.web_rendition`` — libjpeg DCT scaling (``Image.draft``)
  to the smallest scale still ≥ 2048 px, reduce + Lanczos, orientation and sRGB after resizing;
- ``naive``: the same pipeline with DCT scaling off (full 24 MP decode, then Lanczos);
- ``uncached`` / ``cached``: ``RenditionCache.web`` on an empty cache folder, then again
  (hashing the photo, or with its sha256 passed as ``digest=``).

It prints medians per photo (ms) and the ratios. Target: draft ≥ 2× faster than naive.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import ExifTags, Image

from newsdesk.media import photos
from newsdesk.media.cache import RenditionCache

SIZE = (6000, 4000)


def camera_like(index: int, size: tuple[int, int] = SIZE) -> bytes:
    """A 24 MP JPEG that compresses like a photo: smooth gradients plus per-pixel noise."""
    horizontal = Image.linear_gradient("L").rotate(90 * (index % 4)).resize(size)
    vertical = Image.radial_gradient("L").resize(size)
    noise = Image.effect_noise(size, 40 + 5 * index)
    red = Image.blend(horizontal, noise, 0.25)
    green = Image.blend(vertical, noise, 0.2)
    blue = Image.blend(horizontal.transpose(Image.Transpose.FLIP_LEFT_RIGHT), vertical, 0.5)
    image = Image.merge("RGB", (red, green, blue))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "BenchCam"
    exif[ExifTags.Base.Orientation] = 6 if index % 3 == 0 else 1
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=exif.tobytes())
    return out.getvalue()


CPU: dict[str, list[float]] = {}


def timed(call, label: str = "") -> float:
    """Wall time of ``call``; its process CPU time is kept under ``label`` too (the machine may
    be busy with other work: CPU time is the steadier figure, wall time the honest one)."""
    cpu = time.process_time()
    start = time.perf_counter()
    call()
    wall = time.perf_counter() - start
    if label:
        CPU.setdefault(label, []).append(time.process_time() - cpu)
    return wall


def naive(data: bytes) -> photos.Rendition:
    return photos._bounded(data, "", photos.WEB_MAX_SIDE, fast=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over all photos")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="nd-bench-") as tmp:
        folder = Path(tmp)
        print(f"writing {args.photos} photos of {SIZE[0]}×{SIZE[1]} …", flush=True)
        files = []
        for i in range(args.photos):
            path = folder / f"photo-{i}.jpg"
            path.write_bytes(camera_like(i))
            files.append(path)
        sizes = [p.stat().st_size / 1048576 for p in files]
        print(f"  file sizes: {min(sizes):.1f}-{max(sizes):.1f} MB")
        datas = [p.read_bytes() for p in files]

        # warm-up (imports, plugin registration, allocator)
        photos.web_rendition(datas[0])
        naive(datas[0])

        fast_times: list[float] = []
        naive_times: list[float] = []
        for _ in range(args.repeat):
            for data in datas:  # interleave so background load hits both alike
                fast_times.append(timed(lambda d=data: photos.web_rendition(d), "draft"))
                naive_times.append(timed(lambda d=data: naive(d), "naive"))

        check_fast = photos.web_rendition(datas[0])
        check_naive = naive(datas[0])
        assert (check_fast.width, check_fast.height) == (check_naive.width, check_naive.height)

        cache = RenditionCache(folder / "cache")
        uncached = [timed(lambda d=data: cache.web(d)) for data in datas]
        cached_times: list[float] = []
        for _ in range(args.repeat):
            cached_times.extend(timed(lambda d=data: cache.web(d)) for data in datas)
        digests = [hashlib.sha256(d).hexdigest() for d in datas]
        known_times: list[float] = []
        for _ in range(args.repeat):
            known_times.extend(
                timed(lambda d=data, h=digest: cache.web(d, digest=h))
                for data, digest in zip(datas, digests, strict=True)
            )

    def ms(values: list[float]) -> float:
        return statistics.median(values) * 1000

    print(
        f"\nweb rendition (≤ {photos.WEB_MAX_SIDE} px) per 24 MP photo, median of "
        f"{len(fast_times)} runs:"
    )
    print(f"  naive full decode + Lanczos : {ms(naive_times):8.1f} ms")
    print(f"  draft (DCT scaling) + reduce: {ms(fast_times):8.1f} ms")
    ratio = ms(naive_times) / ms(fast_times)
    print(f"  speed-up                    : {ratio:8.2f}×  (target ≥ 2×)")
    cpu_ratio = ms(CPU["naive"]) / ms(CPU["draft"])
    print(
        f"  CPU time naive / draft      : {ms(CPU['naive']):.1f} / {ms(CPU['draft']):.1f} ms"
        f" = {cpu_ratio:.2f}×"
    )
    print(
        f"  output: {check_fast.width}×{check_fast.height}, "
        f"{len(check_fast.data) / 1024:.0f} KB JPEG"
    )
    print("\nRenditionCache.web per photo:")
    print(f"  uncached (compute + write)  : {ms(uncached):8.1f} ms")
    print(f"  cached (read + verify)      : {ms(cached_times):8.2f} ms")
    print(f"  cached, sha256 known        : {ms(known_times):8.2f} ms")
    print(f"  speed-up                    : {ms(uncached) / ms(cached_times):8.0f}×")
    return 0 if ratio >= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
