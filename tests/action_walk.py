"""Walking every command of the real main window: the actions its menus and toolbars reach,
modal dialogs answered as a user would, and every sign of a failure collected (an error box,
an exception reaching the event loop, a traceback or ERROR line in the log file)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from gui_support import jpeg_bytes
from newsdesk.domain import Article

BODY = ("Sáng nay, tuyến buýt điện đầu tiên của Hải Phòng rời bến Cầu Rào lúc 5 giờ 30.\n\n"
        "![Xe buýt điện tại bến Cầu Rào.](images/xe-buyt.jpg \"Ảnh: Minh Châu\")\n\n"
        "Hành khách **đầu tiên** là những người đi làm sớm, *phần lớn* là công nhân.\n")


def stored_article(library) -> Article:
    """An article a reporter is working on: Vietnamese text, a photo with caption and credit."""
    sha = library.add_photo(jpeg_bytes(1200, 800), "xe-buyt.jpg")
    return library.save(Article(
        headline="Hải Phòng mở tuyến xe buýt điện đầu tiên",
        sapo="Tuyến buýt điện nối trung tâm với sân bay Cát Bi chạy từ sáng nay.",
        byline="Minh Châu", source="Ban Giao thông", section="Thời sự",
        tags="giao thông, xe điện", url="https://tin.example.vn/xe-buyt-dien",
        body=BODY, assets={"images/xe-buyt.jpg": sha}))


def reachable_actions(window) -> list[QAction]:
    """Every command of the menu bar (menus walked recursively) and of the toolbars, once."""
    found: list[QAction] = []

    def walk(actions) -> None:
        for action in actions:
            if action.menu() is not None:
                walk(action.menu().actions())
            elif not action.isSeparator() and action not in found:
                found.append(action)

    for menu in window.menuBar().findChildren(QMenu):
        if menu.parent() is window.menuBar():
            walk(menu.actions())
    for toolbar in window.findChildren(QToolBar):
        walk(toolbar.actions())
    return found


class Problems:
    """Everything that tells a user something went wrong, collected while the test runs."""

    def __init__(self, log_file: Path | None) -> None:
        self.items: list[str] = []
        self.log_file = log_file
        self._log_start = log_file.stat().st_size if log_file and log_file.exists() else 0
        self._hook = sys.excepthook
        sys.excepthook = self._excepthook

    def _excepthook(self, kind, exc, tb) -> None:
        self.items.append(f"exception in the event loop: {kind.__name__}: {exc}")
        self._hook(kind, exc, tb)  # pytest-qt's capture still sees it

    def restore(self) -> None:
        sys.excepthook = self._hook

    def log_lines(self) -> list[str]:
        if self.log_file is None or not self.log_file.exists():
            return []
        text = self.log_file.read_bytes()[self._log_start:].decode("utf-8", "replace")
        return [line for line in text.splitlines()
                if re.search(r"\b(ERROR|CRITICAL)\b|Traceback", line)]


class DialogAnswerer:
    """Answers every modal dialog that comes up, as a user finishing the command would:
    file dialogs get a path under ``folder``, questions Yes, other dialogs OK. Error boxes
    (a warning or critical icon) are recorded as problems, then closed."""

    def __init__(self, folder: Path, problems: Problems) -> None:
        self.folder = folder
        self.problems = problems
        self.seen: list[str] = []
        self._handled: set[int] = set()
        self._count = 0
        self.photo = folder / "anh-moi.jpg"
        self.photo.write_bytes(jpeg_bytes(800, 600, (200, 80, 40)))
        self.article_file = folder / "bai-nhap.md"
        self.article_file.write_text(
            "---\nheadline: \"Bài nhập từ tệp\"\n---\nMột đoạn văn ngắn.\n", encoding="utf-8")
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or id(dialog) in self._handled:
            return
        self._handled.add(id(dialog))
        self._count += 1
        self.seen.append(type(dialog).__name__ + ": " + dialog.windowTitle())
        try:
            self._answer(dialog)
        finally:
            QTimer.singleShot(3000, lambda: _close_if_open(dialog))

    def _answer(self, dialog: QWidget) -> None:
        from newsdesk.qt.editor.link_dialog import LinkDialog
        from newsdesk.qt.export_dialog import FORMATS, ExportDialog

        if isinstance(dialog, QMessageBox):
            if dialog.icon() in (QMessageBox.Icon.Warning, QMessageBox.Icon.Critical):
                self.problems.items.append(f"error box “{dialog.windowTitle()}”: {dialog.text()}")
                dialog.reject()
                return
            yes = dialog.button(QMessageBox.StandardButton.Yes)
            (yes or dialog.defaultButton() or dialog.buttons()[0]).click()
        elif isinstance(dialog, QFileDialog):
            path = self._path_for(dialog)
            name = dialog.findChild(QLineEdit, "fileNameEdit")  # typed, as a user does
            name.setText(str(path))
            dialog.accept()
        elif isinstance(dialog, ExportDialog):
            extension, _folder = FORMATS[dialog.fmt]
            dialog.target.setText(str(self.folder / f"xuat-{self._count}{extension}"))
            dialog.export_button.click()
        elif isinstance(dialog, LinkDialog):
            dialog.address.setText("https://tin.example.vn/lien-quan")
            dialog.accept()
        elif isinstance(dialog, QDialog):
            dialog.accept()

    def _path_for(self, dialog: QFileDialog) -> Path:
        if dialog.fileMode() == QFileDialog.FileMode.Directory:
            return self.folder
        if dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
            pattern = re.search(r"\*(\.\w+)", dialog.selectedNameFilter() or "")
            return self.folder / f"luu-{self._count}{pattern.group(1) if pattern else ''}"
        filters = " ".join(dialog.nameFilters())
        return self.photo if "*.jpg" in filters else self.article_file


def _close_if_open(dialog: QWidget) -> None:
    from shiboken6 import isValid

    if isValid(dialog) and dialog.isVisible() and dialog.isModal():
        dialog.reject()  # type: ignore[attr-defined]
