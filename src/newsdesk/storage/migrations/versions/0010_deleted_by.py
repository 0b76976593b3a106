"""PostgreSQL: the notification of a deleted article says who deleted it.

``{"id": …, "what": "deleted", "by": "Trần Thu Hà"}``: the name is what the deleting program
set for its transaction (``set_config('newsdesk.user', name, true)``, see
``Repository.delete``); a deletion by anything else (a script, psql) says nothing about who
(``"by"`` null). Every other notification is as ``0009_live`` made it.

Revision ID: 0010_deleted_by
Revises: 0009_live
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010_deleted_by"
down_revision: str | None = "0009_live"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FUNCTION = """
    BEGIN
      IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('newsdesk_library',
          json_build_object('id', OLD.id, 'what', 'deleted',
                            'by', {by})::text);
        RETURN OLD;
      END IF;
      PERFORM pg_notify('newsdesk_library',
        json_build_object('id', NEW.id, 'what', 'article', 'version', NEW.version)::text);
      RETURN NEW;
    END"""


def _replace(by: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    body = _FUNCTION.replace("{by}", by)
    op.execute("CREATE OR REPLACE FUNCTION newsdesk_notify_article() RETURNS trigger "
               f"LANGUAGE plpgsql AS $${body}$$")


def upgrade() -> None:
    _replace("nullif(current_setting('newsdesk.user', true), '')")


def downgrade() -> None:
    _replace("NULL")
