"""Bring a database to the schema of this newsdesk with Alembic, run from code.

The migration scripts ship inside the package (``migrations/``); the Alembic Config is built
here, so no alembic.ini is needed. An older database is upgraded on open; one made by a newer
newsdesk (a revision we do not know) is refused; a database full of someone else's tables is
refused too, rather than written into.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from .errors import StorageError, describe_url, translate_errors

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with translate_errors(str(engine.url)), engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> str:
    """Migrate ``engine``'s database up to ``revision``; return the revision it is now at."""
    url = engine.url.render_as_string(hide_password=False)
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    known = {rev.revision for rev in script.walk_revisions()}
    with translate_errors(url):
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
        if current == target:
            return current
        with engine.connect() as connection:
            sqlite = connection.dialect.name == "sqlite"
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
