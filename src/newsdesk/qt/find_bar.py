"""Find and replace in the body: a slim bar under the editor (Ctrl+F, Ctrl+H).

The search is the body editor's own (``find``/``replace_all`` with FindOptions), so
"hai phong" can find "Hải Phòng" when "Ignore tones" is ticked. Text is compared in NFC.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

if TYPE_CHECKING:
    from .editor.body_editor import BodyEditor
    from .editor.find import FindOptions


class FindBar(QWidget):
    def __init__(self, editor: BodyEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.query = QLineEdit(self)
        self.replace = QLineEdit(self)
        self.ignore_tones = QCheckBox(self)
        self.ignore_tones.setChecked(True)
        self.next_button = QPushButton(self)
        self.previous_button = QPushButton(self)
        self.replace_button = QPushButton(self)
        self.replace_all_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.close_button.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        for widget in (self.query, self.ignore_tones, self.previous_button, self.next_button,
                       self.replace,
                       self.replace_button, self.replace_all_button, self.close_button):
            layout.addWidget(widget)
        self.query.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(lambda: self.find_next(backward=True))
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.hide)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Find"))
        self.query.setAccessibleName(self.tr("Find"))
        self.replace.setPlaceholderText(self.tr("Replace with"))
        self.replace.setAccessibleName(self.tr("Replace with"))
        self.next_button.setText(self.tr("Next"))
        self.previous_button.setText(self.tr("Previous"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_all_button.setText(self.tr("Replace all"))
        self.close_button.setText("✕")
        self.ignore_tones.setText(self.tr("Ignore tones"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))

    def _needle(self) -> str:
        return unicodedata.normalize("NFC", self.query.text())

    def _options(self) -> FindOptions:
        from newsdesk.qt.editor.find import FindOptions

        return FindOptions(match_diacritics=not self.ignore_tones.isChecked())

    def find_next(self, backward: bool = False) -> bool:
        needle = self._needle()
        return bool(needle) and self.editor.find(needle, self._options(), backward=backward)

    def replace_one(self) -> bool:
        cursor = self.editor.textCursor()
        if cursor.hasSelection() and _same(cursor.selectedText(), self._needle(),
                                           self.ignore_tones.isChecked()):
            cursor.insertText(self.replace.text())
        return self.find_next()

    def replace_all(self) -> int:
        needle = self._needle()
        if not needle:
            return 0
        return self.editor.replace_all(needle, self.replace.text(), self._options())


def _same(a: str, b: str, ignore_tones: bool) -> bool:
    from newsdesk.domain import fold

    a, b = unicodedata.normalize("NFC", a), unicodedata.normalize("NFC", b)
    return fold(a) == fold(b) if ignore_tones else a.casefold() == b.casefold()


def show_find_bar(window: QWidget, *, replace: bool) -> FindBar | None:
    view = getattr(window, "article_view", None)
    if view is None or not view.has_article:
        return None
    bar = getattr(view, "find_bar", None)
    if bar is None:
        bar = FindBar(view.body, view)
        view.layout().addWidget(bar)
        view.find_bar = bar
    bar.show()
    bar.replace.setVisible(replace)
    bar.replace_button.setVisible(replace)
    bar.replace_all_button.setVisible(replace)
    selected = view.body.textCursor().selectedText()
    if selected:
        bar.query.setText(selected)
    bar.query.setFocus()
    bar.query.selectAll()
    return bar
