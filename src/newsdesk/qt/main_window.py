"""The main window: library on the left, the article in the centre, previews and QR on the right.

It assembles the panels and connects them; the work itself lives in the panels, the article
view (editing, autosave), the workers and the services. Window geometry and splitter sizes are
kept in QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
)

from newsdesk.domain import Article

from . import editing
from .actions import CHANGE_ACTIONS, FORMAT_ACTIONS, MainActions
from .article_view import ArticleView, display_photo, ready_photos
from .autosave import journal_pool
from .conflicts import VersionChoices
from .errors import show_error
from .field_keys import WindowKeys
from .file_open import NewsdeskApplication, PendingFiles
from .folders import window_state
from .identity import DISPLAY_NAME, app_icon
from .library_panel import LibraryPanel
from .library_watch import LibraryWatch
from .live_updates import LiveUpdates
from .offline import ConnectionWatch, ping_pool
from .recovery import RecoveryJournal
from .review.comment_marks import CommentMarks
from .review.comment_menu import CommentMenus
from .review.comment_target import CommentTarget
from .review_changes import ChangesController
from .side_panel import SidePanel
from .spell_menu import SpellController
from .spelling import SpellService, spell_pool
from .start_page import StartPage
from .status_bar import StatusBar
from .suggest_imports import SuggestionImports
from .window_commands import ArticleCommands
from .workers import background_pool, run_task, wait_for_pool

WARM_LIMIT = 4  # new photos whose display copy is made before an article opens
SENT_RETRY_MS = 50  # an article reopened while its last edits are stored: looked at again


def default_pane_sizes(width: int) -> list[int]:
    """Library, editor and previews for a window ``width`` px wide: the library narrow, the
    previews wide enough to read a page at fit width where the screen allows, the editor the
    rest (its form reflows and its text keeps a readable measure at any of these)."""
    library = min(max(round(width * 0.16), 190), 260)
    side = min(max(round(width * 0.4) - 60, 340), 700)
    return [library, max(width - library - side, 300), side]


EDITOR_WANTS = 600  # px of the centre pane a smaller window keeps for the editor first


def editor_first(sizes: list[int], least: list[int], wants: int = EDITOR_WANTS) -> list[int]:
    """Library, editor and previews ``sizes`` with the editor given up to ``wants`` px taken
    from the previews, never below their ``least`` width: a window made smaller narrows the
    previews before the text being written."""
    library, editor, side = sizes
    take = max(0, min(wants - editor, side - least[2]))
    return [library, editor + take, side - take] if take else list(sizes)


def window_settings(paths) -> QSettings:
    return window_state(paths.config)


class MainWindow(ArticleCommands, VersionChoices, SuggestionImports, QMainWindow):
    def __init__(self, library, *, translations=None, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.paths = library.paths
        self.settings = library.settings
        self.translations = translations
        self.journal = RecoveryJournal(self.paths.data / "recovery")
        self.pending_files = PendingFiles(self._import)
        self.setObjectName("newsdesk-main")
        icon = app_icon()
        if icon is not None:
            self.setWindowIcon(icon)
        self.actions_ = MainActions(self)
        self.library_panel = LibraryPanel(library, self)
        self._view: ArticleView | None = None  # made when the first article opens
        self.read_only = False  # the library may be read here, not changed (library_ready)
        self._unsaved_shown: str | None = None  # the closed article a message says is unsaved
        self.waiting_ids: set[str] = set()  # articles whose last session's saves are being sent
        # an article asked for while what was typed in it before it closed is being stored:
        # read once that is in the library (never the version before it)
        self._asked_id = ""
        self._open_after_sent = QTimer(self)
        self._open_after_sent.setSingleShot(True)
        self._open_after_sent.setInterval(SENT_RETRY_MS)
        self._open_after_sent.timeout.connect(lambda: self.open_article_id(self._asked_id))
        # articles are read on the thread pool: only the one asked for last opens (a click on
        # one row then another, or Ctrl+N, while the first is still being read)
        self._opening = 0
        self.start_page = StartPage()
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.start_page)
        self.side = SidePanel(library, self)
        self.comment_marks = CommentMarks(library, self)  # commented passages in the text
        self.comment_target = CommentTarget(self.comment_marks, self)  # where comments go
        self.comment_menus: CommentMenus | None = None
        self.spelling: SpellController | None = None
        self.side.comment_anchor = self.comment_target.anchor
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (self.library_panel, self.centre, self.side):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)  # a window made smaller takes most from the previews
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(self.toolbar)
        self.actions_.build_menus(self.menuBar())
        self.actions_.build_toolbar(self.toolbar)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.connection = ConnectionWatch(self)  # a shared library's server away: work goes on
        self.live = LiveUpdates(self)  # a shared library: colleagues' changes show by themselves
        self.library_watch = LibraryWatch(self)  # and those nothing announces (SQLite)
        self._connect()
        self.changes = ChangesController(self)
        self.retranslate()
        self._default_panes = False
        self._restore_state()
        self._update_actions()
        self.exit_code = 0

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrower = 0 < event.size().width() < event.oldSize().width()  # not a restored layout
        if narrower and self.side.isVisible() and self.splitter.count() == 3:
            least = [pane.minimumSizeHint().width() for pane in
                     (self.library_panel, self.centre, self.side)]
            sizes = self.splitter.sizes()
            better = editor_first(sizes, least)
            if better != sizes:
                self.splitter.setSizes(better)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._default_panes:
            self._default_panes = False
            self.splitter.setSizes(default_pane_sizes(self.splitter.width()))

    # -- the library opens in the background ----------------------------------------------------
    def library_ready(self, library) -> None:
        self.read_only = bool(getattr(library, "read_only", False))
        if self.read_only:
            self.status.set_library_notice(
                self.tr("Read-only library"),
                self.tr("This library is read-only here: articles can be read, previewed and "
                        "exported, not changed. To edit, copy the data folder to a place you "
                        "may write, or ask for write access."))
            if self._view is not None:
                self._view.set_read_only(True)
            self._update_actions()
        if self._view is None:  # the first Ctrl+N then builds the editor at once
            run_task(warm_editor_modules, pool=background_pool())
        self.library_panel.refresh()
        self.live.start(self.library)
        self.library_watch.start()
        if not self.pending_files.seen_any:
            self._reopen_last()
        self.pending_files.release()

    def library_failed(self, exc: BaseException) -> None:
        from newsdesk.domain.errors import is_unreachable

        if is_unreachable(exc) and self.journal.pending():
            from PySide6.QtWidgets import QMessageBox

            from .errors import error_text

            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The library cannot be opened"),
                              error_text(exc), QMessageBox.StandardButton.Ok, self)
            box.setInformativeText(self.tr(
                "The text not yet stored in the library is kept on this computer. It will be "
                "sent when newsdesk starts again and the server answers."))
            box.exec()
        else:
            show_error(self, self.tr("The library cannot be opened"), exc)
        self.exit_code = 2
        self.close()

    # -- files given by the system (command line, file manager, Finder) -------------------------
    def open_file(self, path) -> None:
        """Import the article file ``path`` and open it (once the library is open)."""
        from pathlib import Path

        self.pending_files.add(Path(path))
        self.bring_to_front()

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def serve_other_starts(self, name: str) -> None:
        """Files opened while this window runs (a later ``newsdesk FILE``) come here."""
        from .single_instance import InstanceServer

        self.instance_server = InstanceServer(name, self)
        self.instance_server.files_received.connect(self._other_start)

    def _other_start(self, files: list[str]) -> None:
        for name in files:
            self.open_file(name)
        self.bring_to_front()

    def watch_file_open_events(self, app) -> None:
        """macOS Finder sends the files to open as QEvent.FileOpen to the application (only
        the app's own QApplication class sees them; an app made elsewhere has no Finder)."""
        if isinstance(app, NewsdeskApplication):
            app.listen(self.open_file)

    # -- wiring ---------------------------------------------------------------------------------
    def _connect(self) -> None:
        a = self.actions_
        a["new"].triggered.connect(self.new_article)
        a["import"].triggered.connect(self.import_file)
        a["save"].triggered.connect(self.save_article)
        a["export"].triggered.connect(lambda: self.export_article(None))
        a["export_html"].triggered.connect(lambda: self.export_article("html"))
        a["export_pdf"].triggered.connect(lambda: self.export_article("pdf"))
        a["delete"].triggered.connect(self.delete_article)
        a["close"].triggered.connect(self.close_current_article)
        a["preferences"].triggered.connect(self.open_preferences)
        a["quit"].triggered.connect(self.close)
        a["insert_photo"].triggered.connect(self.insert_photo)
        a["comment"].triggered.connect(self.new_comment)
        a["about"].triggered.connect(self.about)
        a["show_library"].toggled.connect(self.library_panel.setVisible)
        a["show_side"].toggled.connect(self.side.setVisible)
        a["refresh"].triggered.connect(lambda: self.library_watch.refresh(now=True))
        for name in FORMAT_ACTIONS:
            a[name].triggered.connect(lambda _=False, n=name: self.apply_format(n))
        for name in ("undo", "redo", "cut", "copy", "paste", "find", "replace"):
            a[name].triggered.connect(lambda _=False, n=name: editing.edit_command(self, n))
        self.library_panel.article_chosen.connect(self.open_article_id)
        self.library_panel.files_dropped.connect(self.import_dropped)
        self.library_panel.listed.connect(self._listed)
        self.library_panel.failed.connect(self._list_failed)
        self.start_page.new_requested.connect(self.new_article)
        self.start_page.import_requested.connect(self.import_file)
        self.start_page.sample_requested.connect(self.open_sample)
        self.side.copyfit_changed.connect(  # a print finishing after a deletion shows nothing
            lambda text: self.status.set_copyfit(text if self._has_article() else ""))
        self.side.review_changed.connect(self._review_changed)
        self.side.passage_requested.connect(
            lambda anchor: self._has_article() and self.comment_marks.select(anchor))
        self.side.comments_changed.connect(self.comment_marks.reload)
        self.side.wants_article.connect(self._feed_side)
        self.side.page_setup_changed.connect(self.page_setup_changed)
        self.side.qr.saved.connect(lambda path: self.status.showMessage(
            self.tr("QR code saved to %1").replace("%1", path), 10000))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @property
    def article_view(self) -> ArticleView:
        """The editor of the open article (built on first use: the body editor is heavy)."""
        if self._view is None:
            self._view = self._make_article_view()
        return self._view

    def _make_article_view(self) -> ArticleView:
        view = ArticleView(self.library, self.journal,
                           autosave_seconds=self.settings.autosave_seconds)
        if self.read_only:
            view.set_read_only(True)
        self.centre.addWidget(view)
        provided = getattr(view.body, "action", None)
        if callable(provided):  # the WYSIWYG editor: the menus' actions drive its own
            for name in FORMAT_ACTIONS:
                try:
                    theirs = provided(name)
                except KeyError:
                    continue
                theirs.setShortcut(QKeySequence())  # one key, one action: the menu's
                self.actions_.routed[name] = theirs
        # the window's commands (Export Ctrl+E…) from every field, not only from the body
        self.window_keys = WindowKeys(lambda: [
            action for name, action in self.actions_.by_name.items()
            if name not in FORMAT_ACTIONS and name not in ("undo", "redo", "cut", "copy",
                                                           "paste")], self)
        self.window_keys.watch(view.form)
        self.window_keys.watch(self.side)  # the print preview's boxes, the review's too
        self.side.made.connect(self.window_keys.watch)
        view.stats_changed.connect(self.status.set_stats)
        view.save_state.connect(self._save_state_shown)
        view.form.headline.textChanged.connect(self.update_title)
        view.stored.connect(self._stored)
        view.left_stored.connect(self._left_stored)
        view.left_unsaved.connect(self._left_unsaved)
        view.photo_after_close.connect(self._photo_after_close)
        view.conflict.connect(self.save_conflict)
        view.went_offline.connect(self.connection.went_offline)
        view.edited.connect(self._edited)
        view.url_changed.connect(lambda url: self.side.qr.set_url(
            url, view.form.headline.text()))
        view.photo_failed.connect(lambda exc: show_error(self, self.tr("Photo not added"), exc))
        view.presence.take_over_requested.connect(self.live.take_over)
        view.deleted.save_as_new_requested.connect(self.save_as_new_article)
        view.deleted.close_requested.connect(self.close_deleted_article)
        self.comment_marks.attach(view.body)
        self.comment_marks.attach_fields(view.form.sapo, view.form.headline)
        self.comment_target.watch(view.body, view.form.sapo, view.form.headline)
        self.comment_target.changed.connect(self._selection_changed)
        self.comment_menus = CommentMenus(self.comment_target,
                                          lambda: self.actions_["comment"].shortcut(), self)
        self.comment_menus.comment_requested.connect(self.new_comment)
        service = SpellService(self.library, self.settings.spell_check, self)
        service.notice_changed.connect(self.status.set_spelling_notice)
        service.write_failed.connect(
            lambda exc: show_error(self, self.tr("Word not added"), exc))
        self.spelling = SpellController(service, view)
        self.comment_menus.extra = self.spelling.add_entries
        view.form.retranslate()
        return view

    def _has_article(self) -> bool:
        return self._view is not None and self._view.has_article

    def update_title(self, *_: object) -> None:
        """``Headline[*] — Newsdesk``; the ``*`` shows while changes are not yet stored. (Qt
        adds the application's display name to titles that do not already end with it.)"""
        headline = self.article_view.form.headline.text().strip() if self._has_article() else ""
        if self._has_article():
            headline = headline or self.tr("(untitled)")
            self.setWindowTitle(f"{headline}[*] — {DISPLAY_NAME}")
        else:
            self.setWindowTitle(DISPLAY_NAME)

    def _save_state_shown(self, state, detail: str = "") -> None:
        """The one place the save state is shown: the status bar and the title's ``*`` always
        tell the same thing."""
        from .status_bar import SaveState

        self.status.set_save_state(state, detail)
        self.setWindowModified(state in (SaveState.UNSAVED, SaveState.SAVING, SaveState.FAILED,
                                         SaveState.OFFLINE))

    def close_current_article(self) -> None:
        """Close the article (what is typed is saved, and becomes a revision if only autosaves
        held it); the library and the start page stay."""
        if not self.article_view.has_article:
            return
        self.article_view.close_article()
        self.article_closed()
        self.library_panel.search.setFocus()

    def article_closed(self) -> None:
        """No article is open any more (closed or deleted): nothing may still show it."""
        from .status_bar import SaveState

        self._open_after_sent.stop()
        self._opening += 1  # nothing open is what was asked for last: none still read opens
        self.centre.setCurrentWidget(self.start_page)
        self._save_state_shown(SaveState.EMPTY)
        self.status.set_stats(None)
        self.status.set_copyfit("")
        self.side.clear_article()
        self.live.editing(None)
        self.library_panel.select(None)
        self._update_actions()
        self.update_title()

    def retranslate(self) -> None:
        self.update_title()
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.actions_.retranslate()
        for widget in (self.library_panel, self.start_page, self.side, self.status):
            widget.retranslate()
        self.connection.retranslate()
        self.changes.retranslate()
        if self._view is not None:
            self._view.form.retranslate()
            self._view.presence.retranslate()
            self._view.deleted.retranslate()
        self.library_panel.setAccessibleName(self.tr("Library"))
        self.side.setAccessibleName(self.tr("Previews"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.library_watch.check()  # back from the terminal: an import there shows
        elif (event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow()
                and self._view is not None):
            self._view.commit_preedit()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _focus_changed(self, old, new) -> None:
        if old is not None and self._view is not None and self._view.isAncestorOf(old):
            self._view.ime.commit(old)

    # -- articles -------------------------------------------------------------------------------
    def _reopen_last(self) -> None:
        """Open the article that was open when the app was last closed (if it still exists)."""
        last = window_settings(self.paths).value("last_article", "")
        if last:
            serial = self._opening  # (an article opened, or closed, meanwhile: that stands)
            run_task(self._load, str(last),
                     on_done=lambda article: self._reopen_done(article, serial),
                     on_error=lambda _exc: None)

    def _remember_open(self, article_id: str | None) -> None:
        """The article shown, remembered at once (not only on a clean quit), so that the app
        started again after a crash comes back to it."""
        if not article_id:
            return
        state = window_settings(self.paths)
        if state.value("last_article", "") != article_id:
            state.setValue("last_article", article_id)
            state.sync()

    def _reopen_done(self, article: Article, serial: int) -> None:
        if serial == self._opening and not self._has_article() and \
                article.id not in self.waiting_ids:
            self.open_article(article)  # (a save left waiting for it opens it, as stored)

    def open_article(self, article: Article, *, journal_key=None, dirty=False,
                     resumed=None) -> None:
        self._open_after_sent.stop()  # another article is opened meanwhile: that one it is
        self._opening += 1  # and an article still being read is not opened over it
        self.close_finished_export()  # the article before's export result
        self.article_view.open_article(article, journal_key=journal_key, dirty=dirty,
                                       resumed=resumed)
        self._remember_open(article.id)
        self.side.opened()  # its copyfit is not known yet: never the one before's
        self.status.set_copyfit_pending()
        self.comment_marks.set_article(article.id)
        self.centre.setCurrentWidget(self.article_view)
        self.side.qr.set_url(article.url, article.headline)
        self.side.set_article_id(article.id)
        self.live.known = article
        self.live.editing(article.id)
        self.library_panel.select(article.id)
        self.update_title()
        self._update_actions()
        self._edited()

    def new_article(self) -> None:
        if self.read_only:
            from newsdesk.domain import NewsdeskError

            show_error(self, self.tr("No new article"), NewsdeskError(
                "the library is read-only here", code="storage.read_only"))
            return
        self.open_article(Article())
        self.article_view.form.headline.setFocus()

    def open_article_id(self, article_id: str) -> None:
        self._open_after_sent.stop()  # the article asked for last is the one opened
        self._opening += 1  # (one asked for before and still being read is not)
        if self._has_article() and article_id == self.article_view.base.id:
            return
        resumed = self._view.closed_unstored(article_id) if self._view is not None else None
        if resumed is not None:  # closed with text not stored yet: it goes on from that text
            if resumed.stored_id == self._unsaved_shown:  # shown, its state says the rest
                self._unsaved_shown = None
                self.status.clearMessage()
            self.open_article(resumed.take_snapshot(), journal_key=resumed.key, dirty=True,
                              resumed=resumed)
            return
        if self._view is not None and self._view.sending(article_id):
            self._asked_id = article_id
            self._open_after_sent.start()
            return
        serial = self._opening
        run_task(self._load, article_id, on_done=lambda article: self._loaded(article, serial),
                 on_error=lambda exc: self._load_failed(exc, serial))

    def _loaded(self, article: Article, serial: int) -> None:
        if serial == self._opening:  # else another article was asked for since
            self.open_article(article)

    def _load_failed(self, exc: BaseException, serial: int) -> None:
        if serial == self._opening:
            self.library_call_failed(self.tr("Cannot open the article"), exc)

    def _load(self, article_id: str) -> Article:
        """Worker thread: the article, with a few photos' display renditions made if missing
        (with many new photos it opens at once; the editor shows the originals meanwhile)."""
        article = self.library.get(article_id)
        missing = [(p, sha) for p, sha in article.assets.items() if sha not in ready_photos]
        if len(missing) <= WARM_LIMIT:
            for path, sha in missing:
                display_photo(self.library, sha, path)
        return article

    def _headline(self, article: Article) -> str:
        """The headline as a message names it: 40 characters at most."""
        headline = article.headline.strip() or self.tr("(untitled)")
        return headline if len(headline) <= 40 else headline[:39].rstrip() + "…"

    def _left_unsaved(self, article: Article, detail: str) -> None:
        """The save of an article closed here failed: say which, and that its text is kept
        (the message goes once it is stored: ``_left_stored``)."""
        import logging

        logging.getLogger(__name__).warning("a closed article was not saved (%s): %s",
                                            article.id or "new", detail)
        self._unsaved_shown = article.id
        self.status.showMessage(self.tr(
            "“%1” not saved yet: its text is kept, and saved as soon as it can be.")
            .replace("%1", self._headline(article)), 60000)

    def _left_stored(self, stored: Article) -> None:
        """An article closed here is stored: the list shows it, and a message that it was not
        saved yet goes."""
        if stored.id is not None and stored.id == self._unsaved_shown:
            self._unsaved_shown = None
            self.status.clearMessage()
        self.library_panel.refresh()

    def _photo_after_close(self, article: Article, filename: str) -> None:
        self.status.showMessage(self.tr(
            "Photo “%1” added at the end of “%2”: that article was closed before the photo "
            "was stored.").replace("%1", filename).replace("%2", self._headline(article)), 15000)

    def _stored(self, stored: Article) -> None:
        if stored.id != self.comment_marks.article_id:  # a new article got its id
            self.comment_marks.set_article(stored.id)
        self.library_panel.select(stored.id)  # a new article is highlighted once it is listed
        if self._has_article() and self.article_view.base.id == stored.id:
            self._remember_open(stored.id)
        self.library_panel.refresh()
        self.side.set_article_id(stored.id)
        if self._has_article() and self.article_view.base.id == stored.id:
            self.live.known = stored
            self.live.editing(stored.id)

    def _review_changed(self, stored: Article) -> None:
        """A workflow step or a restored revision, made in the review tab."""
        if not self._has_article() or stored.id != self.article_view.base.id:
            return
        view = self.article_view
        if view.current_article().content_equals(stored):
            view.adopt_status(stored)
        else:
            view.reload(stored)
        self.library_panel.refresh()

    def new_comment(self) -> None:
        """Comment on the words selected in the headline, sapo or body (the word at the
        cursor when nothing is selected): the Review tab opens with the comment box ready
        (the article must be stored in the library: a new one is stored on its first save)."""
        if not self._has_article():
            return
        self.actions_["show_side"].setChecked(True)
        self.side.show()
        self.side.set_current_tab("review")
        review = self.side.review_tab.widget
        if review is None:
            self.statusBar().showMessage(self.tr("Save the article before commenting on it."),
                                         5000)
            return
        target = self.comment_target
        focused = target.field_of(QApplication.focusWidget())
        if focused is not None:
            target.activate(focused)
        found = target.select_word()
        self._selection_changed()
        if not found:
            text = review.comments.texts.nothing_selected()
            review.tell(text)
            self.statusBar().showMessage(text, 8000)
            return
        review.new_comment()

    def _selection_changed(self) -> None:
        review = self.side.review_tab.widget
        if review is not None and self._has_article():
            review.set_anchor_source(self.comment_target.anchor)

    def _edited(self) -> None:
        self.side.article_changed()
        self.changes.edited()

    def _feed_side(self) -> None:
        if self._has_article():
            self.side.show_article(self.article_view.current_article())

    def library_call_failed(self, title: str, exc: BaseException) -> None:
        """Something the user asked of the library failed: say why (the server away puts the
        window offline too: the open article stays editable, its saves wait)."""
        self.connection.failed(exc)
        show_error(self, title, exc)

    def _list_failed(self, exc: BaseException) -> None:
        """The list (a search, a filter) could not be read: the status bar says why."""
        from .errors import error_text

        if self.connection.failed(exc) or self.connection.offline:
            text = (self.tr("Server unreachable — search needs the server")
                    if self.library_panel.filtering
                    else self.tr("Server unreachable — the list needs the server"))
        else:
            text = self.tr("The list cannot be shown: %1").replace("%1", error_text(exc))
        self.status.showMessage(text, 10000)

    def _listed(self, count: int, filtering: bool) -> None:
        if count == 0 and not filtering and not self._has_article():
            self.centre.setCurrentWidget(self.start_page)

    def _update_actions(self) -> None:
        has = self._has_article()
        for name in ("export", "export_html", "export_pdf", "close"):
            self.actions_[name].setEnabled(has)
        # a read-only library (a share mounted read-only, an archive): nothing that changes it
        writable = not self.read_only
        for name in ("save", "delete", "insert_photo", "comment", *FORMAT_ACTIONS,
                     *CHANGE_ACTIONS):
            self.actions_[name].setEnabled(has and writable)
        for name in ("new", "import"):
            self.actions_[name].setEnabled(writable)

    # -- state ----------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        state = window_settings(self.paths)
        geometry = state.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None and screen.width() < 1500:
                self.resize(int(screen.width() * 0.95), int(screen.height() * 0.92))
            else:
                self.resize(1440, 900)
        sizes = state.value("splitter")
        if not (isinstance(sizes, QByteArray) and not sizes.isEmpty()
                and self.splitter.restoreState(sizes)):
            self._default_panes = True  # sized for the window's width when first shown
        self.actions_["show_library"].setChecked(bool(state.value("library", True, type=bool)))
        self.actions_["show_side"].setChecked(bool(state.value("side", True, type=bool)))
        self.library_panel.setVisible(self.actions_["show_library"].isChecked())
        self.side.setVisible(self.actions_["show_side"].isChecked())
        self.side.set_current_tab(str(state.value("side_tab", "print")))

    def save_state(self) -> None:
        state = window_settings(self.paths)
        state.setValue("geometry", self.saveGeometry())
        state.setValue("splitter", self.splitter.saveState())
        state.setValue("library", self.actions_["show_library"].isChecked())
        state.setValue("side", self.actions_["show_side"].isChecked())
        state.setValue("side_tab", self.side.current_tab())
        state.setValue("last_article",
                       (self.article_view.base.id or "") if self._has_article() else "")
        state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._open_after_sent.stop()
        self.save_state()
        if self._view is not None:
            self._view.close_article()
        self.connection.stop()
        self.library_watch.stop()
        self.finish_background_work()
        self.live.stop()
        self.side.shutdown()
        super().closeEvent(event)

    def finish_background_work(self, timeout_s: float = 10.0) -> None:
        """Let autosaves and journal writes in flight finish (their callbacks included)."""
        import time

        deadline = time.monotonic() + timeout_s
        background_pool().clear()  # caches for next time: not worth waiting for
        background_pool().waitForDone(int(timeout_s * 1000))
        spell_pool().clear()  # spell checks, likewise: a check running is short
        spell_pool().waitForDone(int(timeout_s * 1000))
        ping_pool().waitForDone(int(timeout_s * 1000))  # a question to the server: ≤ 5 s
        while time.monotonic() < deadline:
            idle = wait_for_pool(20) and journal_pool().waitForDone(20)
            QApplication.processEvents()  # deliver results (which may queue a journal deletion)
            if idle and not (self._view is not None and self._view.saving):
                if wait_for_pool(20) and journal_pool().waitForDone(1000):
                    break


EDITOR_MODULES = ("newsdesk.qt.editor.body_editor",)


def warm_editor_modules() -> None:
    """Worker thread: import the body editor's modules (and the Markdown bridge they use)
    while the reporter looks at the start page. Importing them was most of the first Ctrl+N's
    time (0.2 s on a quiet machine, 0.8 s on a busy one), and keys typed meanwhile wait."""
    import importlib

    for name in EDITOR_MODULES:
        importlib.import_module(name)
