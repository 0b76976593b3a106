"""What the window's commands do with the open article: import, save, delete, photos,
export, preferences, about, and the offer to restore text after a crash.

A mixin of MainWindow (which provides ``library``, ``article_view``, ``side``, ``status``…),
kept apart so that the window module only assembles and connects.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from newsdesk.domain import Article

from .error_messages import notice_text
from .errors import show_error
from .folders import remember_folder, start_folder
from .start_page import sample_path
from .workers import run_task

if TYPE_CHECKING:
    from .window_parts import WindowParts as _Window
else:
    _Window = object


class ArticleCommands(_Window):
    def open_sample(self) -> None:
        self._import(sample_path())

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Import an article"),
            str(start_folder(self.paths.config, "import")),
            QCoreApplication.translate(
                "MainWindow", "Articles and Word drafts (*.md *.markdown *.newsdesk *.docx);;"
                "Word documents (*.docx);;All files (*)"))
        if path:
            remember_folder(self.paths.config, "import", path)
            self._import(Path(path))
        else:
            self.back_to_text()

    def import_dropped(self, paths: list[str]) -> None:
        """Files dropped on the library list: each imported (off the UI thread) like File ›
        Import; the last one is opened."""
        for path in paths:
            self._import(Path(path))

    def _import(self, path: Path) -> None:
        def done(result) -> None:
            self.open_article(result.article)
            self.library_panel.refresh(now=True)
            self.side.review_refresh()  # a bundle may bring a status, a note, comments
            if getattr(result, "incoming_revision", None) is not None:
                self._choose_incoming(result)  # a review bundle, while the text changed here too
            elif getattr(result, "outcome", None) is not None:
                self._bundle_imported(result)
            elif result.warnings:
                QMessageBox.information(self, QCoreApplication.translate("MainWindow", "Imported with remarks"),
                                        "\n".join(notice_text(w) for w in result.warnings))

        def work():
            return self.library.import_file(path)

        def import_now() -> None:
            run_task(work, on_done=done,
                     on_error=lambda exc: show_error(self, QCoreApplication.translate("MainWindow", "Import failed"), exc))

        if path.suffix.lower() == ".newsdesk":  # a reviewed copy may come in as suggestions
            self.offer_or_import(path, import_now)
        else:
            import_now()

    def save_article(self) -> None:
        view = self.article_view
        if not view.has_article:
            return
        if view.deleted.by is not None:  # deleted elsewhere: only a new article can hold it
            self.save_as_new_article()
            return
        view.save(on_done=lambda _stored: self.side.review_refresh(),
                  on_error=lambda exc: show_error(self, QCoreApplication.translate("MainWindow", "The article was not saved"), exc))
        if self.connection.offline:  # queued: sent, with its version check, once back
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Offline: saved as soon as the server answers."), 8000)

    def delete_article(self) -> None:
        view = self.article_view
        article_id = view.base.id
        if not view.has_article:
            return
        question = QCoreApplication.translate(
            "MainWindow", "Delete “%1” from the library? It goes from the list for everyone and "
            "cannot be opened again; its history stays in the database.").replace(
                "%1", view.form.headline.text() or QCoreApplication.translate("MainWindow", "(untitled)"))
        editing = [e.name for e in view.presence.editors if e.name]  # as the bar shows them
        if editing:
            question = QCoreApplication.translate("MainWindow", "%1 is editing it.").replace(
                "%1", ", ".join(editing)) + "\n\n" + question
        answer = QMessageBox.question(
            self, QCoreApplication.translate("MainWindow", "Delete article"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if view.autosave is not None:
            view.autosave.forget_changes()  # nothing to save: it is going away
        view.close_article()
        self.article_closed()
        if article_id:
            run_task(self.library.delete, article_id,
                     on_done=lambda _: self.library_panel.refresh(now=True),
                     on_error=lambda exc: show_error(self, QCoreApplication.translate("MainWindow", "Not deleted"), exc))

    # -- the open article deleted elsewhere ----------------------------------------------------
    def deleted_elsewhere(self, article_id: str, by: str) -> None:
        """A colleague deleted the article open here (``by``: their name, "" if unknown).
        The text stays on screen and editable; it exists only here now, so it counts as
        unsaved and goes to the recovery journal at once. Nothing is sent to the library until
        the user chooses on the bar: Save as new article, or Close."""
        view = self.article_view
        if not view.has_article or view.base.id != article_id:
            return
        if view.deleted.by is not None:  # told twice (the list, a reread): the name if any
            if by and not view.deleted.by:
                view.deleted.show_deleted(by)
            return
        autosave = view.autosave
        assert autosave is not None
        autosave.orphaned = True
        view.deleted.show_deleted(by)
        autosave.changed()
        autosave.write_journal()
        self.live.editing(None)  # nobody edits an article that is gone
        self.library_panel.select(None)
        self.library_panel.refresh()

    def save_as_new_article(self) -> None:
        """Store the text of a deleted article, as it is here, as a new article (new id,
        history starting now) and go on editing that one."""
        view = self.article_view
        if not view.has_article or view.deleted.by is None:
            return
        from newsdesk.domain import Status

        view.commit_preedit()
        comments = len(self.comment_marks.comments)  # they belong to the deleted article
        article = view.current_article().copy(id=None, version=0, created=None, updated=None,
                                              status=Status.DRAFT)  # a new article's history
        if view.autosave is not None:
            view.autosave.forget_changes()  # its journal entry: the new article's replaces it
        view.close_article()
        self.open_article(article, dirty=True)
        self.save_article()
        text = QCoreApplication.translate("MainWindow", "Saved as a new article, as a draft.")
        if comments:
            text += " " + QCoreApplication.translate(
                "MainWindow", "Its comments (%n) stayed with the deleted article.", "", comments)
        self.statusBar().showMessage(text, 15000)

    def close_deleted_article(self) -> None:
        """Close an article deleted elsewhere: the text here is let go (the user chose so)."""
        view = self.article_view
        if not view.has_article or view.deleted.by is None:
            return
        if view.autosave is not None:
            view.autosave.forget_changes()
        view.close_article()
        self.article_closed()

    # -- commands -------------------------------------------------------------------------------
    def apply_format(self, name: str) -> None:
        if not self._has_article():
            return
        routed = self.actions_.routed.get(name)
        if routed is not None:
            routed.trigger()  # the body editor's own command
        else:
            self.article_view.body.apply_format(name)

    def insert_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Insert a photo"),
            str(start_folder(self.paths.config, "photo")),
            QCoreApplication.translate("MainWindow", "Photos (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff);;All files (*)"))
        self.back_to_text()
        if path:
            remember_folder(self.paths.config, "photo", path)
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                show_error(self, QCoreApplication.translate("MainWindow", "Photo not added"), exc)
                return
            self.article_view.add_photo(data, Path(path).name)

    def back_to_text(self) -> None:
        """After a file dialog: the window active and the body's caret where it was, so the
        typing goes on there (not every window manager gives the focus back by itself)."""
        self.activateWindow()
        if self._has_article():
            self.article_view.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def export_article(self, fmt: str | None) -> None:
        from .export_dialog import ExportDialog

        if not self._has_article():
            return
        if self.connection.offline:  # the export reads the stored article
            from newsdesk.domain import NewsdeskError
            from newsdesk.domain.errors import UNREACHABLE

            show_error(self, QCoreApplication.translate("MainWindow", "Not exported"),
                       NewsdeskError("the database server cannot be reached", code=UNREACHABLE))
            return
        from .editor.suggestion_edit import places

        self.close_finished_export()  # the last export's result: never left under this one
        dialog = ExportDialog(self.library, fmt, self.article_view.form.headline.text(), self,
                              pending=len(places(self.article_view.body.document())))
        if not dialog.choose_target():
            self.back_to_text()
            return
        self.article_view.when_stored(dialog.start)
        self.export_dialog = dialog

    def close_finished_export(self) -> None:
        """Close the export dialog if it shows an export that has ended (its result or its
        error): it names an article, and another article is opened or exported now. One
        still exporting stays."""
        dialog = getattr(self, "export_dialog", None)
        if dialog is not None and not dialog.running and dialog.isVisible():
            dialog.close()

    def page_setup_changed(self) -> None:
        """The page was set anew (the print preview's boxes, Preferences): an Export dialog
        left open after an export says the new page and refuses one the preview refuses, as
        it would have had it been opened now."""
        dialog = getattr(self, "export_dialog", None)
        if dialog is not None:
            dialog.page_changed()

    def open_preferences(self) -> None:
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            dialog.apply()
            self.settings.save(self.paths.settings_file)
            self.live.rename()  # colleagues see the name just set
            preview = self.side.preview("print")
            if preview is not None:  # its paper, columns and size boxes, and its page
                preview.settings_changed()  # type: ignore[attr-defined]
            self.page_setup_changed()
            if self.spelling is not None:
                self.spelling.set_enabled(self.settings.spell_check)
            if self.translations is not None:
                self.translations.switch(self.settings.ui_language)
                self.retranslate()

    def about(self) -> None:
        from newsdesk import __version__

        text = QCoreApplication.translate(
            "MainWindow", "Newsdesk %1 — write, preview and publish news articles.")
        QMessageBox.about(self, QCoreApplication.translate("MainWindow", "About Newsdesk"),
                          text.replace("%1", __version__))

    # -- recovery -------------------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """Offer the text kept by the journal of a session that ended abnormally.

        Entries the library already holds unchanged are dropped silently. The first restored
        entry opens in the editor; any other restored one is stored straight away. An entry of
        a new article begun in this session (the library opens in the background: a new article
        may be typed in, and journalled, before it is ready) is the text being typed now: it is
        neither offered nor removed."""
        from .recovery_dialog import ask_restore

        opened = False
        pending = [entry for entry in self.journal.pending()
                   if entry.key not in self.article_view.session_keys]
        waiting = [entry for entry in pending if entry.waiting]
        if waiting:
            self._send_waiting(waiting)
        for entry in pending:
            if entry.waiting:
                continue
            if self._already_stored(entry.article):
                entry.path.unlink(missing_ok=True)
                continue
            if not ask_restore(self, entry):
                entry.path.unlink(missing_ok=True)
            elif not opened:
                self.open_article(entry.article, journal_key=entry.key, dirty=True)
                opened = True
            else:
                run_task(self.library.autosave, entry.article,
                         on_done=partial(self._recovered, entry.path))
        return opened

    def _send_waiting(self, entries: list) -> None:
        """Saves the last session could not send (the server was away when it closed): sent
        now without asking, each with its version check; the journal keeps them until then."""
        from .offline import send_waiting

        self.waiting_ids.update(entry.article.id for entry in entries if entry.article.id)
        self.connection.begin()

        def sent(results: list) -> None:
            self.waiting_ids.clear()
            for entry, result in zip(entries, results, strict=True):
                entry.path.unlink(missing_ok=True)  # stored, or kept as a conflict revision
                if isinstance(result, Article):
                    self._waiting_stored(result)
            for result in results:
                if not isinstance(result, Article):
                    self.save_conflict(result)  # the usual two versions, one at a time
                    break
            stored = sum(isinstance(result, Article) for result in results)
            self.connection.end(stored, len(results) - stored)
            self.library_panel.refresh()

        def failed(exc: BaseException) -> None:
            self.waiting_ids.clear()
            self.connection.end(0)
            if self.connection.failed(exc):  # the server went away again: sent once back

                def back(offline: bool) -> None:
                    if not offline:
                        self.connection.offline_changed.disconnect(back)
                        self._send_waiting(entries)

                self.connection.offline_changed.connect(back)
                return
            show_error(self, QCoreApplication.translate(
                "MainWindow", "The waiting changes were not sent"), exc)

        run_task(send_waiting, self.library, [entry.article for entry in entries],
                 on_done=sent, on_error=failed)

    def _waiting_stored(self, stored: Article) -> None:
        """A save left waiting was stored: shown, if nothing else is open (or that article
        is open, unchanged here)."""
        if not self._has_article():
            self.open_article(stored)
        elif self.article_view.base.id == stored.id and self.article_view.autosave is not None \
                and not self.article_view.autosave.dirty:
            self._show_stored(stored)

    def _recovered(self, journal_file: Path, _stored: Article) -> None:
        journal_file.unlink(missing_ok=True)
        self.library_panel.refresh()

    def _already_stored(self, article: Article) -> bool:
        if not article.id:
            return False
        try:
            return self.library.get(article.id).content_equals(article)
        except Exception:
            return False
