"""Asking the user whether to restore text recovered after a crash."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .recovery import RecoveredArticle, as_read, excerpt


def ask_restore(parent: QWidget | None, entry: RecoveredArticle) -> bool:
    when = datetime.fromtimestamp(entry.saved_at).strftime("%d/%m/%Y %H:%M:%S")
    headline = entry.article.headline or QCoreApplication.translate("Recovery", "(untitled)")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "Recover unsaved text"))
    box.setText(QCoreApplication.translate("Recovery", "Newsdesk did not close properly last time. Unsaved text of "
                               "“%1” was kept (%2). Restore it?").replace("%1", headline)
                .replace("%2", when))
    box.setInformativeText(excerpt(as_read(entry.article.body)))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("Recovery", "Restore"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("Recovery", "Discard"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes
