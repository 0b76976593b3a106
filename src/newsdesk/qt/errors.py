"""How failures reach the user: a clear message box, never a traceback.

``error_text`` turns a NewsdeskError into a sentence in the UI language (known codes are
translated, others fall back to the error's own clear message). ``install_excepthook`` sends
any unexpected exception to the log file with its traceback and shows a friendly dialog.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from newsdesk.domain import NewsdeskError, ValidationError

log = logging.getLogger("newsdesk.qt")


def _known() -> dict[str, str]:
    return {
        "headline.required": QCoreApplication.translate("Errors", "The article needs a headline before it can be saved."),
        "url.scheme": QCoreApplication.translate("Errors", "The URL must start with http:// or https://."),
        "url.invalid": QCoreApplication.translate("Errors", "The URL is not a valid web address."),
        "conflict": QCoreApplication.translate("Errors", "Someone else saved this article meanwhile. Reload it, then redo "
                        "your last change."),
        "not_found": QCoreApplication.translate("Errors", "That article is no longer in the library."),
    }


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationError) and exc.problems:
        known = _known()
        return "\n".join(known.get(p.code, p.message) for p in exc.problems)
    if isinstance(exc, NewsdeskError) and not isinstance(exc, OSError):
        return _known().get(exc.code, exc.message)
    if isinstance(exc, OSError):  # a FileWriteError (newsdesk.config.atomic) too
        name = f" ({exc.filename})" if exc.filename else ""
        if getattr(exc, "code", "") == "file.disk_full":
            return QCoreApplication.translate("Errors", "The disk is full: the file could not be written. Free some space or choose another folder.") + name
        return QCoreApplication.translate("Errors", "The file could not be written or read") + f"{name}: {exc.strerror or exc}"
    return QCoreApplication.translate("Errors", "Something went wrong. The details were written to the log file.")


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if not isinstance(exc, NewsdeskError | OSError):
        log.error("unexpected error: %s", title, exc_info=exc)
    QMessageBox.warning(parent, title, error_text(exc))


def install_excepthook(log_file: object = None) -> None:
    """Log unexpected exceptions with their traceback and tell the user kindly."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if QApplication.instance() is None:
            return
        where = f"\n\n{log_file}" if log_file else ""
        if isinstance(exc, NewsdeskError):
            QMessageBox.warning(None, "Newsdesk", error_text(exc))
        else:
            QMessageBox.critical(
                None, "Newsdesk",
                QCoreApplication.translate("Errors", "Something unexpected went wrong. Your text is autosaved; the details "
                    "were written to the log file.") + where,
            )

    sys.excepthook = hook
