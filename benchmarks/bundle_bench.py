"""Bundle import benchmark: time against the number of comments, memory against the members
(run on demand, not part of pytest).

    .venv/bin/python benchmarks/bundle_bench.py [--comments 10000] [--members 250]

Reports, each in a fresh process (peak RSS from ``resource``):
- import time of a bundle with ``--comments`` review comments, and of one with a tenth of
  them in the same run: the ratio shows the import stays linear (≈10), the limit
  (``interchange.bundle.MAX_COMMENTS``) bounds it;
- peak memory importing a bundle holding ``--members`` members of 1 MiB the article does
  not show (read on demand: they should cost nothing), against the same bundle without them.

Measured on a shared 2-core machine: 10,000 comments 0.87 s, 1,000 comments 0.39 s (ratio
2.2: fixed costs dominate the small one); before comments were written in bulk, 9.8 s and
1.85 s (three statements per comment). Peak RSS with 250 unshown 1 MiB members 77 MB, as
without them (before: every member was read, 316 MB). More than 10,000 comments are refused.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

IMPORT = """
import resource, sys, time
from newsdesk.services.library import Library
start = time.perf_counter()
with Library.open(sys.argv[1]) as library:
    result = library.import_file(sys.argv[2])
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
      result.comments_added)
"""


def make_bundle(folder: Path, name: str, comments: int, members: int) -> Path:
    from newsdesk.domain import Article
    from newsdesk.services.library import Library

    data = folder / f"source-{name}"
    with Library.open(data) as library:
        article = library.save(Article(headline="Bình luận",
                                       body="Một hai ba bốn năm sáu bảy tám chín mười. " * 50))
        plain = folder / f"{name}-plain.newsdesk"
        library.export(article.id or "", "bundle", plain)
    target = folder / f"{name}.newsdesk"
    with zipfile.ZipFile(plain) as source, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            raw = source.read(info)
            if info.filename == "comments.json":
                raw = json.dumps([
                    {"id": f"c{i}", "text": "Sửa chỗ này", "author": "Hà",
                     "anchor": {"field": "body", "quote": "hai ba", "prefix": "Một ",
                                "suffix": " bốn", "start": 4, "basis": "reading"}}
                    for i in range(comments)]).encode()
            out.writestr(info, raw)
        for i in range(members):
            out.writestr(f"extra/{i}.bin", os.urandom(1024 * 1024),
                         compress_type=zipfile.ZIP_STORED)
    return target


def run(bundle: Path, folder: Path, tag: str) -> tuple[float, int, int]:
    done = subprocess.run([sys.executable, "-c", IMPORT, str(folder / f"lib-{tag}"),
                           str(bundle)], capture_output=True, text=True, check=True)
    seconds, rss, added = done.stdout.split()
    return float(seconds), int(rss), int(added)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=10_000)
    parser.add_argument("--members", type=int, default=250)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsdesk-bundle-bench-") as tmp:
        folder = Path(tmp)
        many = make_bundle(folder, "many", args.comments, 0)
        few = make_bundle(folder, "few", max(1, args.comments // 10), 0)
        times = {"many": [], "few": []}
        for n in range(args.repeat):
            for tag, bundle in (("many", many), ("few", few)):
                times[tag].append(run(bundle, folder, f"{tag}{n}")[0])
        big, small = statistics.median(times["many"]), statistics.median(times["few"])
        print(f"{args.comments} comments: median {big:.2f} s; {max(1, args.comments // 10)} "
              f"comments: {small:.2f} s; ratio {big / small:.1f}")
        padded = make_bundle(folder, "padded", 10, args.members)
        bare = make_bundle(folder, "bare", 10, 0)
        _, rss_padded, _ = run(padded, folder, "padded")
        _, rss_bare, _ = run(bare, folder, "bare")
        print(f"peak RSS with {args.members} unshown 1 MiB members: {rss_padded} MB; "
              f"without: {rss_bare} MB")


if __name__ == "__main__":
    main()
