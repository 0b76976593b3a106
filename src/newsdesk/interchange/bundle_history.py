"""``history.json`` of a review bundle (format 2): who did what to the article, and when.

    {"revisions": [{"number": 3, "kind": "save", "status": "in_review",
                    "author": "Trần Thu Hà", "initials": "TTH",
                    "created": "2026-03-12T09:15:00+00:00", "note": "",
                    "content_sha256": "…", "text_sha256": "…", "origin": "",
                    "snapshot": {…} | null}, …],
     "transitions": [{"action": "request_changes", "from": "in_review", "to": "draft",
                      "author": "Trần Thu Hà", "initials": "TTH",
                      "created": "2026-03-12T09:16:00+00:00", "note": "…",
                      "revision": 4, "origin": ""}, …]}

Every revision of the sender's history is listed (its content hash tells the receiver which
versions the bundle descends from); only those made after the bundle's base carry a
``snapshot`` (every field of the article, as revisions store it). ``text_sha256`` is
``domain.revision.text_hash``, which names photos by path only and so compares across
libraries. ``origin`` is non-empty for
a record the sender had itself received in a bundle. Names and times are the sender's claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from newsdesk.domain.article import Article
from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.revision import RevisionKind, article_from_snapshot, snapshot_dict
from newsdesk.domain.status import Action, Status
from newsdesk.domain.text import nfc

from .safezip import BundleError

MAX_NAME, MAX_INITIALS, MAX_NOTE, MAX_ENTRIES = 200, 20, 20_000, 5000


@dataclass(frozen=True)
class SentRevision:
    number: int
    kind: str
    status: str
    author: str
    initials: str
    created: datetime | None
    note: str
    content_sha256: str
    text_sha256: str = ""  # domain.revision.text_hash: comparable across libraries
    origin: str = ""
    snapshot: Article | None = None


@dataclass(frozen=True)
class SentTransition:
    action: str
    from_status: str
    to_status: str
    author: str
    initials: str
    created: datetime | None
    note: str
    revision: int | None = None
    origin: str = ""


@dataclass
class BundleHistory:
    revisions: list[SentRevision] = field(default_factory=list)
    transitions: list[SentTransition] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "revisions": [{
                "number": r.number, "kind": r.kind, "status": r.status, "author": r.author,
                "initials": r.initials, "created": _iso(r.created), "note": r.note,
                "content_sha256": r.content_sha256, "text_sha256": r.text_sha256,
                "origin": r.origin,
                "snapshot": _snapshot(r.snapshot)} for r in self.revisions],
            "transitions": [{
                "action": t.action, "from": t.from_status, "to": t.to_status,
                "author": t.author, "initials": t.initials, "created": _iso(t.created),
                "note": t.note, "revision": t.revision, "origin": t.origin}
                for t in self.transitions],
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _snapshot(article: Article | None) -> dict[str, object] | None:
    if article is None:
        return None
    data = snapshot_dict(article)
    data.pop("id", None)
    return data


def _text(entry: dict, key: str, limit: int, where: str) -> str:
    value = entry.get(key) or ""
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(f"{where}: '{key}' must be text of at most {limit} characters")
    return nfc(value)


def _when(entry: dict, where: str) -> datetime | None:
    value = entry.get("created")
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{where}: '{str(value)[:40]}' is not an ISO 8601 time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def history_from_json(data: object, label: str, article_id: str) -> BundleHistory:
    """Check and read ``history.json``; BundleError saying what is wrong."""
    from .bundle import whole_number

    if not isinstance(data, dict) or not isinstance(data.get("revisions", []), list) \
            or not isinstance(data.get("transitions", []), list):
        raise BundleError(f"history.json in '{label}' must be an object with the lists "
                          "'revisions' and 'transitions'", code="bundle.history")
    history = BundleHistory()
    entries = [*data.get("revisions", []), *data.get("transitions", [])]
    if len(entries) > MAX_ENTRIES:
        raise BundleError(f"history.json in '{label}' has too many entries",
                          code="bundle.history")
    try:
        for i, r in enumerate(data.get("revisions", [])):
            where = f"revision entry {i + 1}"
            if not isinstance(r, dict):
                raise ValueError(f"{where} must be an object")
            snapshot = r.get("snapshot")
            article = None
            if snapshot is not None:
                if not isinstance(snapshot, dict):
                    raise ValueError(f"{where}: 'snapshot' must be an object")
                article = article_from_snapshot({**snapshot, "id": article_id})
            history.revisions.append(SentRevision(
                number=whole_number(r.get("number"), f"{where}: number"),
                kind=_kind(r.get("kind")),
                status=str(Status.parse(str(r.get("status") or "draft"))),
                author=_text(r, "author", MAX_NAME, where),
                initials=_text(r, "initials", MAX_INITIALS, where),
                created=_when(r, where), note=_text(r, "note", MAX_NOTE, where),
                content_sha256=_text(r, "content_sha256", 64, where),
                text_sha256=_text(r, "text_sha256", 64, where),
                origin=_text(r, "origin", MAX_NAME, where), snapshot=article))
        for i, t in enumerate(data.get("transitions", [])):
            where = f"transition entry {i + 1}"
            if not isinstance(t, dict):
                raise ValueError(f"{where} must be an object")
            number = t.get("revision")
            history.transitions.append(SentTransition(
                action=str(Action(str(t.get("action")))),
                from_status=str(Status.parse(str(t.get("from")))),
                to_status=str(Status.parse(str(t.get("to")))),
                author=_text(t, "author", MAX_NAME, where),
                initials=_text(t, "initials", MAX_INITIALS, where),
                created=_when(t, where), note=_text(t, "note", MAX_NOTE, where),
                revision=None if number is None else whole_number(number, f"{where}: revision"),
                origin=_text(t, "origin", MAX_NAME, where)))
    except (NewsdeskError, ValueError, TypeError) as exc:
        message = exc.message if isinstance(exc, NewsdeskError) else str(exc)
        raise BundleError(f"history.json in '{label}' is malformed ({message[:160]})",
                          code="bundle.history") from None
    return history


def _kind(value: object) -> str:
    """A revision's kind; one this version does not know (from a newer newsdesk) is a save."""
    try:
        return str(RevisionKind(str(value)))
    except ValueError:
        return str(RevisionKind.SAVE)
