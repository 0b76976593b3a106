"""GUI kill -9 figures: the real app killed while a new article is being typed, then started
again; what it offers back is compared with what was typed (run on demand, not in pytest).

    .venv/bin/python benchmarks/gui_kill_bench.py --rounds 30

Needs Xvfb and xdotool (Debian: ``xvfb xdotool``); uses display ``:36`` unless ``--display``
names another (a server already running there is used, else one is started and stopped).

Each round starts ``newsdesk`` on a fresh data folder, presses Ctrl+N (New article) 0.8 s
after the window shows (the library is often still opening) and types: three words into the
headline, then a click into the body and more words, each word a separate ``xdotool type``
(40 ms a key, faster than anyone types). After a random delay counted from Ctrl+N the app
gets SIGKILL: half the rounds within the first second, 30 % between 1 and 3 s and
20 % between 3 and 6 s (so that the documented window can be exceeded). Then the app is
started again on the same folder: when it asks "Recover unsaved text" the benchmark answers
Restore (Return), waits for the restored text to be stored and quits with Ctrl+Q. What the
library holds then (every article's headline and body) is compared with the words typed.

The promise checked (README "Autosave", ``qt/autosave.py``): the first keystroke of a new
article is journalled at once, every later change within about a second (2.5 s at most while
typing goes on), and the library gets the text 1.5 s after a pause, so a kill loses at most
the last ~3 s of typing. A word counts as *lost beyond the window* when it had been sent more
than ``--window`` seconds (default 3) before the kill and is nowhere in the library after the
restart; an *article lost* is a round where something was typed and nothing of the article
came back (with how long before the kill its first word was sent). Words lost inside the
window are counted too, with the oldest. The script exits 1 when something was lost beyond
the window.

Measured under Xvfb on a shared 2-core machine (load about 3 from other work), 30 rounds,
16 of them killed within the first second of the new article (seed 7): 243 words typed; no
word typed more than 3 s before a kill was lost (the oldest word lost was typed 2.69 s before
its kill); recovery offered in 27 rounds. Two articles did not come back, killed 0.28 and
0.29 s after their first key was sent: the app's log shows it had not handled that key yet
(from a key sent to the app's first change: median 0.01 s, slowest 0.48 s, now that the
editor's modules load while the start page shows; 0.8 s before at load 7–13). The promise is
about what the app has received; a key still on its way when the process dies cannot be kept.
Earlier, before the recovery question left the article being typed alone, two 30-round runs
lost 4 and 20 words typed 3–5.4 s before the kill: the question, asked when the library
finished opening, came up in the middle of the typing and the typing answered it.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

APP = [sys.executable, "-m", "newsdesk"]
KEY_DELAY_MS = 40
RECOVER_TITLE = "Recover unsaved text"
BODY_AT = (575, 520)  # a point in the body editor of a 1600 × 1000 screen (no window manager)


@dataclass
class Round:
    number: int
    delay: float
    sent: list[tuple[str, float]] = field(default_factory=list)  # word, seconds after Ctrl+N
    offered: bool = False
    journal_files: int = 0
    found: set[str] = field(default_factory=set)
    articles: int = 0  # in the library after the restart
    journalled: set[str] = field(default_factory=set)  # the words the journal held at the kill
    stored: set[str] = field(default_factory=set)  # the words the library held at the kill
    # seconds after Ctrl+N at which the app logged the new article's first change (its first
    # key handled), or None when it had not handled one when it was killed
    first_change: float | None = None
    notes: list[str] = field(default_factory=list)


class Screen:
    def __init__(self, display: str) -> None:
        self.env = dict(os.environ, DISPLAY=display, LANGUAGE="en", LANG="C.UTF-8",
                        LC_ALL="C.UTF-8", QT_QPA_PLATFORM="xcb")
        self.env.pop("NEWSDESK_DATA_DIR", None)
        self.env.pop("NEWSDESK_DATABASE_URL", None)
        self.xvfb: subprocess.Popen | None = None
        if subprocess.run(["xdotool", "getdisplaygeometry"], env=self.env,
                          capture_output=True).returncode != 0:
            self.xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24"],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1.5)

    def xdo(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True,
                              text=True, timeout=30).stdout

    def windows(self, pid: int, name: str | None = None) -> list[str]:
        args = ["search", "--all", "--onlyvisible", "--pid", str(pid)]
        if name:
            args += ["--name", name]
        return self.xdo(*args).split()

    def wait_window(self, pid: int, timeout: float, name: str | None = None) -> str | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.windows(pid, name)
            if found:
                return found[-1]
            time.sleep(0.1)
        return None

    def close(self) -> None:
        if self.xvfb is not None:
            self.xvfb.terminate()
            self.xvfb.wait(timeout=10)


def start_app(screen: Screen, data: Path, errors: Path) -> subprocess.Popen:
    with errors.open("ab") as sink:
        return subprocess.Popen([*APP, "--data-dir", str(data)], env=screen.env,
                                stdout=subprocess.DEVNULL, stderr=sink)


def typist(screen: Screen, words: list[str], started: float, sent: list, stop: threading.Event
           ) -> None:
    """Type the headline words, click into the body and type the rest, noting when each
    word had been sent."""
    for n, word in enumerate(words):
        if stop.is_set():
            return
        if n == 3:
            screen.xdo("mousemove", str(BODY_AT[0]), str(BODY_AT[1]), "click", "1")
        screen.xdo("type", "--delay", str(KEY_DELAY_MS), word + " ")
        if not stop.is_set():
            sent.append((word, time.monotonic() - started))


def library_words(data: Path) -> tuple[int, set[str]]:
    """How many articles the library holds, and the words typed that they show."""
    from newsdesk.services.library import Library

    words: set[str] = set()
    with Library.open(data_dir=data) as library:
        summaries = library.list()
        for summary in summaries:
            article = library.get(summary.id)
            words.update(re.findall(r"[a-z]+\d+", f"{article.headline} {article.body}"))
    return len(summaries), words


def play(screen: Screen, folder: Path, rnd: Round) -> None:
    data = folder / f"round{rnd.number}"
    errors = folder / f"round{rnd.number}.stderr"
    app = start_app(screen, data, errors)
    window = screen.wait_window(app.pid, 60)
    if window is None:
        rnd.notes.append("the window did not show up")
        app.kill()
        return
    screen.xdo("windowfocus", "--sync", window)
    time.sleep(0.8)  # the library opens in the background; the start page is there
    words = [f"tin{n:02d}" for n in range(1, 4)] + [f"chu{n:02d}" for n in range(1, 80)]
    stop = threading.Event()
    screen.xdo("key", "ctrl+n")
    started = time.monotonic()
    started_wall = time.time()
    thread = threading.Thread(target=typist, args=(screen, words, started, rnd.sent, stop))
    thread.start()
    time.sleep(max(0.0, rnd.delay - (time.monotonic() - started)))
    app.send_signal(signal.SIGKILL)
    stop.set()
    rnd.delay = time.monotonic() - started  # the kill as it happened
    app.wait()
    thread.join()
    rnd.first_change = first_change(data / "logs" / "newsdesk.log", started_wall)
    journal = data / "recovery"
    files = list(journal.glob("*.json")) if journal.is_dir() else []
    rnd.journal_files = len(files)
    rnd.journalled = set(re.findall(r"[a-z]+\d+", " ".join(
        f.read_text(encoding="utf-8", errors="replace") for f in files)))
    if (data / "newsdesk.sqlite3").exists():
        rnd.stored = library_words(data)[1]
    # the next start: answer the recovery question, let the text be stored, quit
    again = start_app(screen, data, errors)
    main = screen.wait_window(again.pid, 60, "Newsdesk")
    question = screen.wait_window(again.pid, 6, RECOVER_TITLE)
    if question is not None:
        rnd.offered = True
        screen.xdo("windowfocus", "--sync", question)
        time.sleep(0.3)
        screen.xdo("key", "Return")
        time.sleep(3.0)  # the restored article opens and is autosaved (1.5 s)
    elif main is None:
        rnd.notes.append("the app did not start again")
    main = screen.wait_window(again.pid, 10, "Newsdesk")
    if main is not None:
        screen.xdo("windowfocus", "--sync", main)
        time.sleep(0.3)
        screen.xdo("key", "ctrl+q")
    try:
        again.wait(timeout=20)
    except subprocess.TimeoutExpired:
        rnd.notes.append("the app did not quit on Ctrl+Q")
        again.kill()
        again.wait()
    leftover = list(journal.glob("*.json")) if journal.is_dir() else []
    if leftover:
        rnd.notes.append(f"{len(leftover)} journal file(s) left after a clean quit")
    rnd.articles, rnd.found = library_words(data)
    if "Traceback" in errors.read_text(errors="replace"):
        rnd.notes.append("a traceback on stderr: " + errors.read_text(errors="replace")[-300:])
    shutil.rmtree(data, ignore_errors=True)


def first_change(log: Path, started_wall: float) -> float | None:
    """When (seconds after Ctrl+N) the app logged the new article's first change, if it did."""
    if not log.exists():
        return None
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if "a new article's first change" in line:
            stamp = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
            return stamp.timestamp() - started_wall
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--display", default=":36")
    parser.add_argument("--window", type=float, default=3.0,
                        help="seconds of typing a kill may lose (README: the last ~3 s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--verbose", action="store_true",
                        help="each round's words: sent, journalled, stored, found after")
    args = parser.parse_args()
    for tool in ("xdotool", "Xvfb"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed (Debian: apt-get install xvfb xdotool)")
    rng = random.Random(args.seed)
    screen = Screen(args.display)
    rounds: list[Round] = []
    try:
        with tempfile.TemporaryDirectory(prefix="newsdesk-guikill-") as tmp:
            for number in range(1, args.rounds + 1):
                share = rng.random()
                delay = (rng.uniform(0, 1) if share < 0.5 else rng.uniform(1, 3) if share < 0.8
                         else rng.uniform(3, 6))
                rnd = Round(number, delay)
                play(screen, Path(tmp), rnd)
                rounds.append(rnd)
                lost = [w for w, _ in rnd.sent if w not in rnd.found]
                if args.verbose:
                    print("  sent", [(w, round(rnd.delay - t, 2)) for w, t in rnd.sent],
                          "\n  journal", sorted(rnd.journalled), "\n  stored",
                          sorted(rnd.stored), "\n  after", sorted(rnd.found))
                print(f"round {number}: kill at {rnd.delay:.2f} s, {len(rnd.sent)} words sent, "
                      f"{len(lost)} missing, {rnd.articles} article(s) after, "
                      f"journal files {rnd.journal_files}, "
                      f"recovery offered {'yes' if rnd.offered else 'no'}"
                      + (f"; {'; '.join(rnd.notes)}" if rnd.notes else ""), flush=True)
    finally:
        screen.close()
    return report(rounds, args.window)


def report(rounds: list[Round], window: float) -> int:
    failures: list[str] = []
    typed = lost_inside = lost_beyond = articles_lost = offered = unhandled = 0
    lags = sorted(r.first_change - r.sent[0][1] for r in rounds
                  if r.first_change is not None and r.sent)
    oldest = 0.0  # the most typing a kill cost, in seconds before it
    quick: list[float] = []  # articles that did not come back: their first word's age
    early = [r for r in rounds if r.delay < 1]
    for r in rounds:
        typed += len(r.sent)
        offered += r.offered
        for word, at in r.sent:
            if word in r.found:
                continue
            if r.delay - at > window:
                lost_beyond += 1
                failures.append(f"round {r.number}: '{word}' typed {r.delay - at:.2f} s before "
                                "the kill is lost")
            else:
                lost_inside += 1
            oldest = max(oldest, r.delay - at)
        if r.sent and not r.articles:
            articles_lost += 1
            first = r.delay - r.sent[0][1]
            quick.append(first)
            if r.first_change is not None:  # the app had the key and lost the article
                failures.append(f"round {r.number}: the article's first change was handled "
                                f"{r.delay - r.first_change:.2f} s before the kill and is lost")
            else:
                unhandled += 1
            if first > window:
                failures.append(f"round {r.number}: the article (typed from {first:.2f} s "
                                "before the kill) is lost")
        failures += [f"round {r.number}: {note}" for note in r.notes]
    print(f"GUI kill -9: {len(rounds)} rounds ({len(early)} in the first second of the new "
          f"article); words typed {typed}")
    print(f"articles lost: {articles_lost} (their first word typed "
          f"{', '.join(f'{q:.2f}' for q in quick) or '-'} s before the kill); "
          f"words lost beyond {window:g} s: {lost_beyond}; "
          f"words lost inside the window: {lost_inside}; the oldest word lost was typed "
          f"{oldest:.2f} s before its kill; recovery offered in {offered} rounds")
    if lags:
        print(f"first key sent → the app's first change of the new article: median "
              f"{lags[len(lags) // 2]:.2f} s, slowest {lags[-1]:.2f} s ({len(lags)} rounds)")
    print(f"articles lost whose first key the app had not handled yet at the kill: {unhandled}")
    print(f"failures: {len(failures)}")
    for line in failures[:20]:
        print("  " + line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
