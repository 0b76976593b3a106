"""Figures in the body: insert or delete one as a unit, find the parts of the one under the
cursor.

A figure is three consecutive blocks sharing ``P_FIG_ID``: the photo, its caption and its
credit (see ``formats``). ``insert_figure`` always inserts all three plus, when needed, an
empty paragraph after them so that the reporter can go on typing. ``delete_span`` deletes a
stretch of the body in which every figure whose photo it touches goes whole — photo, caption
and credit — and the blocks around keep their own formats (one undo step brings it all back).

A figure suggested whole (a photo added in suggest mode, ``{++![caption](path
"credit")++}{#…}`` in the Markdown; or removed, ``{--…--}``) is a figure too, its photo,
caption and credit all marked as that suggestion (``insert_suggested_figure``): the caption
and credit are typed into it like any other, and accepting keeps the figure, rejecting
removes it whole. A paragraph left holding just a photo once a suggestion is decided (the
photo of a replacement) becomes the usual photo, caption and credit
(``photo_paragraph_to_figure``).
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from newsdesk.bodymodel.ir import Block, ListFrame

from .doc_build import ImageLoader, _Builder
from .formats import (
    FIGURE,
    FIGURE_KINDS,
    LINE_SEPARATOR,
    OBJECT_CHAR,
    P_FIG_ID,
    P_IMG_ALT,
    P_IMG_SRC,
    P_IMG_TITLE,
    apply_look,
    block_stack,
    em_px,
    fragments,
    kind_of,
    prop,
    text_list,
)
from .suggestion_format import Change


def figure_id(block: QTextBlock) -> object:
    if block.isValid() and kind_of(block.blockFormat()) in FIGURE_KINDS:
        return prop(block.blockFormat(), P_FIG_ID)
    return None


def figure_blocks(block: QTextBlock) -> list[QTextBlock]:
    """All blocks of the figure ``block`` belongs to (empty list if it is not in one)."""
    fig = figure_id(block)
    if fig is None:
        return []
    first = block
    while figure_id(first.previous()) == fig:
        first = first.previous()
    out = []
    b = first
    while b.isValid() and figure_id(b) == fig:
        out.append(b)
        b = b.next()
    return out


def part(block: QTextBlock, kind: str) -> QTextBlock | None:
    for b in figure_blocks(block):
        if kind_of(b.blockFormat()) == kind:
            return b
    return None


def insert_figure(doc: QTextDocument, cursor: QTextCursor, path: str, caption: str = "",
                  credit: str = "", image_loader: ImageLoader | None = None,
                  max_width: int | None = None, change: Change | None = None) -> QTextCursor:
    """Insert a figure after the cursor's block (or in place of an empty paragraph);
    ``change``: the figure is that suggestion (all three parts marked with it).

    Returns a cursor at the end of the new caption, ready for typing it.
    """
    block = cursor.block()
    figure = figure_blocks(block)
    if figure:
        block = figure[-1]
    stack = tuple(f for f in block_stack(block.blockFormat())
                  if not isinstance(f, ListFrame)) if figure or block.text() else \
        block_stack(block.blockFormat())
    edit = QTextCursor(block)
    edit.beginEditBlock()
    builder = _Builder(doc, image_loader)
    if max_width:
        builder.max_width = max_width
    builder.cursor = edit
    empty_para = (not block.text() and not figure and text_list(block) is None
                  and kind_of(block.blockFormat()) == "" and block.blockFormat().headingLevel() == 0)
    edit.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    builder.reuse = empty_para
    builder.figure(Block("figure", stack, src=path, caption=caption, credit=credit), change)
    caption_block = edit.block().previous()
    after = edit.block().next()
    if not after.isValid() or figure_id(after) is not None or kind_of(after.blockFormat()):
        builder.block(())  # a paragraph to continue in
    edit.endEditBlock()
    out = QTextCursor(caption_block)
    out.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    return out


def insert_suggested_figure(doc: QTextDocument, cursor: QTextCursor, path: str, caption: str,
                            credit: str, change: Change,
                            image_loader: ImageLoader | None = None) -> QTextCursor:
    """Insert, after the cursor's block (after the figure it is in; in place of an empty
    paragraph), the figure of ``path`` as the insertion ``change``: photo, caption and
    credit all marked with it, so that what is typed in the caption and credit is part of
    it. One undo step. Returns a cursor at the end of the caption."""
    return insert_figure(doc, cursor, path, caption, credit, image_loader, change=change)


def photo_paragraph_to_figure(block: QTextBlock, image_loader: ImageLoader | None,
                              max_width: int | None = None) -> bool:
    """A paragraph holding nothing but one photo, not (or no longer) a suggestion, becomes a
    figure: photo, caption and credit (from the image's alt text and title), as the Markdown
    reads it. Call inside the caller's edit block. False when ``block`` is not such a
    paragraph."""
    from .suggestion_format import change_of

    frags = [f for f in fragments(block) if f.isValid()
             and f.text().replace(LINE_SEPARATOR, " ").strip()]  # a space or break beside goes
    if block.text().replace(LINE_SEPARATOR, " ").strip() != OBJECT_CHAR or len(frags) != 1 \
            or kind_of(block.blockFormat()) \
            or block.blockFormat().headingLevel() or text_list(block) is not None \
            or block_stack(block.blockFormat()):
        return False
    fmt = frags[0].charFormat()
    if not fmt.isImageFormat() or change_of(fmt) is not None or fmt.isAnchor():
        return False
    src, caption, credit = (str(prop(fmt, key) or "") for key in (P_IMG_SRC, P_IMG_ALT,
                                                                   P_IMG_TITLE))
    if not src:
        return False
    doc = block.document()
    edit = QTextCursor(block)
    edit.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    edit.removeSelectedText()
    builder = _Builder(doc, image_loader)
    if max_width:
        builder.max_width = max_width
    builder.cursor = edit
    builder.reuse = True
    builder.figure(Block("figure", (), src=src, caption=caption, credit=credit))
    return True


def whole_figures(doc: QTextDocument, start: int, end: int) -> tuple[int, int]:
    """``start``–``end`` grown so that a figure whose photo it touches is in it whole."""
    touched = [doc.findBlock(start), doc.findBlock(end)]
    for b in touched:
        blocks = figure_blocks(b)
        if blocks and any(kind_of(x.blockFormat()) == FIGURE and
                          start <= x.position() + 1 and end >= x.position() for x in blocks):
            start = min(start, blocks[0].position())
            end = max(end, blocks[-1].position() + blocks[-1].length() - 1)
    return start, end


def touches_figure(doc: QTextDocument, start: int, end: int) -> bool:
    """Does ``start``–``end`` reach into a figure (its photo, caption or credit)?"""
    block, last = doc.findBlock(start), doc.findBlock(end)
    while block.isValid():
        if figure_id(block) is not None:
            return True
        if block == last:
            return False
        block = block.next()
    return False


def _has_photo(blocks: list[QTextBlock]) -> bool:
    return any(kind_of(b.blockFormat()) == FIGURE and OBJECT_CHAR in b.text() for b in blocks)


def _end(block: QTextBlock) -> int:
    return block.position() + block.length() - 1


def _plain(cursor: QTextCursor) -> None:
    """Make the cursor's block a plain empty paragraph."""
    fmt = QTextBlockFormat()
    apply_look(fmt, em_px(cursor.document()))
    cursor.setBlockFormat(fmt)
    cursor.setBlockCharFormat(QTextCharFormat())
    cursor.setCharFormat(QTextCharFormat())


def _remove(cursor: QTextCursor, a: int, b: int) -> None:
    if b > a:
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()


def _delete(cursor: QTextCursor, start: int, end: int) -> None:
    doc = cursor.document()
    first, last = doc.findBlock(start), doc.findBlock(end)
    if figure_id(first) is not None and start > figure_blocks(first)[0].position():
        # from inside a caption or credit whose photo stays: the figure keeps its blocks (its
        # text in the span goes), and what follows it is deleted on its own
        blocks = figure_blocks(first)
        if end > _end(blocks[-1]):
            nxt = blocks[-1].next()
            if nxt.isValid() and end > nxt.position():
                _delete(cursor, nxt.position(), end)
            end = _end(blocks[-1])
        for block in reversed(blocks):
            _remove(cursor, max(start, block.position()), min(end, _end(block)))
        cursor.setPosition(start)
        return
    if start == first.position() and end == _end(last) and (
            figure_id(first) is not None or figure_id(last) is not None):
        # whole blocks: Qt would leave an empty block in the format of the last one (a credit
        # without its photo); remove the blocks, and the blocks around keep their formats
        if last.next().isValid():
            _remove(cursor, start, last.next().position())
        elif first.previous().isValid():  # join the block before, which keeps its format
            before = first.previous()
            fmt, char, empty = before.blockFormat(), before.charFormat(), before.length() <= 1
            _remove(cursor, _end(before), end)
            if empty:  # (Qt gives an empty block the format of the last block removed)
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(char)
        else:
            _remove(cursor, start, end)
            _plain(cursor)
        return
    _remove(cursor, start, end)
    if figure_id(cursor.block()) is not None and not _has_photo(figure_blocks(cursor.block())):
        _plain(cursor)  # never a caption or credit without its photo


def delete_span(doc: QTextDocument, start: int, end: int) -> QTextCursor:
    """Delete ``start``–``end`` (grown by ``whole_figures``) as one undo step, every figure
    whole or kept: never a caption or credit left without its photo, never the text of a
    paragraph merged into a caption or credit (their text in the span goes, the blocks stay).
    Returns a cursor where the deleted text was."""
    start, end = whole_figures(doc, start, end)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    _delete(cursor, start, end)
    cursor.endEditBlock()
    cursor.clearSelection()
    return cursor


def delete_figure(block: QTextBlock) -> QTextCursor:
    """Delete the figure ``block`` belongs to (photo, caption and credit; one undo step)."""
    blocks = figure_blocks(block)
    last = blocks[-1]
    return delete_span(block.document(), blocks[0].position(),
                       last.position() + last.length() - 1)
