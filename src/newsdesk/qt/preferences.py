"""The preferences dialog: UI language, the user's name, print defaults, autosave pace.

It edits a newsdesk.config.settings.Settings (Qt-free, shared with the CLI); the caller saves
it and switches the language.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from newsdesk.config.settings import Settings

from .labels import whole_mnemonics

PAPERS = ("A4", "A5", "A3", "Letter", "Tabloid")


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Same as the system"), "")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        self.user_name = QLineEdit(settings.user_name, self)
        self.publication = QLineEdit(settings.publication_name, self)
        self.paper = QComboBox(self)
        self.paper.addItems(PAPERS)
        self.paper.setCurrentText(settings.paper)
        self.columns = QSpinBox(self)
        self.columns.setRange(1, 4)
        self.columns.setValue(settings.columns)
        self.font_size = QDoubleSpinBox(self)
        self.font_size.setRange(7.0, 16.0)
        self.font_size.setSingleStep(0.5)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(settings.font_size_pt)
        self.autosave = QDoubleSpinBox(self)
        self.autosave.setRange(0.5, 10.0)
        self.autosave.setSingleStep(0.5)
        self.autosave.setSuffix(" s")
        self.autosave.setValue(settings.autosave_seconds)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Your &name"), self.user_name)
        form.addRow(self.tr("P&ublication"), self.publication)
        form.addRow(self.tr("&Paper"), self.paper)
        form.addRow(self.tr("&Columns"), self.columns)
        form.addRow(self.tr("&Font size"), self.font_size)
        form.addRow(self.tr("&Autosave after"), self.autosave)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        whole_mnemonics(self)

    def apply(self) -> Settings:
        s = self.settings
        s.ui_language = self.language.currentData() or ""
        s.user_name = self.user_name.text().strip()
        s.publication_name = self.publication.text().strip() or s.publication_name
        s.paper = self.paper.currentText()
        s.columns = self.columns.value()
        s.font_size_pt = float(self.font_size.value())
        s.autosave_seconds = float(self.autosave.value())
        return s
