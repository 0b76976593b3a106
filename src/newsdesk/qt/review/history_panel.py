"""The history panel: every revision of an article, a word diff of any two, and restore.

``HistoryPanel(library)``; ``set_article(article_id)`` loads the revisions off the UI thread.
Selecting one revision compares it with the one before it; selecting two compares them;
"Compare with current" compares the selection with the article as it is now. The diff is
HTML with ``<del>``/``<ins>`` (from ``newsdesk.domain.diff.render_html``). "Restore" brings
the selected revision back as a new revision and emits ``restored(Article)``. "Compare as
suggestions" (a button, and in the list's context menu) emits
``suggest_requested(number)``: the window gives the current text, as pending suggestions by
that revision's author, the changes that would bring it back to that revision's text, so a
part of an older version can be restored one change at a time.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.bodymodel.reading import PHOTO_MARK
from newsdesk.domain import Article
from newsdesk.domain.diff import count_changes, render_html
from newsdesk.domain.revision import FieldDiff, Revision, RevisionKind
from newsdesk.domain.status import Status
from newsdesk.services.review import Review

from ..error_messages import QT_TRANSLATE_NOOP
from ..errors import error_text
from ..guard import ArticleLoader, alive
from ..workers import run_task
from .workflow_bar import status_label

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def field_label(name: str) -> str:
    labels = {
        "headline": QCoreApplication.translate("HistoryPanel", "Headline"),
        "sapo": QCoreApplication.translate("HistoryPanel", "Sapo"),
        "byline": QCoreApplication.translate("HistoryPanel", "Byline"),
        "source": QCoreApplication.translate("HistoryPanel", "Source"),
        "section": QCoreApplication.translate("HistoryPanel", "Section"),
        "tags": QCoreApplication.translate("HistoryPanel", "Tags"),
        "published": QCoreApplication.translate("HistoryPanel", "Published"),
        "url": QCoreApplication.translate("HistoryPanel", "URL"),
        "language": QCoreApplication.translate("HistoryPanel", "Language"),
        "body": QCoreApplication.translate("HistoryPanel", "Body"),
        "related": QCoreApplication.translate("HistoryPanel", "Related stories"),
        "assets": QCoreApplication.translate("HistoryPanel", "Photos"),
    }
    return labels.get(name, name)


def kind_label(kind: str) -> str:
    labels: dict[str, str] = {
        RevisionKind.SAVE: QCoreApplication.translate("HistoryPanel", "saved"),
        RevisionKind.STATUS: QCoreApplication.translate("HistoryPanel", "status"),
        RevisionKind.RESTORE: QCoreApplication.translate("HistoryPanel", "restored"),
        RevisionKind.IMPORT: QCoreApplication.translate("HistoryPanel", "imported"),
        RevisionKind.INCOMING: QCoreApplication.translate("HistoryPanel", "received"),
        RevisionKind.CONFLICT: QCoreApplication.translate("HistoryPanel", "conflict"),
        RevisionKind.CREATE: QCoreApplication.translate("HistoryPanel", "created"),
        RevisionKind.MERGE: QCoreApplication.translate("HistoryPanel", "merged"),
        RevisionKind.AUTOSAVE: QCoreApplication.translate("HistoryPanel", "autosaved"),
        RevisionKind.SUGGESTION: QCoreApplication.translate("HistoryPanel", "suggestions"),
    }
    return labels.get(kind, str(kind))


# notes the library writes itself (services.review, services.bundles), shown translated
_LIBRARY_NOTES = (
    (re.compile(r"from review bundle (.+)"),
     QT_TRANSLATE_NOOP("HistoryPanel", "from review bundle %1")),
    (re.compile(r"merged the reviewer's changes from (.+) \((\d+) places changed on both "
                r"sides kept as here\)"),
     QT_TRANSLATE_NOOP("HistoryPanel", "merged the reviewer's changes from %1 (%2 places "
                       "changed on both sides kept as here)")),
    (re.compile(r"merged the reviewer's changes from (.+)"),
     QT_TRANSLATE_NOOP("HistoryPanel", "merged the reviewer's changes from %1")),
    (re.compile(r"restored revision (\d+)"),
     QT_TRANSLATE_NOOP("HistoryPanel", "restored revision %1")),
    (re.compile(r"kept: saved over an outdated version"),
     QT_TRANSLATE_NOOP("HistoryPanel", "kept: saved over an outdated version")),
    (re.compile(r"chose the reviewer's version \(revision (\d+)\)"),
     QT_TRANSLATE_NOOP("HistoryPanel", "chose the reviewer's version (revision %1)")),
    (re.compile(r"took the reviewer's text in (\d+) of (\d+) places changed on both sides "
                r"\(revision (\d+)\)"),
     QT_TRANSLATE_NOOP("HistoryPanel", "took the reviewer's text in %1 of %2 places changed "
                       "on both sides (revision %3)")),
)


def library_note(note: str) -> str:
    """A note the library wrote itself in the UI language; any other note as written."""
    for pattern, source in _LIBRARY_NOTES:
        found = pattern.fullmatch(note)
        if found:
            text = QCoreApplication.translate("HistoryPanel", source)
            for number, value in enumerate(found.groups(), start=1):
                text = text.replace(f"%{number}", value)
            return text
    return note


def note_label(revision: Revision, step: tuple[str, str] | None = None,
               before: Revision | None = None) -> str:
    """The revision's note; for a workflow step, its statuses in the UI language first
    ("Draft → Submitted"), then the note the user wrote with it, if any.

    ``step`` is the ``(from, to)`` status the step's transition record gives; without one the
    statuses come from a note the library wrote itself ("draft → submitted") or else from
    the revision ``before`` it and this revision's own snapshot."""
    note = revision.note or ""
    if revision.kind != RevisionKind.STATUS:
        labels = [status_label(s) for s in map(_status, step or ()) if s is not None]
        if len(labels) == 2:  # e.g. a merge that took the reviewer's step as well
            moved = f"{labels[0]} → {labels[1]}"
            return f"{moved} · {library_note(note)}" if note else moved
        return library_note(note)
    old, arrow, new = note.partition(" → ")
    written = bool(arrow) and _status(old) is not None and _status(new) is not None
    if step is None:
        if written:
            step = (old, new)
        elif before is not None:
            step = (str(before.snapshot.status), str(revision.snapshot.status))
    if written:
        note = ""  # the library's own wording of the step, shown translated instead
    labels = [status_label(s) for s in map(_status, step or ()) if s is not None]
    if len(labels) != 2:
        return note
    moved = f"{labels[0]} → {labels[1]}"
    if not note:
        return moved
    return QCoreApplication.translate("HistoryPanel", "%1 (note: %2)").replace(
        "%1", moved).replace("%2", note)


def _status(value: str) -> Status | None:
    return Status(value) if value in {s.value for s in Status} else None


def history_with_steps(review: Review, article_id: str):
    """``(revisions, {revision number: (from status, to status)}, steps)`` of ``article_id``:
    ``steps`` are the workflow steps without a revision of their own (received in a bundle
    with the text they were taken on), shown as rows of their own."""
    transitions = review.transitions(article_id)
    steps = {t.revision: (t.from_status, t.to_status) for t in transitions
             if t.revision is not None}
    loose = [t for t in transitions if t.revision is None]
    return review.history(article_id), steps, loose


def _when(value) -> str:
    return value.astimezone().strftime("%d/%m/%Y %H:%M") if value else ""


def _who(author: str, initials: str, origin: str) -> str:
    who = initials or author or "–"
    if origin:  # a name and time as a bundle claims them
        who = QCoreApplication.translate("MergeDialog", "%1 (from bundle)").replace(
            "%1", author or who)
    return who


def step_row(step) -> str:
    """A workflow step with no revision of its own: when, the statuses, who, the note."""
    labels = [status_label(s) for s in map(_status, (step.from_status, step.to_status))
              if s is not None]
    moved = " → ".join(labels) if len(labels) == 2 else step.action
    text = f"{_when(step.created)} · {moved} · {_who(step.author, step.initials, step.origin)}"
    return text + (f" — {step.note}" if step.note else "")


def diff_html(changes: list[FieldDiff], same: str) -> tuple[str, int]:
    """The changes as HTML, each change anchored ``change-1``… in reading order, and their
    number."""
    if not changes:
        return f"<p>{html.escape(same)}</p>", 0
    parts = []
    count = 0
    for change in changes:
        parts.append(f"<h4>{html.escape(field_label(change.field))}</h4>"
                     f"{render_html(change.ops, first_change=count + 1)}")
        count += count_changes(change.ops)
    # a photo's line is marked with a pictograph not every system font has: a word instead
    photo = html.escape(QCoreApplication.translate("HistoryPanel", "[Photo]"))
    return "".join(parts).replace(PHOTO_MARK, photo), count


class HistoryPanel(QWidget):
    restored = Signal(object)  # Article
    failed = Signal(str)
    suggest_requested = Signal(int)  # a revision number: compare it as suggestions

    def __init__(self, library: LibraryAPI, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.review = Review(library)
        self.article_id: str | None = None
        self.revisions: list[Revision] = []
        self._with_current = False  # what is shown compares a revision with the current text
        self._loader = ArticleLoader(self, lambda article_id: history_with_steps(
                                         self.review, article_id), lambda: self.article_id,
                                     self._loaded, self._error)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # rows elide at the panel's edge (full text in the tooltip) instead of scrolling
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setWordWrap(False)
        self.list.setUniformItemSizes(True)
        self.list.itemSelectionChanged.connect(self._compare_selection)
        self.diff = QTextBrowser(self)
        self.diff.setOpenLinks(False)
        self.diff.setFrameShape(QTextBrowser.Shape.StyledPanel)
        self.diff_source = ""  # the HTML shown, for the larger window
        self.changes = 0
        self.change = 0  # the change last stepped to (1-based; 0: none yet)
        self.previous_change = QPushButton(self)
        self.previous_change.clicked.connect(lambda: self.step(-1))
        self.next_change = QPushButton(self)
        self.next_change.clicked.connect(lambda: self.step(1))
        self.change_count = QLabel(self)
        self.enlarge = QPushButton(self)
        self.enlarge.clicked.connect(self.show_larger)
        for keys, delta in (("F8", 1), ("Shift+F8", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda delta=delta: self.step(delta))
        self.compare_current = QPushButton(self)
        self.compare_current.clicked.connect(self._compare_with_current)
        self.restore = QPushButton(self)
        self.restore.clicked.connect(self._restore)
        self.as_suggestions = QPushButton(self)
        self.as_suggestions.clicked.connect(self._suggest)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        steps = QHBoxLayout()
        steps.addWidget(self.previous_change)
        steps.addWidget(self.next_change)
        steps.addWidget(self.change_count, 1)
        steps.addWidget(self.enlarge)
        buttons = QGridLayout()  # two to a row: the side panel may be 400 px wide
        buttons.addWidget(self.compare_current, 0, 0)
        buttons.addWidget(self.as_suggestions, 0, 1)
        buttons.addWidget(self.restore, 1, 0)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.diff)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(steps)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.compare_current.setText(self.tr("Compare with current"))
        self.restore.setText(self.tr("Restore this revision"))
        self.as_suggestions.setText(self.tr("Compare as suggestions"))
        self.as_suggestions.setToolTip(self.tr(
            "Show in the text, as suggestions, the changes that would bring it back to this "
            "revision: accept the ones you want back, reject the others."))
        self.diff.setPlaceholderText(self.tr("Select a revision to see what changed."))
        self.previous_change.setText(self.tr("Previous change"))
        self.previous_change.setToolTip(self.tr("Previous change (Shift+F8)"))
        self.next_change.setText(self.tr("Next change"))
        self.next_change.setToolTip(self.tr("Next change (F8)"))
        self.enlarge.setText(self.tr("Larger view…"))
        self._show_count()

    # -- loading ----------------------------------------------------------------------------
    def set_article(self, article_id: str | None) -> None:
        self.article_id = article_id
        self.list.clear()  # (another article: nothing of this one stays selected)
        self._show_diff("", 0)
        self.revisions = []
        if article_id is not None:
            self.reload()
        self._update_buttons()

    def reload(self) -> None:
        if self.article_id is not None:
            self._loader.load(self.article_id)

    def _loaded(self, loaded) -> None:
        """The history (again, after a save or a workflow step): the revisions selected stay
        selected and what they show stays; a comparison with the current text is made again,
        since that text has changed."""
        revisions, steps, loose = loaded
        self.revisions = revisions
        kept = self.selected_numbers()
        self.list.blockSignals(True)
        self.list.clear()
        before = dict(zip([r.number for r in revisions[1:]], revisions, strict=False))
        pending = sorted((t for t in loose if t.created), key=lambda t: t.created,
                         reverse=True) + [t for t in loose if not t.created]
        for revision in reversed(revisions):  # newest on top
            while pending and revision.created and pending[0].created and \
                    pending[0].created > revision.created:
                self._add_step(pending.pop(0))
            who = _who(revision.author, revision.initials, revision.origin)
            text = f"r{revision.number} · {_when(revision.created)} · " \
                   f"{kind_label(revision.kind)} · {who}"
            note = note_label(revision, steps.get(revision.number), before.get(revision.number))
            if note:
                text += f" — {note}"
            item = QListWidgetItem(text, self.list)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, revision.number)
        for step in pending:
            self._add_step(step)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in kept:
                item.setSelected(True)
        self.list.blockSignals(False)
        self._update_buttons()
        if kept and self.selected_numbers() != kept:  # a revision compared is gone
            self._show_diff("", 0)
        elif kept and self._with_current:
            self._compare_with_current()

    def _add_step(self, step) -> None:
        """A row for a workflow step with no revision: read, not compared (not selectable)."""
        text = step_row(step)
        item = QListWidgetItem(text, self.list)
        item.setToolTip(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))

    # -- comparing --------------------------------------------------------------------------
    def selected_numbers(self) -> list[int]:
        return sorted(int(item.data(Qt.ItemDataRole.UserRole)) for item in
                      self.list.selectedItems() if item.data(Qt.ItemDataRole.UserRole) is not None)

    def _compare_selection(self) -> None:
        self._with_current = False
        self._update_buttons()
        numbers = self.selected_numbers()
        if not numbers or self.article_id is None:
            return
        if len(numbers) == 1:
            base = self._received_base(numbers[0])
            if base is not None:  # the reviewer's changes, not what happened here meanwhile
                self.compare(base, numbers[0], heading=self.tr(
                    "The reviewer's changes, compared with revision %1, the one they were "
                    "made on.").replace("%1", str(base)))
                return
            older = max((r.number for r in self.revisions if r.number < numbers[0]), default=None)
            if older is None:
                first = self.tr("The first revision.")
                self._show_diff(f"<p>{html.escape(first)}</p>", 0)
                return
            self.compare(older, numbers[0])
        else:
            self.compare(numbers[0], numbers[-1])

    def _received_base(self, number: int) -> int | None:
        """For a reviewer's version received in a bundle and merged: the revision here both
        sides started from (the reviewer's changes are compared with it), else None."""
        revision = next((r for r in self.revisions if r.number == number), None)
        if revision is None or not revision.origin or revision.base_version is None or \
                revision.kind not in (RevisionKind.INCOMING, RevisionKind.IMPORT):
            return None
        base = revision.base_version
        return base if any(r.number == base for r in self.revisions) and base < number else None

    def _compare_with_current(self) -> None:
        numbers = self.selected_numbers()
        if numbers:
            self._with_current = True
            self.compare(numbers[-1], "current")

    def compare(self, old: int | str, new: int | str, heading: str = "") -> None:
        if self.article_id is None:
            return
        same = self.tr("No differences.")
        lead = f"<p><i>{html.escape(heading)}</i></p>" if heading else ""

        def show(changes) -> None:
            source, count = diff_html(changes, same)
            self._show_diff(lead + source, count)

        run_task(self.review.diff, self.article_id, old, new, on_done=alive(self, show),
                 on_error=alive(self, self._error))

    def _show_diff(self, source: str, changes: int) -> None:
        self.diff_source, self.changes, self.change = source, changes, 0
        if source:
            self.diff.setHtml(source)
        else:
            self.diff.clear()
        self._show_count()

    def step(self, delta: int) -> None:
        """Scroll to the next (``delta`` 1) or previous (-1) change, wrapping round."""
        if not self.changes:
            return
        self.change = (self.change - 1 + delta) % self.changes + 1 if self.change else (
            1 if delta > 0 else self.changes)
        self.diff.scrollToAnchor(f"change-{self.change}")
        self._show_count()

    def _show_count(self) -> None:
        if not self.changes:
            self.change_count.setText("")
        elif self.change:
            self.change_count.setText(self.tr("Change %1 of %2").replace(
                "%1", str(self.change)).replace("%2", str(self.changes)))
        else:
            self.change_count.setText(self.tr("%n change(s)", "", self.changes))
        for button in (self.previous_change, self.next_change):
            button.setEnabled(self.changes > 0)
        self.enlarge.setEnabled(bool(self.diff_source))

    def show_larger(self) -> None:
        """The comparison in a window of its own, as large as the reader wants it."""
        if not self.diff_source:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Changes"))
        view = QTextBrowser(dialog)
        view.setOpenLinks(False)
        view.setHtml(self.diff_source)
        if self.change:
            view.scrollToAnchor(f"change-{self.change}")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        close.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view, 1)
        layout.addWidget(close)
        dialog.resize(900, 700)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.larger = dialog

    # -- restoring --------------------------------------------------------------------------
    def _restore(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) != 1 or self.article_id is None:
            return
        run_task(
            self.review.restore,
            self.article_id,
            numbers[0],
            on_done=alive(self, self._restored),
            on_error=alive(self, self._error),
        )

    def _restored(self, article: Article) -> None:
        self._say(self.tr("Restored as a new revision."))
        self.restored.emit(article)
        self.reload()

    def _update_buttons(self) -> None:
        count = len(self.selected_numbers())
        self.restore.setEnabled(count == 1)
        self.as_suggestions.setEnabled(count == 1)
        self.compare_current.setEnabled(count >= 1)

    # -- as suggestions ---------------------------------------------------------------------
    def _suggest(self) -> None:
        numbers = self.selected_numbers()
        if len(numbers) == 1 and self.article_id is not None:
            self._say("")
            self.suggest_requested.emit(numbers[0])

    def _context_menu(self, at) -> None:
        item = self.list.itemAt(at)
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        if not item.isSelected():
            self.list.setCurrentItem(item)
        menu = QMenu(self)
        for button in (self.as_suggestions, self.compare_current, self.restore):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        self.menu = menu
        menu.popup(self.list.viewport().mapToGlobal(at))

    def say(self, text: str) -> None:
        """Show ``text`` under the buttons (the outcome of a comparison asked here)."""
        self._say(text)

    def _error(self, exc: BaseException) -> None:
        text = error_text(exc)
        self._say(text)
        self.failed.emit(text)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
