"""Live shared library: how long a colleague's change takes to show in another open app.

    source scripts/ci-services.sh   # NEWSDESK_TEST_POSTGRES_URL: a server to make a database on
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/live_bench.py [--rounds 10]

Two main windows (two newsroom members, separate data folders) on a fresh PostgreSQL database
made for the run and dropped after it. Each round, from the moment the first one's Save action
is triggered:
- *list*: a new article (headline typed, Ctrl+S) until its headline is in the other's list;
- *reload*: a sentence typed into an article both have open, saved, until the other's editor
  shows it (nothing typed there);
- *presence*: from the first one opening an article until the other's bar says who is editing.
Medians and the slowest, in milliseconds. The goal is 2 s for each (listing and reading stay on
the thread pool of each app).

Measured on a shared 2-core machine (load about 2), 10 rounds: list median 179 ms (slowest
233), reload 136 ms (245), presence 263 ms (273).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def wait_for(app, condition, timeout: float = 10.0) -> float:
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise TimeoutError(f"the change did not show within {timeout:.0f} s")
        app.processEvents()
        time.sleep(0.002)
    return time.monotonic() - start


def window(data: Path, url: str, user: str):
    from newsdesk.config.paths import resolve_paths
    from newsdesk.config.settings import Settings
    from newsdesk.qt.app import create_main_window

    paths = resolve_paths(data).ensure()
    settings = Settings.load(paths.settings_file)
    settings.user_name = user
    settings.save(paths.settings_file)
    w = create_main_window(["--data-dir", str(data), "--database", url], offer_recovery=False,
                           install_hook=False)
    w.article_view.autosave_seconds = 60
    w.show()
    return w


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    admin = os.environ.get("NEWSDESK_TEST_POSTGRES_URL")
    if not admin:
        print("NEWSDESK_TEST_POSTGRES_URL is not set (source scripts/ci-services.sh)")
        return 2
    import psycopg
    from PySide6.QtGui import QTextCursor

    from gui_support import commit_text, type_text
    from newsdesk.domain import Article
    from newsdesk.qt.app import create_application

    plain = admin.replace("postgresql+psycopg://", "postgresql://", 1)
    name = f"nd_live_bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{admin.rpartition('/')[0]}/{name}"
    app = create_application([])
    figures: dict[str, list[float]] = {"list": [], "reload": [], "presence": []}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            an = window(Path(tmp) / "an", url, "Nguyễn Văn An")
            ha = window(Path(tmp) / "ha", url, "Trần Thu Hà")
            for w in (an, ha):
                wait_for(app, lambda w=w: w.live.listener is not None
                         and w.live.listener.connection.connected, 30)
            for n in range(args.rounds):
                headline = f"Bão số {n} đổ bộ"
                an.actions_["new"].trigger()
                type_text(an.article_view.form.headline, headline)
                an.actions_["save"].trigger()
                figures["list"].append(wait_for(app, lambda h=headline: h in ha.library_panel.headlines()))
                article = an.library.save(Article(headline=f"Mưa lớn {n}", body="Huế ngập."))
                ha.open_article(ha.library.get(article.id))
                wait_for(app, lambda: ha.live._seen_mine)
                started = time.monotonic()
                an.open_article(an.library.get(article.id))
                bar = ha.article_view.presence
                wait_for(app, bar.isVisible)
                figures["presence"].append(time.monotonic() - started)
                body = an.article_view.body
                body.moveCursor(QTextCursor.MoveOperation.End)
                commit_text(body, f" Câu {n}.")
                an.actions_["save"].trigger()
                figures["reload"].append(wait_for(
                    app, lambda n=n: f"Câu {n}." in ha.article_view.body.toPlainText()))
            for w in (an, ha):
                w.close()
                w.library.close()
    finally:
        from review_support import drop_database

        drop_database(plain, name)
    for key, values in figures.items():
        ms = sorted(v * 1000 for v in values)
        print(f"{key:9s} median {statistics.median(ms):6.0f} ms   slowest {ms[-1]:6.0f} ms   "
              f"({len(ms)} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
