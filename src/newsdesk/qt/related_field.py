"""The Related row of the article form: the ordered list of related stories ("Tin khác").

A list with the buttons Add from library…, Add link…, Remove, Move up and Move down (Tab
reaches each; in the list Delete removes, Alt+Up / Alt+Down move). A library story shows the
article's current headline, looked up off the UI thread when the article is opened; one that
was deleted from the library shows its last known headline, marked as deleted. ``changed``
fires on every edit a user makes, never while the list is being filled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.related import MAX_RELATED, RelatedStory

from .guard import alive
from .workers import run_task

STORY = Qt.ItemDataRole.UserRole
MAX_ROWS_SHOWN = 6  # the list grows to this many stories, then scrolls


class _ListWide(QStyledItemDelegate):
    """Rows no wider than the list, so that a long headline ends in "…" instead of being
    clipped behind a sideways scroll."""

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QListView):
            size.setWidth(min(size.width(), view.viewport().width()))
        return size


class RelatedField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library: Any = None  # set by the article view: the library to search
        self._own_id: str | None = None
        self.current_id: Callable[[], str | None] | None = None  # the edited article's id now
        self._serial = 0
        self.list = QListWidget(self)
        self.list.setObjectName("related-list")
        self.add_library = QPushButton(self)
        self.add_link = QPushButton(self)
        self.remove = QToolButton(self)
        self.up = QToolButton(self)
        self.down = QToolButton(self)
        self.up.setArrowType(Qt.ArrowType.UpArrow)
        self.down.setArrowType(Qt.ArrowType.DownArrow)
        for button in (self.add_library, self.add_link):
            button.setAutoDefault(False)
        for tool in (self.remove, self.up, self.down):
            tool.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches them too
        tools = QHBoxLayout()
        tools.setSpacing(2)
        tools.addWidget(self.remove, 1)
        tools.addWidget(self.up)
        tools.addWidget(self.down)
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.add_library)
        buttons.addWidget(self.add_link)
        buttons.addLayout(tools)
        self.retranslate()
        # long headlines end in "…" (the whole one in the tooltip), never scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setItemDelegate(_ListWide(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self._buttons_height = buttons.sizeHint().height()
        self._fit_height()
        self.list.model().rowsInserted.connect(lambda *_: self._fit_height())
        self.list.model().rowsRemoved.connect(lambda *_: self._fit_height())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_library.clicked.connect(self.pick_from_library)
        self.add_link.clicked.connect(self.pick_link)
        self.remove.clicked.connect(self.remove_current)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        self.list.currentRowChanged.connect(lambda _r: self._enable())
        self.list.installEventFilter(self)
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Related stories"))
        self.list.setToolTip(self.tr("Shown after the article as “Tin khác” / “More news”. "
                                     "Delete removes a story, Alt+Up and Alt+Down move it."))
        self.add_library.setText(self.tr("Add from library…"))
        self.add_link.setText(self.tr("Add link…"))
        self.remove.setText(self.tr("Remove"))
        for tool, name in ((self.up, self.tr("Move up")), (self.down, self.tr("Move down"))):
            tool.setToolTip(name)
            tool.setAccessibleName(name)
        for row in range(self.list.count()):
            self._show(self.list.item(row))

    def eventFilter(self, watched, event) -> bool:
        """In the list: Delete removes the story, Alt+Up / Alt+Down move it (the list would
        otherwise take Alt+arrow as a plain arrow)."""
        if watched is self.list and event.type() in (QEvent.Type.KeyPress,
                                                      QEvent.Type.ShortcutOverride):
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            action = {(Qt.Key.Key_Delete, False): self.remove_current,
                      (Qt.Key.Key_Up, True): lambda: self.move_current(-1),
                      (Qt.Key.Key_Down, True): lambda: self.move_current(1)}.get(
                (event.key(), bool(alt)))
            if action is not None:
                if event.type() == QEvent.Type.KeyPress:
                    action()
                event.accept()
                return True
        return super().eventFilter(watched, event)

    # -- filling and reading ------------------------------------------------------------------
    @property
    def own_id(self) -> str | None:
        """The article being edited (never a related story of itself)."""
        return (self.current_id() if self.current_id is not None else None) or self._own_id

    def set_stories(self, stories: list[RelatedStory], own_id: str | None = None) -> None:
        self._own_id = own_id
        self.list.clear()
        for story in stories:
            self._append(story)
        self._enable()
        self.refresh_headlines()

    def stories(self) -> list[RelatedStory]:
        return [self.list.item(row).data(STORY) for row in range(self.list.count())]

    def refresh_headlines(self) -> None:
        """Show each library story by its current headline (looked up off the UI thread)."""
        ids = [s.article_id for s in self.stories() if s.article_id]
        if not ids or self.library is None:
            return
        from newsdesk.services.related import current_headlines

        self._serial += 1
        serial = self._serial
        run_task(current_headlines, self.library, ids,
                 on_done=alive(self, lambda found: self._headlines(serial, found)),
                 on_error=lambda _exc: None)  # the stored headlines stay shown

    def _headlines(self, serial: int, found: dict[str, str | None]) -> None:
        if serial != self._serial:
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            story: RelatedStory = item.data(STORY)
            if story.article_id in found:
                item.setData(Qt.ItemDataRole.UserRole + 1, found[story.article_id] or "")
                item.setData(Qt.ItemDataRole.UserRole + 2, found[story.article_id] is None)
                self._show(item)

    def _append(self, story: RelatedStory, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(STORY, story)
        if row is None:
            self.list.addItem(item)
        else:
            self.list.insertItem(row, item)
        self._show(item)
        return item

    def _fit_height(self) -> None:
        """As tall as its buttons and at least three stories; growing with the list up to
        six, then scrolling."""
        rows = min(max(self.list.count(), 3), MAX_ROWS_SHOWN)
        self.list.setFixedHeight(max(self.list.fontMetrics().lineSpacing() * rows + 10,
                                     self._buttons_height))

    def _show(self, item: QListWidgetItem) -> None:
        story: RelatedStory = item.data(STORY)
        current = item.data(Qt.ItemDataRole.UserRole + 1) or story.headline
        deleted = bool(item.data(Qt.ItemDataRole.UserRole + 2))
        if story.article_id:
            text = current or story.article_id
            if deleted:  # the mark first: a long headline is cut at its end
                text = self.tr("[Deleted] %1").replace("%1", text)
                tip = self.tr("%1\nNo longer in the library: the exports show it as text, "
                              "without a link. Remove it or pick another story.").replace(
                                  "%1", current or story.article_id)
            else:
                tip = self.tr("%1\nAn article of the library").replace("%1", text)
        else:
            host = urlsplit(story.url).netloc
            text = f"{story.headline}  —  {host}" if host else story.headline
            tip = f"{story.headline}\n{story.url}"
        item.setText(text)
        item.setToolTip(tip)
        font = QFont(self.list.font())
        font.setItalic(deleted)
        item.setFont(font)
        if deleted:
            item.setForeground(self.list.palette().brush(QPalette.ColorGroup.Disabled,
                                                         QPalette.ColorRole.Text))

    # -- editing ----------------------------------------------------------------------------
    def _taken(self) -> set[str]:
        return {s.key() for s in self.stories()}

    def add(self, stories: list[RelatedStory]) -> int:
        """Append the stories not listed yet (at most MAX_RELATED in all); how many."""
        taken = self._taken()
        added = 0
        for story in stories:
            if story.key() in taken or self.list.count() >= MAX_RELATED:
                continue
            if story.article_id and story.article_id == self.own_id:
                continue
            taken.add(story.key())
            self.list.setCurrentItem(self._append(story))
            added += 1
        if added:
            self._enable()
            self.changed.emit()
        return added

    def pick_from_library(self) -> None:
        if self.library is None:
            return
        from .related_dialogs import LibraryPickDialog

        exclude = {s.article_id for s in self.stories() if s.article_id}
        if self.own_id:
            exclude.add(self.own_id)
        dialog = LibraryPickDialog(self.library, exclude, self)
        if dialog.exec():
            self.add(dialog.chosen())
        self.list.setFocus()

    def pick_link(self) -> None:
        from .related_dialogs import RelatedLinkDialog

        dialog = RelatedLinkDialog(self)
        if dialog.exec():
            self.add([dialog.story()])
        self.list.setFocus()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._enable()
        self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._enable()
        self.changed.emit()

    def _enable(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.remove.setEnabled(row >= 0)
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < count - 1)
        self.add_library.setEnabled(count < MAX_RELATED)
        self.add_link.setEnabled(count < MAX_RELATED)
