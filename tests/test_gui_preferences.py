"""Preferences → name and initials, typed in the real dialog opened from the real action:
saved, read back, recorded on the next revision; the login name shown while none is set."""

from __future__ import annotations

import getpass

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui_support import close_window, open_window, type_text
from newsdesk.config.settings import Settings
from newsdesk.domain import Article
from newsdesk.qt.preferences import PreferencesDialog
from newsdesk.services.review import user_of

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def answer(qtbot, act) -> list:
    """Run ``act`` on the preferences dialog once it is open and modal. A failure inside
    closes the dialog and is kept (``seen[1]``) to be raised by ``done``."""
    seen: list = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException as exc:
            seen.append(exc)
            dialog.reject()

    QTimer.singleShot(0, look)
    return seen


def done(seen: list) -> None:
    assert seen, "the preferences dialog did not open"
    if len(seen) > 1:
        raise seen[1]


def test_name_and_initials_typed_in_preferences_are_saved_and_recorded(qtbot, window,
                                                                       data_dir):
    login = getpass.getuser()

    def type_and_ok(dialog: PreferencesDialog) -> None:
        assert dialog.user_name.text() == "" and dialog.user_name.placeholderText() == login
        assert login in dialog.name_hint.text() and dialog.name_hint.isVisible()
        dialog.user_name.setFocus()
        type_text(dialog.user_name, "Lê Minh Hà")
        assert dialog.user_initials.placeholderText() == "LMH"
        dialog.user_initials.setFocus()
        QTest.keyClicks(dialog.user_initials, "LMHa")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen = answer(qtbot, type_and_ok)
    window.actions_["preferences"].trigger()
    done(seen)
    saved = Settings.load(data_dir / "config" / "settings.json")
    assert (saved.user_name, saved.user_initials) == ("Lê Minh Hà", "LMHa")
    assert user_of(window.library) == ("Lê Minh Hà", "LMHa")
    stored = window.library.save(Article(headline="Tin có tên", body="Thân."))
    from newsdesk.services.review import Review

    history = Review(window.library).history(stored.id)
    assert (history[-1].author, history[-1].initials) == ("Lê Minh Hà", "LMHa")

    def read_back(dialog: PreferencesDialog) -> None:
        assert dialog.user_name.text() == "Lê Minh Hà"
        assert dialog.user_initials.text() == "LMHa"
        dialog.reject()

    seen = answer(qtbot, read_back)
    window.actions_["preferences"].trigger()
    done(seen)


def test_the_related_stories_box_is_turned_off_and_on_in_preferences(qtbot, window, data_dir):
    def untick(dialog: PreferencesDialog) -> None:
        assert dialog.print_related.isChecked()  # printed unless told otherwise
        QTest.mouseClick(dialog.print_related, Qt.MouseButton.LeftButton)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen = answer(qtbot, untick)
    window.actions_["preferences"].trigger()
    done(seen)
    assert Settings.load(data_dir / "config" / "settings.json").print_related is False
    from newsdesk.printing.setup import page_setup

    assert page_setup(window.library.settings).related_box is False


def test_photo_fitting_is_turned_off_in_preferences(qtbot, window, data_dir):
    def untick(dialog: PreferencesDialog) -> None:
        assert dialog.photo_fitting.isChecked()  # the make-up may crop and space by default
        assert dialog.photo_fitting.text() == (
            "Let the ma&ke-up crop, enlarge or space photos to close holes")
        QTest.mouseClick(dialog.photo_fitting, Qt.MouseButton.LeftButton)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen = answer(qtbot, untick)
    window.actions_["preferences"].trigger()
    done(seen)
    assert Settings.load(data_dir / "config" / "settings.json").print_photo_fitting is False
    from newsdesk.printing.setup import page_setup

    setup = page_setup(window.library.settings)
    assert setup.photo_fitting is False and "--nd-photo-fitting: 0" in setup.css()


def test_the_page_is_turned_to_landscape_in_preferences(qtbot, window, data_dir):
    def turn(dialog: PreferencesDialog) -> None:
        assert dialog.orientation.currentText() == "Portrait"
        dialog.orientation.setFocus()
        QTest.keyClick(dialog.orientation, Qt.Key.Key_Down)  # the box's next choice
        assert dialog.orientation.currentText() == "Landscape"
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen = answer(qtbot, turn)
    window.actions_["preferences"].trigger()
    done(seen)
    assert Settings.load(data_dir / "config" / "settings.json").orientation == "landscape"
    from newsdesk.printing.setup import page_setup

    width, height = page_setup(window.library.settings).page_size_mm
    assert width > height
