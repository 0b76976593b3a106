"""The QtWebEngine runtime printing needs: Chromium flags, the URL scheme, the application.

QtWebEngine has three rules that must be met *before* anything else runs:

- Chromium's sandbox refuses to start as root and without a GPU/display in a container, so
  ``QTWEBENGINE_CHROMIUM_FLAGS`` gets ``--no-sandbox`` when running as root (or when
  ``NEWSDESK_NO_SANDBOX`` is set) and ``--disable-gpu`` on the offscreen platform;
- a custom URL scheme must be registered before the application object exists;
- ``Qt.AA_ShareOpenGLContexts`` must be set before the application object exists (not
  offscreen, where Chromium runs without a GPU).

``init_printing()`` does all three before the application exists (the CLI, tests). The GUI
calls ``prepare_application()`` instead, which imports no QtWebEngine, and the scheme is
registered by ``register_scheme()`` just before the first profile is made (Qt accepts it until
then).
``ensure_app()`` is for the CLI and tests: it also selects the offscreen platform (a process
that only prints needs no screen, even on a desktop) and creates a QGuiApplication only when no application exists (never a QWidgets
one). If the scheme could not be registered in time, printing still works: it serves the
document from a private temporary folder instead (see ``scheme.py``).
"""

from __future__ import annotations

import os
import sys
from typing import Any

SCHEME = b"newsdesk-print"
_QUIET_FLAGS = ("--log-level=3",)
_state: dict[str, Any] = {"scheme": False, "app": None}
# Harmless start-up noise of QtWebEngine without a GPU; dropped in processes we own.
NOISE = ("QRhiGles2: Failed to create", "Failed to create RHI", "GPUInfo not initialized")


def _add_flags(*flags: str) -> None:
    current = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    for flag in flags:
        name = flag.split("=")[0]
        if not any(f.split("=")[0] == name for f in current):
            current.append(flag)
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(current)


def _is_root() -> bool:
    geteuid = getattr(os, "geteuid", None)
    return bool(geteuid and geteuid() == 0)


def configure_environment(*, for_cli: bool = False) -> None:
    """Set the environment QtWebEngine reads at start-up (idempotent)."""
    if for_cli and not os.environ.get("QT_QPA_PLATFORM"):
        # a process printing without a window never needs the screen: on a desktop it would
        # only wake the GPU drivers (and their complaints on stderr), over SSH it would fail;
        # the offscreen platform itself opens an X display when it finds one (for OpenGL),
        # and with it Vulkan and the GPU's probes, each with its line on stderr
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ.pop("DISPLAY", None)
    if _is_root() or os.environ.get("NEWSDESK_NO_SANDBOX"):
        _add_flags("--no-sandbox")
    if _offscreen():
        _add_flags("--disable-gpu")
    if not os.environ.get("NEWSDESK_CHROMIUM_LOG"):
        _add_flags(*_QUIET_FLAGS)  # keep the CLI's stderr for newsdesk's own messages


def _offscreen() -> bool:
    return os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen")


def prepare_application() -> None:
    """What must be set before the application object exists, without importing QtWebEngine
    (the GUI's start-up stays light): Chromium's flags and ``AA_ShareOpenGLContexts``. The URL
    scheme is registered later by ``register_scheme()``, before the first QtWebEngine object."""
    from PySide6.QtCore import QCoreApplication

    configure_environment()
    if QCoreApplication.instance() is None and not _offscreen():
        # (offscreen, Chromium runs without a GPU: there is no OpenGL context to share, and
        # reading Qt's namespace of enums would cost a print from the command line ~25 ms)
        from PySide6.QtCore import Qt

        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)


def register_scheme() -> bool:
    """Register the print URL scheme (safe to call again); True when it is registered.

    QtWebEngine accepts it until its first profile or page exists, so every place that makes
    one calls this first. A registration Qt refused (too late) leaves printing on the folder
    fallback instead of a scheme nobody answers."""
    if _state["scheme"]:
        return True
    from PySide6.QtWebEngineCore import QWebEngineUrlScheme

    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.CorsEnabled
    )
    QWebEngineUrlScheme.registerScheme(scheme)
    _state["scheme"] = bytes(QWebEngineUrlScheme.schemeByName(SCHEME).name().data()) == SCHEME
    return bool(_state["scheme"])


def init_printing() -> None:
    """Prepare printing; call before the QApplication is created (safe to call again)."""
    from PySide6.QtCore import QCoreApplication

    prepare_application()
    if QCoreApplication.instance() is None:
        register_scheme()


def scheme_registered() -> bool:
    return bool(_state["scheme"])


def ensure_app():
    """The running Qt application, creating a QGuiApplication (offscreen if need be) if none."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        configure_environment(for_cli=True)
        init_printing()
        _quiet_known_noise()
        app = QGuiApplication([sys.argv[0] if sys.argv else "newsdesk"])
        _state["app"] = app  # keep it alive for the life of the process
    return app


def _quiet_known_noise() -> None:
    """Drop QtWebEngine's GPU start-up warnings; pass every other message on to stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if not message.startswith(NOISE):
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)
