"""Vietnamese syllables for the spell checker: tone marks, the two tone placements, names.

Vietnamese is written one syllable a word. Where a syllable ends in the vowel pairs *oa*,
*oe* or *uy* with no final consonant, two placements of the tone mark are in use: on the
first vowel ("hòa", "khỏe", "thủy", the older habit most newspapers keep) or on the second
("hoà", "khoẻ", "thuỷ", the newer rule the Vietnamese hunspell dictionary follows). Both are
right; ``placements`` gives a syllable in both so that either is accepted, and ``in_style``
writes a suggestion the way the article already does (``article_style``).

``well_formed`` says whether a word is shaped like a Vietnamese syllable (a known onset, a
known rhyme, a tone its ending allows), which is what a capitalised name must be to be left
unflagged when no dictionary knows it ("Quỳnh", "Thoại").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Literal

Style = Literal["first", "second"]

GRAVE, ACUTE, TILDE, HOOK, DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
TONES = frozenset((GRAVE, ACUTE, TILDE, HOOK, DOT))

# longest first, so that "ngh" is tried before "ng" and "n"
ONSETS = ("ngh", "ng", "nh", "ch", "gh", "kh", "ph", "th", "tr", "gi", "qu",
          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x")

RHYMES = frozenset("""
a ac ach ai am an ang anh ao ap at au ay e ec em en eng eo ep et i ia ich im in ing inh ip it
iu iêc iêm iên iêng iêp iêt iêu o oa oac oach oai oam oan oang oanh oao oap oat oay oc oe oen
oeo oet oi om on ong ooc oong op ot oăc oăm oăn oăng oăt u ua uc ui um un ung up ut uy uya
uych uyn uynh uyp uyt uyu uyên uyêt uân uâng uât uây uê uêch uênh uôc uôi uôm uôn uông uôt uơ
y ynh yt yêm yên yêng yêt yêu âc âm ân âng âp ât âu ây ê êc êch êm ên êng ênh êp êt êu ô ôc ôi
ôm ôn ông ôp ôt ăc ăm ăn ăng ăp ăt ơ ơi ơm ơn ơp ơt ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn
ương ươp ươt ươu
""".split())

_STOPS = ("c", "ch", "p", "t")  # a rhyme ending so takes only the acute or the dot below
_TWO_PLACES = ("oa", "oe", "uy")
_VOWELS = frozenset("aăâeêioôơuưy")
_SYLLABLE = re.compile(r"[^\W\d_]+")


def tone_of(syllable: str) -> tuple[str, str | None, int]:
    """(the syllable without its tone mark, NFC; the mark; the index of the letter it sat on)."""
    bare: list[str] = []
    tone: str | None = None
    at = -1
    for ch in syllable:
        parts = unicodedata.normalize("NFD", ch)
        kept = "".join(c for c in parts if c not in TONES)
        found = [c for c in parts if c in TONES]
        if found and tone is None:
            tone, at = found[0], len(bare)
        bare.append(unicodedata.normalize("NFC", kept) if kept else ch)
    return "".join(bare), tone, at


def _with_tone(bare: str, tone: str, at: int) -> str:
    letter = unicodedata.normalize("NFC", unicodedata.normalize("NFD", bare[at]) + tone)
    return bare[:at] + letter + bare[at + 1:]


def split_onset(bare: str) -> tuple[str, str]:
    """(onset, rhyme) of a lower-case syllable without its tone."""
    for onset in ONSETS:
        if bare.startswith(onset) and len(bare) > len(onset):
            rest = bare[len(onset):]
            if onset == "gi" and rest[0] not in _VOWELS:
                return "g", bare[1:]  # "gìn": the i is the vowel
            return onset, rest
    return "", bare


def _two_places(syllable: str) -> tuple[str, str, int, str] | None:
    """For a toned syllable whose tone may sit on either vowel of oa/oe/uy: (bare, tone,
    index of the first of the two vowels, which of them carries it now)."""
    bare, tone, at = tone_of(syllable)
    if tone is None:
        return None
    onset, rhyme = split_onset(bare.lower())
    if rhyme not in _TWO_PLACES or onset == "qu":
        return None
    first = len(onset)
    if at not in (first, first + 1):
        return None
    return bare, tone, first, "first" if at == first else "second"


def placements(syllable: str) -> tuple[str, ...]:
    """The syllable as written, then with its tone on the other vowel when both are in use."""
    found = _two_places(syllable)
    if found is None:
        return (syllable,)
    bare, tone, first, now = found
    other = first + 1 if now == "first" else first
    return (syllable, _with_tone(bare, tone, other))


def placement(syllable: str) -> Style | None:
    """Where this syllable puts a tone that could go on either vowel (None: no such tone)."""
    found = _two_places(syllable)
    return found[3] if found else None  # type: ignore[return-value]


def in_style(word: str, style: Style | None) -> str:
    """``word`` (one or more syllables) with every movable tone placed as ``style`` does."""
    if style is None:
        return word

    def place(match: re.Match[str]) -> str:
        syllable = match.group(0)
        found = _two_places(syllable)
        if found is None or found[3] == style:
            return syllable
        bare, tone, first, _ = found
        return _with_tone(bare, tone, first if style == "first" else first + 1)

    return _SYLLABLE.sub(place, unicodedata.normalize("NFC", word))


def article_style(texts: Iterable[str]) -> Style | None:
    """The placement the texts use most (None when they use neither, or both as often)."""
    counts = {"first": 0, "second": 0}
    for text in texts:
        for match in _SYLLABLE.finditer(unicodedata.normalize("NFC", text)):
            where = placement(match.group(0))
            if where is not None:
                counts[where] += 1
    if counts["first"] == counts["second"]:
        return None
    return "first" if counts["first"] > counts["second"] else "second"


def well_formed(word: str) -> bool:
    """Is ``word`` shaped like one Vietnamese syllable (onset, rhyme, a tone it allows)?"""
    bare, tone, _ = tone_of(unicodedata.normalize("NFC", word))
    onset, rhyme = split_onset(bare.lower())
    if rhyme not in RHYMES:
        return False
    if onset in ("k", "gh", "ngh") and rhyme[0] not in "eêiy":
        return False  # k, gh, ngh only before e, ê, i
    return not (rhyme.endswith(_STOPS) and tone not in (None, ACUTE, DOT))


def looks_vietnamese(word: str) -> bool:
    """Letters only Vietnamese uses (đ, ă, â, ê, ô, ơ, ư or a tone mark)."""
    bare, tone, _ = tone_of(unicodedata.normalize("NFC", word))
    return tone is not None or any(ch in "đăâêôơưĐĂÂÊÔƠƯ" for ch in bare)
