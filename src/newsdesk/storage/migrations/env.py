"""Alembic environment for newsdesk: always run programmatically on a given connection.

``newsdesk.storage.migrate`` builds the Config in code and passes the connection in
``config.attributes["connection"]``; no alembic.ini is needed at run time.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
