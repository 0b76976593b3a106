"""The head revision of the packaged migrations, read from the text of their scripts.

No Alembic and no SQLAlchemy: opening a database already at this version's head compares its
``alembic_version`` with ``scanned_head()`` (``migrate.ensure_current``, and the plain reader
of ``reader.py``), so that neither has to be imported for it.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_ASSIGNMENT = re.compile(
    r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(?:None|['\"]([^'\"]+)['\"])\s*$", re.M
)


@functools.cache
def scanned_head() -> str | None:
    """The head revision of the packaged migrations, read from their text (no Alembic)."""
    return scan_head(MIGRATIONS / "versions")


def scan_head(folder: Path) -> str | None:
    """The head revision of the migration scripts in ``folder``, read from their text.

    None when the scripts do not form one plain chain this scan understands (the caller then
    asks Alembic): every ``*.py`` must assign ``revision`` and ``down_revision`` as literals,
    each parent must be one of the scripts, and exactly one revision is nobody's parent."""
    revisions: set[str] = set()
    parents: list[str] = []
    for script in folder.glob("*.py"):
        found: dict[str, str | None] = {}
        for name, value in _ASSIGNMENT.findall(script.read_text(encoding="utf-8")):
            found[name] = value or None
        revision, parent = found.get("revision"), found.get("down_revision")
        if not revision or "down_revision" not in found:
            return None
        revisions.add(revision)
        if parent:
            parents.append(parent)
    heads = revisions - set(parents)
    if len(heads) != 1 or len(parents) != len(set(parents)) or not set(parents) <= revisions:
        return None
    return heads.pop()
