"""Review bundles in and out of the library: export for review, import the reviewed copy.

Export (``newsdesk export --format bundle``) writes the article, its comments, its status
and its history (``history.json``: every revision's author, time and text hash, the
snapshots of the revisions made here since the copy last arrived, every workflow step).

Import (``newsdesk import FILE.newsdesk``, ``Library.import_file``) never overwrites work
silently: the whole bundle is read and checked, :mod:`.bundle_plan` decides what it means
(``created``, ``unchanged``, ``older``, ``applied``, ``merged``, ``conflicts``,
``both_changed``) and :mod:`.bundle_write` writes the article, the revisions credited to
their authors and times (a claim of the bundle, marked with its name), the status steps and
the comments in one transaction. Comments are merged by id. After a merge with conflicts,
``merge_of`` recomputes the three-way merge and ``resolve_merge`` stores the user's choices.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from newsdesk.bodymodel.reading import compare_text
from newsdesk.domain.article import Article
from newsdesk.domain.comments import merge_comment
from newsdesk.domain.errors import NewsdeskError, NotFoundError, Notice
from newsdesk.domain.merge import ArticleMerge, Side, merge_articles
from newsdesk.domain.revision import FieldDiff, RevisionKind, content_hash, diff_articles, text_hash
from newsdesk.domain.status import Status
from newsdesk.interchange.bundle import Manifest, read_bundle
from newsdesk.interchange.bundle_history import BundleHistory, SentRevision, SentTransition
from newsdesk.media.private import strip_private
from newsdesk.storage.review_store import ReviewStore

from .bundle_plan import ASIDE, plan_import
from .bundle_write import write_plan
from .library import ImportResult, LibraryAPI, new_photos
from .review import Review, save_with_revision, user_of

Outcome = Literal["created", "unchanged", "older", "applied", "merged", "conflicts",
                  "both_changed"]


@dataclass
class BundleImport(ImportResult):
    outcome: Outcome = "created"
    revision: int | None = None  # the revision of the article the import stored
    incoming_revision: int | None = None  # the reviewer's text, kept (merges, both changed)
    changes: list[FieldDiff] = field(default_factory=list)  # the reviewer's own changes
    comments_added: int = 0
    manifest: Manifest | None = None
    merge: ArticleMerge | None = None  # merged / conflicts: the three-way merge
    base_revision: int | None = None  # the common version the merge started from
    older_revision: int | None = None  # older: the revision here holding the bundle's text
    steps_added: int = 0  # workflow steps received
    status: Status | None = None  # the status the received steps lead to
    step_author: str = ""  # who took the last step received (a claim of the bundle)
    step_note: str = ""  # and the note they wrote with it
    message: str = ""  # what happened, one sentence (the CLI prints it)

    @property
    def needs_choice(self) -> bool:
        return self.outcome == "both_changed" or (
            self.outcome == "conflicts" and self.merge is not None and bool(self.merge.conflicts))


def bundle_context(library: LibraryAPI, article: Article) -> dict[str, object]:
    """The manifest, comments and history of an export of ``article`` (exporter options)."""
    store = ReviewStore(library.repository)
    article_id = article.id or ""
    every = store.revisions(article_id)
    revisions = [r for r in every if r.kind not in ASIDE]
    digest = content_hash(article)
    number = revisions[-1].number if revisions else 0
    origin = store.bundle_origin(article_id)
    base_revision, base_sha = origin if origin else (number, digest)
    # A copy that came in a bundle sends the revisions made here since it last arrived. The
    # other side's versions kept as incoming are sent by hash: a merge took them in, so the
    # other side sees that this text descends from theirs (``bundle_plan.ancestry``).
    since = max((r.number for r in revisions if r.origin), default=None) if origin else None
    history = BundleHistory(
        [SentRevision(r.number, str(r.kind), str(r.snapshot.status), r.author, r.initials,
                      r.created, r.note, r.content_hash, text_hash(r.snapshot), r.origin,
                      r.snapshot if since is not None and r.number > since
                      and r.kind not in ASIDE else None)
         for r in every if r.kind not in ASIDE or r.kind is RevisionKind.INCOMING],
        [SentTransition(t.action, t.from_status, t.to_status, t.author, t.initials, t.created,
                        t.note, t.revision, t.origin) for t in store.transitions(article_id)])
    manifest = Manifest(article_id=article_id, revision=number, content_sha256=digest,
                        base_revision=base_revision, base_sha256=base_sha,
                        exported_at=datetime.now(UTC), exported_by=user_of(library)[0],
                        status=str(article.status))
    return {"manifest": manifest, "comments": store.comments(article_id), "history": history}


def import_bundle(library: LibraryAPI, path: Path) -> BundleImport:
    """Read and check the whole bundle, decide (``bundle_plan``), then write the article,
    its revisions, status steps and comments in one transaction: all or nothing."""
    path = Path(path)
    label = path.name
    loaded = read_bundle(path)
    manifest = loaded.manifest
    warnings = list(loaded.warnings)
    try:
        current: Article | None = library.get(manifest.article_id)
    except NotFoundError:
        current = None
    store = ReviewStore(library.repository)
    local = store.revisions(manifest.article_id) if current is not None else []
    steps = store.transitions(manifest.article_id) if current is not None else []
    known_comments = {c.id: c for c in store.comments(manifest.article_id)} if current else {}
    # a copy merges into the comment here: the later resolution (or reopening) wins
    comments = [merge_comment(known_comments[c.id], c) if c.id in known_comments else c
                for c in loaded.comments]
    fresh_comments = [c for c in comments if known_comments.get(c.id) != c]
    # the newsroom's originals, sent out without their private metadata, are known already
    assets, photos = new_photos(library, loaded.images, warnings, label,
                                known=lambda src, data: _same_photo(library, current, src, data))
    if current is not None:  # a photo the reviewer did not send back keeps the newsroom's
        for src in loaded.missing_images:
            if src in current.assets:
                assets[src] = current.assets[src]
    theirs = loaded.article.copy(assets=assets)
    plan = plan_import(current, local, steps, loaded, theirs, label)
    if current is not None and plan.save is None and not plan.records and not plan.transitions \
            and not fresh_comments:
        return _result(current, plan, warnings, manifest, None, None, 0, label)
    origin = None
    if current is None:
        origin = (manifest.revision, manifest.content_sha256)
    elif store.bundle_origin(current.id or "") and plan.outcome in ("applied", "merged"):
        origin = (manifest.revision, manifest.content_sha256)
    stored, numbers, added = write_plan(library, current, plan, comments, origin,
                                        user_of(library), label, photos)
    return _result(stored, plan, warnings, manifest, numbers.get("final"),
                   numbers.get("theirs"), added, label)


def _result(article, plan, warnings, manifest, number, theirs, added, label) -> BundleImport:
    incoming = theirs if theirs is not None else plan.incoming_revision
    if plan.outcome not in ("both_changed", "merged", "conflicts"):
        incoming = None
    if plan.merge is not None:
        changes = plan.merge.their_changes(body_text=compare_text)
    elif plan.outcome == "both_changed":
        theirs_text = next(r.article for r in plan.records if r.theirs) if any(
            r.theirs for r in plan.records) else article
        changes = diff_articles(article, theirs_text, body_text=compare_text)
    else:
        changes = []
    result = BundleImport(article, warnings, plan.outcome, number, incoming, changes, added,
                          manifest, plan.merge, plan.base_revision, plan.older_revision,
                          len(plan.transitions), plan.status)
    if plan.status is not None and plan.transitions:
        result.step_author, result.step_note = plan.transitions[-1].author, \
            plan.transitions[-1].note
    result.message = outcome_message(result, label, plan)
    if plan.outcome == "both_changed":
        short = (article.id or "")[:8]
        warnings.append(Notice(
            f"the article was changed here since the bundle was made and the common version "
            f"is unknown: the reviewer's version is kept as revision {incoming} and nothing "
            f"was overwritten; compare with 'newsdesk diff {short} current {incoming}' and "
            f"take it with 'newsdesk restore {short} {incoming}'", "import.kept_aside", incoming))
    return result


def claimed(author: str) -> str:
    """A name a bundle carries, shown as the claim it is."""
    return f"{author or 'someone'} (from bundle)"


def outcome_message(result: BundleImport, label: str, plan) -> str:
    authors = sorted({r.author for r in plan.records if r.author}
                     | ({plan.final.author} if plan.final and plan.final.origin else set()))
    who = ", ".join(claimed(a) for a in authors) or claimed(
        result.manifest.exported_by if result.manifest else "")
    text = {
        "created": f"new article from {label}",
        "unchanged": f"{label} holds the text the article has now",
        "older": f"{label} holds an earlier text of this article (revision "
                 f"{result.older_revision}): nothing to apply — taking it would roll the "
                 "article back",
        "applied": f"applied the changes of {who}",
        "merged": f"merged the changes of {who} with the changes made here",
        "conflicts": f"merged the changes of {who}; "
                     f"{len(result.merge.conflicts) if result.merge else 0} place(s) changed "
                     f"on both sides keep the text here until you choose (the reviewer's "
                     f"version is revision {result.incoming_revision}; open the article in "
                     "newsdesk to choose)",
        "both_changed": "both sides changed the article",
    }[result.outcome]
    nothing_new = plan.save is None and not plan.records and not plan.transitions \
        and not result.comments_added
    if result.outcome in ("unchanged", "older") and nothing_new:
        text = (f"{label} is already in the library: nothing new"
                if result.outcome == "unchanged" else text)
    if result.status is not None and plan.transitions:
        step = plan.transitions[-1]
        note = f": “{step.note}”" if step.note else ""
        text += (f"; status {result.status} ({step.action.replace('_', ' ')} by "
                 f"{claimed(step.author)}{note})")
    if result.comments_added:
        text += f"; {result.comments_added} new comment(s)"
    return text




def _same_photo(library: LibraryAPI, current: Article | None, src: str,
                data: bytes) -> str | None:
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


def merge_of(library: LibraryAPI, article_id: str, base_revision: int,
             incoming_revision: int) -> ArticleMerge:
    """The three-way merge of the article now with the reviewer's version kept as
    ``incoming_revision``, from their common version ``base_revision``."""
    review = Review(library)
    base = review.revision(article_id, base_revision).snapshot
    theirs = review.revision(article_id, incoming_revision).snapshot
    current = library.get(article_id)
    return merge_articles(base, current, theirs.copy(status=current.status))


def resolve_merge(library: LibraryAPI, article_id: str, base_revision: int,
                  incoming_revision: int,
                  take: Mapping[int, Side]) -> Article:
    """Store the merge with conflict ``i`` taken from ``take[i]`` (ours when not given)."""
    merge = merge_of(library, article_id, base_revision, incoming_revision)
    chosen = merge.resolve(take)
    if text_hash(chosen) == text_hash(merge.ours):
        return merge.ours
    theirs = sum(1 for side in take.values() if side == "theirs")
    return save_with_revision(
        library, chosen, expected_version=merge.ours.version, kind=RevisionKind.MERGE,
        note=f"took the reviewer's text in {theirs} of {len(merge.conflicts)} places changed "
             f"on both sides (revision {incoming_revision})", validate=False)
