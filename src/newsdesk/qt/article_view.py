"""The centre of the window: the metadata form above the body editor, for one article.

It owns the article being edited (``base``: id, version, status, assets as last stored) and its
AutosaveController, builds the current Article on demand (``current_article``), and reports
edits, statistics and save state by signal. Photos go to the library's photo store off the UI
thread and come back as a figure in the body.
"""

from __future__ import annotations

import posixpath
from functools import partial
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import Article, slugify, text_stats
from newsdesk.render.words import body_stats

from .article_form import ArticleForm
from .autosave import AutosaveController
from .deleted_bar import DeletedBar
from .ime import PreeditGuard, shown_text
from .presence_bar import PresenceBar
from .recovery import RecoveryJournal
from .status_bar import SaveState
from .text_measure import TextMeasure
from .workers import Debouncer, background_pool, run_task

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI

STATS_DELAY_MS = 300
TICK_MS = 80  # keystrokes restart the autosave/journal/preview timers at most this often


_MAGIC = ((b"\x89PNG", ".png"), (b"\xff\xd8\xff", ".jpg"), (b"GIF8", ".gif"))


def sniff_extension(data: bytes) -> str:
    for magic, ext in _MAGIC:
        if data.startswith(magic):
            return ext
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    return ".jpg"


def photo_path(filename: str, sha256: str, taken: set[str], data: bytes = b"") -> str:
    """A tidy body path for a photo: ``images/<slug>-<hash8>.<ext>``, unique in the article."""
    name = PurePosixPath(filename.replace("\\", "/")).name
    stem, ext = posixpath.splitext(name)
    if ext.lower() not in (".jpg", ".jpeg", ".png", ".webp", ".gif"):
        ext = sniff_extension(data)  # a pasted image has no file name
    path = f"images/{slugify(stem or 'anh', max_length=40)}-{sha256[:8]}{ext}"
    counter = 2
    base = path
    while path in taken:
        path = base.replace(ext, f"-{counter}{ext}")
        counter += 1
    return path


DISPLAY_MAX_SIDE = 1400  # sharp at 2x in an editor column, and quick to decode
ready_photos: set[str] = set()  # photos whose display rendition is on disk (this session)


def display_photo(library: LibraryAPI, sha: str, name: str = "", *,
                  make: bool = True) -> bytes | None:
    """The photo as the editor shows it: upright, at most DISPLAY_MAX_SIDE px, cached on disk.

    Making a rendition takes Pillow a moment, so the UI thread asks with ``make=False``: it
    gets the rendition when it is ready, else the original (decoded by Qt) while a worker makes
    the rendition for next time. Safe on any thread."""
    try:
        data = library.photo_bytes(sha)
    except Exception:
        return None
    if not make and sha not in ready_photos:
        run_task(display_photo, library, sha, name, pool=background_pool())
        return data
    try:
        from newsdesk.media.cache import RenditionCache

        cache = RenditionCache(library.paths.cache / "renditions")
        rendition = cache.thumbnail(data, name, max_side=DISPLAY_MAX_SIDE, digest=sha).data
    except Exception:
        return data
    ready_photos.add(sha)
    return rendition


class ArticleView(QWidget):
    edited = Signal()
    opened = Signal(object)  # the Article just shown
    stats_changed = Signal(object)  # TextStats
    save_state = Signal(object, str)
    stored = Signal(object)  # Article as the library stored it
    left_stored = Signal(object)  # an article no longer open, stored as it was when closed
    left_unsaved = Signal(object, str)  # an article no longer open whose save failed; why
    photo_after_close = Signal(object, str)  # the closed article a photo was added to; its name
    url_changed = Signal(str)
    photo_failed = Signal(object)
    conflict = Signal(object)  # SaveConflict: a newer version was stored by someone else
    went_offline = Signal(object)  # a save found the server unreachable: it waits (journal)

    def __init__(self, library: LibraryAPI, journal: RecoveryJournal, *, autosave_seconds: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.journal = journal
        self.autosave_seconds = autosave_seconds
        self.base = Article()
        self.autosave: AutosaveController | None = None
        self.closing: list[AutosaveController] = []  # closed articles still being saved
        # the journal keys of the new articles begun in this session: their journal entries
        # are text being typed now, never text left over by a session that ended abnormally
        self.session_keys: set[str] = set()
        self.form = ArticleForm(self)
        self.form.related.library = library
        self.form.related.current_id = lambda: self.base.id
        from .editor.body_editor import BodyEditor  # heavy: loaded with the first article

        self.body = BodyEditor(self)
        self.body.setObjectName("body-editor")
        self.body.setAccessibleName(self.tr("Article body"))
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 6)
        layout.setSpacing(8)
        self.presence = PresenceBar(self)  # who else is editing it (a shared library)
        layout.addWidget(self.presence)
        self.deleted = DeletedBar(self)  # someone deleted it meanwhile (a shared library)
        layout.addWidget(self.deleted)
        centred = QHBoxLayout()  # the form is as wide as the text column, centred above it
        centred.addStretch(1)
        centred.addWidget(self.form, 100)
        centred.addStretch(1)
        self.form.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addLayout(centred)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(rule)
        layout.addWidget(self.body, 1)
        self.measure = TextMeasure(self.body, self.form)  # ~75 characters a line, centred
        self.form.changed.connect(self._changed)
        self.form.url_changed.connect(self.url_changed)
        self.body.changed.connect(self._changed)
        self.body.photo_dropped.connect(self.add_photo)
        self._stats_timer = Debouncer(STATS_DELAY_MS, self._update_stats, self)
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._settle)
        self._stats_serial = 0
        self.ime = PreeditGuard(self)
        for widget in self.form.input_widgets():
            self.ime.watch(widget)
        if not callable(getattr(self.body, "commit_preedit", None)):
            self.ime.watch(self.body)  # the WYSIWYG editor commits its own composition

    # -- opening and reading --------------------------------------------------------------------
    def open_article(self, article: Article, *, journal_key: str | None = None,
                     dirty: bool = False, resumed: AutosaveController | None = None) -> None:
        """Show ``article``; ``resumed``: the controller of its closed copy whose text it is
        (``closed_unstored``), which hands its saves over to the new one."""
        self.close_article()
        self.deleted.show_deleted(None)
        self.base = article.copy()
        self.form.set_article(article)
        self.body.set_markdown(article.body, self._image_loader)
        self._stats_serial += 1  # statistics still being counted are the article before's
        self.autosave = autosave = AutosaveController(
            self.library, self.journal, self.current_article,
            delay_s=self.autosave_seconds, key=journal_key or article.id, parent=self,
        )
        if article.id is None and journal_key is None:  # a new article: a fresh key
            self.session_keys.add(autosave.key)
        # what it reports about the article open (its save state, the id and version a save
        # brings back) counts only while that article is open: once closed, its last saves
        # finish while the next article is shown, and reach only the library list
        autosave.state_changed.connect(partial(self._save_state_of, autosave))
        autosave.saved.connect(partial(self._stored, autosave))
        # these name their article (the conflict) or are about the server: shown as they come
        autosave.conflict.connect(self.conflict)
        autosave.went_offline.connect(self.went_offline)
        autosave.stored_id = article.id
        if resumed is not None:
            resumed.hand_over(autosave)
            self.closing = [c for c in self.closing if c is not resumed]
        # a new article not stored yet is not "saved": nothing to say until it is typed in
        self.save_state.emit(self.autosave.state if article.id else SaveState.EMPTY, "")
        self.stats_changed.emit(self._stats(article))
        if dirty:
            self.autosave.changed()
        self.opened.emit(article)

    def close_article(self) -> None:
        if self._tick.isActive():
            self._settle()
        if self.autosave is not None:
            self.commit_preedit()
            self.autosave.finish()
            self.closing.append(self.autosave)
            self.autosave = None
        self.closing = [c for c in self.closing
                        if (c.busy or c.dirty) and c.successor is None]

    def closed_unstored(self, article_id: str) -> AutosaveController | None:
        """The controller of the article, closed here with text the library does not hold
        (its save failed, or waits for the server), if any: opened again, it goes on from
        that text."""
        return next((c for c in reversed(self.closing)
                     if c.stored_id == article_id and c.unstored), None)

    def controllers(self) -> list[AutosaveController]:
        """The open article's autosave and those of closed articles still to be stored."""
        return [*([self.autosave] if self.autosave else []), *self.closing]

    def sending(self, article_id: str) -> bool:
        """The article was closed here and what was typed in it is being stored now."""
        return any(c.in_flight and c.stored_id == article_id for c in self.closing)

    @property
    def saving(self) -> bool:
        """True while a save (of this or a just-closed article) is pending or in flight."""
        controllers = [*self.closing, *([self.autosave] if self.autosave else [])]
        return any(c.busy for c in controllers)

    def when_stored(self, callback) -> None:
        """Call ``callback(article_id)`` once the article as shown is in the library."""
        autosave = self.autosave
        if autosave is None:
            return
        self.commit_preedit()
        # the article's own id, even if another one is open by the time it is stored
        autosave.when_stored(lambda _stored: callback(autosave.stored_id))

    @property
    def has_article(self) -> bool:
        return self.autosave is not None

    def set_read_only(self, on: bool) -> None:
        """A library that may not be changed here: every field shows its text (selectable,
        copyable) and takes no typing; the form's pickers and buttons are off."""
        fields: list = [*self.findChildren(QLineEdit), *self.findChildren(QTextEdit),
                        *self.findChildren(QPlainTextEdit)]
        for field in fields:
            field.setReadOnly(on)
        pickers: list[QWidget] = [*self.form.findChildren(QComboBox),
                                  *self.form.findChildren(QAbstractSpinBox),
                                  *self.form.findChildren(QAbstractButton)]
        for widget in pickers:
            widget.setEnabled(not on)
        self.body.setAcceptDrops(not on)

    def current_article(self) -> Article:
        """The article as the fields and the body show it now, a word an input method is still
        composing included — read, not committed, so that autosaving, the journal and the
        previews never cut a word being typed."""
        article = self.form.apply_to(self.base, self.ime.text)
        body = self.body.markdown()
        used = {path: sha for path, sha in self.base.assets.items() if path in body}
        return article.copy(body=body, assets=used)

    def _image_loader(self, path: str) -> bytes | None:
        sha = self.base.assets.get(path)
        return display_photo(self.library, sha, path, make=False) if sha else None

    def _stats(self, article: Article):
        """The article's statistics as stored (the same as counted while it is typed)."""
        return body_stats(article.headline, article.sapo, article.body, article.language)

    # -- changes --------------------------------------------------------------------------------
    def _changed(self) -> None:
        """Per keystroke: count the change (and journal the first one since the text was
        stored), nothing more. The timers are restarted at most every TICK_MS (by
        ``_settle``); the Markdown is made later, when a debouncer asks."""
        if self.autosave is not None:
            self.autosave.generation += 1  # exact dirty tracking, whatever the tick does
            self.autosave.journal_first_change()  # once until stored: nothing waits for a timer
        if not self._tick.isActive():
            self._tick.start()

    def _settle(self) -> None:
        self._tick.stop()
        if self.autosave is not None:
            self.autosave.changed(counted=True)
        self._stats_timer.poke()
        self.edited.emit()

    def _update_stats(self) -> None:
        """Counted on the thread pool from the body's counted text, read from the document as
        shown (no Markdown made for it) by the rules the stored body is counted by."""
        if not self.has_article:
            return
        self._stats_serial += 1
        serial = self._stats_serial
        form = self.form
        run_task(text_stats, self.ime.text(form.headline), shown_text(form.sapo),
                 self.body.counted_text(), self.base.language,
                 on_done=lambda stats: self._stats_ready(stats, serial))

    def _stats_ready(self, stats, serial: int) -> None:
        if serial == self._stats_serial:
            self.stats_changed.emit(stats)

    def _save_state_of(self, autosave: AutosaveController, state: SaveState,
                       detail: str) -> None:
        if autosave is self.autosave:
            self.save_state.emit(state, detail)
        elif state == SaveState.FAILED and autosave.successor is None:
            self.left_unsaved.emit(autosave.take_snapshot(), detail)

    def _stored(self, autosave: AutosaveController, stored: Article) -> None:
        if autosave is not self.autosave:  # closed: its id and version are not the open one's
            self.left_stored.emit(stored)
            return
        # keep what the library assigned; the text on screen stays as typed
        self.base = self.base.copy(id=stored.id, version=stored.version, created=stored.created,
                                   updated=stored.updated, status=stored.status)
        self.stored.emit(stored)

    def adopt_status(self, stored: Article) -> None:
        """The library changed the article's status (a workflow step): keep it, and its
        version, so the next autosave does not undo it."""
        self.base = self.base.copy(status=stored.status, version=stored.version,
                                   updated=stored.updated)

    def adopt_stored(self, stored: Article) -> None:
        """The library stored ``stored`` from this article (suggestions decided) and the
        editor made the same edit: keep its version; when the text shown is exactly what
        was stored, nothing is left to save."""
        self.adopt_status(stored)
        if self._tick.isActive():
            self._settle()
        if self.autosave is not None and self.current_article().content_equals(stored):
            self.autosave.mark_saved(self.autosave.generation)

    def reload(self, stored: Article) -> None:
        """Show the library's version of the article (a restored revision)."""
        if self.autosave is not None:
            self.autosave.forget_changes()
        self.open_article(stored)

    def save(self, on_done, on_error) -> None:
        """An explicit save of the article as shown, queued behind any autosave in flight and
        refused (conflict) if someone else stored a newer version since it was loaded."""
        if self.autosave is None:
            return
        self.commit_preedit()
        if self._tick.isActive():
            self._settle()
        self.autosave.save_explicit(on_done, on_error)

    # -- photos ---------------------------------------------------------------------------------
    def add_photo(self, data: bytes, filename: str) -> None:
        def store() -> str:
            sha = self.library.add_photo(data, filename)
            display_photo(self.library, sha, filename)  # ready before the editor asks
            return sha

        autosave = self.autosave
        run_task(store, on_done=lambda sha: self._photo_stored(sha, data, filename, autosave),
                 on_error=self.photo_failed.emit)

    def _photo_stored(self, sha: str, data: bytes, filename: str,
                      autosave: AutosaveController | None) -> None:
        while autosave is not None and autosave.successor is not None:
            autosave = autosave.successor  # closed, and opened again since
        if autosave is not self.autosave:  # dropped into an article closed since: it ends it
            if autosave is not None:
                from newsdesk.bodymodel.ir import Block
                from newsdesk.bodymodel.md_writer import write_blocks

                article = autosave.take_snapshot()
                path = photo_path(filename, sha, set(article.assets), data)
                caption, credit = _photo_text(data, filename)
                figure = write_blocks([Block("figure", src=path, caption=caption,
                                             credit=credit)])
                autosave.add_after_close(path, sha, figure.strip())
                if autosave not in self.closing:
                    self.closing.append(autosave)
                self.photo_after_close.emit(autosave.take_snapshot(), filename)
            return
        path = photo_path(filename, sha, set(self.base.assets), data)
        self.base.assets[path] = sha
        caption, credit = _photo_text(data, filename)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
        self.body.insert_figure(path, caption, credit)
        self._changed()

    # -- input methods --------------------------------------------------------------------------
    @property
    def composing(self) -> bool:
        """An input method is composing a word in one of the fields (not committed yet): it
        counts as an edit, so nothing replaces the text under it."""
        body = getattr(self.body, "composing", None)
        if body is None:
            body = bool(self.ime.pending(self.body))
        return bool(body) or any(self.ime.pending(w) for w in self.form.input_widgets())

    def commit_preedit(self) -> None:
        """End the word being composed in any field: only where the platform expects it (the
        window deactivated, the article closed or saved, the app quitting), never mid-typing."""
        self.ime.commit_all()
        self.ime.commit(self.body)


def _photo_text(data: bytes, filename: str) -> tuple[str, str]:
    """Caption and credit found in the photo's own metadata, if the media layer reads them."""
    try:
        from newsdesk.media.photos import inspect
    except ImportError:
        return "", ""
    try:
        info = inspect(data, filename)
    except Exception:
        return "", ""
    return info.caption or "", info.credit or ""
