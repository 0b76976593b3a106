"""The UI language: Vietnamese or English, following the system unless the user chose one.

Translations are Qt Linguist sources (``resources/i18n/newsdesk_<lang>.ts``, and
``qt_<lang>.ts`` for the texts Qt itself shows: standard buttons, text context menus). A shipped
``.qm`` beside them is used when present (a wheel built with a compile step); otherwise the
``.ts`` is compiled once with lrelease into the cache folder (rebuilt when the source
changes), so a source checkout never needs generated files in git. A cache folder this user
may not write (a read-only data folder) has it compiled into a temporary folder at each start,
removed as soon as the translation is loaded: none is left behind per start.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from newsdesk.config.resources import resource_path

log = logging.getLogger(__name__)
LANGUAGES = ("vi", "en")
SOURCE_LANGUAGE = "en"


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def choose_language(preference: str) -> str:
    """``preference`` ("vi", "en" or "" for the system's) as a supported language code."""
    code = (preference or "").strip().lower().split("-")[0]
    return code if code in LANGUAGES else system_language()


def lrelease_program() -> str | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe",
                      Path(sys.executable).parent / "pyside6-lrelease"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translation(language: str, cache_dir: Path, name: str = "newsdesk",
                        scratch: ExitStack | None = None) -> Path | None:
    """The .qm file of ``name`` (``newsdesk``, or ``qt`` for the texts of Qt's own buttons and
    menus) for ``language``: shipped, cached, or compiled now; None if impossible.

    When ``cache_dir`` cannot be written, it is compiled into a temporary folder that
    ``scratch`` removes when it closes (load it before; a loaded QTranslator keeps the
    translation in memory); without ``scratch``, it is not compiled at all (None)."""
    source = resource_path("i18n", f"{name}_{language}.ts")
    shipped = source.with_suffix(".qm")
    if shipped.is_file():
        return shipped
    if not source.is_file():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache_dir / "i18n" / f"{name}_{language}-{digest}.qm"
    if target.is_file():
        return target
    program = lrelease_program()
    if program is None:
        log.warning("no lrelease found: the UI stays in English")
        return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:  # a cache this user may not write (a read-only data folder): a temp one
        if scratch is None:
            log.warning("cannot write %s: %s is not compiled", target.parent, source.name)
            return None
        folder = scratch.enter_context(tempfile.TemporaryDirectory(
            prefix="newsdesk-i18n-", ignore_cleanup_errors=True))
        target = Path(folder) / target.name
    partial = target.with_suffix(".tmp.qm")
    try:
        subprocess.run([program, "-silent", str(source), "-qm", str(partial)], check=True,
                       capture_output=True, timeout=60)
        partial.replace(target)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", source, exc)
        partial.unlink(missing_ok=True)
        return None
    return target


class Translations:
    """The installed translator; ``switch`` changes the language of a running app."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.language = SOURCE_LANGUAGE
        self._translators: list[QTranslator] = []

    def switch(self, preference: str) -> str:
        app = QCoreApplication.instance()
        language = choose_language(preference)
        if app is not None:
            for old in self._translators:
                app.removeTranslator(old)
        self._translators = []
        self.language = language
        if app is not None:  # English too: its plural forms ("1 word", "2 words")
            # a file compiled into a temporary folder (a read-only cache) is read by its
            # translator, then the folder removed as the block ends
            with ExitStack() as scratch:
                for name in ("qt", "newsdesk"):  # Qt's buttons have no English file
                    qm = compile_translation(language, self.cache_dir, name, scratch)
                    translator = QTranslator(app)
                    if qm is not None and translator.load(str(qm)):
                        app.installTranslator(translator)
                        self._translators.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                                   else QLocale.Language.English))
        return language
