"""The bar above an article that says who else is editing it, with "Take over".

Hidden unless a colleague has the article open for editing (shared PostgreSQL library only):
"Being edited by Trần Thu Hà since 10:42". The article stays editable; the bar is a warning.
``take_over_requested`` is emitted by its button (see ``live_updates`` for what it does).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


def clock(when: datetime) -> str:
    """``when`` as the local time of day (10:42)."""
    return when.astimezone().strftime("%H:%M")


class PresenceBar(QFrame):
    take_over_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presence-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#presence-bar { background: #fff4ce; border: 1px solid #e0c060;"
                           " border-radius: 4px; } #presence-bar QLabel { color: #3d3000; }")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.take_over = QPushButton(self)
        self.take_over.clicked.connect(self.take_over_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.take_over)
        self._editors: list = []
        self._taken: bool = False
        self._note = ""  # e.g. "Lê Minh kept their version; yours is in History as r5."
        self.retranslate()
        self.hide()

    def show_editors(self, editors: list, *, taken_over: bool = False) -> None:
        """``editors`` (services.live.Editor) other than this app; none hides the bar.
        ``taken_over``: the first of them took the article over from this app."""
        self._editors, self._taken = list(editors), taken_over
        self._update_text()
        self.setVisible(bool(editors) or bool(self._note))

    def show_note(self, note: str) -> None:
        """A line that stays until another article is opened (``clear_note``)."""
        self._note = note
        self._update_text()
        self.setVisible(True)

    def clear_note(self) -> None:
        self._note = ""
        self._update_text()
        self.setVisible(bool(self._editors))

    @property
    def editors(self) -> list:
        """The colleagues shown as editing the article (services.live.Editor)."""
        return list(self._editors)

    def text(self) -> str:
        return self.message.text()

    def _update_text(self) -> None:
        parts = []
        for editor in self._editors:
            name = editor.name or self.tr("a colleague")
            if self._taken and editor is self._editors[0]:
                parts.append(self.tr("%1 took over editing at %2")
                             .replace("%1", name).replace("%2", clock(editor.since)))
            else:
                parts.append(self.tr("Being edited by %1 since %2")
                             .replace("%1", name).replace("%2", clock(editor.since)))
        self.message.setText(" ".join(p for p in (self._note, "; ".join(parts)) if p))
        self.take_over.setVisible(bool(self._editors))
        self.take_over.setToolTip(self.tr(
            "Become the one editing this article: the others are told at once, their app saves "
            "what they typed, and they see that you took over"))

    def retranslate(self) -> None:
        self.take_over.setText(self.tr("Take over"))
        self._update_text()
