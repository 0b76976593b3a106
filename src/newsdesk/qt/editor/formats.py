"""How the body's structure is stored in a QTextDocument: property ids and display formats.

Semantic marks live in ordinary character formats so that Qt's own editing (typing carries the
format on, undo, copy/paste inside the editor) keeps them: **strong** = font weight ≥ 600,
*em* = italic, ~~strike~~ = strike-out, links = anchor + href (title in ``P_LINK_TITLE``),
code spans = ``P_CODE_SPAN``. A soft line break of the source is a space marked
``P_SOFTBREAK``; a hard break is U+2028 (Qt's line separator).

Each block records the containers it sits in (blockquotes, list items) as an encoded stack in
``P_STACK`` (see ``ir.Quote`` / ``ir.ListFrame``); list items are also real ``QTextList``
members, and a block in a ``QTextList`` starts a new item. Headings use Qt's heading level.
A figure is three blocks sharing ``P_FIG_ID``: the image (``P_KIND`` = ``figure``, path in
``P_FIG_SRC``), its caption and its credit, both plain editable text.

Looks (``apply_look``: paragraph spacing, line height, heading margins, figure alignment) are
plain Qt block-format attributes that the reader never consults, so they cannot change the
Markdown; they are set when blocks are built or restructured, never per keystroke (a new
block made by Enter inherits them from the block it splits).
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFragment,
    QTextList,
    QTextTable,
)

from newsdesk.bodymodel.ir import Frame, ListFrame, Quote

_U = int(QTextFormat.Property.UserProperty)
P_KIND = _U + 1
P_STACK = _U + 2
P_CODE_ID = _U + 3
P_CODE_INFO = _U + 4
P_CODE_EMPTY = _U + 5
P_CODE_OPEN = _U + 8
P_FIG_ID = _U + 6
P_FIG_SRC = _U + 7
P_CODE_SPAN = _U + 10
P_NEST = _U + 11
P_LINK_TITLE = _U + 12
P_SOFTBREAK = _U + 13
P_IMG_SRC = _U + 14
P_IMG_TITLE = _U + 15
P_IMG_ALT = _U + 16
P_LINK_ID = _U + 17
P_TABLE_ALIGN = _U + 20

FIGURE, CAPTION, CREDIT, CODE, HR = "figure", "caption", "credit", "code", "hr"
FIGURE_KINDS = (FIGURE, CAPTION, CREDIT)
LINE_SEPARATOR = "\u2028"
OBJECT_CHAR = "\ufffc"
MONO = "monospace"
QUOTE_COLOR = QColor("#555555")
QUOTE_TINT = QColor("#eef3f8")
QUOTE_INDENT = 24.0  # px per quote level (the bar sits in it)
CREDIT_COLOR = QColor("#666666")
CAPTION_COLOR = QColor("#4a4a4a")
LINE_HEIGHT = 130  # per cent, for reading text
PARAGRAPH_GAP = 0.6  # em below a paragraph

_ids = itertools.count(random.randrange(1 << 40, 1 << 41))


def new_id() -> int:
    """A container/figure id that cannot collide with ids read from Markdown."""
    return next(_ids)


def prop(fmt: QTextFormat, key: int) -> object:
    """``fmt.property(key)``, or None when unset.

    Always use this: PySide6 6.12's ``QTextFormat.property`` drops a reference to ``None``
    for an unset property, which crashes the interpreter once ``None``'s count reaches zero.
    """
    return fmt.property(key) if fmt.hasProperty(key) else None


def fragments(block: QTextBlock) -> Iterator[QTextFragment]:
    """The block's fragments (runs of one character format), in order."""
    it = block.begin()
    while not it.atEnd():
        yield it.fragment()
        it += 1


def text_list(block: QTextBlock) -> QTextList | None:
    """``block.textList()`` without the binding's ``None`` refcount bug (see ``prop``)."""
    index = block.blockFormat().objectIndex()
    if index < 0:
        return None
    obj = block.document().object(index)
    return obj if isinstance(obj, QTextList) else None


def table_of(block: QTextBlock) -> QTextTable | None:
    """The table ``block`` sits in (``QTextCursor.currentTable`` has the same bug)."""
    frame = QTextCursor(block).currentFrame()
    return frame if isinstance(frame, QTextTable) else None


def encode_stack(stack: tuple[Frame, ...]) -> str:
    out = []
    for f in stack:
        if isinstance(f, Quote):
            out.append(["q", f.id])
        else:
            out.append(["l", f.id, f.item, int(f.ordered), f.start, int(f.tight)])
    return json.dumps(out, separators=(",", ":"))


def decode_stack(text: object) -> tuple[Frame, ...]:
    if not isinstance(text, str) or not text:
        return ()
    try:
        raw = json.loads(text)
        return tuple(Quote(int(f[1])) if f[0] == "q" else
                     ListFrame(int(f[1]), int(f[2]), bool(f[3]), int(f[4]), bool(f[5]))
                     for f in raw)
    except (ValueError, TypeError, IndexError, KeyError):
        return ()


def block_stack(fmt: QTextBlockFormat) -> tuple[Frame, ...]:
    return decode_stack(prop(fmt, P_STACK))


def kind_of(fmt: QTextBlockFormat) -> str:
    value = prop(fmt, P_KIND)
    return value if isinstance(value, str) else ""


def apply_stack_display(fmt: QTextBlockFormat, stack: tuple[Frame, ...]) -> None:
    """Indentation showing the nesting (one step per container); quoted blocks are tinted."""
    fmt.setProperty(P_STACK, encode_stack(stack))
    quotes = sum(isinstance(f, Quote) for f in stack)
    lists = sum(isinstance(f, ListFrame) for f in stack)
    fmt.setIndent(lists)
    fmt.setLeftMargin(QUOTE_INDENT * quotes)
    if quotes:  # a quote reads as one: tinted, with a bar painted by ``decorations``
        fmt.setBackground(QUOTE_TINT)
    else:
        fmt.clearBackground()


def em_px(doc: QTextDocument | None) -> float:
    """The document font's em in pixels (the unit block margins are given in)."""
    font = doc.defaultFont() if doc is not None else QFont()
    return float(QFontInfo(font).pixelSize() or 13)


def apply_look(fmt: QTextBlockFormat, em: float, kind: str = "", level: int = 0,
               stack: tuple[Frame, ...] = ()) -> None:
    """Spacing and line height for a block of ``kind`` (heading ``level``) inside ``stack``
    (items of a tight list sit closer together); looks only."""
    proportional = int(QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    single = int(QTextBlockFormat.LineHeightTypes.SingleHeight.value)
    top, bottom, height = 0.0, PARAGRAPH_GAP * em, LINE_HEIGHT
    if kind == CODE:
        bottom, height = 0.0, 100
    elif kind == FIGURE:
        top, bottom, height = 0.5 * em, 0.25 * em, 0  # a line of photo: no extra leading
    elif kind == CAPTION:
        bottom, height = 0.1 * em, 115
    elif kind == CREDIT:
        bottom = 0.9 * em
    elif level:
        top, bottom, height = (1.1 if level <= 2 else 0.9) * em, 0.35 * em, 115
    elif stack and isinstance(stack[-1], ListFrame) and stack[-1].tight:
        bottom = 0.25 * em
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    if height:
        fmt.setLineHeight(float(height), proportional)
    else:
        fmt.setLineHeight(0.0, single)


def caption_char_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontItalic(False)
    fmt.setForeground(CAPTION_COLOR)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
    return fmt


def credit_char_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(CREDIT_COLOR)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
    return fmt


def heading_char_format(level: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if level:
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 3 - min(max(level, 1), 4) + 1)
    return fmt


def code_char_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontFamilies([MONO])
    fmt.setFontFixedPitch(True)
    return fmt


def is_strong(fmt: QTextCharFormat) -> bool:
    return fmt.fontWeight() >= 600


def set_strong(fmt: QTextCharFormat, on: bool) -> None:
    fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)


def link_display(fmt: QTextCharFormat, href: str, title: str, ident: int = 0) -> None:
    """Mark ``fmt`` as (part of) link ``ident`` to ``href``; adjacent links differ by id."""
    fmt.setProperty(P_LINK_ID, ident or new_id())
    fmt.setAnchor(True)
    fmt.setAnchorHref(href)
    fmt.setProperty(P_LINK_TITLE, title)
    fmt.setForeground(QColor("#1a56a8"))
    fmt.setFontUnderline(True)
    if title:
        fmt.setToolTip(f"{href}\n{title}")
    else:
        fmt.setToolTip(href)
