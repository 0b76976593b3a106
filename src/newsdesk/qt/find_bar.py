"""Find and replace in the body: a slim bar under the editor (Ctrl+F, Ctrl+H).

With the WYSIWYG editor the search is its own (``find``/``replace_all`` with FindOptions), so
"hai phong" can find "Hải Phòng" when "Ignore tones" is ticked; the plain editor falls back to
QTextDocument.find. Text is compared in NFC.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QTextEdit, QWidget


class FindBar(QWidget):
    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.find = QLineEdit(self)
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
        for widget in (self.find, self.ignore_tones, self.previous_button, self.next_button,
                       self.replace,
                       self.replace_button, self.replace_all_button, self.close_button):
            layout.addWidget(widget)
        self.find.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(lambda: self.find_next(backward=True))
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.hide)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.find.setPlaceholderText(self.tr("Find"))
        self.find.setAccessibleName(self.tr("Find"))
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
        return unicodedata.normalize("NFC", self.find.text())

    def _options(self):
        from newsdesk.qt.editor.find import FindOptions

        return FindOptions(match_diacritics=not self.ignore_tones.isChecked())

    @property
    def _rich(self) -> bool:
        return callable(getattr(self.editor, "replace_all", None))

    def find_next(self, backward: bool = False) -> bool:
        needle = self._needle()
        if not needle:
            return False
        if self._rich:
            return bool(self.editor.find(needle, self._options(), backward=backward))
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        document = self.editor.document()
        found = document.find(needle, self.editor.textCursor(), flags)
        if found.isNull():  # wrap around
            start = QTextCursor(document)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(needle, start, flags)
        if found.isNull():
            return False
        self.editor.setTextCursor(found)
        return True

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
        if self._rich:
            return int(self.editor.replace_all(needle, self.replace.text(), self._options()))
        document = self.editor.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        count = 0
        found = document.find(needle, 0)
        while not found.isNull():
            found.insertText(self.replace.text())
            count += 1
            found = document.find(needle, found)
        cursor.endEditBlock()
        return count


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
        bar.find.setText(selected)
    bar.find.setFocus()
    bar.find.selectAll()
    return bar
