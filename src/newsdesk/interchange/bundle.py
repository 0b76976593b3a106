"""The ``.newsdesk`` review bundle of docs/formats.md §4: write one, read one back safely.

A zip holding ``article.md`` (the interchange text of §3), the photos the body uses at the
paths it writes (``images/…``), ``comments.json`` (the review comments with their anchors),
``history.json`` (format 2: revisions and workflow steps, :mod:`.bundle_history`) and
``manifest.json``::

    {"format": "newsdesk-bundle", "format_version": 2, "article_id": "…",
     "revision": 7, "content_sha256": "…", "base_revision": 7, "base_sha256": "…",
     "status": "submitted",
     "exported_at": "2026-03-12T08:00:00+00:00", "exported_by": "Lê Minh"}

Format 1 bundles (no ``status``, no ``history.json``) are still read.

``revision``/``content_sha256`` name the version inside the bundle; ``base_*`` the version of
the newsroom's copy it started from. Importing compares ``base_sha256`` with the newsroom's
current text to tell "only the reviewer changed it" from "both sides changed it". Reading
goes through :mod:`newsdesk.interchange.safezip`: nothing is extracted to disk here.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from newsdesk.domain.article import Article
from newsdesk.domain.comments import (
    COMMENT_FIELDS,
    MARKDOWN,
    READING,
    Anchor,
    Comment,
    from_markdown,
)
from newsdesk.domain.errors import NewsdeskError, Notice
from newsdesk.domain.status import Status
from newsdesk.domain.text import nfc

from .bundle_history import BundleHistory, history_from_json
from .bundle_replies import replies_from_json, replies_to_json
from .files import atomic_write_bytes
from .frontmatter import dump_markdown_text, parse_markdown
from .images import image_sources, safe_relative
from .safezip import DEFAULT_LIMITS, BundleError, Members, ZipLimits, open_members

FORMAT = "newsdesk-bundle"
FORMAT_VERSION = 2  # 2 adds the manifest's status and history.json
EXTENSION = ".newsdesk"
MAX_JSON = 8 * 1024 * 1024
MAX_COMMENTS = 10_000  # review comments in one bundle: far more than any review makes
_ARTICLE_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class Manifest:
    article_id: str
    revision: int
    content_sha256: str
    base_revision: int
    base_sha256: str
    exported_at: datetime
    exported_by: str = ""
    format_version: int = FORMAT_VERSION
    status: str = ""  # the article's workflow status ("" in a format 1 bundle)

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "article_id": self.article_id,
            "revision": self.revision,
            "content_sha256": self.content_sha256,
            "base_revision": self.base_revision,
            "base_sha256": self.base_sha256,
            "status": self.status,
            "exported_at": self.exported_at.isoformat(),
            "exported_by": self.exported_by,
        }


@dataclass
class LoadedBundle:
    article: Article  # from article.md; id from the manifest; assets not resolved yet
    images: dict[str, bytes]  # keyed by the path as written in the body
    comments: list[Comment]
    manifest: Manifest
    warnings: list[str] = field(default_factory=list)
    missing_images: list[str] = field(default_factory=list)
    history: BundleHistory | None = None  # None in a format 1 bundle


def comment_to_json(comment: Comment) -> dict[str, object]:
    a = comment.anchor
    return {
        "id": comment.id,
        "text": comment.text,
        "author": comment.author,
        "initials": comment.initials,
        "created": comment.created.isoformat() if comment.created else None,
        "resolved": comment.resolved,
        "resolved_by": comment.resolved_by,
        "resolved_at": comment.resolved_at.isoformat() if comment.resolved_at else None,
        "anchor": {"field": a.field, "quote": a.quote, "prefix": a.prefix, "suffix": a.suffix,
                   "start": a.start, "basis": a.basis},
        "replies": replies_to_json(comment),
    }


def _time(value: object, what: str) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise BundleError(f"comments.json: '{value}' is not a valid time for {what}",
                          code="bundle.comments") from None


def comment_from_json(data: object, index: int) -> Comment:
    where = f"comments.json: comment {index + 1}"
    if not isinstance(data, dict) or not isinstance(data.get("anchor"), dict):
        raise BundleError(f"{where} must be an object with an 'anchor' object",
                          code="bundle.comments")
    anchor = data["anchor"]
    basis = anchor.get("basis") or MARKDOWN  # comments.json without it counted in Markdown
    if basis not in (READING, MARKDOWN):
        raise BundleError(f"{where}: unknown anchor basis '{str(basis)[:40]}'",
                          code="bundle.comments")
    if str(anchor.get("field") or "body") not in COMMENT_FIELDS:
        raise BundleError(f"{where} points at '{str(anchor.get('field'))[:40]}', not at one of "
                          f"{', '.join(COMMENT_FIELDS)}", code="bundle.comments")
    for key, limit in (("id", 64), ("author", 200), ("initials", 20), ("resolved_by", 200)):
        if len(str(data.get(key) or "")) > limit:
            raise BundleError(f"{where}: '{key}' is longer than {limit} characters",
                              code="bundle.comments")
    comment_id = nfc(str(data.get("id") or "")).strip() or f"c{index + 1}"
    try:
        return Comment(
            id=comment_id,
            anchor=from_markdown(Anchor(
                quote=nfc(str(anchor.get("quote") or "")),
                prefix=nfc(str(anchor.get("prefix") or "")),
                suffix=nfc(str(anchor.get("suffix") or "")),
                start=whole_number(anchor.get("start") or 0, "the anchor's start"),
                field=str(anchor.get("field") or "body"), basis=basis)),
            text=str(data.get("text") or ""),
            author=nfc(str(data.get("author") or "")),
            initials=nfc(str(data.get("initials") or "")),
            created=_time(data.get("created"), where),
            resolved=bool(data.get("resolved")),
            resolved_by=nfc(str(data.get("resolved_by") or "")),
            resolved_at=_time(data.get("resolved_at"), where),
            replies=replies_from_json(data, where, comment_id),
        )
    except (TypeError, ValueError) as exc:
        raise BundleError(f"{where} has a field of the wrong type ({str(exc)[:100]})",
                          code="bundle.comments") from None


def bundle_bytes(article: Article, manifest: Manifest, comments: list[Comment],
                 images: Callable[[str], bytes | None],
                 history: BundleHistory | None = None) -> tuple[bytes, list[str]]:
    """The bundle as bytes and the body images that could not be found (left out)."""
    missing: list[str] = []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest.to_json(), ensure_ascii=False,
                                                     indent=2))
        archive.writestr("article.md", dump_markdown_text(article))
        archive.writestr("comments.json", json.dumps([comment_to_json(c) for c in comments],
                                                     ensure_ascii=False, indent=2))
        archive.writestr("history.json", json.dumps((history or BundleHistory()).to_json(),
                                                    ensure_ascii=False, indent=1))
        written: set[str] = set()
        for src in image_sources(article.body):
            relative = safe_relative(src)
            if relative is None:
                continue
            name = "/".join(relative.parts)
            data = images(src)
            if data is None:
                missing.append(src)
            elif name not in written:
                # photos are compressed already: store them as they are
                archive.writestr(name, data, compress_type=zipfile.ZIP_STORED)
                written.add(name)
    return buffer.getvalue(), missing


def write_bundle(path: Path, article: Article, manifest: Manifest, comments: list[Comment],
                 images: Callable[[str], bytes | None],
                 history: BundleHistory | None = None) -> list[str]:
    """Write the bundle at ``path`` atomically; return the missing images (as warnings)."""
    data, missing = bundle_bytes(article, manifest, comments, images, history)
    atomic_write_bytes(Path(path), data)
    return missing


def _json_member(members: Members, name: str, label: str) -> object:
    if name in members and members.infos[name].file_size > MAX_JSON:
        raise BundleError(f"{name} in '{label}' is too large", code="bundle.too_large")
    raw = members.read(name)
    if raw is None:
        raise BundleError(f"'{label}' has no {name}: it is not a .newsdesk bundle",
                          code="bundle.incomplete")
    if len(raw) > MAX_JSON:
        raise BundleError(f"{name} in '{label}' is too large", code="bundle.too_large")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError(f"{name} in '{label}' is not valid JSON ({str(exc)[:80]})",
                          code="bundle.json") from None
    except RecursionError:
        raise BundleError(f"{name} in '{label}' nests arrays or objects too deeply",
                          code="bundle.json") from None


MAX_COUNT = 2**31 - 1  # revisions and text offsets: what every database column holds


def whole_number(value: object, what: str) -> int:
    """``value`` as a count from 0 to MAX_COUNT; ValueError naming ``what`` otherwise (no
    floats, infinities, booleans or numbers too large for the database)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        shown = repr(value)
        shown = shown if len(shown) <= 24 else shown[:20] + "…"
        raise ValueError(f"{what} must be a whole number from 0 to {MAX_COUNT}, not {shown}")
    return value


def _manifest(data: object, label: str) -> Manifest:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleError(f"manifest.json in '{label}' does not describe a newsdesk bundle",
                          code="bundle.manifest")
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) \
            or version > FORMAT_VERSION or version < 1:
        raise BundleError(
            f"'{label}' uses bundle format {version!r}; this newsdesk reads format "
            f"{FORMAT_VERSION} — update newsdesk to open it", code="bundle.version")
    try:
        article_id = str(data["article_id"])
        if not _ARTICLE_ID.fullmatch(article_id):
            raise ValueError(f"'{article_id[:40]}' is not an article id")
        exported = datetime.fromisoformat(str(data["exported_at"]))
        return Manifest(
            article_id=article_id, revision=whole_number(data["revision"], "revision"),
            content_sha256=str(data.get("content_sha256") or ""),
            base_revision=whole_number(data.get("base_revision", data["revision"]),
                                       "base_revision"),
            base_sha256=str(data.get("base_sha256") or ""),
            exported_at=exported, exported_by=nfc(str(data.get("exported_by") or "")),
            format_version=version,
            status=str(Status.parse(str(data["status"]))) if data.get("status") else "")
    except (KeyError, TypeError, ValueError, NewsdeskError) as exc:
        raise BundleError(f"manifest.json in '{label}' is incomplete or malformed ({exc})",
                          code="bundle.manifest") from None


def read_bundle(path: Path, limits: ZipLimits = DEFAULT_LIMITS) -> LoadedBundle:
    """Read and check a bundle; BundleError (or ValidationError for the article) when bad.
    Only the members the bundle uses are read (its JSON files, article.md and the photos
    the body shows): anything else in the zip costs no memory."""
    label = Path(path).name
    with open_members(Path(path), limits) as members:
        return _read(members, label)


def _read(members: Members, label: str) -> LoadedBundle:
    manifest = _manifest(_json_member(members, "manifest.json", label), label)
    raw_comments = _json_member(members, "comments.json", label) \
        if "comments.json" in members else []
    if not isinstance(raw_comments, list):
        raise BundleError(f"comments.json in '{label}' must be a list", code="bundle.comments")
    if len(raw_comments) > MAX_COMMENTS:
        raise BundleError(f"comments.json in '{label}' holds {len(raw_comments)} comments (at "
                          f"most {MAX_COMMENTS} allowed)", code="bundle.too_many_comments")
    comments = [comment_from_json(item, i) for i, item in enumerate(raw_comments)]
    history = history_from_json(_json_member(members, "history.json", label), label,
                                manifest.article_id) if "history.json" in members else None
    raw_article = members.read("article.md")
    if raw_article is None:
        raise BundleError(f"'{label}' has no article.md: nothing to import",
                          code="bundle.incomplete")
    try:
        text = raw_article.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BundleError(f"article.md in '{label}' is not UTF-8 text",
                          code="bundle.encoding") from None
    article, warnings = parse_markdown(text, name=f"{label}: article.md")
    article = article.copy(id=manifest.article_id)
    bundle = LoadedBundle(article, {}, comments, manifest, list(warnings), history=history)
    read: dict[str, bytes] = {}  # one member shown under many sources is read once
    for src in image_sources(article.body):
        relative = safe_relative(src)
        if relative is None:
            continue
        name = "/".join(relative.parts)
        data = read.get(name)
        if data is None and name in members:
            data = read[name] = members.read(name) or b""
        if data is None:
            bundle.missing_images.append(src)
            bundle.warnings.append(Notice(f"{label}: image '{src}' is not in the bundle",
                                          "import.image_not_in_bundle", label, src))
        else:
            bundle.images[src] = data
    return bundle
