"""What importing a review bundle should do, decided before anything is written.

``plan_import`` compares the bundle's text and history with the library's article and its
revisions (text hashes, :func:`newsdesk.domain.revision.text_hash`, which compare across
libraries) and returns a :class:`Plan`: the outcome, the article to store (if any), the
revisions to record with the names and times the bundle claims, the workflow steps that are
new here and the status they lead to. ``services.bundles`` writes a plan in one transaction.

Outcomes (the article exists here):

- ``unchanged`` — the bundle's text is the current text (a bundle imported again, a reviewer
  who only commented or only moved the status);
- ``older``     — the bundle's text is an earlier version of this article: nothing to apply,
  and taking it would roll the article back;
- ``applied``   — the current text is one the bundle descends from (a fast-forward): the
  bundle's revisions are stored in order, each credited to its author and time;
- ``merged`` / ``conflicts`` — both sides changed since a common version: three-way merge
  (:mod:`newsdesk.domain.merge`); the reviewer's changes that do not touch ours are applied,
  places both changed are conflicts kept as ours until the user chooses;
- ``both_changed`` — no common version is known (a format 1 bundle): the reviewer's version
  is kept aside for the user to compare and choose.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from newsdesk.domain.article import Article
from newsdesk.domain.merge import ArticleMerge, merge_articles
from newsdesk.domain.revision import Revision, RevisionKind, content_hash, text_hash
from newsdesk.domain.status import Status
from newsdesk.interchange.bundle import LoadedBundle
from newsdesk.interchange.bundle_history import BundleHistory, SentRevision, SentTransition

ASIDE = (RevisionKind.INCOMING, RevisionKind.CONFLICT)  # kept, never the article's state


@dataclass
class Record:
    """A revision to store: ``article`` as credited to ``author`` at ``created``."""

    article: Article
    kind: RevisionKind
    author: str
    initials: str
    created: datetime | None
    note: str
    origin: str = ""
    theirs: bool = False  # the reviewer's version as a whole (a merge's "theirs")


@dataclass
class Plan:
    outcome: str
    save: Article | None = None
    records: list[Record] = field(default_factory=list)
    final: Record | None = None  # how the saved article's revision is credited
    transitions: list[SentTransition] = field(default_factory=list)
    status: Status | None = None
    merge: ArticleMerge | None = None
    base_revision: int | None = None
    older_revision: int | None = None
    incoming_revision: int | None = None  # the bundle's text, received before


def ancestry(history: BundleHistory) -> list[str]:
    """The text hashes of the versions the bundle's text descends from, oldest first: its
    revisions, and the versions a merge took in — the other side's texts kept as ``incoming``
    revisions just before the ``merge`` revision (a merge has two parents). Versions kept
    aside and never merged are not ancestors."""
    found: list[str] = []
    waiting: list[str] = []  # incoming texts not merged yet
    for entry in history.revisions:
        if entry.kind == RevisionKind.INCOMING:
            waiting.append(entry.text_sha256)
            continue
        if entry.kind in ASIDE:
            continue
        if entry.kind == RevisionKind.MERGE:
            found.extend(waiting)
        waiting = []
        found.append(entry.text_sha256)
    return found


def _key(author: str, created: datetime | None, digest: str) -> tuple[str, str, str]:
    return (author, created.isoformat() if created else "", digest)


def _when_key(created: datetime | None) -> str:
    return created.isoformat() if created else ""


def new_transitions(history: BundleHistory, known: list) -> list[SentTransition]:
    """The bundle's workflow steps this library has not recorded yet."""
    seen = {(t.action, t.author, _when_key(t.created)) for t in known}
    return [t for t in history.transitions
            if (t.action, t.author, _when_key(t.created)) not in seen]


def _remap(article: Article, assets: dict[str, str]) -> Article:
    """A sent snapshot with its photos named as this library stores them."""
    return article.copy(assets={path: assets.get(path, sha)
                                for path, sha in article.assets.items()})


def _credit(entry: SentRevision | None, loaded: LoadedBundle) -> tuple[str, str, datetime]:
    if entry is not None and (entry.author or entry.initials):
        return entry.author, entry.initials, entry.created or loaded.manifest.exported_at
    return loaded.manifest.exported_by, "", loaded.manifest.exported_at


def received(loaded: LoadedBundle, theirs: Article, local: list[Revision], label: str,
             kind: RevisionKind, version: int) -> tuple[list[Record], int | None]:
    """The bundle's revisions this library lacks, in order, ending with the bundle's text;
    and the number of the revision here that already holds the bundle's text as received."""
    history = loaded.history or BundleHistory()
    pool = local if kind in ASIDE else [r for r in local if r.kind not in ASIDE]
    known_text = {text_hash(r.snapshot) for r in local if r.kind not in ASIDE}
    known = {_key(r.author, r.created, r.content_hash): r.number for r in pool}
    note = f"from review bundle {label}"
    out: list[Record] = []
    seen: int | None = None
    mine = text_hash(theirs)
    for entry in history.revisions:
        if entry.snapshot is None or entry.kind in ASIDE:
            continue
        snap = _remap(entry.snapshot, theirs.assets).copy(version=version)
        if text_hash(snap) == mine:
            snap = theirs.copy(status=snap.status, version=version)
        number = known.get(_key(entry.author, entry.created, content_hash(snap)))
        if number is not None or text_hash(snap) in known_text:
            seen = number if text_hash(snap) == mine else seen
            continue
        out.append(Record(snap, kind, entry.author, entry.initials, entry.created,
                          entry.note or note, label))
    if out and text_hash(out[-1].article) == mine:
        out[-1].theirs = True
        return out, None
    last = next((e for e in reversed(history.revisions) if e.text_sha256 == mine), None)
    author, initials, when = _credit(last, loaded)
    number = known.get(_key(author, when, content_hash(theirs)))
    if number is not None or seen is not None:
        return out, number if number is not None else seen
    out.append(Record(theirs.copy(version=version), kind, author, initials, when, note, label,
                      theirs=True))
    return out, None


def plan_import(current: Article | None, local: list[Revision], transitions: list,
                loaded: LoadedBundle, theirs: Article, label: str) -> Plan:
    history = loaded.history or BundleHistory()
    manifest = loaded.manifest
    steps = new_transitions(history, transitions)
    status = Status.parse(manifest.status) if steps and manifest.status else None
    if current is None:
        records, _ = received(loaded, theirs, [], label, RevisionKind.IMPORT, 0)
        first = Status.parse(manifest.status) if manifest.status else Status.DRAFT
        return Plan("created", theirs.copy(version=0, status=first), records[:-1],
                    records[-1], list(history.transitions))
    theirs = theirs.copy(status=status or current.status, created=current.created)
    states = [r for r in local if r.kind not in ASIDE]
    ours_text, mine = text_hash(current), text_hash(theirs)
    if mine == ours_text:
        return _status_only(Plan("unchanged", transitions=steps, status=status), current,
                            label)
    earlier = next((r for r in reversed(states) if text_hash(r.snapshot) == mine), None)
    if earlier is not None:
        return _status_only(Plan("older", transitions=steps, status=status,
                                 older_revision=earlier.number), current, label)
    if descends_from(loaded, current):
        records, _ = received(loaded, theirs, local, label, RevisionKind.IMPORT,
                              current.version)
        final = records.pop() if records and records[-1].theirs else Record(
            theirs, RevisionKind.IMPORT, *_credit(None, loaded), f"from review bundle {label}",
            label)
        return Plan("applied", theirs, records, final, steps, status)
    base = _common_base(states, ancestry(history), manifest.base_sha256)
    aside, kept = received(loaded, theirs, local, label, RevisionKind.INCOMING,
                           current.version)
    if base is None:
        return Plan("both_changed", records=aside, transitions=steps, status=status,
                    incoming_revision=kept)
    merge = merge_articles(base.snapshot, current, theirs)
    merged = merge.article.copy(status=status or current.status)
    outcome = "merged" if merge.clean else "conflicts"
    plan = Plan(outcome, merged, aside, None, steps, status, merge, base.number,
                incoming_revision=kept)
    if text_hash(merged) == ours_text:  # every change of theirs is here already
        plan.save = None
        if merge.clean:
            plan.outcome, plan.merge = "unchanged", None
        plan = _status_only(plan, current, label)
    return plan


def descends_from(loaded: LoadedBundle, current: Article, *, loose_end: bool = False) -> bool:
    """Was the bundle's text made from the text ``current`` has now (nothing changed here
    since: importing it is a fast-forward)? ``loose_end``: a line break at the very end of
    the body is no change (the editor ends a body with one)."""
    parents = set(ancestry(loaded.history or BundleHistory()))
    bodies = [current.body]
    if loose_end:
        bare = current.body.rstrip("\n")
        bodies += [body for body in (bare, bare + "\n") if body != current.body]
    return any(text_hash(version) in parents or
               loaded.manifest.base_sha256 == content_hash(version)
               for version in (current.copy(body=body) for body in bodies))


def _status_only(plan: Plan, current: Article, label: str) -> Plan:
    """``plan`` saving the article only for the status the bundle's steps lead to."""
    if plan.status is None or plan.status == current.status or not plan.transitions:
        plan.status = None
        return plan
    step = plan.transitions[-1]
    plan.save = current.copy(status=plan.status)
    plan.final = Record(plan.save, RevisionKind.STATUS, step.author, step.initials,
                        step.created, step.note or f"{step.from_status} → {step.to_status}",
                        label)
    return plan


def _common_base(states: list[Revision], ancestry: list[str],
                 base_sha: str) -> Revision | None:
    """The newest revision here that the bundle also descends from."""
    by_text = {text_hash(r.snapshot): r for r in states}  # later revisions win
    for digest in reversed(ancestry):
        if digest in by_text:
            return by_text[digest]
    return next((r for r in reversed(states) if r.content_hash == base_sha), None)
