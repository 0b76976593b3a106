"""The friendly first page shown when the library is empty (or no article is open).

Three ways in: write a new article, import a Markdown file or bundle, or open a sample
article (Vietnamese, shipped in resources/samples) to see what newsdesk makes of one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from newsdesk.config.resources import resource_path

SAMPLE = ("samples", "bai-mau.md")


def sample_path():
    return resource_path(*SAMPLE)


class StartPage(QWidget):
    new_requested = Signal()
    import_requested = Signal()
    sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.new_button = QPushButton(QIcon.fromTheme("document-new"), "", self)
        self.import_button = QPushButton(QIcon.fromTheme("document-import"), "", self)
        self.sample_button = QPushButton(QIcon.fromTheme("help-about"), "", self)
        self.new_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (self.title, self.subtitle):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addSpacing(18)
        for button in (self.new_button, self.import_button, self.sample_button):
            button.setMinimumWidth(260)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.new_button.clicked.connect(self.new_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Newsdesk"))
        self.subtitle.setText(self.tr(
            "Write an article, see its printed page as you type, and export it for the web "
            "or the press."))
        self.new_button.setText(self.tr("New article"))
        self.import_button.setText(self.tr("Import a file…"))
        self.sample_button.setText(self.tr("Open a sample article"))
