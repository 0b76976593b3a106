"""Editing commands: plain functions on ``(QTextDocument, QTextCursor)``, no widget needed.

Inline commands (bold, italic, strike, link) act on the cursor's selection; with no selection
they return the format the widget should use for the text typed next. Block commands
(heading, quote, lists) act on every block the selection touches and keep the container
stack of ``formats`` in step with Qt's own lists. Figures, code lines and horizontal rules
are left alone by block commands: a figure is only ever inserted or removed as one unit.
Each command is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from newsdesk.bodymodel.ir import ListFrame, Quote
from newsdesk.bodymodel.links import check_url

from .formats import (
    CODE,
    FIGURE_KINDS,
    HR,
    P_LINK_ID,
    P_LINK_TITLE,
    P_NEST,
    apply_look,
    apply_stack_display,
    block_stack,
    em_px,
    fragments,
    is_strong,
    kind_of,
    link_display,
    new_id,
    set_strong,
    table_of,
    text_list,
)

# --- inline formats ---------------------------------------------------------------------

def _map_selection(cursor: QTextCursor, change: Callable[[QTextCharFormat], None]) -> None:
    """Apply ``change`` to a copy of each character format in the selection."""
    doc = cursor.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    pieces = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        for frag in fragments(block):
            a = max(frag.position(), start)
            b = min(frag.position() + frag.length(), end)
            if a < b:
                pieces.append((a, b, QTextCharFormat(frag.charFormat())))
        block = block.next()
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    for a, b, fmt in pieces:
        change(fmt)
        edit.setPosition(a)
        edit.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        edit.setCharFormat(fmt)
    edit.endEditBlock()


def _selection_formats(cursor: QTextCursor) -> Iterator[QTextCharFormat]:
    doc = cursor.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        for frag in fragments(block):
            if frag.position() < end and frag.position() + frag.length() > start:
                if frag.text().strip():
                    yield frag.charFormat()
        block = block.next()


def _toggle(cursor: QTextCursor, test: Callable[[QTextCharFormat], bool],
            setter: Callable[[QTextCharFormat, bool], None]) -> QTextCharFormat:
    if not cursor.hasSelection():
        fmt = QTextCharFormat(cursor.charFormat())
        setter(fmt, not test(fmt))
        cursor.setCharFormat(fmt)
        return fmt
    formats = list(_selection_formats(cursor))
    on = not (formats and all(test(f) for f in formats))
    _map_selection(cursor, lambda f: setter(f, on))
    out = QTextCharFormat()
    setter(out, on)
    return out


def toggle_bold(doc: QTextDocument, cursor: QTextCursor) -> QTextCharFormat:
    """Bold on for the selection unless all of it is bold already (then off)."""
    return _toggle(cursor, is_strong, set_strong)


def toggle_italic(doc: QTextDocument, cursor: QTextCursor) -> QTextCharFormat:
    return _toggle(cursor, lambda f: f.fontItalic(), lambda f, on: f.setFontItalic(on))


def toggle_strike(doc: QTextDocument, cursor: QTextCursor) -> QTextCharFormat:
    return _toggle(cursor, lambda f: f.fontStrikeOut(), lambda f, on: f.setFontStrikeOut(on))


def clear_link_format(fmt: QTextCharFormat) -> None:
    """Remove link properties (and the link look) from ``fmt``."""
    for key in (QTextFormat.Property.AnchorHref, QTextFormat.Property.IsAnchor,
                 QTextFormat.Property.ForegroundBrush, QTextFormat.Property.TextUnderlineStyle,
                 QTextFormat.Property.FontUnderline, QTextFormat.Property.TextToolTip,
                 P_LINK_TITLE, P_LINK_ID, P_NEST):
        fmt.clearProperty(key)


def set_link(doc: QTextDocument, cursor: QTextCursor, url: str, title: str = "",
             text: str = "") -> None:
    """Make the selection a link to ``url`` (an empty url removes links from it).

    With no selection ``text`` is inserted as the link text (the address itself without one).
    """
    if not url.strip():
        if cursor.hasSelection():
            _map_selection(cursor, clear_link_format)
        return
    url = check_url(url)
    title = " ".join(title.split())
    ident = new_id()
    if not cursor.hasSelection():
        fmt = QTextCharFormat(cursor.charFormat())
        clear_link_format(fmt)
        link_display(fmt, url, title, ident)
        cursor.insertText(" ".join(text.split()) or url, fmt)
        return

    def change(fmt: QTextCharFormat) -> None:
        clear_link_format(fmt)
        link_display(fmt, url, title, ident)

    _map_selection(cursor, change)


# --- block structure --------------------------------------------------------------------

def selected_blocks(doc: QTextDocument, cursor: QTextCursor) -> list[QTextBlock]:
    start = doc.findBlock(cursor.selectionStart())
    end = doc.findBlock(cursor.selectionEnd())
    blocks = []
    block = start
    while block.isValid():
        blocks.append(block)
        if block == end:
            break
        block = block.next()
    return blocks


def _editable(block: QTextBlock) -> bool:
    if kind_of(block.blockFormat()) in (*FIGURE_KINDS, CODE, HR):
        return False
    return table_of(block) is None


def _set_stack(block: QTextBlock, stack: tuple) -> None:
    fmt = QTextBlockFormat(block.blockFormat())
    apply_stack_display(fmt, stack)
    apply_look(fmt, em_px(block.document()), kind_of(fmt), fmt.headingLevel(), stack)
    QTextCursor(block).setBlockFormat(fmt)


def set_heading(doc: QTextDocument, cursor: QTextCursor, level: int) -> None:
    """Make the selected paragraphs headings of ``level`` (2 or 3), or paragraphs (0)."""
    if level not in (0, 2, 3):
        raise ValueError("heading level must be 0, 2 or 3")
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    for block in selected_blocks(doc, cursor):
        if not _editable(block):
            continue
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.setHeadingLevel(level)
        apply_look(fmt, em_px(doc), kind_of(fmt), level, block_stack(fmt))
        c = QTextCursor(block)
        c.setBlockFormat(fmt)
        c.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        size = QTextCharFormat()
        size.setProperty(QTextFormat.Property.FontSizeAdjustment, {0: 0, 2: 2, 3: 1}[level])
        c.mergeCharFormat(size)
        c.mergeBlockCharFormat(size)
    edit.endEditBlock()


def make_paragraph(doc: QTextDocument, cursor: QTextCursor) -> None:
    """Ctrl+Alt+0: the selected blocks become plain body paragraphs — no heading, and out of
    any quote (list items stay list items: Ctrl+Shift+8 / 7 end those)."""
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    set_heading(doc, cursor, 0)
    for block in selected_blocks(doc, cursor):
        stack = block_stack(block.blockFormat())
        if _editable(block) and any(isinstance(f, Quote) for f in stack):
            _set_stack(block, tuple(f for f in stack if not isinstance(f, Quote)))
    edit.endEditBlock()


def toggle_quote(doc: QTextDocument, cursor: QTextCursor) -> None:
    """Quote the selected blocks, or unquote them if the first one is quoted."""
    blocks = [b for b in selected_blocks(doc, cursor) if _editable(b)]
    if not blocks:
        return
    stacks = [block_stack(b.blockFormat()) for b in blocks]
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    if any(isinstance(f, Quote) for f in stacks[0]):
        for block, stack in zip(blocks, stacks, strict=True):
            idx = max((i for i, f in enumerate(stack) if isinstance(f, Quote)), default=None)
            if idx is not None:
                _set_stack(block, stack[:idx] + stack[idx + 1:])
    else:
        depth = _common_prefix(stacks)
        before = blocks[0].previous()
        prev = block_stack(before.blockFormat()) if before.isValid() else ()
        if len(prev) > depth and prev[:depth] == stacks[0][:depth] and isinstance(prev[depth], Quote):
            quote = prev[depth]
        else:
            quote = Quote(new_id())
        for block, stack in zip(blocks, stacks, strict=True):
            _set_stack(block, (*stack[:depth], quote, *stack[depth:]))
    edit.endEditBlock()


def _common_prefix(stacks: list[tuple]) -> int:
    n = min(len(s) for s in stacks)
    depth = 0
    while depth < n and all(s[depth] == stacks[0][depth] for s in stacks):
        depth += 1
    return depth


def _toggle_list(doc: QTextDocument, cursor: QTextCursor, ordered: bool) -> None:
    blocks = [b for b in selected_blocks(doc, cursor) if _editable(b)]
    if not blocks:
        return
    stacks = [block_stack(b.blockFormat()) for b in blocks]
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    inner = [s[-1] if s and isinstance(s[-1], ListFrame) else None for s in stacks]
    if all(f is not None and f.ordered == ordered for f in inner):
        for block, stack in zip(blocks, stacks, strict=True):
            if (qlist_of := text_list(block)) is not None:
                qlist_of.remove(block)
            _set_stack(block, stack[:-1])
            fmt = QTextBlockFormat(block.blockFormat())
            fmt.setIndent(sum(isinstance(f, ListFrame) for f in stack[:-1]))
            QTextCursor(block).setBlockFormat(fmt)
    else:
        style = QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc
        before = blocks[0].previous()
        prev = block_stack(before.blockFormat()) if before.isValid() else ()
        base = [s[:-1] if f is not None else s for s, f in zip(stacks, inner, strict=True)]
        if (prev and isinstance(prev[-1], ListFrame) and prev[-1].ordered == ordered
                and prev[:-1] == base[0] and text_list(before) is not None):
            list_id, qlist = prev[-1].id, text_list(before)
        else:
            list_id, qlist = new_id(), None
        for block, stack in zip(blocks, base, strict=True):
            if (qlist_of := text_list(block)) is not None:
                qlist_of.remove(block)
            frame = ListFrame(list_id, new_id(), ordered, 1, True)
            new_stack = (*stack, frame)
            _set_stack(block, new_stack)
            if qlist is None:
                lf = QTextListFormat()
                lf.setStyle(style)
                lf.setIndent(sum(isinstance(f, ListFrame) for f in new_stack))
                qlist = QTextCursor(block).createList(lf)
            else:
                qlist.add(block)
    edit.endEditBlock()


def toggle_bullet_list(doc: QTextDocument, cursor: QTextCursor) -> None:
    """Make the selected paragraphs a bulleted list, or plain paragraphs again."""
    _toggle_list(doc, cursor, ordered=False)


def toggle_numbered_list(doc: QTextDocument, cursor: QTextCursor) -> None:
    """Make the selected paragraphs a numbered list, or plain paragraphs again."""
    _toggle_list(doc, cursor, ordered=True)


def leave_container(doc: QTextDocument, block: QTextBlock) -> bool:
    """Take ``block`` out of its innermost list or quote; False if it is in none."""
    stack = block_stack(block.blockFormat())
    if not stack or not _editable(block):
        return False
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    qlist = text_list(block)
    if qlist is not None:
        qlist.remove(block)
    _set_stack(block, stack[:-1])
    edit.endEditBlock()
    return True
