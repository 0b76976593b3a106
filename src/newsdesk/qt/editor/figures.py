"""Figures in the body: insert one as a unit, find the parts of the one under the cursor.

A figure is three consecutive blocks sharing ``P_FIG_ID``: the photo, its caption and its
credit (see ``formats``). ``insert_figure`` always inserts all three plus, when needed, an
empty paragraph after them so that the reporter can go on typing.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from newsdesk.bodymodel.ir import Block, ListFrame

from .doc_build import ImageLoader, _Builder
from .formats import (
    FIGURE_KINDS,
    P_FIG_ID,
    block_stack,
    kind_of,
    prop,
    text_list,
)


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
                  max_width: int | None = None) -> QTextCursor:
    """Insert a figure after the cursor's block (or in place of an empty paragraph).

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
    builder.figure(Block("figure", stack, src=path, caption=caption, credit=credit))
    caption_block = edit.block().previous()
    after = edit.block().next()
    if not after.isValid() or figure_id(after) is not None or kind_of(after.blockFormat()):
        builder.block(())  # a paragraph to continue in
    edit.endEditBlock()
    out = QTextCursor(caption_block)
    out.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    return out
