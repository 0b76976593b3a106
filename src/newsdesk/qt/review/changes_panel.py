"""The Changes list of the Review panel: the article's pending suggestions, and deciding them.

``ChangesPanel`` shows one line per suggestion in reading order — what it does (inserted,
deleted, replaced), who suggested it and when, the old and new text — with a filter by
author. It only *asks*: ``chosen(id)`` when a suggestion is clicked or Enter is pressed on it
(the window selects it in the body), ``step(+1 | -1)`` for Next / Previous, and
``decision(ids, accept)`` for Accept / Reject (the chosen one) and Accept all / Reject all
(``ids`` None for all, or the ids shown when an author is picked). The window does the work
(``qt.review_changes``) and calls ``set_changes`` with the list as the body now has it and
``say`` with a message.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.suggestions import Suggestion

from ..editor.suggestion_format import author_colour

ROLE_ID = Qt.ItemDataRole.UserRole
SHORT = 60  # characters of old or new text shown


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[:SHORT - 1] + "…"


class _List(QListWidget):
    """Enter on a suggestion selects it in the body."""

    activated_id = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.activated_id.emit(str(item.data(ROLE_ID)))
            return
        super().keyPressEvent(event)


class ChangesPanel(QWidget):
    chosen = Signal(str)
    step = Signal(int)
    decision = Signal(object, bool)  # ids (None: all), accept

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes: list[Suggestion] = []
        self.author = QComboBox(self)
        self.author.setObjectName("changes-author")
        self.author_label = QLabel(self)
        self.author_label.setBuddy(self.author)
        self.list = _List(self)
        self.list.setObjectName("changes-list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, name in enumerate(("previous", "next", "accept", "reject", "accept_all",
                                  "reject_all")):
            button = QPushButton(self)
            button.setObjectName(f"changes-{name}")
            self.buttons[name] = button
            grid.addWidget(button, n // 2, n % 2)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.author_label)
        top.addWidget(self.author, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        self.author.currentIndexChanged.connect(lambda _i: self._fill())
        self.list.itemClicked.connect(lambda item: self.chosen.emit(str(item.data(ROLE_ID))))
        self.list.activated_id.connect(self.chosen)
        self.list.currentItemChanged.connect(lambda _a, _b: self._enable())
        self.buttons["previous"].clicked.connect(lambda: self.step.emit(-1))
        self.buttons["next"].clicked.connect(lambda: self.step.emit(1))
        self.buttons["accept"].clicked.connect(lambda: self._decide_current(True))
        self.buttons["reject"].clicked.connect(lambda: self._decide_current(False))
        self.buttons["accept_all"].clicked.connect(lambda: self._decide_all(True))
        self.buttons["reject_all"].clicked.connect(lambda: self._decide_all(False))
        self.retranslate()
        self._enable()

    def retranslate(self) -> None:
        texts = {"previous": self.tr("&Previous"), "next": self.tr("&Next"),
                 "accept": self.tr("&Accept"), "reject": self.tr("&Reject"),
                 "accept_all": self.tr("Accept a&ll"), "reject_all": self.tr("Re&ject all")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.author_label.setText(self.tr("A&uthor:"))
        self.list.setAccessibleName(self.tr("Pending suggestions"))
        if self.author.count():
            self.author.setItemText(0, self.tr("All authors"))
        self._fill()

    # -- content ----------------------------------------------------------------------------
    def set_changes(self, changes: list[Suggestion]) -> None:
        """Show ``changes`` (the body's pending suggestions), keeping the author picked and
        the suggestion selected when they are still there."""
        self.changes = changes
        picked = self.author.currentData()
        authors = sorted({c.author for c in changes})
        self.author.blockSignals(True)
        self.author.clear()
        self.author.addItem(self.tr("All authors"), None)
        for name in authors:
            self.author.addItem(name, name)
        index = self.author.findData(picked) if picked else 0
        self.author.setCurrentIndex(max(index, 0))
        self.author.blockSignals(False)
        self._fill()

    def shown(self) -> list[Suggestion]:
        picked = self.author.currentData()
        return [c for c in self.changes if picked is None or c.author == picked]

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ROLE_ID)) if item is not None else None

    def select_id(self, change_id: str | None) -> None:
        """Highlight ``change_id`` in the list (the body's cursor is on it)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ROLE_ID) == change_id:
                self.list.setCurrentItem(item)
                return

    def say(self, text: str) -> None:
        self.message.setText(text)

    def _fill(self) -> None:
        keep = self.current_id()
        self.list.clear()
        for change in self.shown():
            item = QListWidgetItem(self.describe(change))
            item.setData(ROLE_ID, change.id)
            item.setForeground(author_colour(change.author))
            item.setToolTip(self.describe(change))
            self.list.addItem(item)
        if not self.changes:
            self.say(self.tr("No pending suggestions."))
        elif self.message.text() == self.tr("No pending suggestions."):
            self.say("")
        self.select_id(keep)
        self._enable()

    def describe(self, change: Suggestion) -> str:
        from ..editor.suggestion_format import when_text

        kind = {"insert": self.tr("Inserted"), "delete": self.tr("Deleted"),
                "replace": self.tr("Replaced")}[change.kind]
        when = when_text(change.time.isoformat()) if change.time else ""
        head = " · ".join(p for p in (kind, change.author, when) if p)
        if change.kind == "replace":
            body = f"{_short(change.old)} → {_short(change.new)}"
        else:
            body = _short(change.new or change.old)
        return f"{head}\n{body}"

    def _enable(self) -> None:
        has = bool(self.shown())
        current = self.list.currentItem() is not None
        for name in ("previous", "next", "accept_all", "reject_all"):
            self.buttons[name].setEnabled(has)
        for name in ("accept", "reject"):
            self.buttons[name].setEnabled(current)

    def _decide_current(self, accept: bool) -> None:
        change = self.current_id()
        if change is not None:
            self.decision.emit([change], accept)

    def _decide_all(self, accept: bool) -> None:
        shown = self.shown()
        if not shown:
            return
        everyone = self.author.currentData() is None
        self.decision.emit(None if everyone else list(dict.fromkeys(c.id for c in shown)),
                           accept)
