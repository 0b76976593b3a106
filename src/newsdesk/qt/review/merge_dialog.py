"""The reviewer's changes after importing a review bundle the article had moved on from.

``MergeDialog(library, result, parent)`` shows a three-way merge the import already stored
(``services.bundles``): on top, the reviewer's own changes from the common version, word by
word (deleted red and struck out, added green) — the changes made here are never shown as
theirs. Below, one box per place both sides changed differently, each with "Keep mine"
(checked: that is what the library holds now) and "Use the reviewer's". "Apply choices"
stores the choices as a new revision (``services.bundles.resolve_merge``, in a worker);
"Close" keeps the article as it is. ``chosen`` is ``"merged"`` after applying, ``article``
the stored article; ``choices`` holds each conflict's pair of radio buttons.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import Article
from newsdesk.domain.diff import diff_words, render_html
from newsdesk.services.bundles import BundleImport, resolve_merge

from ..errors import error_text
from ..guard import alive
from ..library_panel import status_label
from ..workers import run_task
from .history_panel import diff_html, field_label


def from_bundle(name: str) -> str:
    """A name a bundle carries, shown as the claim it is."""
    return QCoreApplication.translate("MergeDialog", "%1 (from bundle)").replace(
        "%1", name or QCoreApplication.translate("MergeDialog", "someone"))


class MergeDialog(QDialog):
    def __init__(self, library, result: BundleImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert result.merge is not None and result.base_revision is not None
        self.library = library
        self.bundle = result
        self.article_id = result.article.id or ""
        self.chosen: str | None = None
        self.article: Article | None = None
        self.incoming = True
        self.loaded = True  # everything shown comes with the import's result
        merge = result.merge
        who = from_bundle(result.manifest.exported_by if result.manifest else "")
        self.setWindowTitle(self.tr("The reviewer's changes"))
        if merge.conflicts:
            intro = self.tr(
                "%1 edited this article while it was also changed here. Their changes that "
                "do not touch yours were applied; your own edits are kept. Places where both "
                "sides changed the same text: %2. The article keeps yours there until you "
                "choose."
            ).replace("%2", str(len(merge.conflicts)))
        else:
            intro = self.tr(
                "%1 edited this article while it was also changed here. All their changes "
                "were applied; your own edits are kept."
            )
        step = status_step(result)
        self.intro = QLabel(intro.replace("%1", who) + ("\n" + step if step else ""), self)
        self.intro.setWordWrap(True)
        self.changes_title = QLabel(self.tr("Changes made by %1:").replace("%1", who), self)
        self.changes = QTextBrowser(self)
        self.changes.setHtml(diff_html(result.changes, self.tr("The reviewer changed no text."))[0])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.changes_title)
        layout.addWidget(self.changes, 2)
        self.choices: list[tuple[QRadioButton, QRadioButton]] = []
        if merge.conflicts:
            holder = QWidget(self)
            boxes = QVBoxLayout(holder)
            for index, conflict in enumerate(merge.conflicts):
                boxes.addWidget(self._conflict_box(index, conflict))
            boxes.addStretch(1)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(holder)
            layout.addWidget(scroll, 3)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        self.apply_button = QPushButton(self.tr("Apply choices"), self)
        if merge.conflicts:
            buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.apply_button.clicked.connect(self._apply)
            self.apply_button.setDefault(True)
        else:
            self.apply_button.hide()  # nothing to choose (never a stray button over the text)
        layout.addWidget(buttons)
        self.resize(820, 640)

    def _conflict_box(self, index: int, conflict) -> QGroupBox:
        box = QGroupBox(self.tr("%1 — changed on both sides").replace(
            "%1", field_label(conflict.field)), self)
        inner = QVBoxLayout(box)
        shown = QTextBrowser(box)
        mine = render_html(diff_words(conflict.base, conflict.ours))
        theirs = render_html(diff_words(conflict.base, conflict.theirs))
        here, reviewer = self.tr("Here:"), self.tr("Reviewer:")
        shown.setHtml(f"<p><b>{html.escape(here)}</b> {mine}</p>"
                      f"<p><b>{html.escape(reviewer)}</b> {theirs}</p>")
        shown.setMinimumHeight(110)
        keep = QRadioButton(self.tr("Keep mine"), box)
        use = QRadioButton(self.tr("Use the reviewer's"), box)
        keep.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(keep)
        group.addButton(use)
        inner.addWidget(shown)
        inner.addWidget(keep)
        inner.addWidget(use)
        self.choices.append((keep, use))
        return box

    def taken(self) -> dict[int, str]:
        return {i: "theirs" if use.isChecked() else "ours"
                for i, (_keep, use) in enumerate(self.choices)}

    def _apply(self) -> None:
        self.apply_button.setEnabled(False)
        result = self.bundle
        run_task(resolve_merge, self.library, self.article_id, result.base_revision,
                 result.incoming_revision, self.taken(),
                 on_done=alive(self, self._done), on_error=alive(self, self._error))

    def _done(self, article: Article) -> None:
        self.chosen = "merged"
        self.article = article
        self.accept()

    def _error(self, exc: BaseException) -> None:
        self.apply_button.setEnabled(True)
        self.message.setText(error_text(exc))


def status_step(result: BundleImport) -> str:
    """The status a bundle's workflow steps lead to, with who took the last one and its
    note ("" when the bundle brought no step)."""
    if result.status is None:
        return ""
    text = QCoreApplication.translate("MergeDialog", "Status: %1").replace(
        "%1", status_label(result.status))
    if result.step_note:
        text += "\n" + QCoreApplication.translate("MergeDialog", "Note from %1: “%2”").replace(
            "%1", from_bundle(result.step_author)).replace("%2", result.step_note)
    return text


def import_summary(result: BundleImport) -> str:
    """What importing a review bundle did, in the interface language."""
    name = result.manifest.exported_by if result.manifest else ""
    texts = {
        "created": QCoreApplication.translate(
            "MergeDialog", "The article from the review bundle was added to the library."),
        "unchanged": QCoreApplication.translate(
            "MergeDialog", "The bundle holds the text the article has now."),
        "older": QCoreApplication.translate(
            "MergeDialog", "The bundle holds an earlier text of this article (revision %1): "
            "nothing was applied. Taking it would roll the article back."),
        "applied": QCoreApplication.translate("MergeDialog", "The changes of %2 were applied."),
    }
    text = texts.get(result.outcome, "")
    if result.outcome == "unchanged" and not result.steps_added and not result.comments_added:
        text = QCoreApplication.translate(
            "MergeDialog", "This review bundle is already in the library: nothing new.")
    text = text.replace("%1", str(result.older_revision)).replace("%2", from_bundle(name))
    step = status_step(result)
    if step:
        text += "\n" + step
    if result.comments_added:
        label = QCoreApplication.translate("MergeDialog", "New comments: %1")
        text += "\n" + label.replace("%1", str(result.comments_added))
    return text
