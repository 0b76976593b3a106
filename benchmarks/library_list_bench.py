"""The library list at 100,000 articles: how soon it shows, and whether the window ever stalls.

    source scripts/ci-services.sh   # NEWSDESK_TEST_POSTGRES_URL: a server to make a database on
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/library_list_bench.py \
        [--articles 100000] [--keep DIR] [--rounds 5] [--no-postgres]

Fills a SQLite library and a new PostgreSQL database (made for the run; kept with ``--keep``,
reused when the folder already holds a filled library) with synthetic articles through the
bulk path, then opens the real main window on each, ``--rounds`` times, and measures:
- *first rows*: from creating the window until the list shows its first articles;
- the longest UI-thread stall (the largest gap between beats of a 5 ms QTimer heartbeat)
  while opening, while going to the end of the list with End and PageDown (every page asked
  for, until the oldest article is shown), and after a colleague's change (PostgreSQL: a save
  by another program, heard through LISTEN/NOTIFY; SQLite: a save by another program, then
  the list listed again as after a save in this window);
- how many rows the list asked the library for at once (the largest page).
Medians over the rounds, in milliseconds. *To the end* includes the benchmark's own pace:
20 PageDowns 20 ms apart, then End until the oldest article shows.

Measured on a shared 2-core machine (other work running), 100,000 articles, 5 rounds, medians
(slowest): SQLite — first rows 194 ms (270), opening stall 96 ms (130), to the end 439 ms,
scrolling stall 34 ms (57), a change listed 137 ms after the refresh with a 69 ms stall (144);
PostgreSQL — first rows 133 ms (173), opening stall 44 ms (74), to the end 440 ms, scrolling
stall 46 ms (78), a colleague's save listed 262 ms after its commit with an 84 ms stall (88).
The largest read: 500 rows. The window opens with no article (none reopened): the opening
stall is the window's own start (as with a library of one article); a change's stall is
mostly Qt laying out a list of 100,000 rows again (~40 ms).
Before, on the same libraries, with the list filled on the UI thread from one query of every
article (one round): SQLite first rows 10.6 s with a 5.9 s stall, a change 28.5 s with a
16.8 s stall; PostgreSQL first rows 14.4 s with a 9.1 s stall, a change 13.0 s with an 8.4 s
stall; 100,018 rows read each time.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

SECTIONS = ["Thời sự", "Kinh tế", "Văn hóa", "Thể thao", "Giáo dục", "Sức khỏe"]
WORDS = ("cầu đường cảng sông biển mưa lũ giá lúa gạo chợ trường bệnh viện điện xe buýt nhà "
         "đất vốn ngân hàng doanh nghiệp tỉnh thành phố dân kinh tế xã hội dự án").split()


def articles(rng: random.Random, count: int):
    from newsdesk.domain import Article

    for number in range(count):
        words = rng.choices(WORDS, k=rng.randint(5, 10))
        yield Article(headline=f"{' '.join(words).capitalize()} {number}",
                      sapo=" ".join(rng.choices(WORDS, k=20)),
                      body=" ".join(rng.choices(WORDS, k=120)),
                      byline=rng.choice(["Minh Khôi", "Thu Hà", "Lê Thảo Nguyên"]),
                      section=rng.choice(SECTIONS))


def fill(library, count: int, seed: int = 7) -> None:
    have = library.repository.count()
    if have >= count:
        return
    rng = random.Random(seed)
    batch: list = []
    start = time.perf_counter()
    for article in articles(rng, count - have):
        batch.append(article)
        if len(batch) == 1000:
            library.repository.save_many(batch)
            batch = []
    if batch:
        library.repository.save_many(batch)
    if library.repository.engine.dialect.name == "postgresql":
        from sqlalchemy import text

        with library.repository.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    print(f"  filled {count - have} articles in {time.perf_counter() - start:.0f} s",
          file=sys.stderr)


class Heartbeat:
    """A 5 ms QTimer on the UI thread: the longest gap between two beats is the longest time
    the UI thread did not get back to its event loop (a stall the user feels)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def phase(self) -> None:
        """Start measuring a new phase."""
        self.last = time.perf_counter()
        self.longest = 0.0

    def stall_ms(self) -> float:
        self._beat()
        return self.longest * 1000


def wait_for(condition, timeout: float = 120.0) -> float:
    """Run the event loop until ``condition()``; seconds it took."""
    from PySide6.QtCore import QEventLoop, QTimer

    start = time.perf_counter()
    if condition():
        return 0.0
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(2)

    def look() -> None:
        if condition() or time.perf_counter() - start > timeout:
            loop.quit()

    check.timeout.connect(look)
    check.start()
    loop.exec()
    check.stop()
    if not condition():
        raise TimeoutError(f"not done within {timeout:.0f} s")
    return time.perf_counter() - start


def settle(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


class Counting:
    """Wraps ``Library.list`` to see the largest number of rows asked for at once."""

    def __init__(self) -> None:
        from newsdesk.services.library import Library

        self.largest = 0
        self.calls = 0
        original = Library.list
        counting = self

        def listing(library, *args, **kwargs):
            rows = original(library, *args, **kwargs)
            counting.calls += 1
            counting.largest = max(counting.largest, len(rows))
            return rows

        Library.list = listing  # type: ignore[method-assign]


def colleague_saves(url: str | None, data: Path, headline: str):
    """Another program saves a new article; it prints the (wall clock) time of the commit."""
    import subprocess

    code = ("import sys, time; from newsdesk.services.library import Library; "
            "from newsdesk.domain import Article; "
            "lib = Library.open(sys.argv[1], database_url=sys.argv[2] or None); "
            "lib.save(Article(headline=sys.argv[3], body='x', section='Thời sự')); "
            "print(time.time(), flush=True); lib.close()")
    return subprocess.Popen([sys.executable, "-c", code, str(data), url or "", headline],
                            stdout=subprocess.PIPE, text=True)


def one_round(data: Path, url: str | None, beat: Heartbeat, counting: Counting) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from newsdesk.config.paths import resolve_paths
    from newsdesk.qt.app import create_main_window
    from newsdesk.qt.main_window import window_settings

    state = window_settings(resolve_paths(data))  # no article reopened: the list alone
    state.remove("last_article")
    state.sync()
    argv = ["--data-dir", str(data)] + (["--database", url] if url else [])
    figures: dict[str, float] = {}
    beat.phase()
    start = time.perf_counter()
    window = create_main_window(argv, offer_recovery=False, install_hook=False)
    window.show()
    panel = window.library_panel
    wait_for(lambda: bool(panel.headlines()))
    figures["first rows"] = (time.perf_counter() - start) * 1000
    settle(0.5)
    figures["open stall"] = beat.stall_ms()

    view = panel.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    total = view.model().rowCount()
    beat.phase()
    begin = time.perf_counter()
    for _ in range(20):
        QTest.keyClick(view, Qt.Key.Key_PageDown)
        settle(0.02)
    QTest.keyClick(view, Qt.Key.Key_End)
    last = total - 1

    def at_end() -> bool:
        index = view.currentIndex()
        if index.row() != last or not index.data(panel_id_role()):
            QTest.keyClick(view, Qt.Key.Key_End)  # a list read a page at a time: again
            return False
        return True

    wait_for(at_end)
    figures["to the end"] = (time.perf_counter() - begin) * 1000
    settle(0.3)
    figures["scroll stall"] = beat.stall_ms()

    headline = f"Tin mới {uuid.uuid4().hex[:8]}"
    view.setCurrentIndex(view.model().index(0, 0))
    settle(0.3)
    beat.phase()
    begin = time.perf_counter()
    colleague = colleague_saves(url, data, headline)
    if url is None:  # SQLite: nobody is told; the list is listed again as after a save here
        from newsdesk.services.library import Library

        def stored() -> bool:
            with Library.open(data) as lib:
                return bool(lib.list(search=headline))

        wait_for(stored)
        beat.phase()  # (the look above read the library here, on the UI thread)
        begin = time.perf_counter()
        panel.refresh()
    wait_for(lambda: panel.headlines()[:1] == [headline], timeout=30)
    figures["change shown"] = (time.perf_counter() - begin) * 1000
    shown = time.time()
    settle(0.3)
    figures["change stall"] = beat.stall_ms()
    # (waited for only now: waiting blocks this thread until the colleague's program ends)
    committed = float(colleague.communicate(timeout=30)[0].split()[0])
    if url is not None:  # from the colleague's commit (their program's start is not ours)
        figures["change shown"] = (shown - committed) * 1000
    figures["largest ask"] = counting.largest
    window.close()
    window.deleteLater()
    settle(0.2)
    return figures


def panel_id_role():
    from newsdesk.qt.library_panel import ID_ROLE

    return ID_ROLE


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", metavar="DIR", help="fill the libraries in DIR and keep them")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtWidgets import QApplication

    from newsdesk.services.library import Library

    folder = Path(args.keep or tempfile.mkdtemp(prefix="newsdesk-list-bench-"))
    targets: list[tuple[str, Path, str | None]] = [("SQLite", folder / "sqlite", None)]
    admin = os.environ.get("NEWSDESK_TEST_POSTGRES_URL")
    made = None
    if admin and not args.no_postgres:
        stored = folder / "pg-url"
        if stored.is_file():
            url = stored.read_text().strip()
        else:
            import psycopg

            name = f"nd_list_bench_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(admin.replace("+psycopg", ""), autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            url = f"{admin.rpartition('/')[0]}/{name}"
            made = None if args.keep else name
            if args.keep:
                stored.write_text(url)
        targets.append(("PostgreSQL", folder / "pg", url))
    for _name, data, url in targets:
        with Library.open(data, database_url=url) as library:
            fill(library, args.articles)
    app = QApplication.instance() or QApplication([])
    beat = Heartbeat()
    counting = Counting()
    results: dict[str, list[dict]] = {}
    try:
        for name, data, url in targets:
            results[name] = []
            for _ in range(args.rounds):
                results[name].append(one_round(data, url, beat, counting))
                app.processEvents()
    finally:
        if made:
            from review_support import drop_database

            drop_database(admin.replace("+psycopg", ""), made)
    print(f"\n{args.articles} articles, medians of {args.rounds} rounds (ms; slowest in brackets)")
    for name, rounds in results.items():
        print(f"{name}:")
        for key in rounds[0]:
            values = [r[key] for r in rounds]
            print(f"  {key:14} {statistics.median(values):9.0f}   ({max(values):.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
