"""Text rules shared by every layer: NFC normalisation, search folding and slugs.

Vietnamese arrives in NFD from some keyboards, from macOS file names and from pasted web
text; everything is normalised to NFC on the way in. Search folds case and tones and treats
đ as d, so that ``hai phong`` finds ``Hải Phòng``.
"""

from __future__ import annotations

import re
import unicodedata

_D_MAP = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"\w+", re.UNICODE)


def nfc(text: str | None) -> str:
    """Return ``text`` in Unicode NFC, with Windows/Mac line ends made ``\\n`` and NUL
    characters removed (never text; PostgreSQL refuses them, so both databases agree)."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return unicodedata.normalize("NFC", text)


def strip_marks(text: str) -> str:
    """Remove combining marks (tones, breve, circumflex, horn) and map đ → d."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.translate(_D_MAP))


def fold(text: str) -> str:
    """The search key of ``text``: case-folded, tones removed, đ as d.

    ``fold("HẢI PHÒNG") == fold("hai phong") == "hai phong"``.
    """
    return strip_marks(text).casefold()


def search_terms(text: str) -> list[str]:
    """Split ``text`` into folded word terms (what a search index stores and a query asks)."""
    return _WORD.findall(fold(text))


def slugify(text: str, *, max_length: int = 80) -> str:
    """An ASCII slug for URLs and file names: ``Ban Dân vận Thành ủy`` → ``ban-dan-van-thanh-uy``."""
    slug = _NON_SLUG.sub("-", fold(text)).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug or "bai-viet"


FILE_STEM_LENGTH = 60  # characters of the slug an exported file is named by


def file_stem(headline: str) -> str:
    """The name an article's exported file takes (without extension), the same from the
    command line, an edition's folder and the export dialog: its headline's slug, 60
    characters at most (cut between words)."""
    return slugify(headline or "bai-viet", max_length=FILE_STEM_LENGTH)


def single_line(text: str) -> str:
    """Collapse runs of white space (line breaks included) into single spaces."""
    return " ".join(nfc(text).split())


# Bidirectional controls (LRE…PDF, LRI…PDI, LRM/RLM/ALM): in a terminal they reorder what
# follows them, so "abc\u202etxt.exe" reads as "abcexe.txt". Shown escaped, never obeyed.
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def for_terminal(text: str) -> str:
    """``text`` safe to print on one terminal line: bidi and other control characters shown
    as ``\\u202e``-style escapes, white space runs folded."""
    folded = single_line(text)
    folded = _BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", folded)
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", folded)


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters with "…" (for echoing a value in a message)."""
    return text if len(text) <= limit else f"{text[: limit - 1]}… ({len(text):,} characters)"


# user:password@ in any URL (postgresql+psycopg://user:secret@host/db, https://u:p@host/)
_CREDENTIALS = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<user>[^\s:/@]*):[^\s@/]*@")


def redact(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    return _CREDENTIALS.sub(lambda m: f"{m['scheme']}{m['user']}:***@", text)
