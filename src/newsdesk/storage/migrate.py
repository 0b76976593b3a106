"""Bring a database to the schema of this newsdesk with Alembic, run from code.

The migration scripts ship inside the package (``migrations/``); the Alembic Config is built
here, so no alembic.ini is needed. An older database is upgraded on open; one made by a newer
newsdesk (a revision we do not know) is refused; a database full of someone else's tables is
refused too, rather than written into.

Opening a database that is already at this version's head is the common case and must be
quick: ``ensure_current`` reads ``alembic_version`` with one plain query and compares it with
the head found by reading the ``revision`` / ``down_revision`` lines of the scripts in
``migrations/versions`` (``scanned_head``), without importing Alembic. Alembic is imported only
when the database needs an upgrade or a check (new, older, newer or foreign database), or when
the scripts are not a plain chain the scan understands.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect
from sqlalchemy import exc as sa_exc

from .engine import writer
from .errors import StorageError, describe_url, translate_errors
from .heads import MIGRATIONS, scan_head, scanned_head

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["MIGRATIONS", "current_revision", "ensure_current", "head_revision", "scan_head",
           "scanned_head", "stored_revisions", "upgrade"]


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def stored_revisions(engine: Engine) -> list[str] | None:
    """The rows of ``alembic_version`` (one plain query); None when it cannot be read."""
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except sa_exc.DBAPIError:
        return None  # no such table, locked, not a database…: the full path explains it
    return [row[0] for row in rows]


def ensure_current(engine: Engine) -> str:
    """Bring the database to the head; quick when it is there already (no Alembic)."""
    head = scanned_head()
    if head is not None and stored_revisions(engine) == [head]:
        return head
    return upgrade(engine)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with translate_errors(str(engine.url)), engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> str:
    """Migrate ``engine``'s database up to ``revision``; return the revision it is now at."""
    url = engine.url.render_as_string(hide_password=False)
    with translate_errors(url), _migration_lock(engine):
        return _upgrade_locked(engine, url, revision)


# Any fixed number: the advisory lock every newsdesk takes while it migrates a PostgreSQL
# database, so two clients opening an empty database at once never both create the tables.
_MIGRATION_LOCK = 0x6E657773  # "news"


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """On PostgreSQL, hold a session advisory lock for the whole upgrade (a second client
    waits, then finds the schema ready); on SQLite the upgrade's BEGIN IMMEDIATE does it."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as holder:
        holder.exec_driver_sql(f"SELECT pg_advisory_lock({_MIGRATION_LOCK})")
        holder.commit()
        try:
            yield
        finally:
            holder.exec_driver_sql(f"SELECT pg_advisory_unlock({_MIGRATION_LOCK})")
            holder.commit()


def _upgrade_locked(engine: Engine, url: str, revision: str) -> str:
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    known = {rev.revision for rev in script.walk_revisions()}
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        tables = set(inspect(connection).get_table_names())
    if current is not None and current not in known:
        raise StorageError(
            f"the database {describe_url(url)} was made by a newer newsdesk "
            f"(schema '{current}'); update the app to open it",
            code="storage.newer",
        )
    if current is None and tables - {"alembic_version"}:
        raise StorageError(
            f"the database {describe_url(url)} already holds tables that are not "
            "newsdesk's; choose an empty or newsdesk database",
            code="storage.foreign",
        )
    target = script.get_current_head() if revision == "head" else revision
    if current is not None and current == target:
        return current
    sqlite = engine.dialect.name == "sqlite"
    # On SQLite the migration's transaction takes the write lock at BEGIN: a second client
    # opening the same new library waits there, then Alembic (reading the version inside
    # the transaction) finds the schema made and has nothing left to do.
    with (writer(engine) if sqlite else engine).connect() as connection:
        if sqlite:
            # Batch migrations rebuild tables (copy, drop, rename); with foreign keys on,
            # the drop would cascade into child rows. SQLite ignores this pragma inside a
            # transaction, so it is sent on the raw connection before BEGIN.
            _raw_execute(connection, "PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if sqlite:
                    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if problems:
                        raise StorageError(
                            f"the upgrade of {describe_url(url)} would break links between "
                            f"tables ({len(problems)} rows); nothing was changed",
                            code="storage.migration",
                        )
        finally:
            if sqlite:
                _raw_execute(connection, "PRAGMA foreign_keys = ON")
    return current_revision(engine) or ""


def _raw_execute(connection, sql: str) -> None:
    connection.connection.driver_connection.execute(sql)
