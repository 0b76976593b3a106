"""Where the hunspell dictionaries are, and the reporter's own word list.

The app ships ``vi_VN`` and ``en_US`` under ``resources/dictionaries`` (their licences are
recorded there, ``README.md``). When a copy lacks them, the usual system folders are searched
(``/usr/share/hunspell``, ``/usr/share/myspell``, macOS's ``~/Library/Spelling``, and the
folders of ``DICPATH``). ``NEWSDESK_DICTIONARIES`` (folders separated as in ``PATH``) replaces
that whole search: only those folders are used (an empty folder means "no dictionary").

The personal dictionary is ``dictionary.txt`` in the data folder, one word a line, written
atomically.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from newsdesk.config.atomic import atomic_write
from newsdesk.config.resources import resource_path

ENV_DICTIONARIES = "NEWSDESK_DICTIONARIES"
LANGUAGES = {"vi": "vi_VN", "en": "en_US"}  # article language -> dictionary name
PERSONAL_FILE = "dictionary.txt"


@dataclass(frozen=True)
class DictionaryFiles:
    language: str  # "vi" or "en"
    name: str  # "vi_VN"
    folder: Path


def search_folders() -> list[Path]:
    """The folders searched for ``NAME.dic`` + ``NAME.aff``, first match wins."""
    chosen = os.environ.get(ENV_DICTIONARIES)
    if chosen is not None:
        return [Path(p) for p in chosen.split(os.pathsep) if p]
    folders = []
    try:
        folders.append(resource_path("dictionaries"))
    except FileNotFoundError:
        pass
    folders += [Path(p) for p in os.environ.get("DICPATH", "").split(os.pathsep) if p]
    home = Path.home()
    folders += [Path("/usr/share/hunspell"), Path("/usr/share/myspell"),
                Path("/usr/share/myspell/dicts"), Path("/usr/local/share/hunspell"),
                Path("/opt/homebrew/share/hunspell"), home / "Library" / "Spelling",
                Path("/Library/Spelling")]
    return folders


def find_dictionary(language: str, folders: list[Path] | None = None) -> DictionaryFiles | None:
    """The first folder holding the dictionary for ``language`` ("vi", "en"), if any."""
    name = LANGUAGES.get(language)
    if name is None:
        return None
    for folder in search_folders() if folders is None else folders:
        if (folder / f"{name}.dic").is_file() and (folder / f"{name}.aff").is_file():
            return DictionaryFiles(language, name, folder)
    return None


def _normal(word: str) -> str:
    return unicodedata.normalize("NFC", word.strip())


def read_word_list(path: Path) -> list[str]:
    """The words of a one-word-a-line file ([] when it is missing or unreadable)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return [w for w in (_normal(line) for line in text.splitlines()) if w]


class PersonalDictionary:
    """The reporter's own words, in a file of the data folder."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def words(self) -> list[str]:
        return read_word_list(self.path)

    def add(self, word: str) -> None:
        word = _normal(word)
        known = self.words()
        if word and word not in known:
            atomic_write(self.path, "\n".join([*known, word]) + "\n", private=True)

    def remove(self, word: str) -> None:
        word = _normal(word)
        known = self.words()
        if word in known:
            atomic_write(self.path, "".join(f"{w}\n" for w in known if w != word), private=True)
