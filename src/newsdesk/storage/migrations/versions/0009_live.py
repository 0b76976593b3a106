"""PostgreSQL: a notification for every change to an article, and who is editing what.

A shared library tells the apps open on it what changed: triggers send, on the channel
``newsdesk_library`` and in the transaction that makes the change, one JSON notification per
change — ``{"id": article id, "what": "article" | "deleted" | "status" | "comments" |
"presence", "version": n}`` (version for saves only). PostgreSQL delivers it at commit, to
every session listening, and never when the transaction rolls back; every writer (the app,
the command line, a script) is covered because the database itself sends it.

``editing_presence`` says who has an article open for editing: one row per app session and
article, valid only while that session holds its advisory lock (see ``storage.live``), so a
row left by an app that died stops counting as soon as the server ends its session.

Nothing changes on SQLite (one user: nobody to tell).

Revision ID: 0009_live
Revises: 0008_related
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009_live"
down_revision: str | None = "0008_related"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FUNCTIONS = {
    "newsdesk_notify_article": """
        BEGIN
          IF TG_OP = 'DELETE' THEN
            PERFORM pg_notify('newsdesk_library',
              json_build_object('id', OLD.id, 'what', 'deleted')::text);
            RETURN OLD;
          END IF;
          PERFORM pg_notify('newsdesk_library',
            json_build_object('id', NEW.id, 'what', 'article', 'version', NEW.version)::text);
          RETURN NEW;
        END""",
    "newsdesk_notify_status": """
        BEGIN
          PERFORM pg_notify('newsdesk_library',
            json_build_object('id', NEW.article_id, 'what', 'status')::text);
          RETURN NEW;
        END""",
    "newsdesk_notify_comments": """
        DECLARE
          target text;
        BEGIN
          IF TG_OP = 'DELETE' THEN target := OLD.article_id; ELSE target := NEW.article_id; END IF;
          PERFORM pg_notify('newsdesk_library',
            json_build_object('id', target, 'what', 'comments')::text);
          RETURN NULL;
        END""",
    "newsdesk_notify_replies": """
        DECLARE
          target text;
        BEGIN
          SELECT article_id INTO target FROM review_comments
            WHERE id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.comment_id ELSE NEW.comment_id END);
          IF target IS NOT NULL THEN
            PERFORM pg_notify('newsdesk_library',
              json_build_object('id', target, 'what', 'comments')::text);
          END IF;
          RETURN NULL;
        END""",
    "newsdesk_notify_presence": """
        DECLARE
          target text;
        BEGIN
          IF TG_OP = 'DELETE' THEN target := OLD.article_id; ELSE target := NEW.article_id; END IF;
          PERFORM pg_notify('newsdesk_library',
            json_build_object('id', target, 'what', 'presence')::text);
          RETURN NULL;
        END""",
}

_TRIGGERS = [
    ("newsdesk_article_changed", "articles", "AFTER INSERT OR UPDATE OR DELETE",
     "newsdesk_notify_article"),
    ("newsdesk_status_changed", "review_transitions", "AFTER INSERT", "newsdesk_notify_status"),
    ("newsdesk_comments_changed", "review_comments", "AFTER INSERT OR UPDATE OR DELETE",
     "newsdesk_notify_comments"),
    ("newsdesk_replies_changed", "review_comment_replies", "AFTER INSERT OR UPDATE OR DELETE",
     "newsdesk_notify_replies"),
    ("newsdesk_presence_changed", "editing_presence", "AFTER INSERT OR UPDATE OR DELETE",
     "newsdesk_notify_presence"),
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""
        CREATE TABLE editing_presence (
          article_id varchar(32) NOT NULL,
          session varchar(32) NOT NULL,
          name text NOT NULL DEFAULT '',
          since timestamptz NOT NULL DEFAULT now(),
          backend_pid integer NOT NULL,
          lock_key integer NOT NULL,
          PRIMARY KEY (article_id, session)
        )""")
    for name, body in _FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $${body}$$")
    for trigger, table, when, function in _TRIGGERS:
        op.execute(f"CREATE TRIGGER {trigger} {when} ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {function}()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for trigger, table, _when, _function in _TRIGGERS:
        if table != "editing_presence":
            op.execute(f"DROP TRIGGER {trigger} ON {table}")
    op.execute("DROP TABLE editing_presence")
    for name in _FUNCTIONS:
        op.execute(f"DROP FUNCTION {name}()")
