"""Labels with a mnemonic (Alt+letter) drawn whole.

Qt draws a label's mnemonic letter as a run of its own (it is underlined while Alt is held, and
on some platforms always), which breaks kerning at that letter, while the label's size hint is
measured with kerning. In a form layout, which gives each label exactly its size hint, “To” or
“Your name” then loses a pixel or two of its last letter (“Tc”). ``whole_mnemonics`` turns
kerning off for every label that has a buddy under a widget, so that measure and drawing agree
in any language; a label keeps its font when its text is retranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QWidget


def whole_mnemonics(root: QWidget) -> None:
    """Kerning off for the labels under ``root`` that lead to a buddy with Alt+letter."""
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and label.font().kerning():
            font = QFont(label.font())
            font.setKerning(False)
            label.setFont(font)


def pending_notice(parent: QWidget) -> QLabel:
    """The line above a preview saying that suggestions are pending (hidden until then)."""
    notice = QLabel(parent)
    notice.setObjectName("pending-notice")
    notice.setWordWrap(True)
    notice.setStyleSheet("#pending-notice { background: #fff4ce; border: 1px solid #e0c060;"
                         " color: #3d3000; padding: 3px 6px; }")
    notice.hide()
    return notice


def orientation_box(parent: QWidget, current: str) -> QComboBox:
    """Portrait or landscape, named in the language of the interface (the setting's value as
    each item's data)."""
    box = QComboBox(parent)
    box.addItem(QCoreApplication.translate("Orientation", "Portrait"), "portrait")
    box.addItem(QCoreApplication.translate("Orientation", "Landscape"), "landscape")
    box.setCurrentIndex(max(0, box.findData(current)))
    box.setAccessibleName(QCoreApplication.translate("Orientation", "Orientation"))
    return box
