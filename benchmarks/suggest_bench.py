"""Keystroke latency in suggest mode, beside ordinary typing in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/suggest_bench.py [--keys 300] [--rounds 3]

The 10,000-word, 20-photo article of ``gui_bench.py`` is opened in the app's window, with the
Review tab's Changes list showing, and typed into at the end and in the middle of the body
(``gui_bench.key_latencies``: each key's events handled plus the repaint). Normal and
suggest-mode runs alternate ``--rounds`` times, each at a fresh place; suggest mode also
deletes (Backspace marks a character deleted every tenth key). Reported: median and p99 of
each, the ratio of the medians, and the time the Changes list takes to be rebuilt from the
document once it holds the suggestions typed. Targets: median ratio ≤ 1.5; p99 ≤ 16 ms.
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
from gui_bench import big_article, key_latencies, summary


def place(widget, position: str, offset: int) -> str:
    """Put the caret in a plain paragraph (not a caption) near the end or the middle; the
    ``gui_bench.key_latencies`` position that then keeps it there."""
    from PySide6.QtGui import QTextCursor

    from newsdesk.qt.editor.formats import kind_of

    doc = widget.document()
    block = doc.lastBlock() if position == "end" else doc.findBlock(doc.characterCount() // 2)
    for _ in range(offset):
        block = block.previous()
    while block.isValid() and (kind_of(block.blockFormat()) or block.length() < 20):
        block = block.previous()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    if position == "middle":
        cursor.setPosition(block.position() + block.length() // 2)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfWord)
    widget.setTextCursor(cursor)
    return "here"


def backspaces(app, widget, keys: int) -> list[float]:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    times = []
    for _ in range(keys):
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Backspace,
                                                         Qt.KeyboardModifier.NoModifier))
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="nd-suggest-bench-"))
    os.environ["NEWSDESK_DATA_DIR"] = str(data_dir)
    from newsdesk.qt.app import create_application, create_main_window

    app = create_application([])
    window = create_main_window([], offer_recovery=False, install_hook=False)
    window.resize(1400, 900)
    window.show()
    while not window.library.is_open:
        app.processEvents()
    library = window.library.library()
    library.settings.user_name = "Phạm Thị An"
    article = big_article(library)
    window.open_article(article)
    window.side.set_current_tab("review")
    review = window.side.review_tab.ensure()
    review.show_changes()
    app.processEvents()
    body = window.article_view.body
    body.setFocus()
    normal: dict[str, list[float]] = {"end": [], "middle": []}
    suggest: dict[str, list[float]] = {"end": [], "middle": []}
    deleting: list[float] = []
    for n in range(args.rounds):
        for position in ("end", "middle"):
            window.actions_["suggest_mode"].setChecked(False)
            normal[position] += key_latencies(app, body, place(body, position, 4 * n),
                                              args.keys)
            window.actions_["suggest_mode"].setChecked(True)
            suggest[position] += key_latencies(app, body, place(body, position, 4 * n + 2),
                                               args.keys)
            place(body, position, 4 * n + 3)  # plain text: each Backspace marks a character
            deleting += backspaces(app, body, args.keys // 10)
    window.actions_["suggest_mode"].setChecked(False)
    start = time.perf_counter()
    window.changes.refresh()
    listed = round((time.perf_counter() - start) * 1000, 2)
    results: dict[str, object] = {}
    for position in ("end", "middle"):
        n, s = summary(normal[position]), summary(suggest[position])
        results[f"keys_{position}"] = {"normal": n, "suggest": s,
                                       "median_ratio": round(s["median_ms"] / n["median_ms"], 2)}
    results["backspace_suggest"] = summary(deleting)
    results["changes_list_refresh_ms"] = listed
    results["suggestions_listed"] = review.changes.list.count()
    print(json.dumps(results, indent=2))
    window.article_view.autosave.forget_changes()
    window.close()
    window.library.close()


if __name__ == "__main__":
    main()
