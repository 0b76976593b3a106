"""The choice between two versions of an article: after a refused save (someone else saved
first) or after importing a reviewer's bundle when both sides had changed.

``VersionChoiceDialog(library, article_id, kept_revision, parent, incoming=False)`` shows
the word diff from the article as it is now to the kept version (both are already stored:
nothing is lost whatever the choice). "Keep the current version" closes; "Use the other
version" restores it as a new revision (for an imported bundle through
``services.bundles.choose_version``). ``chosen`` holds ``"current"`` or ``"other"`` and
``article`` the article after the choice. ``for_conflict(library, SaveConflict)`` and
``for_import(library, BundleImport)`` build it from what the services raised or returned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import Article
from newsdesk.services.bundles import BundleImport, choose_version
from newsdesk.services.review import Review, SaveConflict

from ..errors import error_text
from ..guard import alive
from ..workers import run_task
from .history_panel import diff_html

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


class VersionChoiceDialog(QDialog):
    def __init__(
        self,
        library: LibraryAPI,
        article_id: str,
        kept_revision: int,
        parent: QWidget | None = None,
        *,
        incoming: bool = False,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.article_id = article_id
        self.kept_revision = kept_revision
        self.incoming = incoming
        self.chosen: str | None = None
        self.article: Article | None = None
        self.setWindowTitle(self.tr("Two versions of this article"))
        if incoming:
            intro = self.tr(
                "The article was changed here after the review bundle was made. "
                "The reviewer's version is kept as revision %1; nothing was "
                "overwritten. Deleted words are red and struck out, added words green."
            )
        else:
            intro = self.tr(
                "Someone else saved this article while you were editing it. Your "
                "text is kept as revision %1; nothing was lost. Deleted words are "
                "red and struck out, added words green."
            )
        self.intro = QLabel(intro.replace("%1", str(kept_revision)), self)
        self.intro.setWordWrap(True)
        self.diff = QTextBrowser(self)
        self.message = QLabel(self)
        buttons = QDialogButtonBox(self)
        self.keep_current = QPushButton(self.tr("Keep the current version"), self)
        self.use_other = QPushButton(
            self.tr("Use the reviewer's version") if incoming else self.tr("Use my version"), self
        )
        buttons.addButton(self.keep_current, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.use_other, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_current.clicked.connect(self._keep)
        self.use_other.clicked.connect(self._use_other)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.diff, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self.loaded = False
        run_task(
            Review(library).diff,
            article_id,
            "current",
            kept_revision,
            on_done=alive(self, self._show_diff),
            on_error=alive(self, self._error),
        )

    @classmethod
    def for_conflict(
        cls, library: LibraryAPI, conflict: SaveConflict, parent: QWidget | None = None
    ) -> VersionChoiceDialog:
        return cls(library, conflict.article_id, conflict.revision, parent)

    @classmethod
    def for_import(
        cls, library: LibraryAPI, result: BundleImport, parent: QWidget | None = None
    ) -> VersionChoiceDialog:
        assert result.incoming_revision is not None, "only a both-changed import needs a choice"
        return cls(
            library, result.article.id or "", result.incoming_revision, parent, incoming=True
        )

    def _show_diff(self, changes) -> None:
        self.loaded = True
        self.diff.setHtml(diff_html(changes, self.tr("The two versions have the same text."))[0])

    def _keep(self) -> None:
        self.chosen = "current"
        self.reject()

    def _use_other(self) -> None:
        self.use_other.setEnabled(False)
        if self.incoming:
            run_task(
                choose_version,
                self.library,
                self.article_id,
                self.kept_revision,
                "theirs",
                on_done=alive(self, self._done),
                on_error=alive(self, self._error),
            )
        else:
            note = self.tr("restored my version (revision %1) after a conflict").replace(
                "%1", str(self.kept_revision)
            )
            run_task(
                Review(self.library).restore,
                self.article_id,
                self.kept_revision,
                note=note,
                on_done=alive(self, self._done),
                on_error=alive(self, self._error),
            )

    def _done(self, article: Article) -> None:
        self.chosen = "other"
        self.article = article
        self.accept()

    def _error(self, exc: BaseException) -> None:
        self.use_other.setEnabled(True)
        self.message.setText(error_text(exc))
