"""Find and replace in the body: a slim bar under the editor (Ctrl+F; Ctrl+H with replace).

Find as you type: every match is highlighted in the body and the first one from where the
search started is selected; the bar says "3 of 12" or "No match". Enter / F3 go to the next
match, Shift+Enter / Shift+F3 to the previous one. Escape (or ✕) closes the bar and gives the
focus back to the body with its cursor as it is. Matching is ``editor.find.find_all``: text
compared in NFC, marks optionally ignored where the query leaves them out ("hai phong" and
"hai phòng" find "Hải Phòng").
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from newsdesk.qt.editor.find import FindOptions, find_all

ALL_MATCHES = QColor("#fff2a8")
CURRENT_MATCH = QColor("#f6b73c")
P_FIND_MARK = int(QTextFormat.Property.UserProperty) + 41  # tells our extra selections apart


class FindBar(QWidget):
    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find-bar")
        self.editor = editor
        self.query = QLineEdit(self)
        self.query.setObjectName("find-text")
        self.count = QLabel(self)
        self.count.setObjectName("find-count")
        self.count.setMinimumWidth(70)
        self.replace = QLineEdit(self)
        self.ignore_tones = QCheckBox(self)
        self.ignore_tones.setChecked(True)
        self.next_button = QPushButton(self)
        self.previous_button = QPushButton(self)
        self.replace_button = QPushButton(self)
        self.replace_all_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.close_button.setFlat(True)
        layout = QGridLayout(self)  # find on the first line, replace on the second
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.query, 0, 0)
        layout.addWidget(self.count, 0, 1)
        layout.addWidget(self.previous_button, 0, 2)
        layout.addWidget(self.next_button, 0, 3)
        layout.addWidget(self.ignore_tones, 0, 4)
        layout.addWidget(self.close_button, 0, 5)
        layout.addWidget(self.replace, 1, 0)
        layout.addWidget(self.replace_button, 1, 2)
        layout.addWidget(self.replace_all_button, 1, 3)
        layout.setColumnStretch(0, 1)
        self.matches: list[tuple[int, int]] = []
        self.anchor = 0  # where the search started: typing finds the first match from here
        self._refresh = QTimer(self)  # the text changed under open highlights
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(150)
        self._refresh.timeout.connect(lambda: self._search(keep=True))
        self.query.textChanged.connect(lambda _text: self._search())
        self.ignore_tones.toggled.connect(lambda _on: self._search())
        self.query.installEventFilter(self)
        self.next_button.clicked.connect(lambda: self.find_next())
        self.previous_button.clicked.connect(lambda: self.find_next(backward=True))
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        editor.textChanged.connect(self._text_changed)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
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
        self.ignore_tones.setToolTip(self.tr(
            "Marks left out of the search are ignored, marks typed must be there: “ha noi” "
            "finds “Hà Nội”, “đươc” finds “được”"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self._show_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return,
                                                                 Qt.Key.Key_Enter):
                self.find_next(backward=bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
                return True
        return super().eventFilter(watched, event)

    # -- searching ------------------------------------------------------------------------------
    def _needle(self) -> str:
        return unicodedata.normalize("NFC", self.query.text())

    def _options(self) -> FindOptions:
        """With Ignore tones, the marks a query leaves out are ignored and those it has must
        be there (``editor.find``): "duoc", "dươc" and "đươc" find "được", while "mỗi" never
        finds "mới", so Replace all never rewrites a word that merely folds the same."""
        return FindOptions(match_diacritics=not self.ignore_tones.isChecked())

    def start(self, anchor: int) -> None:
        """The bar opened with the body's cursor at ``anchor``."""
        self.anchor = anchor
        self._search()

    def _search(self, keep: bool = False) -> None:
        """Find every match; unless ``keep``, select the first one from the anchor."""
        needle = self._needle()
        self.matches = find_all(self.editor.document(), needle, self._options()) if needle else []
        if not keep and self.matches:
            here = next((m for m in self.matches if m[0] >= self.anchor), self.matches[0])
            self._select(here)
        self._highlight()

    def _select(self, match: tuple[int, int]) -> None:
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(match[0])
        cursor.setPosition(match[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def _current(self) -> int:
        """Index of the match the body has selected, or -1."""
        cursor = self.editor.textCursor()
        selected = (cursor.selectionStart(), cursor.selectionEnd())
        return self.matches.index(selected) if selected in self.matches else -1

    def find_next(self, backward: bool = False) -> bool:
        """Select the next (previous) match after (before) the body's cursor, wrapping."""
        if not self.query.text():
            return False
        self._search(keep=True)
        if not self.matches:
            return False
        cursor = self.editor.textCursor()
        if backward:
            before = [m for m in self.matches if m[0] < cursor.selectionStart()]
            match = before[-1] if before else self.matches[-1]
        else:
            after = [m for m in self.matches if m[0] >= cursor.selectionEnd()
                     and m != (cursor.selectionStart(), cursor.selectionEnd())]
            match = after[0] if after else self.matches[0]
        self._select(match)
        self.anchor = match[0]
        self._highlight()
        return True

    def _highlight(self) -> None:
        current = self._current()
        selections = []
        for n, (start, end) in enumerate(self.matches[:2000]):
            extra = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            extra.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_MATCH if n == current else ALL_MATCHES)
            fmt.setProperty(P_FIND_MARK, True)
            extra.format = fmt
            selections.append(extra)
        self.editor.setExtraSelections([*self._others(), *selections])
        self._show_count()

    def _others(self) -> list[QTextEdit.ExtraSelection]:
        """The marks of others (spelling, comments) in the body, kept as they are."""
        return [s for s in self.editor.extraSelections() if not s.format.hasProperty(P_FIND_MARK)]

    def _show_count(self) -> None:
        if not self.query.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No match"))
        else:
            current = self._current()
            if current < 0:
                self.count.setText(self.tr("%n match(es)", "", len(self.matches)))
            else:
                self.count.setText(self.tr("%1 of %2").replace("%1", str(current + 1))
                                   .replace("%2", str(len(self.matches))))

    def _text_changed(self) -> None:
        if self.isVisible() and self.query.text():
            self._refresh.start()

    # -- replacing ------------------------------------------------------------------------------
    def replace_one(self) -> bool:
        cursor = self.editor.textCursor()
        if self._current() >= 0:
            cursor.insertText(unicodedata.normalize("NFC", self.replace.text()))
            self.editor.setTextCursor(cursor)
        return self.find_next()

    def replace_all(self) -> int:
        needle = self._needle()
        if not needle:
            return 0
        from newsdesk.qt.editor.find import replace_all

        count = replace_all(self.editor.document(), needle, self.replace.text(), self._options())
        self._search(keep=True)
        # the count stays: the search the edit set going would say "No match" over it
        self._refresh.stop()
        self.count.setText(self.tr("%n replaced", "", count))
        return count

    # -- closing --------------------------------------------------------------------------------
    def close_bar(self) -> None:
        """Hide the bar; the focus goes back to the body, its cursor as it is."""
        self._refresh.stop()
        self.editor.setExtraSelections(self._others())
        cursor = self.editor.textCursor()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)  # before hiding: else Qt moves it on
        self.hide()
        self.editor.setTextCursor(cursor)


def show_find_bar(window: QWidget, *, replace: bool) -> FindBar | None:
    view = getattr(window, "article_view", None)
    if view is None or not view.has_article:
        return None
    bar = getattr(view, "find_bar", None)
    if bar is None:
        bar = FindBar(view.body, view)
        view.layout().addWidget(bar)
        view.find_bar = bar
        for key, backward in ((QKeySequence.StandardKey.FindNext, False),
                              (QKeySequence.StandardKey.FindPrevious, True)):
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda b=backward: _again(view, b))
    cursor = view.body.textCursor()
    selected = cursor.selectedText()
    bar.show()
    bar.replace.setVisible(replace)
    bar.replace_button.setVisible(replace)
    bar.replace_all_button.setVisible(replace)
    bar.query.blockSignals(True)
    if selected and "\u2029" not in selected:
        bar.query.setText(selected)
    bar.query.blockSignals(False)
    bar.start(cursor.selectionStart())
    bar.query.setFocus()
    bar.query.selectAll()
    return bar


def _again(view: QWidget, backward: bool) -> None:
    """F3 / Shift+F3: the next or previous match of the last search."""
    bar = view.find_bar  # type: ignore[attr-defined]
    if not bar.isVisible():
        bar.show()
    bar.find_next(backward=backward)
