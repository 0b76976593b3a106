"""Suggestions of an article in the library: list, accept, reject, refuse to publish them.

The suggestions live in the body (``domain.suggestions``); this module is what the command
line and the app call. Accepting or rejecting stores a ``suggestion`` revision with who and
when, and a note saying what each suggestion did and whose it was (``accepted “chín” →
“9” (Lê Minh)``). (Exports that publish the text and
the workflow steps ``approve`` and ``publish`` refuse an article with pending suggestions
through ``domain.suggestions.refuse_pending``.) CriticMarkup brought in from a file
(``prepare_imported``) gets ids, and its comments and highlights become review comments.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from newsdesk.domain.article import Article
from newsdesk.domain.comments import Anchor, Comment, anchor_for_quote
from newsdesk.domain.critic import lift_remarks
from newsdesk.domain.errors import NewsdeskError, Notice
from newsdesk.domain.revision import RevisionKind
from newsdesk.domain.suggestions import (
    Suggestion,
    decision_note,
    pending,
    resolve,
    warnings,
    with_ids,
)

from .review import save_with_revision

if TYPE_CHECKING:
    from .library import LibraryAPI

REMARK_NOTE = "(highlighted)"


def changes(library: LibraryAPI, article_id: str) -> tuple[Article, list[Suggestion]]:
    article = library.get(article_id)
    return article, pending(article.body)


def decide(library: LibraryAPI, article_id: str, which: str | list[str], *, accept: bool,
           note: str = "") -> tuple[Article, list[Suggestion]]:
    """Accept (or reject) the suggestion ``which`` (an id, a list of ids, or ``all``): the
    article stored with a ``suggestion`` revision; ``(stored article, the suggestions
    decided)``."""
    article = library.get(article_id)
    if isinstance(which, list):
        ids: list[str] | None = [w.strip() for w in which]
    else:
        ids = None if which.strip().lower() == "all" else [which.strip()]
    body, done = resolve(article.body, accept, ids)
    if not done:
        raise NewsdeskError("the article has no pending suggestion", code="suggestion.none")
    text = note or decision_note(done, accept)
    stored = save_with_revision(library, article.copy(body=body),
                                expected_version=article.version,
                                kind=RevisionKind.SUGGESTION, note=text, validate=False)
    return stored, done


def prepare_imported(article: Article, label: str) -> tuple[Article, list[Comment], list[str]]:
    """An article read from a file, ready to store: its CriticMarkup suggestions carry ids,
    its CriticMarkup comments and highlights are lifted out as review comments (by an
    unknown author, anchored to the words they are on), and every mark kept as plain text is
    a warning."""
    notes: list[str] = [Notice(f"{label}: {text}", "import.critic_text", label, text)
             for text in warnings(article.body)]
    body, remarks = lift_remarks(article.body)
    body = with_ids(body)
    prepared = article.copy(body=body)
    comments: list[Comment] = []
    from newsdesk.bodymodel.reading import body_reading_text

    reading = body_reading_text(body)
    now = datetime.now(UTC)
    for remark in remarks:
        quote = body_reading_text(remark.quote).strip() or remark.quote.strip()
        try:
            anchor = anchor_for_quote(reading, quote)
        except NewsdeskError:
            anchor = Anchor(quote=quote or remark.note)
            notes.append(Notice(f"{label}: the comment “{remark.note[:40]}” is on words not "
                                "found in the text; it is kept as orphaned",
                                "import.critic_orphan", label, remark.note[:40]))
        comments.append(Comment(id=uuid.uuid4().hex, anchor=anchor,
                                text=remark.note.strip() or REMARK_NOTE,
                                author="unknown", initials="", created=now))
    return prepared, comments, notes
