"""The preferences dialog: UI language, the user's name and initials, print defaults,
autosave pace, spell checking as one types.

The name and initials are recorded on revisions, comments and exported bundles. Until a name
is set the login name is used: the name field shows it as its placeholder and a line under it
says so, so nobody publishes their login name without knowing. It edits a newsdesk.config.settings.Settings (Qt-free, shared with the CLI); the caller saves
it and switches the language.
"""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from newsdesk.config.settings import Settings

from .labels import orientation_box, whole_mnemonics

PAPERS = ("A4", "A5", "A3", "Letter", "Tabloid")
MIN_WIDTH = 460
TITLE_BAR_EXTRA = 160  # a title bar's icon and buttons, with a margin


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
        login = login_name()
        self.user_name.setPlaceholderText(login)
        self.user_initials = QLineEdit(settings.user_initials, self)
        self.user_initials.setMaxLength(8)
        self.user_initials.setPlaceholderText(initials_of(settings.user_name or login))
        self.user_name.textChanged.connect(
            lambda text: self.user_initials.setPlaceholderText(initials_of(text or login)))
        self.name_hint = QLabel(self)
        self.name_hint.setWordWrap(True)
        self.name_hint.setText(
            self.tr("Recorded on revisions, comments and the bundles you export. Until you "
                    "set a name, your login name (%1) is used.").replace("%1", login or "—"))
        self.publication = QLineEdit(settings.publication_name, self)
        self.paper = QComboBox(self)
        self.paper.addItems(PAPERS)
        self.paper.setCurrentText(settings.paper)
        self.orientation = orientation_box(self, settings.orientation)
        self.columns = QSpinBox(self)
        self.columns.setRange(1, 4)
        self.columns.setValue(settings.columns)
        self.font_size = QDoubleSpinBox(self)
        self.font_size.setRange(7.0, 16.0)
        self.font_size.setSingleStep(0.5)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(settings.font_size_pt)
        self.print_related = QCheckBox(self.tr("Print the &related stories box (Tin khác)"), self)
        self.print_related.setChecked(settings.print_related)
        self.photo_fitting = QCheckBox(
            self.tr("Let the ma&ke-up crop, enlarge or space photos to close holes"), self)
        self.photo_fitting.setChecked(settings.print_photo_fitting)
        self.autosave = QDoubleSpinBox(self)
        self.autosave.setRange(0.5, 10.0)
        self.autosave.setSingleStep(0.5)
        self.autosave.setSuffix(" s")
        self.autosave.setValue(settings.autosave_seconds)
        self.spell_check = QCheckBox(self.tr("Underline &misspelt words as I type"), self)
        self.spell_check.setChecked(settings.spell_check)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("Your &name"), self.user_name)
        form.addRow(self.tr("&Initials"), self.user_initials)
        form.addRow("", self.name_hint)
        form.addRow(self.tr("P&ublication"), self.publication)
        form.addRow(self.tr("&Paper"), self.paper)
        form.addRow(self.tr("&Orientation"), self.orientation)
        form.addRow(self.tr("&Columns"), self.columns)
        form.addRow(self.tr("&Font size"), self.font_size)
        form.addRow("", self.print_related)
        form.addRow("", self.photo_fitting)
        form.addRow(self.tr("&Autosave after"), self.autosave)
        form.addRow(self.tr("Spelling"), self.spell_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        whole_mnemonics(self)
        # room for the title the window manager draws ("Tùy chọn — Newsdesk") beside its
        # buttons, and for the hint in two lines rather than three
        title = self.fontMetrics().horizontalAdvance(f"{self.windowTitle()} — Newsdesk")
        self.setMinimumWidth(max(MIN_WIDTH, title + TITLE_BAR_EXTRA))

    def apply(self) -> Settings:
        s = self.settings
        s.ui_language = self.language.currentData() or ""
        s.user_name = self.user_name.text().strip()
        s.user_initials = self.user_initials.text().strip()
        s.publication_name = self.publication.text().strip() or s.publication_name
        s.paper = self.paper.currentText()
        s.orientation = self.orientation.currentData()
        s.columns = self.columns.value()
        s.font_size_pt = float(self.font_size.value())
        s.print_related = self.print_related.isChecked()
        s.print_photo_fitting = self.photo_fitting.isChecked()
        s.autosave_seconds = float(self.autosave.value())
        s.spell_check = self.spell_check.isChecked()
        return s


def login_name() -> str:
    """The system login name (what is recorded while no name is set), or ""."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def initials_of(name: str) -> str:
    """The initials recorded for ``name`` when none are set (as services.review does)."""
    return "".join(part[0] for part in name.split()).upper()[:4]
