"""The replies of a comment in a bundle's ``comments.json`` (docs/formats.md §4).

Each comment may carry ``"replies"``: a list of ``{"id", "text", "author", "initials",
"created"}``, oldest first. Bundles written before replies existed have no such key and read
as comments without replies; a malformed reply refuses the bundle with a message naming it.
"""

from __future__ import annotations

from datetime import datetime

from newsdesk.domain.comments import Comment, Reply
from newsdesk.domain.text import nfc

from .safezip import BundleError

LIMITS = (("id", 64), ("author", 200), ("initials", 20))


def replies_to_json(comment: Comment) -> list[dict[str, object]]:
    return [{"id": r.id, "text": r.text, "author": r.author, "initials": r.initials,
             "created": r.created.isoformat() if r.created else None} for r in comment.replies]


def replies_from_json(data: object, where: str, comment_id: str) -> tuple[Reply, ...]:
    """The replies of a comment's JSON object (``where`` names the comment in messages; a
    reply without an id gets one made from ``comment_id`` and its place)."""
    raw = data.get("replies") if isinstance(data, dict) else None
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise BundleError(f"{where}: 'replies' must be a list", code="bundle.comments")
    found = []
    for n, item in enumerate(raw, 1):
        what = f"{where}, reply {n}"
        if not isinstance(item, dict) or not str(item.get("text") or "").strip():
            raise BundleError(f"{what} must be an object with some 'text'",
                              code="bundle.comments")
        for key, limit in LIMITS:
            if len(str(item.get(key) or "")) > limit:
                raise BundleError(f"{what}: '{key}' is longer than {limit} characters",
                                  code="bundle.comments")
        created = item.get("created")
        try:
            when = datetime.fromisoformat(str(created)) if created not in (None, "") else None
        except ValueError:
            raise BundleError(f"{what}: '{str(created)[:40]}' is not a valid time",
                              code="bundle.comments") from None
        found.append(Reply(id=nfc(str(item.get("id") or "")).strip() or f"{comment_id}-r{n}",
                           text=nfc(str(item["text"])).strip(),
                           author=nfc(str(item.get("author") or "")),
                           initials=nfc(str(item.get("initials") or "")), created=when))
    return tuple(found)
