"""The bar above an article a colleague deleted while it was open here.

"Deleted by Trần Thu Hà — your text is kept", with "Save as new article" and "Close". The text
stays on screen, editable, and in the recovery journal (it exists nowhere else now); nothing
is sent to the library until the user chooses (see ``MainWindow.deleted_elsewhere``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DeletedBar(QFrame):
    save_as_new_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleted-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#deleted-bar { background: #fde7e9; border: 1px solid #d9828a;"
                           " border-radius: 4px; } #deleted-bar QLabel { color: #5c0d14; }")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.save_as_new = QPushButton(self)
        self.save_as_new.clicked.connect(self.save_as_new_requested)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.save_as_new)
        layout.addWidget(self.close_button)
        self.by: str | None = None  # who deleted it ("" when nobody said); None: not deleted
        self.retranslate()
        self.hide()

    def show_deleted(self, by: str | None) -> None:
        """The article was deleted (``by`` whom, "" when unknown); None hides the bar."""
        self.by = by
        self._update_text()
        self.setVisible(by is not None)

    def text(self) -> str:
        return self.message.text()

    def _update_text(self) -> None:
        if self.by is None:
            self.message.clear()
        elif self.by:
            self.message.setText(self.tr("Deleted by %1 — your text is kept").replace("%1", self.by))
        else:
            self.message.setText(self.tr("Deleted elsewhere — your text is kept"))

    def retranslate(self) -> None:
        self.save_as_new.setText(self.tr("Save as new article"))
        self.save_as_new.setToolTip(self.tr(
            "Store the text as it is here as a new article in the library"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the article: the text here is discarded"))
        self._update_text()
