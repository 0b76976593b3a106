"""Benchmark of the desktop app against bare Qt baselines measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_bench.py [--runs 5] [--start-only]

1. cold start: process start → main window shown (first event-loop turn after show), and the
   peak RSS then; beside a bare QMainWindow + QTextEdit started the same way.
   Targets: ≤ 0.5 s and ≤ 3.5× the bare start.
2. keystroke latency (median, p99) at the end and in the middle of a 10,000-word article with
   20 photos, in the app's body editor (autosave, stats, preview debouncers all live) beside a
   bare QTextEdit holding the same document. Targets: median ≤ 1.5× bare, p99 ≤ 16 ms.
3. time to open that article from the library (read, photo renditions, form + body built),
   cold and with the rendition cache warm, beside a bare QTextEdit reading the same Markdown
   with Qt's ``setMarkdown`` (which loads no photos).
4. print-preview refresh after an edit (edit → the new PDF shown), beside printing the same
   article with newsdesk.printing's synchronous helper (the CLI's path).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

START_CHILD = r"""
import os, sys, time, resource
t0 = float(os.environ["ND_T0"])
kind = sys.argv[1]
if kind == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QTextEdit())
    window.resize(1200, 800)
else:
    from newsdesk.qt.app import create_application, create_main_window
    app = create_application([])
    window = create_main_window([], offer_recovery=False)
from PySide6.QtCore import QTimer
window.show()
def shown():
    elapsed = time.time() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{elapsed:.4f} {rss:.1f}", flush=True)
    os._exit(0)
QTimer.singleShot(0, shown)
app.exec()
"""


def cold_start(kind: str, data_dir: Path) -> tuple[float, float]:
    env = {**os.environ, "ND_T0": repr(time.time()), "NEWSDESK_DATA_DIR": str(data_dir)}
    env["ND_T0"] = repr(time.time())
    out = subprocess.run([sys.executable, "-c", START_CHILD, kind], env=env, check=True,
                         capture_output=True, text=True, timeout=120).stdout.split()
    return float(out[0]), float(out[1])


def sentences(rng: random.Random) -> str:
    words = ("người dân thành phố nước sông mùa mưa đường phố trường học bệnh viện giá cả "
             "nông dân cán bộ phường xã tuyến xe buýt điện thư viện sách báo công nhân "
             "khu công nghiệp biển đảo cầu cảng hàng hóa xuất khẩu du lịch mùa hè").split()
    n = rng.randint(8, 18)
    text = " ".join(rng.choice(words) for _ in range(n))
    return text[0].upper() + text[1:] + "."


def big_article(library, photos: int = 20, words: int = 10_000):
    from PIL import Image

    from newsdesk.domain import Article

    rng = random.Random(5)
    assets: dict[str, str] = {}
    for i in range(photos):
        buffer = io.BytesIO()
        Image.new("RGB", (1600, 1000), (rng.randrange(256), 90, 140)).save(buffer, "JPEG")
        path = f"images/anh-{i:02d}.jpg"
        assets[path] = library.add_photo(buffer.getvalue(), f"anh-{i:02d}.jpg")
    parts: list[str] = []
    count = 0
    per_photo = words // photos
    i = 0
    while count < words:
        paragraph = " ".join(sentences(rng) for _ in range(4))
        parts.append(paragraph)
        count += len(paragraph.split())
        if count >= per_photo * (i + 1) and i < photos:
            parts.append(f'![Ảnh minh họa số {i + 1} của bài.](images/anh-{i:02d}.jpg "Ảnh: Tòa soạn")')
            i += 1
    body = "\n\n".join(parts) + "\n"
    article = Article(headline="Bài dài mười nghìn chữ để đo tốc độ gõ", sapo="Bài thử.",
                      body=body, url="https://baomau.example.vn/bai-dai.html", assets=assets)
    return library.save(article)


def key_latencies(app, widget, position: str, keys: int = 300) -> list[float]:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor

    cursor = widget.textCursor()
    if position == "end":
        cursor.movePosition(QTextCursor.MoveOperation.End)
    elif position == "middle":  # any other position: the caret stays where it is
        cursor.setPosition(widget.document().characterCount() // 2)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfWord)
    widget.setTextCursor(cursor)
    widget.ensureCursorVisible()
    app.processEvents()
    text = "ệ ươ đ "
    times = []
    for n in range(keys):
        ch = text[n % len(text)]
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, ch))
        app.processEvents()  # handlers, layout and the repaint of the typed line
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {"median_ms": round(statistics.median(ordered), 3),
            "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 3)}


def in_process(data_dir: Path) -> dict[str, object]:
    os.environ["NEWSDESK_DATA_DIR"] = str(data_dir)
    from PySide6.QtWidgets import QTextEdit

    from newsdesk.qt.app import create_application, create_main_window

    app = create_application([])
    window = create_main_window([], offer_recovery=False, install_hook=False)
    window.resize(1400, 900)
    window.show()
    library = window.library.library()
    article = big_article(library)
    app.processEvents()
    results: dict[str, object] = {}

    # 3. open the article as a click in the library does (read + photo renditions on the
    # thread pool, then the form and body built); first with a cold rendition cache, then again
    def open_from_library() -> float:
        window.new_article()  # something else is open
        app.processEvents()
        start = time.perf_counter()
        window.open_article_id(article.id)
        while window.article_view.base.id != article.id:
            app.processEvents()
        app.processEvents()
        return round(time.perf_counter() - start, 3)

    results["open_article_cold_s"] = open_from_library()
    results["open_article_s"] = open_from_library()
    body = window.article_view.body
    bare = QTextEdit()
    bare.resize(body.size())
    bare.show()
    start = time.perf_counter()
    bare.setMarkdown(article.body)  # Qt's own Markdown reader (photos not loaded)
    app.processEvents()
    results["open_bare_setmarkdown_s"] = round(time.perf_counter() - start, 3)
    bare.setDocument(body.document().clone())  # the very same document for the keystrokes
    app.processEvents()

    # 2. keystrokes
    body.setFocus()
    for position in ("end", "middle"):
        app_times = key_latencies(app, body, position)
        bare_times = key_latencies(app, bare, position)
        results[f"keys_{position}"] = {"app": summary(app_times), "bare": summary(bare_times)}
    bare.close()

    # 4. preview refresh after an edit
    window.side.set_current_tab("print")
    preview = window.side.print_tab.ensure()
    deadline = time.time() + 180
    while preview.printer.busy and time.time() < deadline:  # earlier jobs out of the way
        app.processEvents()
    shown = preview._shown
    window.side.refresh_now()  # the first print of this article (makes the print renditions)
    while preview._shown == shown and time.time() < deadline:
        app.processEvents()
    shown = preview._shown
    body.setFocus()
    key_latencies(app, body, "end", keys=5)
    start = time.perf_counter()
    window.side.refresh_now()  # what the 1 s debouncer does after the last keystroke
    while preview._shown == shown and time.time() < deadline:
        app.processEvents()
    results["preview_refresh_s"] = round(time.perf_counter() - start, 3)
    results["preview_debounce_s"] = 1.0
    from newsdesk.printing.api import print_article_pdf

    current = window.article_view.current_article()
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        print_article_pdf(current, lambda p: library.photo_for(current, p), Path(folder) / "a.pdf",
                          cache_dir=data_dir / "cache" / "renditions")
        results["print_sync_s"] = round(time.perf_counter() - start, 3)
    window.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--start-only", action="store_true", help="only 1. (cold start)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as root:
        start_dir = Path(root) / "start"
        cold_start("app", start_dir)  # first run creates the database and compiles translations
        app_runs, bare_runs = [], []
        for _ in range(args.runs):
            bare_runs.append(cold_start("bare", start_dir))
            app_runs.append(cold_start("app", start_dir))
        app_s = statistics.median(r[0] for r in app_runs)
        bare_s = statistics.median(r[0] for r in bare_runs)
        report: dict[str, object] = {
            "start": {"app_s": round(app_s, 3), "bare_s": round(bare_s, 3),
                      "ratio": round(app_s / bare_s, 2),
                      "app_rss_mb": round(statistics.median(r[1] for r in app_runs), 1),
                      "bare_rss_mb": round(statistics.median(r[1] for r in bare_runs), 1)},
        }
        if not args.start_only:
            report.update(in_process(Path(root) / "big"))
    for name in ("keys_end", "keys_middle"):
        entry = report.get(name)
        if entry is None:
            continue
        entry["median_ratio"] = round(entry["app"]["median_ms"] / max(entry["bare"]["median_ms"], 1e-6), 2)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
