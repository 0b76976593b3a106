"""Editorial review use cases: revisions, workflow transitions, comments, saves with conflicts.

``Review(library)`` is what the CLI and the GUI call; every method is one short transaction
and safe from a worker thread. The user's name and initials come from the preferences
(``Settings.user_name`` / ``user_initials``) and are recorded on every revision, transition
and comment.

Every explicit save that changed something stores a revision in the same transaction
(``save_with_revision``, which ``Library.save`` uses); a save based on an outdated version is refused with
:class:`SaveConflict` and the user's text is kept as a ``conflict`` revision, so nothing typed
is ever lost. Restoring an old revision stores a new one.
"""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from newsdesk.bodymodel.reading import compare_text
from newsdesk.domain.article import Article
from newsdesk.domain.comments import (
    Anchor,
    Comment,
    CommentView,
    Reply,
    anchor_for_quote,
    from_markdown,
    make_anchor,
)
from newsdesk.domain.errors import ConflictError, NewsdeskError
from newsdesk.domain.revision import (
    DIFF_FIELDS,
    FieldDiff,
    Revision,
    RevisionKind,
    content_hash,
    diff_articles,
)
from newsdesk.domain.status import Action, Status, allowed_actions, apply_action
from newsdesk.domain.suggestions import refuse_pending
from newsdesk.domain.text import nfc
from newsdesk.storage import NewPhoto
from newsdesk.storage.review_store import (
    ReviewStore,
    Transition,
    add_revision,
    add_transition,
    get_revision,
    latest_revision,
)

from .comment_anchors import field_text as _field_text
from .comment_anchors import follow_anchors, locate_in

if TYPE_CHECKING:
    from .library import LibraryAPI

_NEEDS_VALID = (Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED, Status.PUBLISHED)


class SaveConflict(ConflictError):
    """A save refused because the article changed meanwhile; ``revision`` keeps the text."""

    def __init__(self, message: str, *, article_id: str, revision: int, current_version: int):
        super().__init__(message, code="conflict")
        self.article_id = article_id
        self.revision = revision
        self.current_version = current_version


def user_of(library: LibraryAPI) -> tuple[str, str]:
    """``(name, initials)`` from the preferences; the login name when none was set."""
    settings = library.settings
    name = (settings.user_name or "").strip()
    initials = (settings.user_initials or "").strip()
    if not name and not initials:
        try:
            name = getpass.getuser()
        except (OSError, KeyError, ImportError):
            name = ""
    if name and not initials:
        initials = "".join(part[0] for part in name.split()).upper()[:4]
    return name, initials


def revision_hook(library: LibraryAPI, kind: RevisionKind, note: str = "",
                  then: Callable[[object, Article, Revision], None] | None = None):
    """A callback for ``Repository.save(on_saved=…)``: stores the revision in that transaction.

    A plain save whose content is the same as the latest revision's (Ctrl+S pressed again
    with nothing changed; the editor ending the body with a line break counts as no change)
    adds no revision: the history lists changes, not key presses."""
    author, initials = user_of(library)

    def hook(connection, stored: Article) -> None:
        follow_anchors(connection, stored)  # comments keep pointing at the same words
        back = ""
        if kind == RevisionKind.SAVE and stored.id:
            last = latest_revision(connection, stored.id)
            if last is not None and _same_content(last.snapshot, stored):
                return
            back = undone_note(connection, last, stored)
        revision = add_revision(connection, stored, kind, author=author, initials=initials,
                                note=note or back)
        if then is not None:
            then(connection, stored, revision)

    return hook


AUTOSAVE_REVISION_EVERY = timedelta(minutes=10)


def autosave_hook(library: LibraryAPI, *, closing: bool = False):
    """A callback for an autosave's ``Repository.save(on_saved=…)``: autosaved work reaches
    the history as an ``autosave`` revision when its text differs from the latest revision
    and that revision (or the article, if it has none) is ``AUTOSAVE_REVISION_EVERY`` old —
    or at once when ``closing`` (the article is being closed). Every other autosave stores the
    text and adds nothing: the history holds steps of work, not keystrokes."""
    author, initials = user_of(library)

    def hook(connection, stored: Article) -> None:
        if not stored.id:
            return
        follow_anchors(connection, stored)
        last = latest_revision(connection, stored.id)
        if last is not None and _same_content(last.snapshot, stored):
            return
        back = undone_note(connection, last, stored)
        since = last.created if last is not None else stored.created
        if not closing and not back and since is not None:
            since = since if since.tzinfo else since.replace(tzinfo=UTC)
            if _now() - since < AUTOSAVE_REVISION_EVERY:
                return
        add_revision(connection, stored, RevisionKind.AUTOSAVE, author=author, initials=initials,
                     note=back)

    return hook


def undone_note(connection, last: Revision | None, stored: Article) -> str:
    """When ``last`` is a decision on suggestions and ``stored`` has some of the suggestions
    it decided pending again (the decision undone in the editor), the note that says so:
    ``undone: “chín” → “9” (Lê Minh) is pending again``; otherwise empty. Such a save is
    stored as a revision at once, so History never ends on a decision that no longer holds."""
    if last is None or last.kind != RevisionKind.SUGGESTION or "{" not in stored.body:
        return ""
    from newsdesk.domain.suggestions import described, pending

    try:
        previous = get_revision(connection, stored.id, last.number - 1) if stored.id else None
    except NewsdeskError:
        previous = None
    if previous is None:
        return ""
    after = {s.id for s in pending(last.snapshot.body)}
    decided = {s.id for s in pending(previous.snapshot.body)} - after
    back = [s for s in pending(stored.body) if s.id in decided]
    if not back:
        return ""
    each = "; ".join(f"{described(s)} ({s.author})" for s in back[:5])
    more = f"; and {len(back) - 5} more" if len(back) > 5 else ""
    return f"decision undone: {each}{more} {'is' if len(back) == 1 else 'are'} pending again"


KEPT_NOTE = "kept: replaced by "  # the note of a text kept before someone saved over it
_HOLDING_KINDS = tuple(k for k in RevisionKind if k not in (RevisionKind.CONFLICT,
                                                            RevisionKind.INCOMING))


def keep_replaced_hook(library: LibraryAPI):
    """A callback for ``Repository.save(on_replacing=…)``: no silent overwrite. When the
    stored text about to be replaced was not written by this app (someone else's autosave,
    say) and no revision holds it, it is first kept as an ``autosave`` revision in their
    name (whoever is editing the article, when known), noted "kept: replaced by <me>"."""
    me, _initials = user_of(library)
    mine = getattr(library, "written_here", {})

    def hook(connection, previous: Article) -> None:
        if not previous.id or mine.get(previous.id) == previous.version:
            return
        # the stored text's own revision: a refused save's (conflict) or a reviewer's
        # version kept aside (incoming) may have been added after it
        last = latest_revision(connection, previous.id, kinds=_HOLDING_KINDS)
        if last is not None and _same_content(last.snapshot, previous):
            return
        author = _other_editor(library, previous.id, me)
        initials = "".join(part[0] for part in author.split()).upper()[:4]
        add_revision(connection, previous, RevisionKind.AUTOSAVE, author=author,
                     initials=initials, note=f"{KEPT_NOTE}{me}".strip(),
                     base_version=previous.version)

    return hook


def _other_editor(library: LibraryAPI, article_id: str, me: str) -> str:
    """The name of someone else editing ``article_id`` now ("" when none or unknown)."""
    try:
        from .live import editors_of

        names = [e.name for e in editors_of(library, article_id) if e.name and e.name != me]
    except Exception:  # presence is a courtesy; the text is kept either way
        return ""
    return names[0] if names else ""


def kept_from(library: LibraryAPI, article_id: str, version: int) -> Revision | None:
    """The revision keeping version ``version`` of the article after someone saved over it
    (``keep_replaced_hook``), None when there is none."""
    for revision in reversed(Review(library).history(article_id)):
        if revision.base_version == version and revision.note.startswith(KEPT_NOTE):
            return revision
    return None


def _same_content(old: Article, new: Article) -> bool:
    return content_hash(old.copy(body=old.body.rstrip())) == content_hash(
        new.copy(body=new.body.rstrip()))


def save_with_revision(library: LibraryAPI, article: Article, *,
                       expected_version: int | None = None,
                       kind: RevisionKind = RevisionKind.SAVE, note: str = "",
                       validate: bool = True, photos: Iterable[NewPhoto] = ()) -> Article:
    """Store ``article`` (with the new ``photos`` it shows) and a revision of it atomically;
    on conflict keep it as a revision."""
    if validate:
        article.validate()
    try:
        stored = library.repository.save(article, expected_version=expected_version,
                                         on_saved=revision_hook(library, kind, note),
                                         photos=photos,
                                         on_replacing=keep_replaced_hook(library))
    except ConflictError as exc:
        if not article.id:
            raise
        raise keep_conflicting(library, article, expected_version, exc) from None
    written_by(library, stored)
    return stored


def written_by(library: LibraryAPI, stored: Article) -> None:
    """Remember that this app wrote ``stored`` (its text is ours to replace)."""
    mine = getattr(library, "written_here", None)
    if mine is not None and stored.id:
        mine[stored.id] = stored.version


def keep_conflicting(library: LibraryAPI, article: Article, expected_version: int | None,
                     exc: ConflictError) -> SaveConflict:
    """Store the refused ``article`` as a ``conflict`` revision; the SaveConflict to raise."""
    author, initials = user_of(library)
    store = ReviewStore(library.repository)
    kept = store.record_aside(article.copy(version=expected_version or 0),
                              RevisionKind.CONFLICT, author=author, initials=initials,
                              note="kept: saved over an outdated version",
                              base_version=expected_version)
    current = store.current_version(article.id or "")
    return SaveConflict(
        f"{exc.message}. Your text was kept as revision {kept.number}: compare it with "
        f"'newsdesk diff {(article.id or '')[:8]} {kept.number} current' and restore what you need",
        article_id=article.id or "", revision=kept.number, current_version=current,
    )


def _now() -> datetime:
    return datetime.now(UTC)


class Review:
    def __init__(self, library: LibraryAPI) -> None:
        self.library = library
        self.store = ReviewStore(library.repository)

    @property
    def user(self) -> tuple[str, str]:
        return user_of(self.library)

    # -- saving and revisions ---------------------------------------------------------------
    def save(self, article: Article, *, expected_version: int | None = None,
             note: str = "") -> Article:
        return save_with_revision(self.library, article, expected_version=expected_version,
                                  note=note)

    def history(self, article_id: str) -> list[Revision]:
        return self.store.revisions(self._id(article_id))

    def revision(self, article_id: str, number: int | str) -> Revision:
        return self.store.revision(self._id(article_id), _number(number))

    def diff(self, article_id: str, old: int | str, new: int | str, *,
             source: bool = False) -> list[FieldDiff]:
        """Changes from revision ``old`` to ``new`` (``"current"``: the article now).

        The body is compared as a reader sees it (``compare_text``: words, photos named by
        caption, no Markdown syntax); when only its formatting changed, its Markdown is
        compared instead so the change still shows. ``source``: compare the Markdown."""
        article_id = self._id(article_id)
        before, after = self._version_of(article_id, old), self._version_of(article_id, new)
        if source:
            return diff_articles(before, after)
        changes = diff_articles(before, after, body_text=compare_text)
        if before.body != after.body and all(change.field != "body" for change in changes):
            changes += [change for change in diff_articles(before, after) if change.field == "body"]
            changes.sort(key=lambda change: DIFF_FIELDS.index(change.field))
        return changes

    def _version_of(self, article_id: str, which: int | str) -> Article:
        if str(which).strip().lower() in ("current", "now", "head"):
            return self.library.get(article_id)
        return self.store.revision(article_id, _number(which)).snapshot

    def checkpoint(self, article_id: str) -> Revision | None:
        """Keep the article as it is stored now as an ``autosave`` revision, unless the latest
        revision already has its content (an article closed after autosaves only)."""
        article_id = self._id(article_id)
        current = self.library.get(article_id)
        last = self.store.latest_revision(article_id)
        if last is not None and _same_content(last.snapshot, current):
            return None
        author, initials = user_of(self.library)
        return self.store.record_aside(current, RevisionKind.AUTOSAVE, author=author,
                                       initials=initials)

    def restore(self, article_id: str, number: int | str, *, note: str = "") -> Article:
        """Bring back revision ``number`` as a new revision (the history keeps everything)."""
        article_id = self._id(article_id)
        old = self.store.revision(article_id, _number(number))
        current = self.library.get(article_id)
        restored = old.snapshot.copy(id=article_id, status=current.status,
                                     version=current.version, created=current.created)
        text = note or f"restored revision {old.number}"
        return save_with_revision(self.library, restored, expected_version=current.version,
                                  kind=RevisionKind.RESTORE, note=text, validate=False)

    # -- workflow ---------------------------------------------------------------------------
    def allowed_actions(self, article_id: str) -> list[Action]:
        return allowed_actions(self.library.get(article_id).status)

    def transition(self, article_id: str, action: Action | str, *, note: str = "") -> Article:
        """Apply a workflow action; recorded (who, when, note) with a revision. Refused
        actions raise TransitionError naming the status and what is allowed."""
        for _attempt in range(5):
            article = self.library.get(article_id)
            try:
                target = apply_action(article.status, action)
            except NewsdeskError as exc:
                allowed = ", ".join(a.value for a in allowed_actions(article.status)) or "none"
                exc.message = f"{exc.message} (allowed now: {allowed})"
                exc.args = (exc.message,)
                raise
            if target in _NEEDS_VALID:
                article.validate()  # an autosaved draft without headline cannot go forward
            if target in (Status.APPROVED, Status.PUBLISHED):
                refuse_pending(article, str(target), export=False)
            then = _transition_recorder(article, str(action), note, *self.user)

            try:
                return self.library.repository.save(
                    article.copy(status=target), expected_version=article.version,
                    on_saved=revision_hook(self.library, RevisionKind.STATUS,
                                           note or f"{article.status} → {target}", then))
            except ConflictError:
                continue  # saved elsewhere meanwhile: read again and re-check the workflow
        raise ConflictError(f"article {article_id} keeps changing; try the action again")

    def transitions(self, article_id: str) -> list[Transition]:
        return self.store.transitions(self._id(article_id))

    # -- comments ---------------------------------------------------------------------------
    def add_comment(self, article_id: str, start: int, end: int, text: str, *,
                    field: str = "body") -> Comment:
        """A comment on characters ``start``–``end`` of the field's reading text as stored
        (for the body: the text without Markdown syntax, see ``bodymodel.reading``)."""
        article = self.library.get(article_id)
        anchor = make_anchor(_field_text(article, field), start, end, field=field)
        return self._store_comment(article, anchor, text)

    def add_comment_anchored(self, article_id: str, anchor: Anchor, text: str) -> Comment:
        """A comment on a passage the editor anchored in the text on screen (which may be
        ahead of the stored one: the anchor finds its passage again once that is saved)."""
        if not anchor.quote.strip():
            raise NewsdeskError("select a passage first", code="comment.range")
        _field_text(Article(), anchor.field)  # refuses a field comments cannot be made on
        article = self.library.get(article_id)
        return self._store_comment(article, from_markdown(anchor), text)

    def add_comment_on(self, article_id: str, quote: str, text: str, *,
                       field: str = "body") -> Comment:
        article = self.library.get(article_id)
        return self._store_comment(article, anchor_for_quote(_field_text(article, field), quote,
                                                             field=field), text)

    def _store_comment(self, article: Article, anchor, text: str) -> Comment:
        if not text.strip():
            raise NewsdeskError("a comment needs some text", code="comment.empty")
        author, initials = self.user
        comment = Comment(id=uuid.uuid4().hex, anchor=anchor, text=text, author=author,
                          initials=initials, created=_now())
        self.store.save_comment(article.id or "", comment)
        return comment

    def comments(self, article_id: str, *, include_resolved: bool = True) -> list[CommentView]:
        """Comments with where their passage is in the current text (None: orphaned)."""
        article = self.library.get(article_id)
        views = []
        for comment in self.store.comments(article.id or ""):
            if comment.resolved and not include_resolved:
                continue
            views.append(CommentView(comment, locate_in(comment.anchor, article)))
        return views

    def add_reply(self, comment_id: str, text: str) -> Reply:
        """Answer a comment (the reply goes in its thread, with who and when)."""
        if not text.strip():
            raise NewsdeskError("a reply needs some text", code="comment.empty")
        self.store.comment(comment_id)  # refuses an unknown comment
        author, initials = self.user
        reply = Reply(id=uuid.uuid4().hex, text=nfc(text).strip(), author=author,
                      initials=initials, created=_now())
        self.store.add_reply(comment_id, reply)
        return reply

    def resolve_comment(self, comment_id: str) -> Comment:
        article_id, comment = self.store.comment(comment_id)
        done = comment.resolve(self.user[0] or self.user[1], _now())
        self.store.save_comment(article_id, done)
        return done

    def reopen_comment(self, comment_id: str) -> Comment:
        article_id, comment = self.store.comment(comment_id)
        again = comment.reopen(_now())
        self.store.save_comment(article_id, again)
        return again

    def delete_comment(self, comment_id: str) -> Comment:
        """Remove a comment for good (resolving it keeps it); the removed comment."""
        _article_id, comment = self.store.comment(comment_id)
        self.store.delete_comment(comment.id)
        return comment

    def _id(self, article_id: str) -> str:
        return self.library.repository.resolve_id(article_id)


def _transition_recorder(before: Article, action: str, note: str, author: str, initials: str):
    """The ``then`` of a status revision hook: records the transition with its revision."""
    done = action.strip().lower().replace("-", "_")

    def then(connection, stored: Article, revision: Revision) -> None:
        add_transition(connection, Transition(
            stored.id or "", done, str(before.status), str(stored.status), revision.number,
            author, initials, note, _now()))

    return then


def _number(value: int | str) -> int:
    text = str(value).strip().lower().removeprefix("r")
    if not text.isdigit():
        raise NewsdeskError(f"'{value}' is not a revision number (see 'newsdesk history')",
                            code="revision.number")
    return int(text)
