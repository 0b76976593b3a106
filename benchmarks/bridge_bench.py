"""The body editor's Markdown bridge and widget on a long article.

    .venv/bin/python benchmarks/bridge_bench.py [--runs 5] [--words 10000] [--photos 20]

Measures, on a generated Vietnamese article (headings, emphasis, links, lists, quotes and
camera-size photos):
- Markdown → QTextDocument and QTextDocument → Markdown, beside Qt's own setMarkdown /
  toMarkdown on the same text (the baseline);
- ``BodyEditor.set_markdown`` (open; photos are then decoded off-thread) and ``markdown()``
  (what autosave calls);
- keystroke latency (median, p99) at the end and in the middle of the body, beside a bare
  QTextEdit holding the same document;
- how many bodies of the test corpus keep their HTML through the bridge and through Qt's
  setMarkdown/toMarkdown.
Reports medians. Nothing is asserted: these are numbers for the README.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
WORDS = ("người dân thành phố đã đón Tết trong không khí ấm áp và vui tươi cùng gia đình "
         "bạn bè năm nay kinh tế phục hồi mạnh mẽ hơn").split()


def article(words: int, photos: int) -> str:
    rnd = random.Random(7)
    paras, count, n = [], 0, 0
    while count < words:
        n += 1
        chunk = [rnd.choice(WORDS) for _ in range(40)]
        chunk[3] = f"**{chunk[3]}**"
        chunk[9] = f"*{chunk[9]}*"
        chunk[20] = f"[{chunk[20]}](https://example.vn/{n})"
        paras.append(" ".join(chunk).capitalize() + ".")
        count += 40
        if n % 25 == 0:
            paras.append(f"## Phần {n // 25}")
        if n % 30 == 0:
            paras.append("- Ý thứ nhất\n- Ý thứ hai\n  - chi tiết")
        if n % 35 == 0:
            paras.append("> Trích dẫn ý kiến của người dân.")
    step = max(1, len(paras) // (photos + 1))
    for i in range(photos):
        paras.insert((i + 1) * step + i, f'![Ảnh số {i + 1}.](images/anh-{i + 1}.jpg "Ảnh: PV")')
    return "\n\n".join(paras) + "\n"


def camera_photo(seed: int) -> bytes:
    from PIL import Image

    img = Image.effect_noise((4000, 3000), 40 + seed).convert("RGB")
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def latency(app, widget, position: int, keys: int = 200) -> tuple[float, float]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    cursor = widget.textCursor()
    cursor.setPosition(position)
    widget.setTextCursor(cursor)
    times = []
    for ch in ("việt nam " * keys)[:keys]:
        start = time.perf_counter()
        app.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))
        app.processEvents()
        times.append(time.perf_counter() - start)
    times.sort()
    return statistics.median(times) * 1000, times[int(len(times) * 0.99)] * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--photos", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication, QTextEdit

    app = QApplication([])
    from newsdesk.qt.editor.body_editor import BodyEditor
    from newsdesk.qt.editor.document_bridge import document_to_markdown, markdown_to_document
    from newsdesk.render.markdown import create_parser

    md = article(args.words, args.photos)
    photo = camera_photo(1)
    loader = lambda path: photo  # noqa: E731

    def qt_load() -> QTextDocument:
        doc = QTextDocument()
        doc.setMarkdown(md)
        return doc

    doc = markdown_to_document(md, loader)
    qt_doc = qt_load()
    print(f"article: {len(md.split())} words, {args.photos} photos of 4000x3000")
    print(f"markdown_to_document {timed(lambda: markdown_to_document(md, loader), args.runs):.3f}s"
          f"   (Qt setMarkdown {timed(qt_load, args.runs):.3f}s)")
    print(f"document_to_markdown {timed(lambda: document_to_markdown(doc), args.runs):.3f}s"
          f"   (Qt toMarkdown {timed(qt_doc.toMarkdown, args.runs):.3f}s)")

    editor = BodyEditor()
    editor.resize(900, 700)
    editor.show()
    print(f"BodyEditor.set_markdown {timed(lambda: (editor.set_markdown(md, loader), app.processEvents()), args.runs):.3f}s")
    editor.photos.wait()  # photos decode off-thread after opening; let them finish
    app.processEvents()
    bare = QTextEdit()
    bare.resize(900, 700)
    bare.show()
    bare.setDocument(markdown_to_document(md, loader))
    app.processEvents()
    for name, widget in (("bare QTextEdit", bare), ("BodyEditor", editor)):
        size = widget.document().characterCount()
        end = latency(app, widget, size - 1)
        middle = latency(app, widget, size // 2)
        print(f"{name:15} keystroke ms median/p99: end {end[0]:.2f}/{end[1]:.2f}"
              f"  middle {middle[0]:.2f}/{middle[1]:.2f}")
    print(f"BodyEditor.markdown() after an edit {timed(lambda: (editor.insertPlainText('a'), editor.markdown()), args.runs):.3f}s")

    render = create_parser().render
    corpus = ROOT / "tests" / "fixtures" / "bridge"
    bodies = (corpus / "examples.txt").read_text(encoding="utf-8").split("\n%%%%\n")
    bodies += [p.read_text(encoding="utf-8") for p in (corpus / "canonical").glob("*.md")]
    ours = sum(render(document_to_markdown(markdown_to_document(b))) == render(b) for b in bodies)
    kept = 0
    for body in bodies:
        qdoc = QTextDocument()
        qdoc.setMarkdown(body)
        kept += render(qdoc.toMarkdown()) == render(body)
    print(f"corpus of {len(bodies)} bodies, same HTML after a round trip: bridge {ours} "
          f"({ours / len(bodies):.0%}), Qt setMarkdown/toMarkdown {kept} ({kept / len(bodies):.0%})")


if __name__ == "__main__":
    main()
