"""Kill -9 figures: the CLI killed at random moments while it imports, then the library checked
(run on demand, not part of pytest).

    .venv/bin/python benchmarks/kill_bench.py --kills 50                       # SQLite
    .venv/bin/python benchmarks/kill_bench.py --kills 50 --database URL        # PostgreSQL

Each round starts ``newsdesk import`` (alternately a .md with three photos and a review
bundle of a stored article carrying new text, a photo and 200 comments) and sends SIGKILL
after a random delay: for half the rounds from 0 to 1.2 × the time an undisturbed import
takes (measured first), for the other half from 0.65 to 1.1 × (where the database is
written; most of an import is the program starting). After every kill:
- SQLite's ``PRAGMA integrity_check`` is ``ok`` (PostgreSQL: the tables answer);
- every article whose id the program printed (it prints it after the commit) is there, at
  the version it reported or a later one, with every photo it shows;
- no photo is stored that no article and no revision shows (the article and its photos are
  one transaction), and every article has the revisions its version implies.
For PostgreSQL give the URL of a database made for the run (it is filled with test data).
Reports how many kills landed before the commit, after it, or after the program ended, and
the failures found (the script exits 1 when there is one). The PostgreSQL server itself is
not killed here (it is shared with other work).

Measured on a shared 2-core machine, 50 kills each, server at its default durability
(synchronous_commit on, fsync on):
- SQLite: 44 kills before the commit, 4 after it, 2 after the end; 7 articles reported
  stored, none lost, integrity ok every time, no photo left that nothing shows. Before the
  article and its photos were one transaction: 12 reported stored, none lost, integrity ok,
  but photos left over after nearly every early kill (5 after 17 rounds).
- PostgreSQL: 25 before the commit, 6 after it, 19 after the end; 20 reported stored, none
  lost, no failure. Before: 13 reported, none lost, 8 photos left over in 5 rounds.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from print_support import photo

CLI = [sys.executable, "-u", "-m", "newsdesk.cli.main"]


def cli(base: list[str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *base, *args], capture_output=True, text=True, timeout=120)


def make_sources(folder: Path, base: list[str], round_no: int) -> tuple[Path, Path | None]:
    """A fresh .md with three photos, and a bundle of a stored article with changes."""
    md_folder = folder / f"md{round_no}"
    md_folder.mkdir(parents=True, exist_ok=True)
    for n in range(3):
        (md_folder / f"anh{n}.jpg").write_bytes(photo(round_no * 3 + n, (900, 600)))
    body = "\n\n".join(f"Đoạn {n} của bài {round_no}.\n\n![Ảnh {n}](anh{n}.jpg)" for n in range(3))
    md = md_folder / "bai.md"
    md.write_text(f"---\nheadline: Bài {round_no}\n---\n\n{body}\n", encoding="utf-8")
    return md, None


def bundle_from(folder: Path, base: list[str], article_id: str, round_no: int) -> Path:
    """A reviewer's copy of ``article_id``: new text, a new photo and 200 comments."""
    plain = folder / f"b{round_no}-plain.newsdesk"
    done = cli(base, "export", article_id, "-f", "bundle", "-o", str(plain))
    if done.returncode != 0:
        raise SystemExit(f"export failed: {done.stderr}")
    target = folder / f"b{round_no}.newsdesk"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            raw = source.read(info)
            if info.filename == "article.md":
                raw = (raw.decode() + f"\n\nThêm của người duyệt {round_no}.\n\n"
                       f"![Mới](images/moi{round_no}.jpg)\n").encode()
            if info.filename == "comments.json":
                raw = json.dumps([{"id": f"r{round_no}-{i}", "text": "Xem lại",
                                   "author": "Hà", "anchor": {"quote": "Đoạn"}}
                                  for i in range(200)]).encode()
            out.writestr(info, raw)
        out.writestr(f"images/moi{round_no}.jpg", photo(10_000 + round_no, (900, 600)))
    return target


class Checker:
    def __init__(self, base: list[str], data: Path, url: str | None) -> None:
        self.base, self.data, self.url = base, data, url
        self.reported: dict[str, int] = {}  # article id -> version the program reported
        self.orphans = 0  # photos nothing shows, reported when their number grows

    def query(self, sql: str) -> list[tuple]:
        if self.url:
            import psycopg

            with psycopg.connect(self.url.replace("postgresql+psycopg://", "postgresql://",
                                                  1)) as conn:
                return list(conn.execute(sql).fetchall())
        import sqlite3

        with sqlite3.connect(self.data / "newsdesk.sqlite3") as db:
            return list(db.execute(sql).fetchall())

    def check(self) -> list[str]:
        problems: list[str] = []
        if not self.url:
            result = self.query("PRAGMA integrity_check")[0][0]
            if result != "ok":
                problems.append(f"integrity_check: {result}")
        versions = dict(self.query("SELECT id, version FROM articles"))
        for article_id, version in self.reported.items():
            if article_id not in versions:
                problems.append(f"reported article {article_id[:8]} is lost")
            elif versions[article_id] < version:
                problems.append(f"article {article_id[:8]} went back from version {version}")
        missing = self.query("SELECT a.article_id, a.sha256 FROM article_assets a "
                             "LEFT JOIN photos p ON p.sha256 = a.sha256 WHERE p.sha256 IS NULL")
        problems += [f"article {a[:8]} shows photo {s[:8]} that is not stored"
                     for a, s in missing]
        used = {s for (s,) in self.query("SELECT sha256 FROM article_assets")}
        for (snapshot,) in self.query("SELECT snapshot FROM review_revisions"):
            used.update(json.loads(snapshot).get("assets", {}).values())
        orphans = [s for (s,) in self.query("SELECT sha256 FROM photos") if s not in used]
        if len(orphans) > self.orphans:
            problems.append(f"{len(orphans) - self.orphans} more photo(s) stored that nothing "
                            f"shows ({len(orphans)} in all)")
            self.orphans = len(orphans)
        counts = dict(self.query("SELECT article_id, count(*) FROM review_revisions "
                                 "GROUP BY article_id"))
        for article_id in versions:
            if counts.get(article_id, 0) < 1:
                problems.append(f"article {article_id[:8]} has no revision")
        return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--database", help="PostgreSQL URL of a database made for the run")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="newsdesk-kill-") as tmp:
        folder = Path(tmp)
        data = folder / "library"
        base = ["--data-dir", str(data)] + (["--database", args.database] if args.database
                                             else [])
        checker = Checker(base, data, args.database)
        # a stored article to send reviewers' bundles of, and the undisturbed import time
        md, _ = make_sources(folder, base, 0)
        started = time.perf_counter()
        done = cli(base, "import", str(md))
        md_time = time.perf_counter() - started
        seed_id = done.stdout.split()[0]
        checker.reported[seed_id] = 1
        bundle = bundle_from(folder, base, seed_id, 0)
        started = time.perf_counter()
        done = cli(base, "import", str(bundle))
        bundle_time = time.perf_counter() - started
        if done.returncode:
            raise SystemExit(f"bundle import failed: {done.stderr}")
        checker.reported[seed_id] = 2
        landed = {"before the commit": 0, "after the commit": 0, "after the end": 0}
        failures: list[str] = []
        for round_no in range(1, args.kills + 1):
            kind = "md" if round_no % 2 else "bundle"
            source = (make_sources(folder, base, round_no)[0] if kind == "md"
                      else bundle_from(folder, base, seed_id, round_no))
            expected = md_time if kind == "md" else bundle_time
            # half the kills anywhere, half in the last third, where the database is written
            delay = expected * (rng.uniform(0, 1.2) if round_no % 4 < 2
                                else rng.uniform(0.65, 1.1))
            process = subprocess.Popen([*CLI, *base, "import", str(source)],
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            time.sleep(delay)
            ended = process.poll() is not None
            if not ended:
                process.send_signal(signal.SIGKILL)
            out, err = process.communicate()
            printed = out.split()[0] if out.strip() else ""
            if ended:
                landed["after the end"] += 1
            elif printed:
                landed["after the commit"] += 1
            else:
                landed["before the commit"] += 1
            if printed:
                if kind == "md":
                    checker.reported[printed] = 1
                else:  # the new version is what the program reported as stored
                    version = json.loads(cli(base, "show", printed, "--json").stdout)["version"]
                    checker.reported[printed] = max(checker.reported.get(printed, 0), version)
            if ended and process.returncode != 0:
                failures.append(f"round {round_no}: exit {process.returncode}: {err.strip()}")
            problems = checker.check()
            failures += [f"round {round_no} ({kind}, kill at {delay:.2f} s): {p}"
                         for p in problems]
        backend = "PostgreSQL" if args.database else "SQLite"
        print(f"{backend}: {args.kills} rounds; undisturbed import .md {md_time:.2f} s, "
              f"bundle {bundle_time:.2f} s")
        print("kills landed: " + ", ".join(f"{n} {k}" for k, n in landed.items()))
        print(f"articles reported stored: {len(checker.reported)}; failures: {len(failures)}")
        for line in failures[:20]:
            print("  " + line)
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
