"""The editor's spell checking service: checks paragraphs on a worker, keeps the results.

One ``SpellService`` per window. The fields ask ``results(text)`` for a paragraph (or the
headline) and get the cached answer, or None. What a keystroke changed is only noted (the
field's ``source`` remembers the paragraph, ``poke`` restarts a short timer); when the typing
pauses, the worker checks the paragraphs that changed, as they are then — never each
intermediate version, never while keys arrive. An opened article is checked at once, a few
paragraphs a task (``request``). hunspell is never called on the UI thread while the user
types, and the worker lets go of the interpreter between paragraphs; ``checked`` then fires
and the fields paint what is known.

The checker is made for the open article's language on a worker (dictionaries, the newsroom's
words from the library, the reporter's from the data folder). When the article's dictionary
is missing ``notice`` says so and nothing is underlined. Suggestions are asked for when a menu
opens (``suggestions``), in the article's tone placement. Adding a word or ignoring it takes
it out of the results at once; the newsroom list and the personal file are written on a
worker.
"""

from __future__ import annotations

import logging
import time
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from .workers import Debouncer, run_task

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI
    from newsdesk.services.spelling import Misspelling, SpellChecker, Style

log = logging.getLogger(__name__)

CHECK_DELAY_MS = 300  # after the last keystroke
BATCH = 40  # paragraphs per worker task
MAX_CACHED = 20_000


_pool: QThreadPool | None = None


def spell_pool() -> QThreadPool:
    """One thread of its own: checking never holds up the global pool's threads, which serve
    what the user is waiting for (saves, the library, comments)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def _load(library: LibraryAPI, language: str, texts: list[str]) -> tuple[SpellChecker, Style | None]:
    from newsdesk.services.spelling import (
        SpellChecker,
        article_style,
        personal_dictionary,
    )

    checker = SpellChecker(language)
    words = list(personal_dictionary(library).words())
    try:
        words += library.dictionary_words()
    except Exception:  # the library may be unreachable: the personal words still count
        log.warning("the newsroom dictionary could not be read", exc_info=True)
    checker.set_words(words)
    return checker, article_style(texts)


def _check(checker: SpellChecker, style: Style | None,
           texts: list[str]) -> dict[str, tuple[Misspelling, ...]]:
    found = {}
    for text in texts:
        found[text] = tuple(checker.check(text, style, suggestions=False))
        time.sleep(0)  # let the UI thread have the interpreter between paragraphs
    return found


class SpellService(QObject):
    checked = Signal()  # new results: repaint
    notice_changed = Signal(str)  # "" when all is well
    write_failed = Signal(object)  # a word could not be stored (the error)

    def __init__(self, library: LibraryAPI, enabled: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.enabled = enabled
        self.checker: SpellChecker | None = None
        self.style: Style | None = None
        self.language = ""
        self.notice = ""
        self._results: dict[str, tuple[Misspelling, ...]] = {}
        self._queue: dict[str, None] = {}
        self._sources: list[Callable[[], list[str]]] = []
        self._busy = False
        self._again = False
        self._generation = 0
        self._ignored: list[str] = []  # "Ignore" holds for the session, whatever checker comes
        self._debounce = Debouncer(CHECK_DELAY_MS, self._start, self)

    # -- the article ----------------------------------------------------------------------------
    def set_article(self, language: str, texts: list[str]) -> None:
        """A new article is shown: a checker for its language, its tone placement."""
        self._generation += 1
        self._results.clear()
        self._queue.clear()
        self.checker = None  # until the new one is made: nothing is underlined
        self.checked.emit()
        if not self.enabled:
            return
        generation = self._generation
        self.language = language
        run_task(_load, self.library, language, texts,
                 on_done=lambda loaded: self._loaded(generation, *loaded),
                 on_error=self._load_failed, pool=spell_pool())

    def _loaded(self, generation: int, checker: SpellChecker, style: Style | None) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the window closed, or another article opened, meanwhile
        for word in self._ignored:
            checker.ignore(word)
        self.checker, self.style = checker, style
        self._set_notice(self._notice_for(checker))
        self._start()

    def _load_failed(self, exc: BaseException) -> None:
        log.error("the spell checker could not be made", exc_info=exc)
        if not shiboken6.isValid(self):
            return
        self._set_notice(QCoreApplication.translate(
            "SpellService", "Spelling is not checked: the dictionaries could not be read."))

    @staticmethod
    def _notice_for(checker: SpellChecker) -> str:
        translate = QCoreApplication.translate
        if checker.language is None:
            return translate("SpellService", "Spelling is not checked: no dictionary for this "
                             "article's language.")
        names = {"vi": translate("SpellService", "Vietnamese"),
                 "en": translate("SpellService", "English")}
        if checker.language in checker.missing:
            return translate("SpellService", "Spelling is not checked: no %1 dictionary was "
                             "found.").replace("%1", names[checker.language])
        if checker.missing:
            return translate("SpellService", "No %1 dictionary was found: its words are not "
                             "recognised.").replace("%1", names[checker.missing[0]])
        return ""

    def _set_notice(self, text: str) -> None:
        if text != self.notice:
            self.notice = text
            self.notice_changed.emit(text)

    def set_enabled(self, on: bool, language: str = "vi", texts: list[str] | None = None) -> None:
        if on == self.enabled:
            return
        self.enabled = on
        if on:
            self.set_article(language, texts or [])
        else:
            self._generation += 1
            self._results.clear()
            self._queue.clear()
            self._set_notice("")
            self.checked.emit()

    @property
    def active(self) -> bool:
        return self.enabled and self.checker is not None and self.checker.available

    # -- results --------------------------------------------------------------------------------
    def results(self, text: str) -> tuple[Misspelling, ...] | None:
        """The misspelt words of ``text`` if known, else None (nothing is queued: the fields
        say what changed through their ``source``, read when the typing pauses)."""
        if not self.enabled:
            return ()
        return self._results.get(text)

    def add_source(self, source: Callable[[], list[str]]) -> None:
        """``source()`` gives the texts a field changed since it was last asked; it is asked
        when the typing pauses (``poke``)."""
        self._sources.append(source)

    def poke(self) -> None:
        """Something was typed: check what changed once the typing pauses."""
        self._debounce.poke()

    def request(self, texts: list[str]) -> None:
        """Check these texts now, a batch after the other (an article being opened)."""
        for text in texts:
            if text not in self._results:
                self._queue[text] = None
        self._start()

    def _start(self) -> None:
        if self._busy:
            self._again = True  # a pause came while a batch was checked: ask again after it
            return
        if not self.active:
            return
        if not self._queue:
            known = False
            for source in self._sources:
                for text in source():
                    if text not in self._results:
                        self._queue[text] = None
                    else:
                        known = True
            if known:  # an undo, a redo, a word typed and taken back: the paragraph's text
                self.checked.emit()  # was checked before, its marks are shown again now
        if not self._queue:
            return
        assert self.checker is not None
        batch = list(self._queue)[:BATCH]
        for text in batch:
            del self._queue[text]
        self._busy = True
        generation = self._generation
        run_task(_check, self.checker, self.style, batch,
                 on_done=lambda found: self._checked(generation, found),
                 on_error=self._check_failed, pool=spell_pool())

    def _checked(self, generation: int, found: dict[str, tuple[Misspelling, ...]]) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed while the worker checked
        self._busy = False
        if generation != self._generation:
            self._start()
            return
        if len(self._results) > MAX_CACHED:
            self._results.clear()
        checker = self.checker
        for text, items in found.items():
            self._results[text] = tuple(m for m in items
                                        if checker is None or not checker.listed(m.word))
        self.checked.emit()
        if self._queue or self._again:  # what was asked for at once goes on, and what the
            self._again = False  # fields changed if the typing paused meanwhile
            self._start()

    def _check_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._again = False
        log.error("spell checking failed", exc_info=exc)

    # -- the menu's commands --------------------------------------------------------------------
    def suggestions(self, word: str) -> tuple[str, ...]:
        """Up to five words for ``word`` (hunspell asked now: a menu is opening)."""
        if self.checker is None:
            return ()
        return self.checker.suggest(word, self.style)

    def _drop(self, word: str) -> None:
        folded = unicodedata.normalize("NFC", word).casefold()
        for text, items in list(self._results.items()):
            kept = tuple(m for m in items if m.word.casefold() != folded)
            if len(kept) != len(items):
                self._results[text] = kept
        self.checked.emit()

    def ignore(self, word: str) -> None:
        self._ignored.append(word)
        if self.checker is not None:
            self.checker.ignore(word)
        self._drop(word)

    def add_to_personal(self, word: str) -> None:
        from newsdesk.services.spelling import personal_dictionary

        if self.checker is not None:
            self.checker.add_word(word)
        self._drop(word)
        run_task(personal_dictionary(self.library).add, word,
                 on_error=lambda exc: self._write_failed(exc))

    def add_to_newsroom(self, word: str) -> None:
        if self.checker is not None:
            self.checker.add_word(word)
        self._drop(word)
        run_task(self.library.add_dictionary_word, word,
                 on_error=lambda exc: self._write_failed(exc))

    def _write_failed(self, exc: BaseException) -> None:
        log.warning("a word could not be stored in a dictionary", exc_info=exc)
        if shiboken6.isValid(self):
            self.write_failed.emit(exc)
