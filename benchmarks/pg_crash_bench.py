"""PostgreSQL crash figures: the server crashed at random moments while several processes save,
then restarted; every save the program reported as stored is looked for afterwards (run on
demand, not part of pytest).

    .venv/bin/python benchmarks/pg_crash_bench.py --rounds 30

The benchmark makes a PostgreSQL cluster of its own (``initdb`` in a temporary folder, port
5499, run as the ``postgres`` user when started as root) and never touches another server. The
cluster keeps the server's default durability (fsync, synchronous_commit and full_page_writes
on: checked before the run). Needs the server programs (Debian: ``postgresql``).

While it runs, ``--writers`` processes hold a library open (``Library.save`` of one shared
article, each save based on the version just read, as the app does) and one more process
runs ``newsdesk import`` again and again. Each round waits a random 0.2–2.5 s, stops the server
with ``pg_ctl stop -m immediate`` (no checkpoint, no goodbye to the clients: a crash, as far
as the database is concerned), keeps it down 0.2–1.5 s and starts it again (crash recovery
from the WAL), then waits for every writer to store something again. At the end:
- every save the library reported (``save`` returned version v) is a revision at version v
  holding that text, and no version number was handed out twice (*lost*, *reused*);
- every article ``newsdesk import`` printed the id of is there;
- the revisions of the shared article are numbered 1..n with no gap, each article has a
  revision, each photo an article shows is stored; ``pg_amcheck`` finds nothing (tables and
  indexes, when the amcheck extension is there);
- while the server was down, every failure reached the program as a ``NewsdeskError`` (the
  app shows its message) and every ``newsdesk import`` ended with exit 2 and one
  ``newsdesk: …`` line: never a traceback, never another exit code.
Saves that reached the database but whose answer was cut off by the crash are counted as
*in doubt* (stored, reported as failed): nothing is lost, the writer re-reads and goes on.

The script exits 1 when it finds a failure. ``--synchronous-commit off`` runs the same with
the newsdesk role committing without waiting for the WAL (not the default), to see what the
checks find when the server does lose commits.

Measured on a shared 2-core machine (load 7–13 from other work), 30 rounds, 3 library
writers and one importing CLI, server at its default durability: 30 crash recoveries;
1,625 saves reported stored, none lost, no version number reused; 2,529 saves refused as
conflicts (kept as revisions); none in doubt; 38 imports reported, none lost; 5,029 library
calls and 57 imports failed while the server was down or starting, every one with the
"cannot reach the database server … (Connection refused / the database system is starting
up)" or "closed the connection … may not be stored" message, the imports with exit 2 and
one line; no traceback; pg_amcheck clean. An earlier run before the messages were reworded
(quieter machine): 2,509 reported, none lost, none reused, 2 in doubt, 61 imports, none lost.
The same with ``--synchronous-commit off``, 10 rounds: 559 saves reported, 8 of them lost and
their 8 version numbers handed out again after the restart (the loss the default durability
prevents, and that the checks do see).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

CLI = [sys.executable, "-m", "newsdesk.cli.main"]
USER, PASSWORD, DB = "newsdesk", "newsdesk", "newsdesk_crash"


# -- the private server ----------------------------------------------------------------------
class Server:
    """A cluster of this run's own: made, started, crashed and restarted with pg_ctl."""

    def __init__(self, folder: Path, port: int) -> None:
        self.folder, self.port = folder, port
        self.data = folder / "data"
        self.log = folder / "server.log"
        versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                          key=lambda p: int(p.parent.parent.name))
        found = shutil.which("pg_ctl")
        self.bin = versions[-1].parent if versions else Path(found).parent if found else None
        if self.bin is None:
            raise SystemExit("no PostgreSQL server programs (Debian: apt-get install postgresql)")
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([*self.as_postgres, *args], capture_output=True, text=True,
                              check=check, timeout=120)

    def create(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.as_postgres:
            shutil.chown(self.folder, "postgres")
        self.run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres",
                 "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        self.start()
        self.sql("postgres", f"CREATE ROLE {USER} LOGIN PASSWORD '{PASSWORD}'")
        self.sql("postgres", f"CREATE DATABASE {DB} OWNER {USER}")
        self.sql(DB, "CREATE EXTENSION IF NOT EXISTS amcheck", check=False)

    def start(self) -> None:
        self.run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w",
                 "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1",
                 "start")

    def crash(self) -> None:
        self.run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")

    def stop(self) -> None:
        self.run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop",
                 check=False)

    def sql(self, db: str, statement: str, *, check: bool = True) -> str:
        return self.run(str(self.bin / "psql"), "-X", "-q", "-tA", "-h", "127.0.0.1", "-p",
                        str(self.port), "-U", "postgres", "-d", db, "-c", statement,
                        check=check).stdout.strip()

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{USER}:{PASSWORD}@127.0.0.1:{self.port}/{DB}"


# -- the writers (child processes of this script) ------------------------------------------
def library_writer(url: str, data: str, article_id: str, name: str, out: Path,
                   stop: Path) -> None:
    """Save the shared article until ``stop`` exists; one JSON line per attempt in ``out``."""
    from newsdesk.domain import ConflictError, NewsdeskError
    from newsdesk.services.library import Library

    while True:  # a slow start may meet the server down: try again, as a user would
        try:
            library = Library.open(data_dir=data, database_url=url)
            break
        except NewsdeskError:
            time.sleep(0.2)
    with out.open("a", encoding="utf-8", buffering=1) as log, library:
        library.settings.user_name = f"Phóng viên {name}"
        n = 0
        while not stop.exists():
            n += 1
            marker = f"{name}-{n:05d}"
            try:
                article = library.get(article_id)
                body = f"Bản {marker}: mưa lớn ở Huế, nước lên nhanh.\n\n{article.body[:300]}"
                stored = library.save(article.copy(body=body),
                                      expected_version=article.version)
            except ConflictError as exc:
                entry = {"refused": marker, "revision": getattr(exc, "revision", None)}
            except NewsdeskError as exc:
                entry = {"error": marker, "message": exc.message, "code": exc.code}
                time.sleep(0.05)
            except Exception as exc:  # what the app would show as an unexpected failure
                entry = {"bug": marker, "type": type(exc).__name__,
                         "trace": traceback.format_exc()[-800:]}
                time.sleep(0.05)
            else:
                entry = {"ack": marker, "version": stored.version}
            entry["t"] = time.time()
            log.write(json.dumps(entry, ensure_ascii=False) + "\n")


def cli_writer(url: str, data: str, folder: Path, out: Path, stop: Path) -> None:
    """``newsdesk import`` of a new .md file, again and again, until ``stop`` exists."""
    n = 0
    with out.open("a", encoding="utf-8", buffering=1) as log:
        while not stop.exists():
            n += 1
            marker = f"cli-{n:05d}"
            md = folder / f"{marker}.md"
            md.write_text(f"---\nheadline: Tin nhanh {marker}\n---\n\nLũ về {marker}.\n",
                          encoding="utf-8")
            done = subprocess.run([*CLI, "--data-dir", data, "--database", url, "import",
                                   str(md)], capture_output=True, text=True, timeout=120)
            entry = {"marker": marker, "exit": done.returncode, "out": done.stdout.strip(),
                     "err": done.stderr, "t": time.time()}
            log.write(json.dumps(entry, ensure_ascii=False) + "\n")
            md.unlink()


# -- reading back ----------------------------------------------------------------------------
def read_log(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def shape(message: str) -> str:
    """A message with its numbers and ids blanked, to count kinds of message."""
    return re.sub(r"\b[0-9a-f]{8,}\b|\d+", "#", message)[:160]


def check(url: str, data: str, article_id: str, logs: list[Path], cli_log: Path,
          server: Server) -> tuple[dict, list[str]]:
    from newsdesk.domain.revision import RevisionKind
    from newsdesk.services.library import Library
    from newsdesk.services.review import Review

    failures: list[str] = []
    entries = [e for path in logs for e in read_log(path)]
    acked = [(e["ack"], e["version"]) for e in entries if "ack" in e]
    refused = [e for e in entries if "refused" in e]
    errors = [e for e in entries if "error" in e]
    bugs = [e for e in entries if "bug" in e]
    runs = read_log(cli_log)
    with Library.open(data_dir=data, database_url=url) as library:
        history = Review(library).history(article_id)
        final = library.get(article_id)
        stored_ids = {s.id for s in library.list()}
        revised = {a: len(Review(library).history(a)) for a in stored_ids}
        with library.repository.engine.connect() as connection:
            missing_photos = connection.exec_driver_sql(
                "SELECT count(*) FROM article_assets a LEFT JOIN photos p "
                "ON p.sha256 = a.sha256 WHERE p.sha256 IS NULL").scalar()
    saves = {r.snapshot.version: r for r in history if r.kind is RevisionKind.SAVE}
    reused = [v for v, n in collections.Counter(v for _, v in acked).items() if n > 1]
    lost = [(m, v) for m, v in acked
            if v not in saves or not saves[v].snapshot.body.startswith(f"Bản {m}:")]
    acked_markers = {m for m, _ in acked}
    in_doubt = [r for r in saves.values() if r.snapshot.version > 1
                and r.snapshot.body.split(":", 1)[0].removeprefix("Bản ") not in acked_markers]
    failures += [f"save {m} reported stored at version {v} is not in the history"
                 for m, v in lost]
    failures += [f"version {v} was reported for more than one save" for v in reused]
    if acked and final.version < max(v for _, v in acked):
        failures.append(f"the article is at version {final.version}, below a reported save")
    numbers = [r.number for r in history]
    if numbers != list(range(1, len(numbers) + 1)):
        failures.append(f"revision numbers have gaps: {numbers[:5]}…")
    failures += [f"article {a[:8]} has no revision" for a, n in revised.items() if n < 1]
    if missing_photos:
        failures.append(f"{missing_photos} photo(s) shown by an article are not stored")
    failures += [f"{e['bug']}: {e['type']} reached the program: {e['trace'][-300:]}"
                 for e in bugs]
    imported = [r for r in runs if r["exit"] == 0]
    cli_lost = [r for r in imported if r["out"].split()[0] not in stored_ids]
    failures += [f"import {r['marker']} printed {r['out'][:8]} but the article is not there"
                 for r in cli_lost]
    cli_refused = [r for r in runs if r["exit"] == 2]
    for r in runs:
        lines = r["err"].splitlines()
        if r["exit"] not in (0, 2) or "Traceback" in r["err"] or (
                r["exit"] == 2 and (len(lines) != 1 or not lines[0].startswith("newsdesk: "))):
            failures.append(f"import {r['marker']}: exit {r['exit']}, stderr {r['err'][-300:]!r}")
    amcheck = server.run(str(server.bin / "pg_amcheck"), "-h", "127.0.0.1", "-p",
                         str(server.port), "-U", "postgres", "--heapallindexed", DB, check=False)
    if amcheck.returncode != 0:
        failures.append(f"pg_amcheck: {(amcheck.stdout + amcheck.stderr).strip()[:300]}")
    figures = {
        "saves reported": len(acked), "lost": len(lost), "reused versions": len(reused),
        "refused (conflict, kept)": len(refused), "in doubt (stored, reported failed)":
        len(in_doubt), "library errors while down": len(errors),
        "imports reported": len(imported), "imports lost": len(cli_lost),
        "imports refused (exit 2)": len(cli_refused),
        "tracebacks / unexpected": len(bugs) + sum(1 for r in runs if r["exit"] not in (0, 2)),
        "pg_amcheck": "ok" if amcheck.returncode == 0 else "FAILED",
        "library messages": collections.Counter(shape(e["message"]) for e in errors),
        "cli messages": collections.Counter(shape(r["err"].strip()) for r in cli_refused),
    }
    return figures, failures


# -- the run ---------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--writers", type=int, default=3, help="library writer processes")
    parser.add_argument("--port", type=int, default=5499)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the cluster and the logs")
    parser.add_argument("--synchronous-commit", choices=("on", "off"), default="on",
                        help="off: the newsdesk role commits without waiting for the WAL "
                        "(not the default; shows what the checks find then)")
    parser.add_argument("--writer", nargs="+", help=argparse.SUPPRESS)  # a child process
    args = parser.parse_args()
    if args.writer:
        kind, *rest = args.writer
        if kind == "library":
            url, data, article_id, name, out, stop = rest
            library_writer(url, data, article_id, name, Path(out), Path(stop))
        else:
            url, data, folder, out, stop = rest
            cli_writer(url, data, Path(folder), Path(out), Path(stop))
        return 0

    rng = random.Random(args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="newsdesk-pgcrash-"))
    os.chmod(tmp, 0o755)
    server = Server(tmp / "cluster", args.port)
    server.create()
    durability = {name: server.sql(DB, f"SHOW {name}")
                  for name in ("fsync", "synchronous_commit", "full_page_writes")}
    if set(durability.values()) != {"on"}:
        raise SystemExit(f"not the default durability: {durability}")
    if args.synchronous_commit == "off":  # to see what the checks catch when commits are lost
        server.sql("postgres", f"ALTER ROLE {USER} SET synchronous_commit = off")
        durability["synchronous_commit"] = "off (for the newsdesk role)"
    url, data = server.url, str(tmp / "library")
    from newsdesk.domain import Article
    from newsdesk.services.library import Library

    with Library.open(data_dir=data, database_url=url) as library:
        article_id = library.save(Article(headline="Mưa lớn ở Huế", body="Bản gốc.")).id
    stop = tmp / "stop"
    logs = [tmp / f"w{n}.jsonl" for n in range(args.writers)]
    cli_log = tmp / "cli.jsonl"
    me = [sys.executable, str(Path(__file__).resolve()), "--writer"]
    children = [subprocess.Popen([*me, "library", url, data, article_id, chr(65 + n),
                                  str(log), str(stop)]) for n, log in enumerate(logs)]
    children.append(subprocess.Popen([*me, "cli", url, data, str(tmp), str(cli_log),
                                      str(stop)]))
    failures: list[str] = []
    downtime: list[float] = []
    try:
        while not all(any("ack" in e for e in read_log(log)) for log in logs):
            time.sleep(0.2)  # every writer has started and stored something
        for round_no in range(1, args.rounds + 1):
            time.sleep(rng.uniform(0.2, 2.5))
            server.crash()
            down = rng.uniform(0.2, 1.5)
            time.sleep(down)
            server.start()
            restarted = time.time()
            downtime.append(down)
            deadline = restarted + 60
            while time.time() < deadline:  # every writer stores again after the restart
                if all(any("ack" in e and e["t"] > restarted for e in read_log(log)[-50:])
                       for log in logs) and any(r["exit"] == 0 and r["t"] > restarted
                                                for r in read_log(cli_log)[-20:]):
                    break
                time.sleep(0.2)
            else:
                failures.append(f"round {round_no}: a writer did not store again within 60 s")
            print(f"round {round_no}: down {down:.2f} s, writers resumed after "
                  f"{time.time() - restarted:.2f} s", flush=True)
        figures, found = check(url, data, article_id, logs, cli_log, server)
        failures += found
        recoveries = server.log.read_text(errors="replace").count(
            "automatic recovery in progress")
    finally:
        stop.touch()
        for child in children:
            child.wait(timeout=180)
        server.stop()
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"PostgreSQL crash: {args.rounds} rounds (pg_ctl stop -m immediate, down "
          f"{min(downtime):.1f}–{max(downtime):.1f} s), {recoveries} crash recoveries in the "
          f"server log; durability {durability}")
    for key, value in figures.items():
        if isinstance(value, collections.Counter):
            print(f"{key}:")
            for message, count in value.most_common(6):
                print(f"  {count} × {message}")
        else:
            print(f"{key}: {value}")
    print(f"failures: {len(failures)}")
    for line in failures[:20]:
        print("  " + line)
    if args.keep:
        print(f"kept in {tmp}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
