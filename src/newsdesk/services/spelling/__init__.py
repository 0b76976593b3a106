"""Spell checking in Vietnamese and English, free of Qt: the CLI and the editor share it.

``checker`` (SpellChecker: hunspell through chunspell, word lists, suggestions), ``syllables``
(Vietnamese tone placements and well-formed syllables), ``tokens`` (which words are checked),
``dictionaries`` (finding vi_VN / en_US, the personal word list), ``article`` (a whole
article, field by field, as ``newsdesk spell`` reports it). hunspell is imported when the
first checker is made.
"""

from __future__ import annotations

from .article import Finding, check_article, checker_for, personal_dictionary, style_of
from .checker import MAX_SUGGESTIONS, Misspelling, SpellChecker, article_language
from .dictionaries import ENV_DICTIONARIES, LANGUAGES, PersonalDictionary, find_dictionary
from .syllables import Style, article_style, in_style, placements, well_formed

__all__ = [
    "ENV_DICTIONARIES",
    "LANGUAGES",
    "MAX_SUGGESTIONS",
    "Finding",
    "Misspelling",
    "PersonalDictionary",
    "SpellChecker",
    "Style",
    "article_language",
    "article_style",
    "check_article",
    "checker_for",
    "find_dictionary",
    "in_style",
    "personal_dictionary",
    "placements",
    "style_of",
    "well_formed",
]
