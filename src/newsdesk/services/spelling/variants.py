"""Vietnamese words a misspelt syllable most likely meant: the same letters with other marks.

Most slips in Vietnamese typing leave the letters right and get a mark wrong: the tone on the
wrong vowel ("vơí" for "với"), a tone or a dot left off ("đươc" for "được", "đăc" for
"đặc"), a circumflex, breve or horn missing or extra. hunspell's suggestions, built for
letter edits, often miss those or list them last. ``near_misses`` looks up the dictionary's
syllables with the same bare letters (marks and the stroke of đ taken off) and orders them
by how many marks differ, the tone counted once wherever it sits; ties go to the commoner
syllable (``COMMON``, the most frequent syllables of Vietnamese news text), then to
dictionary order. ``SHORTHAND`` gives the word meant by the abbreviations of quick typing
("ko", "đc", "vs").

The dictionary's syllables are read once per file and kept (about 6,600 lines for vi_VN).
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng
VOWEL_MARKS = frozenset("\u0302\u0306\u031b")  # circumflex (â ê ô), breve (ă), horn (ơ ư)
STROKE = "stroke"  # đ

# The commonest syllables of Vietnamese news text, commonest first: ties between equally
# near words go to the one a reporter writes more often.
COMMON = tuple("""
và của là có được các trong cho không người những với một này đã đến năm khi để ra ngày
theo về từ như thì cũng còn nhiều tại sẽ phải đó đang việc hơn nước sau mới làm chỉ vào
trên bị nhà nhưng thành lại nên nếu hay rất đi số hai ba tháng giờ ông bà anh chị em họ
chúng tôi mình ta ai gì sao nào đâu đây kia thế vậy lúc nay qua trước giữa dưới ngoài
cùng bằng cả mà vì do nhất vẫn đều chưa luôn đúng sai tốt lớn nhỏ mọi thêm bộ dân xã
hội đường phố quận huyện tỉnh thị trường học sinh viên công ty đồng tiền giá điện xe
""".split())
_RANK = {word: n for n, word in enumerate(COMMON)}

SHORTHAND = {
    "ko": "không", "k": "không", "khg": "không", "hok": "không",
    "đc": "được", "dc": "được", "vs": "với", "ng": "người", "j": "gì",
}

_indexes: dict[Path, dict[str, tuple[str, ...]]] = {}
_lock = threading.Lock()


def bare(word: str) -> str:
    """``word`` lower-cased with every mark and the stroke of đ taken off: "Được" → "duoc"."""
    text = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def marks(word: str) -> tuple[str, tuple[frozenset[str], ...]]:
    """The tone of ``word`` (its combining mark, "" for none) and, letter by letter, its
    other marks."""
    tone = ""
    letters: list[set[str]] = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.combining(ch):
            if ch in TONES:
                tone = ch
            elif letters:
                letters[-1].add(ch)
        else:
            letters.append({STROKE} if ch == "đ" else set())
    return tone, tuple(frozenset(one) for one in letters)


def distance(word: str, other: str) -> int:
    """How many marks differ: the tone counts once, wherever each word puts it."""
    tone_a, letters_a = marks(word)
    tone_b, letters_b = marks(other)
    if len(letters_a) != len(letters_b):
        return 99
    return (tone_a != tone_b) + sum(len(a ^ b) for a, b in zip(letters_a, letters_b,
                                                                 strict=True))


def syllable_index(dic: Path) -> dict[str, tuple[str, ...]]:
    """The lower-case syllables of a hunspell word list, by their bare letters."""
    with _lock:
        found = _indexes.get(dic)
        if found is not None:
            return found
        index: dict[str, list[str]] = {}
        try:
            lines = dic.read_text(encoding="utf-8").splitlines()[1:]  # the first: a count
        except (OSError, UnicodeError):
            lines = []
        for line in lines:
            word = unicodedata.normalize("NFC", line.split("/", 1)[0].strip())
            if word.isalpha() and word.islower():
                index.setdefault(bare(word), []).append(word)
        found = _indexes[dic] = {key: tuple(words) for key, words in index.items()}
        return found


def near_misses(word: str, index: dict[str, tuple[str, ...]], limit: int = 3) -> list[str]:
    """Up to ``limit`` syllables of ``index`` that ``word`` likely meant, nearest first, in
    ``word``'s capitals ("Vơí" → "Với")."""
    lower = unicodedata.normalize("NFC", word.lower())
    shorthand = SHORTHAND.get(lower)
    found = [shorthand] if shorthand else []
    candidates = [c for c in index.get(bare(lower), ()) if c != lower]
    scored = sorted(((distance(lower, c), _RANK.get(c, len(COMMON)), n, c)
                     for n, c in enumerate(candidates)))
    found += [c for d, _rank, _n, c in scored if d <= 2 and c not in found]
    return [_capitals_of(word, c) for c in found[:limit]]


def _capitals_of(word: str, candidate: str) -> str:
    if len(word) > 1 and word.isupper():
        return candidate.upper()
    if word[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate
