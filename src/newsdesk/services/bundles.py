"""Review bundles in and out of the library: export for review, import the reviewed copy.

Import (``newsdesk import FILE.newsdesk``, ``Library.import_file``) never overwrites work
silently. It compares the bundle's ``base_sha256`` (the text the reviewer started from) with
the article's current text:

- unknown article        → created from the bundle (``created``), its origin remembered so
                           that a bundle exported from here back to the newsroom says what
                           it was based on;
- same text as now       → nothing to apply (``unchanged``); comments merged;
- based on the current   → the reviewer's version becomes a new revision (``applied``);
- both sides changed     → the reviewer's version is kept as an ``incoming`` revision, the
                           article is left as it is, the result carries the word diff, and
                           ``choose_version`` applies the user's choice (``both_changed``).

Comments in the bundle are merged by id (new ones added, known ones updated).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from newsdesk.domain.article import Article
from newsdesk.domain.errors import NewsdeskError, NotFoundError
from newsdesk.domain.revision import FieldDiff, RevisionKind, content_hash, diff_articles
from newsdesk.interchange.bundle import Manifest, read_bundle
from newsdesk.media.private import strip_private
from newsdesk.storage.review_store import ReviewStore, set_bundle_origin

from .library import ImportResult, LibraryAPI
from .review import Review, revision_hook, user_of

Outcome = Literal["created", "unchanged", "applied", "both_changed"]


@dataclass
class BundleImport(ImportResult):
    outcome: Outcome = "created"
    revision: int | None = None  # the revision the import stored (applied/created/incoming)
    incoming_revision: int | None = None  # both changed: the reviewer's version, waiting
    changes: list[FieldDiff] = field(default_factory=list)  # current → reviewer's version
    comments_added: int = 0
    manifest: Manifest | None = None


def bundle_context(library: LibraryAPI, article: Article) -> dict[str, object]:
    """The manifest and comments of an export of ``article`` (options for the exporter)."""
    store = ReviewStore(library.repository)
    latest = store.latest_revision(article.id or "")
    digest = content_hash(article)
    number = latest.number if latest is not None else 0
    origin = store.bundle_origin(article.id or "")
    base_revision, base_sha = origin if origin else (number, digest)
    manifest = Manifest(article_id=article.id or "", revision=number, content_sha256=digest,
                        base_revision=base_revision, base_sha256=base_sha,
                        exported_at=datetime.now(UTC), exported_by=user_of(library)[0])
    return {"manifest": manifest, "comments": store.comments(article.id or "")}


def import_bundle(library: LibraryAPI, path: Path) -> BundleImport:
    loaded = read_bundle(Path(path))
    manifest = loaded.manifest
    warnings = list(loaded.warnings)
    try:
        current: Article | None = library.get(manifest.article_id)
    except NotFoundError:
        current = None
    assets: dict[str, str] = {}
    for src, data in loaded.images.items():
        known = _same_photo(library, current, src, data)
        if known:  # the newsroom's original, sent out without its private metadata
            assets[src] = known
            continue
        try:
            assets[src] = library.add_photo(data, filename=Path(src).name)
        except NewsdeskError as exc:
            warnings.append(f"{Path(path).name}: image '{src}' skipped: {exc.message}")
    if current is not None:  # a photo the reviewer did not send back keeps the newsroom's
        for src in loaded.missing_images:
            if src in current.assets:
                assets[src] = current.assets[src]
    incoming = loaded.article.copy(assets=assets)
    note = f"from review bundle {Path(path).name}" + (
        f" by {manifest.exported_by}" if manifest.exported_by else "")
    store = ReviewStore(library.repository)
    if current is None:
        stored, number = _store(library, incoming.copy(version=0), None, RevisionKind.IMPORT,
                                note, origin=(manifest.revision, manifest.content_sha256))
        result = BundleImport(stored, warnings, "created", number, manifest=manifest)
    else:
        incoming = incoming.copy(status=current.status, created=current.created)
        here = content_hash(current)
        origin = store.bundle_origin(current.id or "")
        remember = (manifest.revision, manifest.content_sha256) if origin else None
        if content_hash(incoming) == here:
            result = BundleImport(current, warnings, "unchanged", manifest=manifest)
        elif manifest.base_sha256 == here:
            stored, number = _store(library, incoming, current.version, RevisionKind.IMPORT,
                                    note, origin=remember)
            result = BundleImport(stored, warnings, "applied", number, manifest=manifest)
        else:
            name, initials = user_of(library)
            short = (current.id or "")[:8]
            kept = store.record_aside(incoming.copy(version=current.version),
                                      RevisionKind.INCOMING, author=name, initials=initials,
                                      note=note + " (both sides changed)")
            result = BundleImport(current, warnings, "both_changed", None, kept.number,
                                  diff_articles(current, incoming), manifest=manifest)
            warnings.append(
                f"the article was changed here since the bundle was made: the reviewer's "
                f"version is kept as revision {kept.number} and nothing was overwritten; "
                f"compare with 'newsdesk diff {short} current {kept.number}' and "
                f"take it with 'newsdesk restore {short} {kept.number}'")
    result.comments_added = store.save_comments(result.article.id or "", loaded.comments)
    return result


def _same_photo(library: LibraryAPI, current: Article | None, src: str, data: bytes) -> str | None:
    """The sha256 of the library's photo at ``src`` when ``data`` is that photo as exports
    send it (metadata stripped), so a round trip never counts an untouched photo as changed."""
    digest = current.assets.get(src) if current is not None else None
    if not digest:
        return None
    try:
        original = library.photo_bytes(digest)
    except NewsdeskError:
        return None
    return digest if data in (original, strip_private(original)) else None


def _store(library: LibraryAPI, article: Article, expected: int | None, kind: RevisionKind,
           note: str, *, origin: tuple[int, str] | None) -> tuple[Article, int]:
    numbers: list[int] = []

    def then(connection, stored: Article, revision) -> None:
        numbers.append(revision.number)
        if origin is not None:
            set_bundle_origin(connection, stored.id or "", origin[0], origin[1])

    stored = library.repository.save(article, expected_version=expected,
                                     on_saved=revision_hook(library, kind, note, then))
    return stored, numbers[0]


def choose_version(library: LibraryAPI, article_id: str, incoming_revision: int,
                   keep: Literal["theirs", "ours"]) -> Article:
    """After a both-changed import: ``theirs`` makes the reviewer's version current (a new
    revision); ``ours`` keeps the article as it is (the reviewer's stays in the history)."""
    review = Review(library)
    revision = review.revision(article_id, incoming_revision)
    if revision.kind is not RevisionKind.INCOMING:
        raise NewsdeskError(f"revision {incoming_revision} is not a reviewer's version waiting "
                            "for a choice", code="bundle.choice")
    if keep == "ours":
        return library.get(article_id)
    if keep != "theirs":
        raise NewsdeskError("choose 'theirs' or 'ours'", code="bundle.choice")
    return review.restore(article_id, incoming_revision,
                          note=f"chose the reviewer's version (revision {incoming_revision})")
