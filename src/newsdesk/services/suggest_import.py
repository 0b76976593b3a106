"""``newsdesk import reviewed.newsdesk --as-suggestions``: a reviewed copy as suggestions.

A reviewer who edited the copy of a bundle without suggestions sends back a plain text. This
brings that text in as suggestions against the current body, word by word, by the bundle's
reviewer (the name and time of its manifest), so the desk decides each change: accepting all
gives exactly the reviewer's body, rejecting all the body as it is now
(``domain.suggest_compare``). The bundle's new comments come in too, and new photos the
reviewer's body shows are stored. Changes to other fields are not suggestions (they exist in
the body only): each changed field is named in a warning, and left as it is here.

``suggestion_offer`` tells the app, before a bundle is imported, whether it can offer this
(File › Import of a reviewed copy whose reviewer edited without suggestions); and
``suggest_revision`` does the same with a revision from the history: the current body gets
the suggestions that would turn it back into that revision's body (History › Compare as
suggestions), by that revision's author.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsdesk.domain.errors import NewsdeskError, NotFoundError, Notice
from newsdesk.domain.revision import RevisionKind, diff_articles
from newsdesk.domain.suggest_compare import CompareError, compare_as_suggestions
from newsdesk.domain.suggestions import pending
from newsdesk.interchange.bundle import read_bundle
from newsdesk.storage.review_store import ReviewStore, save_comments

from .bundle_plan import descends_from
from .library import ImportResult, LibraryAPI, new_photos
from .review import revision_hook


@dataclass
class SuggestedImport(ImportResult):
    count: int = 0
    message: str = ""  # what the import did, one sentence (the command line prints it)


def import_as_suggestions(library: LibraryAPI, path: Path) -> SuggestedImport:
    path = Path(path)
    label = path.name
    loaded = read_bundle(path)
    manifest = loaded.manifest
    try:
        current = library.get(manifest.article_id)
    except NotFoundError:
        raise NewsdeskError(f"{label}: its article is not in this library, so there is nothing "
                            "to suggest changes to; import it without --as-suggestions",
                            code="suggestion.no_article") from None
    warnings = list(loaded.warnings)
    author = manifest.exported_by.strip() or "unknown"
    initials = _initials_of(loaded, author)
    body, count = compare_as_suggestions(current.body, loaded.article.body, author=author,
                                         initials=initials, time=manifest.exported_at)
    for change in diff_articles(current, loaded.article.copy(body=current.body)):
        warnings.append(Notice(f"{label}: the reviewer also changed the {change.field}; only "
                               "the body becomes suggestions, so it is left as it is here",
                               "import.suggest_field", label, change.field))
    fresh = {src: data for src, data in loaded.images.items() if src not in current.assets}
    assets, photos = new_photos(library, fresh, warnings, label)
    store = ReviewStore(library.repository)
    known = {c.id for c in store.comments(current.id or "")}
    comments = [c for c in loaded.comments if c.id not in known]
    if not count and not comments:
        return SuggestedImport(current, warnings, message=f"{label}: the reviewer's body is "
                               "the same as this one: no suggestions")

    def then(connection, stored, _revision) -> None:
        if comments:
            save_comments(connection, stored.id or "", comments)

    note = f"{count} suggestion{'' if count == 1 else 's'} by {author} from {label}"
    stored = library.repository.save(
        current.copy(body=body, assets={**current.assets, **assets}),
        expected_version=current.version,
        on_saved=revision_hook(library, RevisionKind.SUGGESTION, note, then), photos=photos)
    return SuggestedImport(stored, warnings, count, f"{label}: {note}; see 'newsdesk changes "
                           f"{(stored.id or '')[:8]}'")


@dataclass
class SuggestionOffer:
    """A reviewed copy that can come in as suggestions: whose it is, and of which article."""

    reviewer: str
    article_id: str
    headline: str


def suggestion_offer(library: LibraryAPI, path: Path) -> SuggestionOffer | None:
    """The offer to bring the bundle at ``path`` in as suggestions, or None when that does
    not apply: a new article, a body the same as here, a reviewer who made suggestions
    already, an article with pending suggestions here, or an article that changed here since
    the copy was made (then the usual import merges both sides' changes instead)."""
    loaded = read_bundle(Path(path))
    try:
        current = library.get(loaded.manifest.article_id)
    except NotFoundError:
        return None
    body = loaded.article.body
    if body.rstrip("\n") == current.body.rstrip("\n") or pending(body) or \
            pending(current.body) or not descends_from(loaded, current, loose_end=True):
        return None
    return SuggestionOffer(loaded.manifest.exported_by.strip() or "unknown",
                           current.id or "", current.headline)


def suggest_revision(library: LibraryAPI, article_id: str, number: int) -> SuggestedImport:
    """The current body with, as suggestions by the author of revision ``number``, the
    changes that would bring it back to that revision's body: accepting one restores that
    part of the older text, rejecting it keeps the text as it is now. Stored as a
    ``suggestion`` revision; other fields that differ are named in a warning and left."""
    from .review import Review

    review = Review(library)
    current = library.get(article_id)
    revision = review.revision(current.id or article_id, number)
    author = revision.author.strip() or revision.initials.strip() or "unknown"
    initials = revision.initials.strip() or "".join(
        part[0] for part in author.split()).upper()[:4]
    if pending(current.body):
        raise NewsdeskError(f"the article already has {len(pending(current.body))} pending "
                            "suggestion(s); accept or reject them before comparing a "
                            "revision as suggestions", code="suggestion.compare_pending")
    try:
        body, count = compare_as_suggestions(current.body, revision.snapshot.body,
                                             author=author, initials=initials,
                                             time=revision.created)
    except CompareError as exc:
        raise NewsdeskError(f"revision {number} cannot be shown as suggestions here: "
                            f"{exc.message}", code="suggestion.compare_revision") from None
    warnings: list[str] = []
    for change in diff_articles(current, revision.snapshot.copy(body=current.body)):
        if change.field == "assets":
            continue  # photos follow the body
        warnings.append(Notice(f"revision {number} also has another {change.field}; only the "
                               "body becomes suggestions (restore the revision to take the "
                               "rest)", "suggest.revision_field", number, change.field))
    if not count:
        return SuggestedImport(current, warnings, message=f"revision {number} has the same "
                               "body as the current one: no suggestions")
    old_photos = {src: sha for src, sha in revision.snapshot.assets.items()
                  if src not in current.assets}
    note = (f"{count} suggestion{'' if count == 1 else 's'} by {author} back to revision "
            f"{number}")
    stored = library.repository.save(
        current.copy(body=body, assets={**current.assets, **old_photos}),
        expected_version=current.version,
        on_saved=revision_hook(library, RevisionKind.SUGGESTION, note))
    return SuggestedImport(stored, warnings, count, note)


def _initials_of(loaded, author: str) -> str:
    """The reviewer's initials as the bundle's history gives them, else made from the name."""
    history = loaded.history
    for entry in reversed(history.revisions if history is not None else []):
        if entry.author == author and entry.initials:
            return str(entry.initials)
    return "".join(part[0] for part in author.split()).upper()[:4]
