"""Helpers for the desktop-app tests: a main window on a fresh library, typing like a user.

``QTest.keyClicks`` cannot send characters outside Latin-1, so Vietnamese is typed as key
events carrying the text (what a keyboard layout delivers) or as input-method commits (what
Telex/VNI deliver).
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Send ``text`` to ``widget`` one key event per character, as a keyboard would."""
    for ch in text:
        if ch == "\n":
            key, char = Qt.Key.Key_Return, "\r"
        else:
            key, char = Qt.Key.Key_unknown, ch
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
    QApplication.processEvents()


def commit_text(widget: QWidget, text: str) -> None:
    """Deliver ``text`` as an input method's commit (how Telex/VNI finish a word)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def preedit(widget: QWidget, text: str) -> None:
    """Show ``text`` as an input method's composition (not yet committed)."""
    QCoreApplication.sendEvent(widget, QInputMethodEvent(text, []))


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key, modifiers)


def jpeg_bytes(width: int = 640, height: int = 400, colour=(30, 120, 200)) -> bytes:
    image = Image.new("RGB", (width, height), colour)
    ImageDraw.Draw(image).rectangle((40, 40, width - 40, height - 40), outline=(250, 250, 250), width=8)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def open_window(qtbot, *, autosave_seconds: float | None = None):
    """A shown main window on the test's fresh library (no crash-recovery question)."""
    from newsdesk.qt.app import create_application, create_main_window

    create_application([])
    window = create_main_window([], offer_recovery=False, install_hook=False)
    if autosave_seconds is not None:
        window.article_view.autosave_seconds = autosave_seconds
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.library.is_open, timeout=20000)
    return window


def open_from_list(qtbot, window, article_id: str) -> None:
    """Open an article as a click on it in the library list does, and wait until it shows."""
    window.library_panel.article_chosen.emit(article_id)
    qtbot.waitUntil(lambda: window._has_article() and window.article_view.base.id == article_id,
                    timeout=5000)


def close_window(window) -> None:
    window.close()
    window.library.close()


def message_of(box) -> str:
    """What a message box shows: its text, then the text under it, if any."""
    return "\n".join(part for part in (box.text(), box.informativeText()) if part)
