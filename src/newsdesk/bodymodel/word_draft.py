"""A Word draft's blocks made into an article's parts (docs/formats.md §3a).

- **Headline**: the first paragraph in Word's Title style; without one, the first heading or
  the first line of the first paragraph.
- **Sapo**: the first paragraph that is bold throughout, when it comes before the body text
  (only pictures may stand between it and the headline); its own bold is not kept.
- **Figures**: every picture becomes a figure, taken out of the paragraph it sat in (the rest
  of the paragraph stays). Its caption is the paragraph after it — in Caption style, short and
  italic throughout, or ending with a credit — or, failing that, a Caption-style or credit
  paragraph just before it. A credit written ``Ảnh: Name`` / ``Photo: Name`` at the end of the
  caption — at its start, after a sentence, in brackets or after a dash — becomes the figure's
  credit.
- **Byline**: a last short paragraph that is only a name (two to eight capitalised words,
  several names joined by ``,`` ``-`` ``&`` ``và`` ``and``), such as ``Minh Châu`` or
  ``HOÀNG TÙNG``.

Everything else stays in the body as it was written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from newsdesk.domain.article import MAX_HEADLINE
from newsdesk.domain.errors import Notice

from .ir import EM, STRONG, Block, Run, plain_text
from .md_writer import write_blocks
from .word_html import word_blocks

MAX_CAPTION = 300
# a credit at the very start, or after a sentence's end, an opening bracket or a dash
_CREDIT = re.compile(r"(?:^|(?<=[.!?…])|(?<=[.!?…]\s)|(?<=[(\[])|(?<=[–—-]\s))"
                     r"((?:ảnh|photo|photos|ảnh minh hoạ|ảnh minh họa)\s*:\s*[^()\[\]]{1,80}?)"
                     r"[\s)\].]*$", re.I)
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_.'’-]*(?:[-'’][^\W\d_]+)*\.?$")
_JOINERS = {"và", "and", "&", "-", "–", "—", ","}
_NOT_NAMES = {"theo", "nguồn", "source", "ảnh", "photo", "tin", "bài", "hết", "xem"}


@dataclass
class DraftParts:
    headline: str = ""
    sapo: str = ""
    byline: str = ""
    body: str = ""
    figures: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _text(block: Block) -> str:
    return " ".join(plain_text(block.runs).split())


def _is_paragraph(block: Block) -> bool:
    return block.kind == "paragraph" and not block.stack


def _all(block: Block, mark: str) -> bool:
    texts = [run for run in block.runs if run.kind != "image" and run.text.strip()]
    return bool(texts) and all(mark in run.marks for run in texts) and \
        not any(run.kind == "image" for run in block.runs)


def split_credit(text: str) -> tuple[str, str]:
    """``text`` as (caption, credit): ``Xe buýt. Ảnh: Minh Châu`` → ``Xe buýt.``, ``Ảnh: Minh
    Châu``; the credit is empty when none is written at the end."""
    found = _CREDIT.search(text)
    if not found:
        return text, ""
    caption = text[:found.start()].rstrip(" (–—-[").rstrip()
    return caption, " ".join(found.group(1).split())


def _split_pictures(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        if block.kind not in ("paragraph", "heading") or \
                not any(run.kind == "image" for run in block.runs):
            out.append(block)
            continue
        pieces: list[Block] = []
        pending: list[Run] = []
        for run in block.runs:
            if run.kind != "image":
                pending.append(run)
                continue
            if any(r.text.strip() for r in pending):
                pieces.append(replace(block, runs=pending))
            pending = []
            pieces.append(Block("figure", block.stack, src=run.src))
        if any(r.text.strip() for r in pending):
            pieces.append(replace(block, runs=pending))
        out.extend(replace(piece, item_start=block.item_start and k == 0)
                   for k, piece in enumerate(pieces))
    return out


def _caption_like(block: Block, role: str, after: bool) -> bool:
    if not _is_paragraph(block) or any(run.kind == "image" for run in block.runs):
        return False
    text = _text(block)
    if role == "caption":
        return True
    if len(text) > MAX_CAPTION:
        return False
    return bool(_CREDIT.search(text)) or (after and _all(block, EM))


def _captions(items: list[tuple[Block, str]]) -> list[Block]:
    blocks = [block for block, _ in items]
    used: set[int] = set()
    for i, block in enumerate(blocks):
        if block.kind != "figure":
            continue
        for j, after in ((i + 1, True), (i - 1, False)):
            if 0 <= j < len(blocks) and j not in used and blocks[j].kind != "figure" \
                    and _caption_like(blocks[j], items[j][1], after):
                block.caption, block.credit = split_credit(_text(blocks[j]))
                used.add(j)
                break
    return [block for i, block in enumerate(blocks) if i not in used]


def _looks_like_name(text: str) -> bool:
    if not text or len(text) > 60 or text[-1] in ".!?:;":
        return False
    words = re.sub(r"([,&–—])", r" \1 ", text).split()
    names = [w for w in words if w.lower() not in _JOINERS]
    if not 2 <= len(names) <= 8 or names[0].lower() in _NOT_NAMES:
        return False
    return all(_NAME_WORD.match(w) and w[0].isupper() for w in names)


def _headline(items: list[tuple[Block, str]], label: str, warnings: list[str]) -> str:
    at = next((i for i, (b, role) in enumerate(items) if role == "title" and _text(b)), None)
    if at is None:
        at = next((i for i, (b, _) in enumerate(items) if b.kind in ("heading", "paragraph")
                   and _text(b)), None)
    if at is None:
        return ""
    block = items[at][0]
    lines = plain_text(block.runs).split("\n")
    headline = " ".join(lines[0].split())
    if len(headline) > MAX_HEADLINE:
        warnings.append(Notice(f"{label}: the first line is too long for a headline; it was "
                               "shortened and kept in the body", "import.docx_headline", label))
        return headline[:MAX_HEADLINE - 1].rsplit(" ", 1)[0] + "…"
    if len(lines) > 1 and any(line.strip() for line in lines[1:]):
        cut = next(k for k, run in enumerate(block.runs) if run.kind == "hardbreak"
                   or (run.kind == "text" and "\n" in run.text))
        block.runs = block.runs[cut + 1:]
    else:
        del items[at]
    return headline


def _sapo(blocks: list[Block]) -> str:
    for i, block in enumerate(blocks):
        if block.kind == "figure":
            continue
        if not _is_paragraph(block) or not _all(block, STRONG):
            return ""
        runs = [replace(run, marks=run.marks - {STRONG}, nest=run.nest.replace(STRONG, ""))
                for run in block.runs]
        del blocks[i]
        return write_blocks([Block("paragraph", runs=runs)]).strip()
    return ""


def draft_parts(html: str, label: str) -> DraftParts:
    """The headline, sapo, byline and body Markdown of a Word draft converted to ``html``."""
    blocks, roles = word_blocks(html)
    parts = DraftParts()
    items: list[tuple[Block, str]] = []  # each block with its role, through the picture split
    for i, block in enumerate(blocks):
        role = roles.get(i, "")
        items.extend((piece, role if piece.kind != "figure" else "")
                     for piece in _split_pictures([block]))
    parts.headline = _headline(items, label, parts.warnings)
    blocks = _captions(items)
    parts.sapo = _sapo(blocks)
    if blocks and _is_paragraph(blocks[-1]) and _looks_like_name(_text(blocks[-1])):
        parts.byline = _text(blocks.pop())
    parts.figures = [b for b in blocks if b.kind == "figure"]
    parts.body = write_blocks(blocks)
    return parts
