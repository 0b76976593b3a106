"""Two versions of one article: choosing between them without losing either.

A mixin of MainWindow. ``save_conflict`` runs when a save or an autosave was refused because
someone else stored a newer version meanwhile (the user's text is already kept as a conflict
revision); ``_choose_incoming`` after importing a review bundle while the text also changed
here. Both open the review part's VersionChoiceDialog (window-modal, so nothing is typed
meanwhile); afterwards the editor shows the article as the library now holds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.domain import Article

from .error_messages import notice_text
from .errors import show_error
from .workers import run_task

if TYPE_CHECKING:
    from .window_parts import WindowParts as _Window
else:
    _Window = object


class VersionChoices(_Window):
    version_dialog = None  # the open VersionChoiceDialog, if any

    def save_conflict(self, conflict) -> None:
        """A save was refused: let the user keep the current version or use theirs."""
        from .review import VersionChoiceDialog

        if not getattr(conflict, "article_id", None) or getattr(conflict, "revision", None) is None:
            show_error(self, self.tr("The article was not saved"), conflict)
            return
        if getattr(conflict, "current_version", None) == 0:  # no longer in the library
            self.deleted_elsewhere(conflict.article_id, "")
            return
        self._show_choice(VersionChoiceDialog.for_conflict(self.library, conflict, self),
                          conflict.article_id)

    import_message = None  # the last review bundle's summary box, if open

    def _bundle_imported(self, result) -> None:
        """Say what a review bundle brought (status, comments, "already there"…)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        from .review.merge_dialog import import_summary

        text = "\n".join([import_summary(result), *map(notice_text, result.warnings)])
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Review bundle imported"),
                          text, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.import_message = box
        box.finished.connect(lambda _r: setattr(self, "import_message", None))
        box.open()

    def _choose_incoming(self, result) -> None:
        from .review import VersionChoiceDialog
        from .review.merge_dialog import MergeDialog

        dialog: MergeDialog | VersionChoiceDialog
        if getattr(result, "merge", None) is not None:
            dialog = MergeDialog(self.library, result, self)
        else:
            dialog = VersionChoiceDialog.for_import(self.library, result, self)
        remarks = [notice_text(w) for w in result.warnings
                   if getattr(w, "code", "") != "import.kept_aside"]
        dialog.message.setText("\n".join(remarks))  # e.g. a photo of the bundle skipped
        self._show_choice(dialog, result.article.id)

    def _show_choice(self, dialog, article_id: str) -> None:
        if self.version_dialog is not None:  # one question at a time: the newest is asked
            self.version_dialog.finished.disconnect()
            self.version_dialog.close()
        self.version_dialog = dialog
        dialog.finished.connect(lambda _result: self._version_chosen(dialog, article_id))
        dialog.open()

    def _version_chosen(self, dialog, article_id: str) -> None:
        if self.version_dialog is dialog:
            self.version_dialog = None
        dialog.deleteLater()
        if dialog.article is not None:
            self._show_stored(dialog.article)
        else:
            run_task(self.library.get, article_id, on_done=self._show_stored,
                     on_error=lambda exc: show_error(self, self.tr("Cannot open the article"), exc))
        self.library_panel.refresh()
        self.side.review_refresh()

    def _show_stored(self, article: Article) -> None:
        """Show the library's version in the editor if that article is the one open."""
        if self._has_article() and self.article_view.base.id == article.id:
            self.article_view.reload(article)
            self.side.set_article_id(article.id)
            self.update_title()
