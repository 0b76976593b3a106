"""Spelling in the open article: the underlines of its fields and the right-click entries.

``SpellController`` ties one window's ``SpellService`` to the article view: the body and the
sapo get ``DocumentMarks``, the headline ``LineMarks``; opening an article makes a checker
for its language. ``add_entries`` puts at the top of a field's context menu, when the word
under the cursor is misspelt, up to five suggestions (choosing one replaces the word, one
undo step), then *Add to My Dictionary*, *Add to Newsroom Dictionary* and *Ignore*. Captions
and credits are paragraphs of the body, checked with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QFont, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from newsdesk.domain import Article

from .spell_marks import DocumentMarks, LineMarks, SpellLineEdit
from .spelling import SpellService

if TYPE_CHECKING:
    from .article_view import ArticleView


class SpellController(QObject):
    def __init__(self, service: SpellService, view: ArticleView) -> None:
        super().__init__(view)
        self.service = service
        self.view = view
        self.body = DocumentMarks(service, view.body)
        self.sapo = DocumentMarks(service, view.form.sapo)
        headline = view.form.headline
        self.headline = LineMarks(service, headline) if isinstance(headline, SpellLineEdit) \
            else None
        view.opened.connect(self.article_opened)

    def article_opened(self, article: Article) -> None:
        self.service.set_article(article.language, [article.headline, article.sapo,
                                                    article.body])
        self.body.attach()
        self.sapo.attach()
        if self.headline is not None:
            self.service.request([article.headline])
            self.headline.repaint()

    def set_enabled(self, on: bool) -> None:
        article = self.view.current_article() if self.view.has_article else Article()
        self.service.set_enabled(on, article.language,
                                 [article.headline, article.sapo, article.body])
        if on:
            self.body.attach()
            self.sapo.attach()
            if self.headline is not None:
                self.service.request([self.headline.edit.text()])

    # -- the context menu -----------------------------------------------------------------------
    def add_entries(self, name: str, widget: QWidget, menu: QMenu) -> list[QAction]:
        """Put the spelling entries for the word under the cursor of field ``name`` at the top
        of ``menu``; the entries added ([] when the word is not misspelt)."""
        if not self.service.active:
            return []
        if name == "headline" and isinstance(widget, QLineEdit) and self.headline is not None:
            item = self.headline.misspelling_at(widget.cursorPosition())
            if item is None:
                return []
            start, end, word = item.start, item.end, item.word

            def replace(text: str) -> None:
                widget.setSelection(start, end - start)
                widget.insert(text)
                widget.textEdited.emit(widget.text())  # the form hears a user's edit
        elif name in ("body", "sapo"):
            marks = self.body if name == "body" else self.sapo
            found = marks.misspelling_at(widget.textCursor())  # type: ignore[attr-defined]
            if found is None:
                return []
            block, item = found
            word = item.word
            begin, finish = block.position() + item.start, block.position() + item.end

            def replace(text: str) -> None:
                cursor = QTextCursor(block.document())
                cursor.setPosition(begin)
                cursor.setPosition(finish, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(text)
                widget.setTextCursor(cursor)  # type: ignore[attr-defined]
        else:
            return []
        return self._insert(menu, word, replace)

    def _insert(self, menu: QMenu, word: str, replace) -> list[QAction]:
        actions: list[QAction] = []
        bold = QFont(menu.font())
        bold.setBold(True)
        for suggestion in self.service.suggestions(word):
            action = QAction(suggestion, menu)
            action.setFont(bold)
            action.setObjectName("spell-suggestion")
            action.triggered.connect(lambda _=False, s=suggestion: replace(s))
            actions.append(action)
        if not actions:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            actions.append(none)
        entries = (
            ("spell-add-personal", self.tr("Add to My Dictionary"),
             self.service.add_to_personal),
            ("spell-add-newsroom", self.tr("Add to Newsroom Dictionary"),
             self.service.add_to_newsroom),
            ("spell-ignore", self.tr("Ignore"), self.service.ignore),
        )
        separator = QAction(menu)
        separator.setSeparator(True)
        actions.append(separator)
        for object_name, label, command in entries:
            action = QAction(label, menu)
            action.setObjectName(object_name)
            action.triggered.connect(lambda _=False, c=command: c(word))
            actions.append(action)
        end = QAction(menu)
        end.setSeparator(True)
        actions.append(end)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, actions)  # type: ignore[arg-type]
        return actions
