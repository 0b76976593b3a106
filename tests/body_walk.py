"""Walking the real main window's body editor as a reporter does: keys go to the focused
widget (shortcuts resolve through the window as for a user), modal dialogs are answered as
they come up, and results are read back from the library after Ctrl+S."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from gui_support import type_text


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def typed(text: str) -> None:
    """Type ``text`` (Vietnamese too) into whatever has the focus."""
    type_text(focused(), text)


def key(sequence: str | QKeySequence) -> None:
    """Press a key combination on the focused widget, e.g. ``"Ctrl+Shift+9"``."""
    QTest.keySequence(focused(), QKeySequence(sequence))


def press(k: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), k, modifiers)


def shortcut(window, name: str) -> QKeySequence:
    """The key a user presses for the window's action ``name`` (the platform's own)."""
    return window.actions_[name].shortcut()


def start_article(qtbot, window, headline: str):
    """File ▸ New with the keyboard, a headline, then a click into the body."""
    key(shortcut(window, "new"))
    view = window.article_view
    qtbot.waitUntil(lambda: view.form.headline.hasFocus())
    typed(headline)
    body = view.body
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(body.hasFocus)
    return body


def answer_dialog(qtbot, answer: Callable[[QWidget], None]) -> list[QWidget]:
    """Answer the next modal dialog with ``answer(dialog)`` once it is up and has the focus
    (the key press that opens it blocks until it is closed). A dialog ``answer`` leaves open
    after a few seconds is cancelled, so a broken flow fails instead of hanging. Returns a
    list that receives the dialog."""
    seen: list[QWidget] = []
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        waited[0] += 1
        if waited[0] > 500:
            return
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, poll)
            return
        dialog.activateWindow()
        if QApplication.focusWidget() is None or not dialog.isAncestorOf(
                QApplication.focusWidget()):
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        try:
            answer(dialog)
        finally:
            QTimer.singleShot(5000, lambda: _cancel(dialog))

    QTimer.singleShot(0, poll)
    return seen


def save_and_read(qtbot, window) -> str:
    """Ctrl+S, then the body as the library stored it."""
    view = window.article_view
    key(shortcut(window, "save"))

    def stored() -> bool:
        if not view.base.id or view.saving:
            return False
        return window.library.get(view.base.id).body == view.body.markdown()

    qtbot.waitUntil(stored, timeout=10000)
    return window.library.get(view.base.id).body


def focus_back(qtbot, widget: QWidget) -> None:
    """After a dialog closed: the window is active again and ``widget`` has the focus."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def _cancel(dialog: QWidget) -> None:
    from shiboken6 import isValid

    if isValid(dialog) and dialog.isVisible():
        dialog.reject()  # type: ignore[attr-defined]
