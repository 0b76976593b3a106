"""Revisions as plain data: an article snapshot as JSON, its content hash, what changed.

A revision is a full snapshot (every field, the assets map included) so that restoring one
needs nothing else; the snapshot format here is what the revision table stores. The content
hash ignores id, version, status and times: two snapshots with the same hash carry the same
article text, which is how an imported bundle tells whether it is based on the current text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .article import TEXT_FIELDS, Article
from .diff import DiffOp, diff_words, has_changes
from .errors import NewsdeskError
from .related import RelatedStory
from .status import Status

SNAPSHOT_VERSION = 1
DIFF_FIELDS = ("headline", "sapo", "byline", "source", "section", "tags", "published", "url",
               "language", "body", "related", "assets")


class RevisionKind(StrEnum):
    SAVE = "save"              # an explicit save
    STATUS = "status"          # a workflow transition
    RESTORE = "restore"        # an older revision brought back
    IMPORT = "import"          # a reviewer's version from a bundle, applied
    INCOMING = "incoming"      # a reviewer's version kept aside: both sides had changed
    CONFLICT = "conflict"      # a save refused because it was based on an outdated version
    CREATE = "create"          # the first revision of an article
    MERGE = "merge"            # a reviewer's changes merged with the changes made here
    AUTOSAVE = "autosave"      # autosaved work: every 10 minutes of it, and when it is closed
    SUGGESTION = "suggestion"  # suggestions accepted or rejected


@dataclass(frozen=True)
class Revision:
    article_id: str
    number: int
    kind: RevisionKind
    snapshot: Article
    author: str = ""
    initials: str = ""
    created: datetime | None = None
    note: str = ""
    content_hash: str = ""
    # a conflict: the article version the refused save was based on; the reviewer's version
    # received in a bundle and merged: the revision here it was made on (both sides' common
    # revision for the first one received, the one received before it for the others)
    base_version: int | None = None
    origin: str = ""  # the bundle it arrived in ("" when made in this library)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _time(value: object) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise NewsdeskError(f"'{value}' is not an ISO 8601 time", code="snapshot.time") from None


def snapshot_dict(article: Article) -> dict[str, object]:
    """Every field of ``article`` as JSON-ready values."""
    data: dict[str, object] = {name: getattr(article, name) for name in TEXT_FIELDS}
    data.update(
        tags=list(article.tags),
        published=_iso(article.published),
        status=str(article.status),
        id=article.id,
        created=_iso(article.created),
        updated=_iso(article.updated),
        version=article.version,
        assets=dict(sorted(article.assets.items())),
        related=[story.as_mapping() for story in article.related],
        snapshot_version=SNAPSHOT_VERSION,
    )
    return data


def snapshot_json(article: Article) -> str:
    return json.dumps(snapshot_dict(article), ensure_ascii=False, sort_keys=True)


def article_from_snapshot(data: dict[str, object] | str) -> Article:
    """The Article a snapshot describes (the reverse of ``snapshot_dict``)."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError as exc:
            raise NewsdeskError(f"a revision snapshot is not valid JSON: {exc}",
                                code="snapshot.json") from None
    if not isinstance(data, dict):
        raise NewsdeskError("a revision snapshot must be a JSON object", code="snapshot.json")
    values = {name: str(data.get(name) or "") for name in TEXT_FIELDS}
    assets = data.get("assets") or {}
    if not isinstance(assets, dict):
        raise NewsdeskError("the snapshot's assets must be an object", code="snapshot.json")
    tags = data.get("tags") or []
    if not isinstance(tags, list):
        raise NewsdeskError("the snapshot's tags must be a list", code="snapshot.json")
    related = data.get("related") or []
    if not isinstance(related, list) or not all(isinstance(item, dict) for item in related):
        raise NewsdeskError("the snapshot's related stories must be a list of objects",
                            code="snapshot.json")
    version = data.get("version") or 0
    if isinstance(version, str) and version.isdigit():
        version = int(version)
    if not isinstance(version, int):
        raise NewsdeskError("the snapshot's version must be a whole number", code="snapshot.json")
    return Article(
        **values,
        tags=[str(tag) for tag in tags],
        published=_time(data.get("published")),
        status=Status.parse(str(data.get("status") or "draft")),
        id=(str(data["id"]) if data.get("id") else None),
        created=_time(data.get("created")),
        updated=_time(data.get("updated")),
        version=version,
        assets={str(k): str(v) for k, v in assets.items()},
        related=[RelatedStory.from_mapping(item) for item in related],
    )


def content_dict(article: Article) -> dict[str, object]:
    """The parts of an article a writer or a reviewer changes (no id/status/times)."""
    data: dict[str, object] = {name: getattr(article, name) for name in TEXT_FIELDS}
    data.update(tags=list(article.tags), published=_iso(article.published),
                assets=dict(sorted(article.assets.items())))
    if article.related:  # absent when empty: the hashes of older revisions stay the same
        data["related"] = [story.as_mapping() for story in article.related]
    return data


def content_hash(article: Article) -> str:
    canonical = json.dumps(content_dict(article), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def text_hash(article: Article) -> str:
    """Like ``content_hash`` but naming photos by path only: two libraries store the same
    photo under different hashes (exports strip its private metadata), so this is the hash
    that tells across libraries whether two versions carry the same text."""
    data = content_dict(article)
    data["assets"] = sorted(article.assets)
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class FieldDiff:
    field: str
    ops: list[DiffOp]


def _as_text(article: Article, name: str, body_text: Callable[[str], str] | None = None) -> str:
    value = getattr(article, name)
    if name == "body" and body_text is not None:
        return body_text(value)
    if name == "tags":
        return ", ".join(value)
    if name == "published":
        return _iso(value) or ""
    if name == "related":
        return "\n".join(f"{story.headline} <{story.url or story.article_id}>"
                         for story in value)
    if name == "assets":
        return "\n".join(f"{path} {digest[:12]}" for path, digest in sorted(value.items()))
    return str(value)


def diff_articles(old: Article, new: Article, *,
                  body_text: Callable[[str], str] | None = None) -> list[FieldDiff]:
    """Word-level changes per field, only for fields that differ, in reading order.

    ``body_text`` turns a body's Markdown into the text compared (the reader's view, from
    ``newsdesk.bodymodel.reading.compare_text``); without it the Markdown source is compared."""
    changes = []
    for name in DIFF_FIELDS:
        ops = diff_words(_as_text(old, name, body_text), _as_text(new, name, body_text))
        if has_changes(ops):
            changes.append(FieldDiff(name, ops))
    return changes
