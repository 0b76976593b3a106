"""How failures reach the user: a clear message box, never a traceback.

``error_text`` turns a NewsdeskError into a sentence in the UI language (``error_messages``
holds one per code; ``error_detail`` the error's own message naming what it concerns). ``install_excepthook`` sends
any unexpected exception to the log file with its traceback and shows a friendly dialog.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from newsdesk.domain import NewsdeskError, ValidationError
from newsdesk.domain.suggestions import PendingSuggestions

from .error_messages import message_for, pending_text

log = logging.getLogger("newsdesk.qt")


def error_text(exc: BaseException) -> str:
    """The sentence to show for ``exc``, in the UI language (``error_messages``); an error
    without one shows its own message."""
    if isinstance(exc, ValidationError) and exc.problems:
        return "\n".join(message_for(p.code) or p.message for p in exc.problems)
    if isinstance(exc, PendingSuggestions) and exc.count:
        return pending_text(exc.count, exc.export)
    if isinstance(exc, NewsdeskError) and not isinstance(exc, OSError):
        return message_for(exc.code) or exc.message
    if isinstance(exc, OSError):  # a FileWriteError (newsdesk.config.atomic) too
        name = f" ({exc.filename})" if exc.filename else ""
        if getattr(exc, "code", "") == "file.disk_full":
            return (message_for("file.disk_full") or str(exc)) + name
        return QCoreApplication.translate("Errors", "The file could not be written or read") + f"{name}: {exc.strerror or exc}"
    return QCoreApplication.translate("Errors", "Something went wrong. The details were written to the log file.")


def error_detail(exc: BaseException) -> str:
    """What names the file or value concerned (the error's own English message), when the
    sentence of ``error_text`` does not already say it; "" otherwise."""
    if isinstance(exc, ValidationError) and exc.problems:
        detail = "\n".join(p.message for p in exc.problems)
    elif isinstance(exc, NewsdeskError) and not isinstance(exc, OSError):
        detail = exc.message
    else:
        return ""
    return "" if detail == error_text(exc) else detail


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if not isinstance(exc, NewsdeskError | OSError):
        log.error("unexpected error: %s", title, exc_info=exc)
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    detail = error_detail(exc)
    if detail and QLocale().language() == QLocale.Language.English:
        box.setInformativeText(detail)  # names the file or value concerned
    elif detail:
        box.setDetailedText(detail)  # in English, as logged: under "Show Details..."
    box.exec()


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
