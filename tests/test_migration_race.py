"""Clients opening one empty database at the same moment all succeed (no crash, no "table
already exists", no "locked"): the first migrates, the others wait and find the schema ready.

PostgreSQL: the migration runs under an advisory lock; SQLite: its transaction takes the
write lock at BEGIN. Real processes (``newsdesk list``), started together, several rounds.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from newsdesk.storage import current_revision, head_revision, make_engine
from review_support import BACKENDS, postgres_database

CLIENTS = 3
ROUNDS = 3


def _empty_databases(backend: str, tmp_path):
    """One empty database per round: its URL."""
    if backend == "postgresql":
        with postgres_database() as url:
            plain = url.replace("postgresql+psycopg://", "postgresql://", 1)
            psycopg = pytest.importorskip("psycopg")
            for _ in range(ROUNDS):
                with psycopg.connect(plain, autocommit=True) as conn:
                    conn.execute("DROP SCHEMA public CASCADE")
                    conn.execute("CREATE SCHEMA public")
                yield url
    else:
        for number in range(ROUNDS):
            yield f"sqlite:///{(tmp_path / f'race{number}' / 'newsdesk.sqlite3').as_posix()}"


@pytest.mark.parametrize("backend", BACKENDS)
def test_clients_opening_an_empty_database_at_once_all_succeed(backend, tmp_path):
    for round_number, url in enumerate(_empty_databases(backend, tmp_path)):
        env = {**os.environ, "NEWSDESK_DATABASE_URL": url}
        procs = [
            subprocess.Popen([sys.executable, "-m", "newsdesk", "--data-dir",
                              str(tmp_path / f"client{round_number}{i}"), "list", "--json"],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for i in range(CLIENTS)
        ]
        results = [(p.wait(timeout=60), p.stderr.read()) for p in procs]
        for p in procs:
            p.stdout.close()
            p.stderr.close()
        assert [code for code, _err in results] == [0] * CLIENTS, results
        engine = make_engine(url)
        try:
            assert current_revision(engine) == head_revision()
        finally:
            engine.dispose()
