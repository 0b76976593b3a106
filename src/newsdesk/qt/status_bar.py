"""The status bar: words, characters, reading time, copyfit and save state.

Only setters: the numbers are computed elsewhere (newsdesk.domain.stats, the printer's
copyfit); this widget just shows them in the user's language.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from newsdesk.domain import TextStats


class SaveState(Enum):
    SAVED = "saved"
    UNSAVED = "unsaved"
    SAVING = "saving"
    FAILED = "failed"
    OFFLINE = "offline"  # the server cannot be reached: the text waits on this computer
    EMPTY = "empty"


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = QLabel(self)
        self.characters = QLabel(self)
        self.reading = QLabel(self)
        self.copyfit = QLabel(self)
        self.save_state = QLabel(self)
        self.spelling = QLabel(self)  # why spelling is not (fully) checked; hidden when it is
        self.spelling.setObjectName("status-spelling")
        self.spelling.setVisible(False)
        self.addWidget(self.spelling)
        self.library_notice = QLabel(self)  # "read-only library"; hidden when all is well
        self.library_notice.setObjectName("status-library")
        self.library_notice.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.library_notice.setVisible(False)
        self.addWidget(self.library_notice)
        self.suggesting = QLabel(self)  # "Suggesting" while suggest mode is on
        self.suggesting.setObjectName("status-suggesting")
        self.suggesting.setStyleSheet("QLabel { background: #c62828; color: white; "
                                      "font-weight: bold; padding: 1px 6px; "
                                      "border-radius: 3px; }")
        self.suggesting.setVisible(False)
        self.addPermanentWidget(self.suggesting)
        self.connection = QLabel(self)  # "Offline — changes kept on this computer"
        self.connection.setObjectName("status-connection")
        self.connection.setStyleSheet("QLabel { color: #8a4b00; font-weight: bold; }")
        self.connection.setVisible(False)
        # permanent: a passing message (a search that needs the server…) never hides it
        self.addPermanentWidget(self.connection)
        for label, name in (
            (self.words, "words"), (self.characters, "characters"), (self.reading, "reading"),
            (self.copyfit, "copyfit"), (self.save_state, "save state"),
        ):
            label.setObjectName(f"status-{name.replace(' ', '-')}")
            self.addPermanentWidget(label)
        self._stats: TextStats | None = None
        self._copyfit = ""
        self._copyfit_pending = False
        self._state = SaveState.EMPTY
        self._detail = ""
        self.retranslate()

    def set_stats(self, stats: TextStats | None) -> None:
        self._stats = stats
        if stats is None:
            for label in (self.words, self.characters, self.reading):
                label.clear()
            return
        self.words.setText(self.tr("%n word(s)", "", stats.words))
        self.characters.setText(self.tr("%n character(s)", "", stats.characters))
        self.reading.setText(self.tr("%n min read", "", stats.reading_minutes))

    def set_spelling_notice(self, text: str) -> None:
        """Say why spelling is not checked (a dictionary missing); "" hides it."""
        self.spelling.setText(text)
        self.spelling.setToolTip(text)
        self.spelling.setVisible(bool(text))

    def set_library_notice(self, text: str, detail: str = "") -> None:
        """Say what the library does not allow here (read-only); "" hides it."""
        self.library_notice.setText(text)
        self.library_notice.setToolTip(detail or text)
        self.library_notice.setVisible(bool(text))

    def set_connection_notice(self, text: str, detail: str = "") -> None:
        """Say that the database server cannot be reached; "" hides it."""
        self.connection.setText(text)
        self.connection.setToolTip(detail or text)
        self.connection.setAccessibleName(text)
        self.connection.setVisible(bool(text))

    def set_copyfit(self, text: str) -> None:
        self._copyfit = text
        self._copyfit_pending = False
        self.copyfit.setText(text)
        self.copyfit.setVisible(bool(text))

    def set_copyfit_pending(self) -> None:
        """The open article's copyfit is being measured: "Copyfit: —" until it is known."""
        self.set_copyfit(self.tr("Copyfit: —"))
        self._copyfit_pending = True

    def set_save_state(self, state: SaveState, detail: str = "") -> None:
        self._state, self._detail = state, detail
        texts = {
            SaveState.SAVED: self.tr("Saved"),
            SaveState.UNSAVED: self.tr("Unsaved changes"),
            SaveState.SAVING: self.tr("Saving…"),
            SaveState.FAILED: self.tr("Not saved"),
            SaveState.OFFLINE: self.tr("Kept on this computer"),
            SaveState.EMPTY: "",
        }
        self.save_state.setText(texts[state])
        self.save_state.setToolTip(detail)
        self.save_state.setAccessibleName(texts[state])

    @property
    def state(self) -> SaveState:
        return self._state

    def retranslate(self) -> None:
        self.set_stats(self._stats)
        if self._copyfit_pending:
            self.set_copyfit_pending()
        else:
            self.set_copyfit(self._copyfit)
        self.set_save_state(self._state, self._detail)
