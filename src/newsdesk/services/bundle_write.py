"""Writing a planned bundle import (:mod:`.bundle_plan`) in ONE transaction.

The article (when the plan changes it), the revisions received with the names and times the
bundle claims, the workflow steps, the comments and the bundle origin are written together:
the new photos the texts show are stored in the same transaction; the article's save runs
them in its ``on_saved`` hook, or, when the article itself does not
change, they run under the article's row lock (``ReviewStore.locked``). Any failure — a
database error, a version that moved meanwhile — leaves the library as it was.
"""

from __future__ import annotations

from datetime import UTC, datetime

from newsdesk.domain.article import Article
from newsdesk.domain.comments import Comment
from newsdesk.domain.revision import RevisionKind
from newsdesk.storage import NewPhoto, store_photos
from newsdesk.storage.review_store import (
    ReviewStore,
    Transition,
    add_revision,
    add_transition,
    save_comments,
    set_bundle_origin,
)

from .bundle_plan import Plan, Record
from .library import LibraryAPI


def final_record(plan: Plan, user: tuple[str, str], label: str) -> Record:
    """How the revision of the article the plan saves is credited."""
    if plan.final is not None:
        return plan.final
    assert plan.save is not None
    note = f"merged the reviewer's changes from {label}"
    if plan.merge is not None and plan.merge.conflicts:
        note += f" ({len(plan.merge.conflicts)} places changed on both sides kept as here)"
    return Record(plan.save, RevisionKind.MERGE, user[0], user[1], datetime.now(UTC), note)


def write_plan(library: LibraryAPI, current: Article | None, plan: Plan, comments: list[Comment],
               origin: tuple[int, str] | None, user: tuple[str, str],
               label: str, photos: list[NewPhoto] | None = None,
               ) -> tuple[Article, dict[str, int], int]:
    """Write ``plan`` with the new ``photos`` its texts show; the article as stored, the revision numbers (``final``: the saved
    article's, ``theirs``: the bundle's text) and how many comments were new."""
    numbers: dict[str, int] = {}
    added: list[int] = []

    def received(conn, article_id: str, version: int) -> None:
        # each revision received for a merge is based on the one before it, the first on
        # the revision both sides started from: the history compares each with its base
        base = plan.base_revision
        for record in plan.records:
            revision = add_revision(
                conn, record.article.copy(id=article_id, version=version), record.kind,
                author=record.author, initials=record.initials, note=record.note,
                created=record.created, origin=record.origin, base_version=base)
            base = revision.number if base is not None else None
            if record.theirs:
                numbers["theirs"] = revision.number

    def the_rest(conn, article_id: str) -> None:
        for i, step in enumerate(plan.transitions):
            last = i == len(plan.transitions) - 1
            add_transition(conn, Transition(
                article_id, step.action, step.from_status, step.to_status,
                numbers.get("final") if last and plan.status is not None else None,
                step.author, step.initials, step.note, step.created, step.origin or label))
        added.append(save_comments(conn, article_id, comments))
        if origin is not None:
            set_bundle_origin(conn, article_id, origin[0], origin[1])

    if plan.save is None:
        assert current is not None and current.id
        with ReviewStore(library.repository).locked(current.id) as conn:
            store_photos(conn, photos or [])  # the revisions received may show them
            received(conn, current.id, current.version)
            the_rest(conn, current.id)
        return current, numbers, added[0]

    final = final_record(plan, user, label)

    def hook(conn, stored: Article) -> None:
        received(conn, stored.id or "", current.version if current else 0)
        revision = add_revision(conn, stored, final.kind, author=final.author,
                                initials=final.initials, note=final.note,
                                created=final.created, origin=final.origin)
        numbers["final"] = revision.number
        if final.theirs:
            numbers["theirs"] = revision.number
        the_rest(conn, stored.id or "")

    stored = library.repository.save(plan.save, expected_version=current.version if current
                                      else None, on_saved=hook, photos=photos or [])
    return stored, numbers, added[0]
