"""Longest event-loop stall while a reporter types Telex into a long article, previews on.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ime_stall_bench.py [--seconds 30]

A real input method handles each key in the app's event loop; a stall of the UI thread
delays its answer and can make it time out. This opens the 10,000-word, 20-photo article of
gui_bench.py in the main window with the print preview and the QR panel on, autosave at
0.3 s, and types words Telex-style into the body, the headline and the sapo at 160 ms per key:
every key updates the composition (a QInputMethodEvent preedit), the last one commits the
word. Autosave, the recovery journal, the statistics and the previews run meanwhile. A 2 ms
timer measures the event loop: the longest gap between its ticks beyond 2 ms is the stall.
Target: the longest stall under 50 ms. Prints JSON: longest, p99 and count over 50 ms, and
that the words arrived intact. Set PYTHONPATH to another checkout's src/ to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gui_bench import big_article

# word → the compositions Telex shows while it is typed (one per key)
WORDS = {
    "thông": ["t", "th", "tho", "thô", "thôn", "thông"],
    "về": ["v", "ve", "vê", "về"],
    "Người": ["N", "Ng", "Ngu", "Ngư", "Ngươ", "Người"],
    "nghiêng": ["n", "ng", "ngh", "nghi", "nghie", "nghiê", "nghiên", "nghiêng"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as root:
        os.environ["NEWSDESK_DATA_DIR"] = root
        return run(args.seconds)


def run(seconds: float) -> int:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer
    from PySide6.QtGui import QInputMethodEvent, QTextCursor

    from newsdesk.qt.app import create_application, create_main_window

    app = create_application([])
    window = create_main_window([], offer_recovery=False, install_hook=False)
    window.resize(1400, 900)
    window.show()
    deadline = time.monotonic() + 60
    while not window.library.is_open and time.monotonic() < deadline:
        app.processEvents()
    library = window.library.library()
    article = big_article(library)
    window.article_view.autosave_seconds = 0.3
    window.open_article_id(article.id)
    while window.article_view.base.id != article.id:
        app.processEvents()
    window.side.set_current_tab("print")
    window.side.print_tab.ensure()
    window.side.qr.set_url(article.url, article.headline)
    view = window.article_view
    body = view.body
    cursor = body.textCursor()
    cursor.setPosition(body.document().characterCount() // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord)
    body.setTextCursor(cursor)
    body.setFocus()
    start = time.monotonic()
    while time.monotonic() - start < 5:  # the first preview and the photos out of the way
        app.processEvents()

    def whole(word: str, text: str) -> int:
        return len(re.findall(rf"(?<!\w){word}(?!\w)", text))

    shown = view.current_article()
    shown_text = shown.headline + " " + shown.sapo + " " + shown.body
    before = {word: whole(word, shown_text) for word in WORDS}
    fields = [body] * 6 + [view.form.headline, view.form.sapo]  # mostly the body
    keys: list[tuple[object, str, bool]] = []  # (widget, text, commit?)
    words = list(WORDS.items())
    n = 0
    while len(keys) * 0.16 < seconds:
        widget = fields[n % len(fields)]
        word, steps = words[n % len(words)]
        keys += [(widget, step, False) for step in steps] + [(widget, f" {word} ", True)]
        n += 1
    typed: list[tuple[object, str]] = []

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(tick)
    heartbeat.start(2)

    def press() -> None:
        if not keys:
            QTimer.singleShot(1500, app.quit)  # the last autosave and preview
            return
        widget, text, commit = keys.pop(0)
        if widget is not app.focusWidget():
            widget.setFocus()  # type: ignore[attr-defined]
        if commit:
            event = QInputMethodEvent("", [])
            event.setCommitString(text)
            typed.append((widget, text.strip()))
        else:
            event = QInputMethodEvent(text, [])
        QCoreApplication.sendEvent(widget, event)  # type: ignore[arg-type]

    keyboard = QTimer()
    keyboard.setTimerType(Qt.TimerType.PreciseTimer)
    keyboard.timeout.connect(press)
    keyboard.start(160)
    app.exec()
    heartbeat.stop()
    keyboard.stop()

    snapshot = {}
    for label in ("committed", "composing"):
        if label == "composing":
            body.setFocus()
            QCoreApplication.sendEvent(body, QInputMethodEvent("thô", []))
        times = []
        for _ in range(5):
            began = time.perf_counter()
            view.current_article()
            times.append((time.perf_counter() - began) * 1000)
        snapshot[label] = round(sorted(times)[2], 1)
    done = QInputMethodEvent("", [])
    done.setCommitString("thô")
    QCoreApplication.sendEvent(body, done)
    current = view.current_article()
    text = current.headline + " " + current.sapo + " " + current.body
    # each typed word is found whole as many more times as it was typed
    counts = {word: (whole(word, text) - before[word],
                     sum(1 for _w, typed_word in typed if typed_word == word)) for word in WORDS}
    intact = all(found == wanted for found, wanted in counts.values())
    stalls = sorted(max(0.0, gap - 2) for gap in gaps)
    report = {
        "typed_words": len(typed),
        "words_intact": intact,
        "words_found_typed": counts,
        "longest_stall_ms": round(stalls[-1], 1) if stalls else None,
        "p99_stall_ms": round(stalls[int(len(stalls) * 0.99)], 1) if stalls else None,
        "stalls_over_50ms": sum(1 for s in stalls if s > 50),
        "target_ms": 50,
        "snapshot_median_ms": snapshot,  # view.current_article() on the long article
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
