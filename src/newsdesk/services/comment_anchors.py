"""Where review comments sit in an article's text, and keeping their stored anchors current.

``field_text(article, field)`` is the text comments on a field are anchored to (the body's
reading text, or the headline or sapo as they are); ``locate_in(anchor, article)`` finds a
passage in it. ``follow_anchors(connection, article)`` runs in the transaction of every save
(explicit or autosaved): each comment whose quote is still in the text exactly is stored again
with its offset and the words around it as they are now, so a passage with paragraphs typed,
deleted or a photo replaced above it keeps pointing at the same words, and a bundle carries
offsets that are right. A comment whose words were edited or deleted is left as it was: it is
found by its context (or shown as orphaned), never moved onto other words.
"""

from __future__ import annotations

from newsdesk.bodymodel.reading import body_reading_text
from newsdesk.domain.article import Article
from newsdesk.domain.comments import (
    COMMENT_FIELDS,
    Anchor,
    Located,
    locate_passage,
    make_anchor,
)
from newsdesk.domain.errors import NewsdeskError
from newsdesk.storage.review_store import list_comments, move_anchor


def field_text(article: Article, field: str) -> str:
    """The reading text of ``field``: what comments on it are anchored to."""
    if field not in COMMENT_FIELDS:
        raise NewsdeskError(f"comments can be made on {', '.join(COMMENT_FIELDS)}, not '{field}'",
                            code="comment.field")
    if field == "body":
        return body_reading_text(article.body)
    return str(getattr(article, field))


def locate_in(anchor: Anchor, article: Article) -> Located | None:
    """Where ``anchor``'s passage is in ``article`` now (reading offsets; None: orphaned)."""
    return locate_passage(anchor, field_text(article, anchor.field), lambda: article.body)


def follow_anchors(connection, article: Article) -> int:
    """Store the current place of every comment of ``article`` found exactly; how many moved."""
    if not article.id:
        return 0
    moved = 0
    texts: dict[str, str] = {}
    for comment in list_comments(connection, article.id):
        anchor = comment.anchor
        if anchor.field not in COMMENT_FIELDS:
            continue
        if anchor.field not in texts:
            texts[anchor.field] = field_text(article, anchor.field)
        text = texts[anchor.field]
        found = locate_passage(anchor, text, lambda: article.body)
        if found is None or not found.exact:
            continue
        now = make_anchor(text, found.start, found.end, field=anchor.field)
        if (now.quote, now.prefix, now.suffix, now.start) != \
                (anchor.quote, anchor.prefix, anchor.suffix, anchor.start):
            move_anchor(connection, comment.id, now)
            moved += 1
    return moved
