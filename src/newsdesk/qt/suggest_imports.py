"""A reviewed bundle brought in as suggestions (File › Import, a bundle dropped or opened).

Before a ``.newsdesk`` bundle is imported, ``services.suggest_import.suggestion_offer`` tells
(off the UI thread) whether its reviewer edited the text without suggestions and the text
here is still the one they were sent. If so the window asks: *Show their edits as
suggestions* (the default button) writes the reviewer's changes into the text as pending
suggestions by the reviewer — the same ``import_as_suggestions`` as ``newsdesk import
--as-suggestions`` — and opens the Changes list; *Apply their edits* imports the bundle as
before; *Cancel* imports nothing. The open article's unsaved edits are stored before the
question, so it is asked about the text as it is on screen (edits that make it differ from
the copy sent out mean the usual import, which merges both sides). An import that fails
stores nothing and says why.

A mixin of MainWindow (``window_commands._import`` calls ``offer_or_import``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from .error_messages import notice_text
from .errors import show_error
from .workers import run_task

if TYPE_CHECKING:
    from .window_parts import WindowParts as _Window
else:
    _Window = object


def _claimed(name: str) -> str:
    """A name a bundle carries, shown as the claim it is."""
    return QCoreApplication.translate("MergeDialog", "%1 (from bundle)").replace("%1", name)


class SuggestionImports(_Window):
    suggest_offer: QMessageBox | None = None  # the question, while it is asked

    def offer_or_import(self, path: Path, import_now) -> None:
        """A bundle that can come in as suggestions: ask how; anything else: ``import_now``."""
        from newsdesk.services.suggest_import import suggestion_offer

        def offered(offer) -> None:
            if offer is None:
                import_now()
            else:
                self._ask_suggestions(path, offer, import_now)

        def ask() -> None:
            # a bundle that cannot even be read is refused by the import itself, with its
            # message
            run_task(suggestion_offer, self.library, path, on_done=offered,
                     on_error=lambda _exc: import_now())

        view = self.article_view
        if self._has_article() and view.autosave is not None and view.autosave.dirty:
            view.when_stored(lambda _id: ask())  # compared with the text as it is on screen
        else:
            ask()

    def _ask_suggestions(self, path: Path, offer, import_now) -> None:
        who = _claimed(offer.reviewer)
        translate = QCoreApplication.translate
        text = translate("MainWindow", "%1 edited “%2” without suggestions.").replace(
            "%1", who).replace("%2", offer.headline or translate("MainWindow", "(untitled)"))
        detail = translate(
            "MainWindow", "Show their edits as suggestions in the text, to accept or reject "
            "each one (accepting all gives their text, rejecting all keeps yours), or apply "
            "all their edits now?")
        box = QMessageBox(QMessageBox.Icon.Question, translate("MainWindow", "Reviewed copy"),
                          text, QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(detail)
        suggest = QPushButton(translate("MainWindow", "Show their edits as &suggestions"), box)
        apply = QPushButton(translate("MainWindow", "&Apply their edits"), box)
        box.addButton(suggest, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(apply, QMessageBox.ButtonRole.ApplyRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(suggest)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.suggest_offer = box

        def answered(_result: int) -> None:
            self.suggest_offer = None
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is suggest:
                self._import_as_suggestions(path, offer.article_id)
            elif clicked is apply:
                import_now()
            else:
                self.back_to_text()

        box.finished.connect(answered)
        box.open()

    def _import_as_suggestions(self, path: Path, article_id: str) -> None:
        view = self.article_view
        if self._has_article() and view.base.id == article_id and view.autosave is not None \
                and view.autosave.dirty:  # typed while asked: stored, then compared
            view.when_stored(lambda _id: self._run_suggestion_import(path))
        else:
            self._run_suggestion_import(path)

    def _run_suggestion_import(self, path: Path) -> None:
        from newsdesk.services.suggest_import import import_as_suggestions

        run_task(import_as_suggestions, self.library, path, on_done=self._suggestions_imported,
                 on_error=lambda exc: show_error(self, QCoreApplication.translate("MainWindow", "Import failed"), exc))

    def _suggestions_imported(self, result) -> None:
        view = self.article_view
        if self._has_article() and view.base.id == result.article.id:
            view.reload(result.article)
            self.side.set_article_id(result.article.id)
        else:
            self.open_article(result.article)
        self.library_panel.refresh()
        self.side.review_refresh()
        if result.count:
            self.actions_["show_side"].setChecked(True)
            self.side.show()
            self.side.set_current_tab("review")
            self.side.review_tab.ensure().show_changes()
            text = QCoreApplication.translate(
                "MainWindow", "Suggestions by %1: %2. Accept or reject them in the Changes "
                "list.").replace("%1", self._reviewer_of(result)).replace(
                    "%2", str(result.count))
        else:
            text = QCoreApplication.translate("MainWindow", "Their text is the same as this one: no suggestions.")
        self.statusBar().showMessage(text, 10000)
        if result.warnings:
            box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MainWindow", "Imported with remarks"),
                              "\n".join(notice_text(w) for w in result.warnings),
                              QMessageBox.StandardButton.Ok, self)
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    @staticmethod
    def _reviewer_of(result) -> str:
        from newsdesk.domain.suggestions import pending

        authors = dict.fromkeys(s.author for s in pending(result.article.body))
        return ", ".join(_claimed(a) for a in authors)
