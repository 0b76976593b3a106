"""Keystroke latency with spell checking on, beside checking off in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/spell_bench.py [--keys 200] [--rounds 3]

The 10,000-word, 20-photo article of ``gui_bench.py`` is opened in the app's window and
typed into at the end and in the middle of the body, a key every 60 ms (a fast typist) with a
half-second breath every 40 keys, so that the checker's worker checks the changed paragraph
between keys and while they are handled, as it does for a reporter. Each key's time is its events handled plus the repaint (``processEvents``).
1. off: checking turned off (Preferences' setting);
2. on: checking on, the article checked once opened (its planted misspellings underlined),
   each paused paragraph checked again; off and on runs alternate, ``--rounds`` times;
3. on, first check: typing starts as soon as the article is open, while the worker checks
   all 10,000 words.
Targets: median on ≤ 1.2 × median off; p99 on ≤ 16 ms. Also reported: the time the first
check of the whole article takes (open → every paragraph checked) and the words underlined.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gui_bench import big_article, summary

PACE_S = 0.060
PAUSE_EVERY, PAUSE_S = 40, 0.5  # a breath every 40 keys: the changed paragraph is checked
TEXT = "viêt bài mới về Hà Nội và hòa bình, reportr "


def type_keys(app, widget, position: str, keys: int) -> list[float]:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent, QTextCursor

    cursor = widget.textCursor()
    if position == "end":
        cursor.movePosition(QTextCursor.MoveOperation.End)
    else:
        cursor.setPosition(widget.document().characterCount() // 2)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    widget.setTextCursor(cursor)
    widget.ensureCursorVisible()
    app.processEvents()
    times = []
    for n in range(keys):
        ch = TEXT[n % len(TEXT)]
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, ch))
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        pause = PAUSE_S if n % PAUSE_EVERY == PAUSE_EVERY - 1 else PACE_S
        while time.perf_counter() - start < pause:  # the worker's turn, timers, repaints
            app.processEvents()
            time.sleep(0.002)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=200, help="keys per run")
    parser.add_argument("--rounds", type=int, default=3, help="off/on runs alternated")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as root:
        os.environ["NEWSDESK_DATA_DIR"] = root
        from newsdesk.qt.app import create_application, create_main_window

        app = create_application([])
        window = create_main_window([], offer_recovery=False, install_hook=False)
        window.resize(1400, 900)
        window.show()
        library = window.library.library()
        article = big_article(library)
        view = window.article_view
        spelling = window.spelling
        assert spelling is not None
        report: dict[str, object] = {}

        def reopen(on: bool) -> None:
            """A fresh copy of the article (what earlier runs typed is not in it)."""
            window.settings.spell_check = on
            spelling.service.set_enabled(on)
            body = article.body.replace(" sách ", " sáchh ")  # misspellings to underline
            copy = library.save(article.copy(id=None, version=0, body=body))
            window.open_article(copy)
            app.processEvents()
            view.body.setFocus()

        def settle() -> float:
            start = time.perf_counter()
            service = spelling.service
            while service.enabled and (service.checker is None or service._queue
                                       or service._busy):
                app.processEvents()
                time.sleep(0.002)
            return time.perf_counter() - start

        for position in ("end", "middle"):
            off: list[float] = []
            on: list[float] = []
            for _ in range(args.rounds):  # alternated, so that a busy machine hits both alike
                reopen(False)
                off += type_keys(app, view.body, position, args.keys)
                reopen(True)
                settle()
                on += type_keys(app, view.body, position, args.keys)
            underlined = len(spelling.body.marked)
            reopen(True)
            during = type_keys(app, view.body, position, args.keys)
            entry = {"off": summary(off), "on": summary(on), "on_first_check": summary(during),
                     "underlined_after_typing": underlined}
            for name in ("on", "on_first_check"):
                entry[f"{name}_median_ratio"] = round(
                    entry[name]["median_ms"] / max(entry["off"]["median_ms"], 1e-6), 2)
            report[f"keys_{position}"] = entry

        reopen(True)
        start = time.perf_counter()
        settle()
        report["first_check_s"] = round(time.perf_counter() - start, 2)
        report["words_underlined"] = len(spelling.body.marked)
        window.close()
        library.close()
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
