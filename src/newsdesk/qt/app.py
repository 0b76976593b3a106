"""Starting the desktop app: ``run(argv)`` is what ``newsdesk`` / ``newsdesk-gui`` call.

Order matters: Chromium flags and shared OpenGL contexts (newsdesk.printing, without
importing QtWebEngine) before the QApplication exists; then logging and the excepthook, the UI language, the library, the
window; then the offer to restore text left by a crash. Errors while starting (an unreadable
database, a newer schema) end in one clear message box, not a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .identity import DISPLAY_NAME, set_identity

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="newsdesk", add_help=False)
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--database", default=None)
    known, _unknown = parser.parse_known_args(argv)  # Qt options (-platform …) pass through
    return known


def prepare_qt() -> None:
    """What must happen before the QApplication exists (sandbox flag as root, shared OpenGL
    contexts). QtWebEngine itself is not imported: the print URL scheme is registered when the
    first preview is made (``newsdesk.printing.runtime.register_scheme``)."""
    from newsdesk.printing.runtime import prepare_application

    prepare_application()


def prepare_webengine() -> None:
    """Chromium's flags (``--no-sandbox`` as root): needed before QtWebEngine first starts,
    even when the application object was made elsewhere (tests, embedding)."""
    from newsdesk.printing.runtime import configure_environment

    configure_environment()


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:
        prepare_qt()
        from .file_open import NewsdeskApplication

        app = NewsdeskApplication([sys.argv[0] if sys.argv else "newsdesk", *argv])
    prepare_webengine()
    assert isinstance(app, QApplication), "newsdesk needs a QApplication, not a bare core one"
    set_identity(app)
    return app


def create_main_window(argv: list[str], *, offer_recovery: bool = True,
                       install_hook: bool = True):
    """Build the main window (shown by the caller); the library opens in the background."""
    from newsdesk.services.logs import configure_logging

    from .errors import install_excepthook
    from .file_open import files_in_argv
    from .i18n import Translations
    from .library_loader import LibraryLoader
    from .main_window import MainWindow

    args = parse_args(argv)
    library = LibraryLoader(args.data_dir, args.database)
    log_file = configure_logging(library.paths)
    if install_hook:
        install_excepthook(log_file)
    translations = Translations(library.paths.cache)
    translations.switch(library.settings.ui_language)
    window = MainWindow(library, translations=translations)
    window.watch_file_open_events(QApplication.instance())
    for path in files_in_argv(argv):
        window.open_file(path)
    library.failed.connect(window.library_failed)
    library.ready.connect(window.library_ready)
    library.start()
    if offer_recovery:
        library.ready.connect(lambda _library: QTimer.singleShot(0, window.offer_recovery))
    return window


def instance_name(argv: list[str]) -> str:
    """The name the app open on this user's data folder listens on."""
    from newsdesk.config.paths import resolve_paths

    from .single_instance import server_name

    return server_name(resolve_paths(parse_args(argv).data_dir).data)


def hand_over_to_running(name: str, argv: list[str]) -> bool:
    """True when an app already runs on this library and took the files of ``argv``."""
    from .file_open import files_in_argv
    from .single_instance import send_to_running

    try:
        return send_to_running(name, files_in_argv(argv))
    except Exception:  # never stop a start because the hand-over failed
        log.debug("hand-over to a running app failed", exc_info=True)
        return False


def run(argv: list[str]) -> int:
    from newsdesk.domain import NewsdeskError

    app = create_application(argv)
    instance = instance_name(argv)
    if hand_over_to_running(instance, argv):
        return 0  # the app already open on this library took the files
    try:
        window = create_main_window(argv)
    except NewsdeskError as exc:
        from .errors import error_text

        QMessageBox.critical(None, DISPLAY_NAME, error_text(exc))
        return 2
    window.serve_other_starts(instance)
    window.show()
    code = app.exec()
    window.library.close()
    return code or window.exit_code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(sys.argv[1:]))
