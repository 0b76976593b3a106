"""SpellChecker: is a word right, what could it be, which words of a text are wrong.

A word is right when the article's language dictionary or the second language's accepts it
(Vietnamese articles quote English names and terms, English ones Vietnamese names), when the
newsroom's or the reporter's word list has it, when it was ignored, or when it is a
capitalised, well-formed Vietnamese syllable (a name no dictionary can list). Vietnamese is
checked syllable by syllable in NFC, with the tone on either vowel where both placements are
in use (``syllables``); suggestions are written in the article's placement.

hunspell (the ``chunspell`` binding) is not safe to call from two threads at once: every call
goes through one lock. The GUI calls ``check`` from a worker thread only; word lists may be
changed from any thread (they are plain sets, swapped whole).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .dictionaries import LANGUAGES, DictionaryFiles, find_dictionary
from .syllables import Style, in_style, looks_vietnamese, placements, tone_of, well_formed
from .tokens import words
from .variants import near_misses, syllable_index

MAX_SUGGESTIONS = 5


@dataclass(frozen=True)
class Misspelling:
    start: int  # index in the text checked
    end: int
    word: str  # NFC
    suggestions: tuple[str, ...] = ()


def article_language(language: str) -> str | None:
    """"vi", "en" for an article's language tag ("vi", "en-GB"…); None when no dictionary."""
    base = (language or "vi").split("-")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def _load(files: DictionaryFiles) -> Any | None:
    from hunspell import Hunspell  # chunspell

    try:
        return Hunspell(files.name, hunspell_data_dir=str(files.folder))
    except Exception:  # an unreadable or damaged dictionary is a missing one
        return None


class SpellChecker:
    def __init__(self, language: str = "vi", *, folders: list[Path] | None = None) -> None:
        self.language = article_language(language)
        self.second = {"vi": "en", "en": "vi"}.get(self.language or "")
        self._lock = threading.Lock()
        self._engines: dict[str, Any] = {}
        self._syllables: dict[str, tuple[str, ...]] = {}  # Vietnamese, by their bare letters
        self.missing: list[str] = []  # languages wanted whose dictionary was not found
        for lang in (self.language, self.second):
            if lang is None:
                continue
            files = find_dictionary(lang, folders)
            engine = _load(files) if files is not None else None
            if engine is None:
                self.missing.append(lang)
            else:
                self._engines[lang] = engine
                if lang == "vi" and files is not None:
                    self._syllables = syllable_index(files.folder / f"{files.name}.dic")
        self._words: tuple[str, ...] = ()
        self._extra: frozenset[str] = frozenset()
        self._ignored: frozenset[str] = frozenset()
        self._pending_adds: list[str] = []
        self._known: dict[str, bool] = {}
        self._suggested: dict[tuple[str, str | None], tuple[str, ...]] = {}

    @property
    def available(self) -> bool:
        """False when the article's own language has no dictionary: then nothing is checked
        (never every word underlined)."""
        return self.language is not None and self.language in self._engines

    # -- word lists -------------------------------------------------------------------------
    def set_words(self, extra: Iterable[str]) -> None:
        """The newsroom's and the reporter's words (replacing those given before)."""
        given = [unicodedata.normalize("NFC", w.strip()) for w in extra if w and w.strip()]
        new = [w for w in given if w.casefold() not in self._extra]
        self._words = tuple(given)
        self._extra = frozenset(w.casefold() for w in given)
        self._pending_adds = [*self._pending_adds, *new]
        self._known = {}

    def add_word(self, word: str) -> None:
        self.set_words([*self._words, word])

    def ignore(self, word: str) -> None:
        """Accept ``word`` for as long as this checker lives (not stored)."""
        self._ignored = self._ignored | {unicodedata.normalize("NFC", word).casefold()}
        self._known = {}

    def listed(self, word: str) -> bool:
        """Is ``word`` in the word lists or ignored (no dictionary asked)?"""
        folded = unicodedata.normalize("NFC", word).casefold()
        return folded in self._extra or folded in self._ignored

    # -- checking ---------------------------------------------------------------------------
    def _spelled(self, word: str) -> bool:
        """Under the lock: does a dictionary accept ``word`` (in either placement)?"""
        for lang, engine in self._engines.items():
            forms = placements(word) if lang == "vi" else (word.replace("’", "'"),)
            try:
                if any(engine.spell(form) for form in forms):
                    return True
            except UnicodeError:  # a dictionary in a legacy encoding cannot hold this word
                continue
        return False

    def _take_additions(self) -> None:
        adds, self._pending_adds = self._pending_adds, []
        engine = self._engines.get(self.language or "")
        if engine is not None:
            for word in adds:
                try:
                    engine.add(word)  # so that suggestions offer it too
                except UnicodeError:
                    pass

    def is_correct(self, word: str) -> bool:
        word = unicodedata.normalize("NFC", word)
        if self.listed(word):
            return True
        known = self._known.get(word)
        if known is not None:
            return known
        with self._lock:
            self._take_additions()
            right = self._spelled(word)
        if not right and word[:1].isupper() and word[1:].islower():
            right = well_formed(word)  # a name shaped like a Vietnamese syllable
        if len(self._known) > 50_000:
            self._known.clear()
        self._known[word] = right
        return right

    def _order(self, word: str) -> list[str]:
        langs = [lang for lang in (self.language, self.second)
                 if lang is not None and lang in self._engines]
        bare = tone_of(word.lower())[0]
        if "vi" in langs and "en" in langs and not looks_vietnamese(word) \
                and not well_formed(bare):
            langs.sort(key=lambda lang: lang != "en")  # English-looking: English first
        return langs

    def suggest(self, word: str, style: Style | None = None) -> tuple[str, ...]:
        """Up to MAX_SUGGESTIONS words, the likeliest first; Vietnamese in ``style``."""
        word = unicodedata.normalize("NFC", word)
        key = (word, style)
        cached = self._suggested.get(key)
        if cached is not None:
            return cached
        # the slips Vietnamese input methods make (ươ typed as uơ or ưo) are the likeliest,
        # then the same letters with other marks ("vơí" → "với") and quick typing's shorthand
        found: list[str] = [slip for slip in typing_slips(word) if self.is_correct(slip)]
        if self._syllables and (self.language == "vi" or looks_vietnamese(word)):
            for item in near_misses(word, self._syllables):
                item = in_style(item, style)
                if item != word and item not in found:
                    found.append(item)
        for lang in self._order(word):
            with self._lock:
                self._take_additions()
                try:
                    raw = self._engines[lang].suggest(word if lang == "vi" else
                                                      word.replace("’", "'"))
                except UnicodeError:
                    raw = ()
            for item in raw:
                item = unicodedata.normalize("NFC", item)
                if " " in item or "-" in item:
                    continue  # hunspell's "split the word" guesses never fit a syllable
                if lang == "vi":
                    item = in_style(item, style)
                if item != word and item not in found:
                    found.append(item)
        result = tuple(found[:MAX_SUGGESTIONS])
        if len(self._suggested) > 5_000:
            self._suggested.clear()
        self._suggested[key] = result
        return result

    def check(self, text: str, style: Style | None = None, *,
              suggestions: bool = True) -> list[Misspelling]:
        """The misspelt words of ``text`` (one paragraph or line), in order."""
        if not self.available:
            return []
        found = []
        for item in words(text):
            if self.is_correct(item.text):
                continue
            hints = self.suggest(item.text, style) if suggestions else ()
            found.append(Misspelling(item.start, item.end, item.text, hints))
        return found


_HORN = "\u031b"
_UO_MISSING_U_HORN = re.compile(f"([uU])([oO]{_HORN})")  # uơ → ươ
_UO_MISSING_O_HORN = re.compile(f"([uU]{_HORN})([oO])(?!{_HORN})")  # ưo → ươ


def typing_slips(word: str) -> list[str]:
    """What ``word`` likely meant when an input method put the horn on only one vowel of
    "ươ" (Telex and VNI both do when the horn key comes early or late): "nguời" → "người",
    "mưòi" → "mười". Tones stay where they were typed."""
    decomposed = unicodedata.normalize("NFD", word)
    out = []
    for pattern, fixed in ((_UO_MISSING_U_HORN, f"\\1{_HORN}\\2"),
                           (_UO_MISSING_O_HORN, f"\\1\\2{_HORN}")):
        candidate = unicodedata.normalize("NFC", pattern.sub(fixed, decomposed))
        if candidate != word and candidate not in out:
            out.append(candidate)
    return out
