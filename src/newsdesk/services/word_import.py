"""Importing a Word draft (.docx) as a new article, with its photos and comments.

The document is read and checked by ``interchange.docx`` (zip limits, DTDs, mammoth), its
blocks made into headline, sapo, byline and body by ``bodymodel.word_draft``; the pictures are
stored like any imported photo (``new_photos``: decoded, bombs refused with a warning), and the
article, its photos, its first revision and its comments are written in one transaction.

Word's tracked changes in the body's text become pending suggestions by their Word author at
their time (``interchange.docx_track``), with a notice of how many; those that cannot (a table
row, a picture, a paragraph split or joined, formatting, a change in the headline, sapo or
byline, inside a link or across a line break) are accepted, with a warning naming them. Word's comments become review comments anchored to the
words they cover (in the headline, the sapo or the body; one whose words are not found is kept
as an orphaned comment, with a warning).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.bodymodel.word_draft import draft_parts
from newsdesk.domain.article import Article
from newsdesk.domain.comments import Anchor, Comment, make_anchor
from newsdesk.domain.errors import Notice
from newsdesk.domain.revision import RevisionKind
from newsdesk.interchange.docx import WordDraft, read_docx
from newsdesk.interchange.docx_scan import WordComment
from newsdesk.interchange.docx_track import accepted as accept_marked
from newsdesk.interchange.docx_track import as_suggestions
from newsdesk.interchange.images import image_sources
from newsdesk.storage.review_store import save_comments

from .comment_anchors import field_text
from .library import ImportResult, LibraryAPI, new_photos
from .review import revision_hook, user_of


def import_docx(library: LibraryAPI, path: Path) -> ImportResult:
    """Import the Word document at ``path`` as a new draft article."""
    path = Path(path)
    label = path.name
    draft = read_docx(path)
    parts = draft_parts(draft.html, label)
    warnings = list(draft.warnings) + list(parts.warnings)
    headline, sapo, byline, body = _suggestions(draft, parts, warnings, label)
    if not headline:
        headline = path.stem
        warnings.append(Notice(f"{label}: the document has no text for a headline; the file "
                               "name was used", "import.docx_no_headline", label))
    article = Article(headline=headline, sapo=sapo, byline=byline, body=body)
    shown = set(image_sources(article.body))
    images = {src: data for src, data in draft.images.items() if src in shown}
    assets, photos = new_photos(library, images, warnings, label)
    article.assets = assets
    comments = _comments(article, draft, warnings, label, user_of(library))

    def then(connection, stored: Article, _revision) -> None:
        if comments:
            save_comments(connection, stored.id or "", comments)

    article.validate()
    stored = library.repository.save(
        article, on_saved=revision_hook(library, RevisionKind.SAVE, then=then),
        photos=photos)
    return ImportResult(stored, warnings)


_ACCEPTED = {
    "row": ("import.docx_tracked_row", "table row(s) added or removed"),
    "picture": ("import.docx_tracked_picture", "picture(s) added or removed"),
    "paragraph": ("import.docx_tracked_paragraph", "paragraph(s) split or joined"),
    "format": ("import.docx_tracked_format", "change(s) of formatting"),
    "text": ("import.docx_tracked_text", "change(s) in the headline, sapo or byline, in a "
             "link or across a line break"),
}


def _suggestions(draft: WordDraft, parts, warnings: list[str],
                 label: str) -> tuple[str, str, str, str]:
    """Headline, sapo, byline and body with Word's marked changes: accepted in the first three,
    pending suggestions in the body (where one can be a mark); notices for both."""
    fields, accepted = [], dict(draft.tracked.accepted)
    for text in (parts.headline, parts.sapo, parts.byline):
        text, count = accept_marked(text)
        fields.append(text)
        accepted["text"] = accepted.get("text", 0) + count
    body, made, refused = as_suggestions(parts.body, draft.tracked.changes, datetime.now(UTC))
    accepted["text"] += refused
    if made:
        warnings.append(Notice(f"{label}: {made} tracked change(s) became pending suggestions; "
                               "review them in the Changes list", "import.docx_suggestions",
                               label, made))
    for kind, (code, what) in _ACCEPTED.items():
        if accepted.get(kind):
            warnings.append(Notice(f"{label}: {accepted[kind]} tracked {what} were accepted; "
                                   "check the text", code, label, accepted[kind]))
    return fields[0], fields[1], fields[2], body


def _comments(article: Article, draft: WordDraft, warnings: list[str], label: str,
              user: tuple[str, str]) -> list[Comment]:
    now = datetime.now(UTC)
    out = []
    texts = {field: field_text(article, field) for field in ("headline", "sapo", "body")}
    for note in draft.comments:
        anchor = _anchor(texts, note)
        if anchor is None:
            quote = note.quote or note.paragraph or note.text
            anchor = Anchor(quote=quote, prefix=note.prefix[-32:])
            warnings.append(Notice(f"{label}: the comment “{note.text[:40]}” is on words that "
                                   "are not in the article's text; it is kept as orphaned",
                                   "import.docx_comment_orphan", label, note.text[:40]))
        out.append(Comment(id=uuid.uuid4().hex, anchor=anchor, text=note.text,
                           author=note.author or user[0], initials=note.initials or user[1],
                           created=note.created or now))
    return out


def _anchor(texts: dict[str, str], note: WordComment) -> Anchor | None:
    """The passage ``note`` covers, in the first field holding its words; where they occur
    more than once, the occurrence whose preceding text best matches Word's."""
    for quote in (note.quote, note.paragraph):
        quote = quote.strip()
        if not quote:
            continue
        for field, text in texts.items():
            found = [i for i in _occurrences(text, quote)]
            if found:
                at = max(found, key=lambda i: (_common_tail(text[:i], note.prefix), -i))
                return make_anchor(text, at, at + len(quote), field=field)
    return None


def _occurrences(text: str, quote: str):
    at = text.find(quote)
    while at >= 0:
        yield at
        at = text.find(quote, at + 1)


def _common_tail(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n
