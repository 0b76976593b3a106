"""The Link dialog of the body editor (Ctrl+K): address, optional title, and for an existing
link a Remove button. With nothing selected it also asks for the text to show (the link is
inserted with that text; left empty, the address itself is the text).

The address is checked when OK is pressed (``bodymodel.links.check_url``); a refused one is
named in red inside the dialog, which stays open with everything typed, so nothing is lost.
An address typed without a scheme that looks like a site (``vnexpress.net/tin``) gets
``https://``, since a reporter rarely means a path relative to the article.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.bodymodel.links import ALLOWED_SCHEMES, LinkError, check_url

from ..labels import whole_mnemonics

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_SITE = re.compile(r"^(www\.)?[\w-]+(\.[\w-]+)+(:\d+)?(/|$)", re.UNICODE)

REMOVE = 2  # dialog result: remove the link


def normalise_address(text: str) -> str:
    """``text`` stripped, with ``https://`` before a bare site name (``www.a.vn``, ``a.vn/x``)."""
    text = text.strip()
    if text and not _SCHEME.match(text) and _SITE.match(text):
        return "https://" + text
    return text


class LinkDialog(QDialog):
    """Asks for a link's address and title (see module docstring)."""

    def __init__(self, parent: QWidget | None, href: str = "", title: str = "",
                 *, existing: bool = False, with_text: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("link-dialog")
        self.setWindowTitle(self.tr("Link"))
        self.text: QLineEdit | None = None
        if with_text:
            self.text = QLineEdit(self)
            self.text.setObjectName("link-text")
            self.text.setPlaceholderText(self.tr("The words to click; the address if empty"))
            self.text.setAccessibleName(self.tr("Link text"))
        self.address = QLineEdit(href, self)
        self.address.setObjectName("link-address")
        self.address.setPlaceholderText("https://")
        self.address.setAccessibleName(self.tr("Web address"))
        self.title = QLineEdit(title, self)
        self.title.setObjectName("link-title")
        self.title.setPlaceholderText(self.tr("Optional: shown when the pointer rests on it"))
        self.title.setAccessibleName(self.tr("Title"))
        self.message = QLabel(self)
        self.message.setObjectName("link-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address)
        if self.text is not None:  # after the address: paste it, Tab, type the words
            form.addRow(self.tr("Te&xt:"), self.text)
        form.addRow(self.tr("&Title:"), self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.remove_button: QPushButton | None = None
        if existing:
            self.remove_button = buttons.addButton(self.tr("&Remove link"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
            self.remove_button.clicked.connect(lambda: self.done(REMOVE))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        whole_mnemonics(self)
        self.address.textEdited.connect(lambda _text: self.message.hide())
        if self.text is not None:
            QWidget.setTabOrder(self.address, self.text)
            QWidget.setTabOrder(self.text, self.title)
        self.address.setFocus()
        self.address.selectAll()
        self.resize(460, self.sizeHint().height())
        self.url = ""

    def link_text(self) -> str:
        """The text typed for a new link ("" when there is no such field or it is empty)."""
        return " ".join(self.text.text().split()) if self.text is not None else ""

    def accept(self) -> None:
        address = normalise_address(self.address.text())
        problem = self._problem(address)
        if problem:
            self.message.setText(problem)
            self.message.show()
            self.address.setFocus()
            return
        self.url = check_url(address)
        super().accept()

    def _problem(self, address: str) -> str:
        """A sentence saying what is wrong with ``address`` ("" when it can be linked)."""
        if not address:
            return self.tr("Type the web address the text should link to, e.g. "
                           "https://vnexpress.net/…")
        match = _SCHEME.match(address)
        if match and match.group(1).lower() not in ALLOWED_SCHEMES:
            return self.tr("Links to “%1:” addresses are not allowed: use an address starting "
                           "with https://, http:// or mailto:.").replace("%1", match.group(1))
        try:
            check_url(address)
        except LinkError:
            return self.tr("“%1” is not a web address: it must not contain spaces.").replace(
                "%1", address)
        return ""
