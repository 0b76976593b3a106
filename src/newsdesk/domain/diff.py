"""Word-level comparison of two texts, as editors read it, and its text/HTML renderings.

A Vietnamese word is written as several syllables separated by spaces ("Hải Phòng"), so the
unit compared is the syllable: texts are split into runs of letters/digits, runs of white
space and single punctuation marks, compared in NFC (an NFD keyboard never shows as a
change). ``difflib.SequenceMatcher`` aligns the tokens; the result is a list of
insert/delete/equal operations, rendered as ``[-old-]{+new+}`` for a terminal or with
``<del>``/``<ins>`` for the desktop app.
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass
from typing import Literal

from .text import nfc

OpKind = Literal["equal", "insert", "delete"]
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class DiffOp:
    kind: OpKind
    text: str


def tokenize(text: str) -> list[str]:
    """Syllables, white-space runs and punctuation marks of ``text`` (NFC), in order."""
    return _TOKEN.findall(nfc(text))


def diff_words(old: str, new: str) -> list[DiffOp]:
    """The operations turning ``old`` into ``new``; concatenated they spell both texts.

    ``"".join(op.text for op in ops if op.kind != "insert") == nfc(old)`` and likewise for
    ``new`` without the deletions. Paragraphs are aligned first, then the sentences of the
    paragraphs that changed, then the syllables of the sentences that changed: the
    syllable-level work stays proportional to what was edited, not to the article.
    """
    ops: list[DiffOp] = []
    _diff_level(nfc(old), nfc(new), 0, ops)
    return _absorb_separators(ops)


def _diff_level(old: str, new: str, level: int, ops: list[DiffOp]) -> None:
    a, b = _LEVELS[level](old), _LEVELS[level](new)
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    _push(ops, "equal", "".join(a[:head]))
    a_mid, b_mid = a[head : len(a) - tail], b[head : len(b) - tail]
    last = level == len(_LEVELS) - 1
    junk = last and len(a_mid) * len(b_mid) > _QUADRATIC_LIMIT  # keep huge rewrites fast
    matcher = difflib.SequenceMatcher(None, a_mid, b_mid, autojunk=junk)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _push(ops, "equal", "".join(a_mid[i1:i2]))
        elif tag == "replace" and not last:
            _diff_level("".join(a_mid[i1:i2]), "".join(b_mid[j1:j2]), level + 1, ops)
        else:
            _push(ops, "delete", "".join(a_mid[i1:i2]))
            _push(ops, "insert", "".join(b_mid[j1:j2]))
    _push(ops, "equal", "".join(a[len(a) - tail :]) if tail else "")


def _paragraphs(text: str) -> list[str]:
    return [chunk for chunk in _PARAGRAPH.findall(text) if chunk]


def _sentences(text: str) -> list[str]:
    return [chunk for chunk in _SENTENCE.findall(text) if chunk]


_PARAGRAPH = re.compile(r"[^\n]*\n*")
_SENTENCE = re.compile(r"[^.!?…\n]*(?:[.!?…]+|\n+|$)\s*")
_LEVELS = (_paragraphs, _sentences, tokenize)
_QUADRATIC_LIMIT = 4_000_000


def _push(ops: list[DiffOp], kind: OpKind, text: str) -> None:
    if not text:
        return
    if ops and ops[-1].kind == kind:
        ops[-1] = DiffOp(kind, ops[-1].text + text)
    else:
        ops.append(DiffOp(kind, text))


def _absorb_separators(ops: list[DiffOp]) -> list[DiffOp]:
    """Fold a lone space or mark kept between two changes into them, so that a replaced
    phrase reads ``[-ba ngày-]{+hai tuần+}`` and not word by word."""
    out: list[DiffOp] = []
    for i, op in enumerate(ops):
        between = 0 < i < len(ops) - 1 and ops[i - 1].kind != "equal" and ops[i + 1].kind != "equal"
        if op.kind == "equal" and between and len(op.text) <= 2 and not op.text.strip():
            _merge_change(out, "delete", op.text)
            _merge_change(out, "insert", op.text)
            continue
        if op.kind != "equal":
            _merge_change(out, op.kind, op.text)
        else:
            out.append(op)
    return out


def _merge_change(out: list[DiffOp], kind: OpKind, text: str) -> None:
    """Append a change to the trailing run of changes, keeping deletions before insertions."""
    start = len(out)
    while start > 0 and out[start - 1].kind != "equal":
        start -= 1
    run = out[start:]
    deleted = "".join(op.text for op in run if op.kind == "delete")
    inserted = "".join(op.text for op in run if op.kind == "insert")
    if kind == "delete":
        deleted += text
    else:
        inserted += text
    del out[start:]
    if deleted:
        out.append(DiffOp("delete", deleted))
    if inserted:
        out.append(DiffOp("insert", inserted))


def has_changes(ops: list[DiffOp]) -> bool:
    return any(op.kind != "equal" for op in ops)


def render_text(ops: list[DiffOp]) -> str:
    """``[-deleted-]{+inserted+}`` markers, as ``git diff --word-diff`` shows them."""
    parts = []
    for op in ops:
        if op.kind == "delete":
            parts.append(f"[-{op.text}-]")
        elif op.kind == "insert":
            parts.append(f"{{+{op.text}+}}")
        else:
            parts.append(op.text)
    return "".join(parts)


def count_changes(ops: list[DiffOp]) -> int:
    """Changes a reader steps through: a deletion and the insertion beside it are one."""
    return sum(1 for i, op in enumerate(ops)
               if op.kind != "equal" and (i == 0 or ops[i - 1].kind == "equal"))


def render_html(ops: list[DiffOp], first_change: int | None = None) -> str:
    """An HTML fragment with ``<del>``/``<ins>``; line breaks kept by ``pre-wrap``.

    With ``first_change``, each change starts with an anchor ``change-N``, N counting from it
    (as ``count_changes`` counts), so a viewer can step from one change to the next."""
    parts = ['<div class="nd-diff" style="white-space: pre-wrap">']
    number = first_change
    for i, op in enumerate(ops):
        text = html.escape(op.text, quote=False)
        if number is not None and op.kind != "equal" and (i == 0 or ops[i - 1].kind == "equal"):
            parts.append(f'<a name="change-{number}"></a>')
            number += 1
        if op.kind == "delete":
            parts.append(f'<del style="color:#a40000;background:#fde2e1">{text}</del>')
        elif op.kind == "insert":
            parts.append(f'<ins style="color:#05610e;background:#dcf5dc">{text}</ins>')
        else:
            parts.append(text)
    parts.append("</div>")
    return "".join(parts)
