"""The window's side of pending suggestions: the Changes list, moving between suggestions in
the body, accepting and rejecting them, and suggest mode.

Next / Previous (Review menu, the Changes list's buttons) select the following or preceding
suggestion in the body, from where its cursor is. Accepting or rejecting first stores what
the editor shows (when it has unsaved edits), then decides on the thread pool through
``services.suggestions.decide`` — a ``suggestion`` revision with who and when — and makes
the same edit in the editor's document (one undo step, so the writer's own typing can still
be undone after): the editor shows the result at once and nothing is reloaded. The list is
rebuilt from the document a moment after each edit while the Review tab shows it.
Suggest mode (Review ▸ Suggest changes, Ctrl+Shift+E, also beside the status in the
workflow bar) is switched here; the body editor does the rest (``editor.suggest_mode``).
History › Compare as suggestions comes here too (``suggest_revision``): the editor's unsaved
edits are stored first (refused, with the reason, when the article has pending suggestions
or when someone else stored a newer version), then ``services.suggest_import
.suggest_revision`` stores the current text with the suggestions leading back to that
revision (a ``suggestion`` revision, as deciding them is); the editor shows it and the
Changes list opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from .editor import suggestion_edit
from .error_messages import notice_text
from .errors import error_text
from .workers import Debouncer, run_task

if TYPE_CHECKING:
    from .review.changes_panel import ChangesPanel

REFRESH_MS = 300


class ChangesController(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.busy = False
        self._queued: list[tuple[list[str] | None, bool]] = []  # asked for while busy
        self._watching = False  # the view's refused saves come to _save_refused
        self._review: Any = None  # the Review panel, once built
        self._refresh = Debouncer(REFRESH_MS, self.refresh, self)
        a = window.actions_
        a["next_change"].triggered.connect(lambda: self.step(1))
        a["previous_change"].triggered.connect(lambda: self.step(-1))
        a["accept_change"].triggered.connect(lambda: self.decide_here(True))
        a["reject_change"].triggered.connect(lambda: self.decide_here(False))
        a["accept_all_changes"].triggered.connect(lambda: self.decide(None, True))
        a["reject_all_changes"].triggered.connect(lambda: self.decide(None, False))
        a["suggest_mode"].toggled.connect(self.set_suggesting)
        window.side.review_made.connect(self._attach)
        self._wired: Any = None  # the body editor told about suggest mode
        # "Suggesting" at the left of the status bar while suggest mode is on
        self.indicator: QLabel = window.status.suggesting
        # the fields above the body are changed directly in suggest mode: said once per article
        self._field_told: str | None = None
        self.retranslate()

    def _attach(self, review) -> None:
        self._review = review
        review.workflow.add_tool(self.window.actions_["suggest_mode"])
        review.change_chosen.connect(self.go)
        review.change_step.connect(self.step)
        review.change_decision.connect(self.decide)
        review.history.suggest_requested.connect(self.suggest_revision)
        self.refresh()

    def panel(self) -> ChangesPanel | None:
        return self._review.changes if self._review is not None else None

    def _body(self):
        return self.window.article_view.body if self.window._has_article() else None

    # -- the list -------------------------------------------------------------------------------
    def edited(self) -> None:
        """The body changed (or another article opened): rebuild the list soon."""
        panel = self.panel()
        if panel is not None:
            self._refresh.poke()

    def refresh(self) -> None:
        panel = self.panel()
        if panel is None:
            return
        body = self._body()
        panel.set_changes(suggestion_edit.listed(body.document()) if body is not None else [])
        if body is not None and panel.current_id() is None:
            # none chosen (a decision undone brings its suggestion back): the one the caret is
            # in, else the next one from it (the first past the last), as after a decision, so
            # the list's Accept and Reject are never greyed while there is one to take; the
            # caret stays where it is
            cursor = body.textCursor()
            lo, hi = cursor.selectionStart(), cursor.selectionEnd()
            found = suggestion_edit.places(body.document())
            place = next((p for p in found if p.start <= hi and lo <= p.end),
                         next((p for p in found if p.start >= lo), found[0] if found else None))
            if place is not None:
                panel.select_id(place.id)

    def say(self, text: str) -> None:
        panel = self.panel()
        if panel is not None:
            panel.say(text)
        self.window.statusBar().showMessage(text, 6000)

    # -- suggest mode ---------------------------------------------------------------------------
    def set_suggesting(self, on: bool) -> None:
        """Suggest mode on or off: what is typed in the body becomes suggestions by the
        name and initials of the Preferences."""
        body = self.window.article_view.body
        if not hasattr(body, "suggesting"):
            return
        if self._wired is not body:
            self._wired = body
            body.refused.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
            form = self.window.article_view.form
            form.headline.textEdited.connect(lambda _t: self._field_edited(form.headline))
            form.byline.textEdited.connect(lambda _t: self._field_edited(form.byline))
            form.sapo.textChanged.connect(lambda: self._field_edited(form.sapo))
        if on:  # the Preferences' name as it is now (read once, not per key)
            from newsdesk.services.review import user_of  # not at start: the review service

            who = user_of(self.window.library)
            body.suggester = lambda: who
        body.suggesting = on
        self.indicator.setVisible(on)
        form = self.window.article_view.form
        for field in (form.headline, form.sapo, form.byline):
            field.setToolTip(self.field_hint() if on else "")
        self._field_told = None
        self.window.statusBar().showMessage(
            self.tr("Suggest changes is on: edits in the body become suggestions.")
            if on else self.tr("Suggest changes is off."), 8000)

    def retranslate(self) -> None:
        self.indicator.setText(self.tr("Suggesting"))
        self.indicator.setToolTip(self.tr(
            "Suggest changes is on: what you type and delete in the body becomes suggestions "
            "(Review ▸ Suggest changes, Ctrl+Shift+E, turns it off)."))

    def field_hint(self) -> str:
        return self.tr("Suggest mode tracks the body; this field is changed directly (its "
                       "old value stays in History).")

    def _field_edited(self, field) -> None:
        """A field above the body edited in suggest mode: said once per article, in the
        status bar, that it is changed directly and not as a suggestion."""
        form = self.window.article_view.form
        if not getattr(self._wired, "suggesting", False) or form._loading \
                or not field.hasFocus():
            return
        article = self.window.article_view.base.id or ""
        if self._field_told == article:
            return
        self._field_told = article
        names = {id(form.headline): self.tr("headline"), id(form.sapo): self.tr("sapo"),
                 id(form.byline): self.tr("byline")}
        text = self.tr("Suggest mode tracks the body only: the %1 is changed directly.")
        self.window.statusBar().showMessage(text.replace("%1", names.get(id(field), "")), 12000)

    # -- moving ---------------------------------------------------------------------------------
    def go(self, change_id: str) -> None:
        """Select the suggestion ``change_id`` in the body."""
        body = self._body()
        if body is None:
            return
        cursor = suggestion_edit.select(body.document(), change_id)
        if cursor is None:
            self.refresh()
            self.say(self.tr("That suggestion is no longer in the text."))
            return
        body.setTextCursor(cursor)
        body.ensureCursorVisible()
        panel = self.panel()
        if panel is not None:
            panel.select_id(change_id)

    def step(self, direction: int) -> None:
        """Select the next (``1``) or previous (``-1``) suggestion from the body's cursor."""
        body = self._body()
        if body is None:
            return
        cursor = body.textCursor()
        at = cursor.selectionStart()
        found = suggestion_edit.places(body.document())
        # a suggestion selected whole is the current one: Next goes past it; a caret (or
        # another selection) that starts where a suggestion does is before it, not past it
        current = any(p.start == at and p.end == cursor.selectionEnd() for p in found)
        if direction > 0:
            target = next((p for p in found if p.start > at or (p.start == at and not current)),
                          None)
        else:
            target = next((p for p in reversed(found) if p.start < at), None)
        if target is None:
            self.say(self.tr("No more suggestions after this point.") if direction > 0 else
                     self.tr("No more suggestions before this point."))
            return
        self.go(target.id)
        if self.panel() is not None:
            self.say("")

    # -- a revision as suggestions --------------------------------------------------------------
    def suggest_revision(self, number: int) -> None:
        """Give the open article's text, as suggestions, the changes back to revision
        ``number`` (see the module docstring)."""
        body = self._body()
        review = self._review
        if body is None or review is None:
            return
        if suggestion_edit.places(body.document()):
            review.history.say(self.tr(
                "The article already has pending suggestions. Accept or reject them (the "
                "Changes list) before comparing a revision as suggestions."))
            return
        if self.busy:
            review.history.say(self.tr("Wait a moment: suggestions are being decided."))
            return
        self.busy = True
        view = self.window.article_view
        if view.base.id is not None and not view.saving and view.autosave is not None \
                and not view.autosave.dirty:
            self._suggest_stored(view.base.id, number)
        else:  # a refused save (someone else stored a newer version) comes as ``conflict``
            view.conflict.connect(self._suggest_refused)
            self._suggest_watching = True
            view.save(lambda stored: self._suggest_stored(stored.id, number),
                      self._suggest_failed)

    _suggest_watching = False

    def _suggest_unwatch(self) -> None:
        if self._suggest_watching:
            self._suggest_watching = False
            self.window.article_view.conflict.disconnect(self._suggest_refused)

    def _suggest_refused(self, exc: BaseException) -> None:
        self._suggest_failed(exc)

    def _suggest_stored(self, article_id: str, number: int) -> None:
        self._suggest_unwatch()
        from newsdesk.services.suggest_import import suggest_revision

        run_task(suggest_revision, self.window.library, article_id, number,
                 on_done=lambda result: self._suggested(result, number),
                 on_error=self._suggest_failed)

    def _suggested(self, result, number: int) -> None:
        try:
            self._show_suggested(result, number)
        finally:
            self._next()

    def _show_suggested(self, result, number: int) -> None:
        review = self._review
        stored = result.article
        if review is None or not self.window._has_article() or \
                self.window.article_view.base.id != stored.id:
            return
        remarks = [notice_text(w) for w in result.warnings]
        if not result.count:
            review.history.say("\n".join([self.tr(
                "Revision %1 has the same text as now: nothing to suggest.").replace(
                    "%1", str(number)), *remarks]))
            return
        self.window._review_changed(stored)  # the editor shows it (as after a restore)
        self.window.side.review_refresh()
        review.show_changes()
        self.refresh()
        text = self.tr("%n suggestion(s) would bring back the text of revision %1: accept "
                       "the ones you want back, reject the others.", "", result.count)
        self.say("\n".join([text.replace("%1", str(number)), *remarks]))

    def _suggest_failed(self, exc: BaseException) -> None:
        self._suggest_unwatch()
        self.busy = False
        text = error_text(exc)
        if self._review is not None:
            self._review.history.say(text)
        self.window.statusBar().showMessage(text, 8000)

    # -- deciding -------------------------------------------------------------------------------
    def decide_here(self, accept: bool) -> None:
        """Accept or reject the suggestion the body's cursor is in (or that is chosen in the
        Changes list when the list has the focus)."""
        body = self._body()
        if body is None:
            return
        panel = self.panel()
        chosen = panel.current_id() if panel is not None and panel.isAncestorOf(
            self.window.focusWidget()) else None
        if chosen is None:
            cursor = body.textCursor()
            lo, hi = cursor.selectionStart(), cursor.selectionEnd()
            place = next((p for p in suggestion_edit.places(body.document())
                          if p.start <= hi and lo <= p.end), None)
            chosen = place.id if place is not None else None
        if chosen is None:
            self.say(self.tr("Put the cursor in a suggestion first (Next change finds one)."))
            return
        self.decide([chosen], accept)

    def decide(self, ids: list[str] | None, accept: bool) -> None:
        """Accept (or reject) the suggestions ``ids`` (None: all of them)."""
        body = self._body()
        if body is None:
            return
        if self.busy:
            self._queued.append((ids, accept))
            return
        if not suggestion_edit.places(body.document()):
            self.say(self.tr("No pending suggestions."))
            return
        self.busy = True
        view = self.window.article_view
        if view.base.id is not None and not view.saving and view.autosave is not None \
                and not view.autosave.dirty:
            self._decide_stored(view.base.id, ids, accept)
        else:  # a refused save (someone else stored a newer version) comes as ``conflict``
            view.conflict.connect(self._save_refused)
            self._watching = True
            view.save(lambda stored: self._decide_stored(stored.id, ids, accept), self._failed)

    def _save_refused(self, exc: BaseException) -> None:
        self._stop_watching()
        self._failed(exc)

    def _stop_watching(self) -> None:
        if self._watching:
            self._watching = False
            self.window.article_view.conflict.disconnect(self._save_refused)

    def _decide_stored(self, article_id: str, ids: list[str] | None, accept: bool) -> None:
        self._stop_watching()
        from newsdesk.services.suggestions import decide as decide_stored

        run_task(decide_stored, self.window.library, article_id,
                 "all" if ids is None else ids, accept=accept,
                 on_done=lambda result: self._decided(result, ids, accept),
                 on_error=self._failed)

    def _next(self) -> None:
        self.busy = False
        if self._queued:
            self.decide(*self._queued.pop(0))

    def _decided(self, result, ids: list[str] | None, accept: bool) -> None:
        stored, done = result
        if not self.window._has_article() or self.window.article_view.base.id != stored.id:
            self._queued.clear()
            self.busy = False
            return
        view = self.window.article_view
        doc = view.body.document()
        decided = [p for p in suggestion_edit.places(doc) if ids is None or p.id in ids]
        at = min((p.start for p in decided), default=0)
        suggestion_edit.decide(doc, ids, accept, getattr(view.body, "photos_to_figures", None))
        view.adopt_stored(stored)
        self.refresh()
        self._make_current_after(at)
        self.window.side.review_refresh()
        authors = ", ".join(dict.fromkeys(s.author for s in done))
        if accept:
            text = self.tr("Accepted %n suggestion(s) by %1.", "", len(done))
        else:
            text = self.tr("Rejected %n suggestion(s) by %1.", "", len(done))
        self.say(text.replace("%1", authors))
        self._next()

    def _make_current_after(self, at: int) -> None:
        """After a decision, as in a word processor: the first pending suggestion from where
        the decided one was (or, past the last, the first of the text) becomes the current
        one, selected in the body and in the Changes list, so Accept / Reject can be pressed
        again and again without skipping one."""
        body = self._body()
        if body is None:
            return
        found = suggestion_edit.places(body.document())
        target = next((p for p in found if p.start >= at), found[0] if found else None)
        if target is None:
            cursor = body.textCursor()
            cursor.clearSelection()
            body.setTextCursor(cursor)
            return
        cursor = suggestion_edit.select(body.document(), target.id)
        if cursor is not None:
            body.setTextCursor(cursor)
            body.ensureCursorVisible()
        panel = self.panel()
        if panel is not None:
            panel.select_id(target.id)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._queued.clear()
        self.refresh()
        self.say(error_text(exc))
