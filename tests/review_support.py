"""Databases for the review tests: SQLite in the test's data dir, or a fresh PostgreSQL
database per test on the server named by NEWSDESK_TEST_POSTGRES_URL (scripts/ci-services.sh
starts one), dropped afterwards so that runs never collide."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

ENV = "NEWSDESK_TEST_POSTGRES_URL"
BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.postgres),
]


def postgres_url() -> str | None:
    return os.environ.get(ENV) or None


def _plain(url: str) -> str:
    """The libpq form of an SQLAlchemy URL (psycopg does not know ``+psycopg``)."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@contextmanager
def postgres_database(prefix: str = "nd_test") -> Iterator[str]:
    """A new, empty PostgreSQL database; yields its SQLAlchemy URL, drops it afterwards."""
    import psycopg

    admin = postgres_url()
    if not admin:
        pytest.skip(f"{ENV} is not set (source scripts/ci-services.sh to start PostgreSQL)")
    name = f"{prefix}_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(_plain(admin), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = admin.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        drop_database(_plain(admin), name)


def drop_database(admin_dsn: str, name: str, attempts: int = 50) -> None:
    """Drop a test database, waiting out the server's own short-lived connections to it.

    ``WITH (FORCE)`` ends our sessions, but an autovacuum worker that has just started on the
    new database belongs to the server, and a test role may not end it: wait and try again.
    """
    import psycopg

    for attempt in range(attempts):
        try:
            with psycopg.connect(admin_dsn, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            if attempt == attempts - 1:
                raise
            time.sleep(0.1)


@contextmanager
def database_url(backend: str, data_dir) -> Iterator[str]:
    if backend == "postgresql":
        with postgres_database() as url:
            yield url
    else:
        yield f"sqlite:///{(data_dir / 'review.sqlite3').as_posix()}"
