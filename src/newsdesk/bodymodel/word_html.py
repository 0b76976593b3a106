"""Word's HTML (as mammoth writes it) to body blocks, with what the paste cleaner drops kept.

The paste cleaner (``paste``) does the work: nh3's allow-list, then the mapping of paragraphs,
headings, lists, quotes, bold, italic and links to blocks. On top of it, a Word draft keeps:

- its **pictures**: an ``<img>`` with a body path becomes an image run (``word_draft`` turns
  it into a figure);
- its **tables** as GFM tables (the first row is the header; a cell's paragraphs are joined
  by spaces); a table that holds a picture is a layout table, read as its paragraphs in
  order so that the picture and its caption become a figure;
- the **role** of a block: ``title`` for Word's Title style (``<h1>``), ``caption`` for its
  Caption style (``<figcaption>``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import nh3

from newsdesk.domain.text import nfc

from .ir import Block, Run
from .md_reader import merge_runs
from .paste import (
    _DROP_WITH_CONTENT,
    _KEEP,
    MAX_TAG_DEPTH,
    _Cleaner,
    _plain_paragraphs,
    _tag_depth,
)

_ROLES = {"h1": "title", "figcaption": "caption"}


def _allow_list() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=_KEEP | {"img"},
        clean_content_tags=_DROP_WITH_CONTENT,
        attributes={"*": {"style"}, "a": {"href"}, "ol": {"start"}, "img": {"src"}},
        url_schemes={"http", "https", "mailto"},
        strip_comments=True,
        link_rel=None,
    )


_WORD_CLEANER = _allow_list()


@dataclass
class _Table:
    rows: list[list[list[tuple[Block, str]]]] = field(default_factory=list)
    mark: int = 0  # len(blocks) when the current cell began
    pictures: bool = False


class _WordCleaner(_Cleaner):
    def __init__(self) -> None:
        super().__init__()
        self.roles: dict[int, str] = {}
        self.role = ""
        self.tables: list[_Table] = []

    def flush(self) -> None:
        before = len(self.blocks)
        super().flush()
        if self.role and len(self.blocks) > before:
            self.roles[before] = self.role

    def handle_starttag(self, tag: str, attrs_list: list) -> None:
        if tag == "img":
            src = dict(attrs_list).get("src") or ""
            if src and not self.skip:
                self.runs.append(Run("image", "", frozenset(self.marks), self.link,
                                     "".join(self.marks), src=src))
                if self.tables:
                    self.tables[-1].pictures = True
            return
        super().handle_starttag(tag, attrs_list)
        if tag in _ROLES:
            self.role = _ROLES[tag]
        elif tag == "table":
            self.tables.append(_Table())
        elif tag == "tr" and self.tables:
            self.tables[-1].rows.append([])
        elif tag in ("td", "th") and self.tables:
            table = self.tables[-1]
            if not table.rows:
                table.rows.append([])
            table.mark = len(self.blocks)

    def _close(self, tag: str, added: list) -> None:
        super()._close(tag, added)
        if tag in _ROLES:
            self.role = ""
        elif tag in ("td", "th") and self.tables and "skip" not in added:
            table = self.tables[-1]
            table.rows[-1].append([(block, self.roles.get(i, "")) for i, block in
                                   enumerate(self.blocks[table.mark:], start=table.mark)])
            self._forget(table.mark)
        elif tag == "table" and self.tables and "skip" not in added:
            self._table_done(self.tables.pop())

    def _forget(self, mark: int) -> None:
        del self.blocks[mark:]
        for index in [i for i in self.roles if i >= mark]:
            del self.roles[index]

    def _table_done(self, table: _Table) -> None:
        cells = [cell for row in table.rows for cell in row]
        if table.pictures or len(self.tables) > 0:  # a layout table, or one inside another
            for cell in cells:
                for block, role in cell:
                    if role:
                        self.roles[len(self.blocks)] = role
                    self.blocks.append(block)
            if self.tables:
                self.tables[-1].pictures |= table.pictures
            return
        rows = [[_cell_runs(cell) for cell in row] for row in table.rows if row]
        if not rows:
            return
        width = max(len(row) for row in rows)
        self.blocks.append(Block("table", tuple(self.stack), rows=rows, align=[""] * width))


def _cell_runs(cell: list[tuple[Block, str]]) -> list[Run]:
    runs: list[Run] = []
    for block, _role in cell:
        if runs and block.runs:
            runs.append(Run("text", " "))
        runs.extend(block.runs if block.kind != "code" else [Run("code", block.code or "")])
    return merge_runs(runs)


def word_blocks(html: str) -> tuple[list[Block], dict[int, str]]:
    """The blocks of ``html`` (mammoth's output) and the role of those that have one."""
    html = nfc(html)
    if _tag_depth(html) > MAX_TAG_DEPTH:
        return _plain_paragraphs(html), {}
    cleaner = _WordCleaner()
    cleaner.feed(_WORD_CLEANER.clean(html))
    blocks = cleaner.finish()
    return blocks, cleaner.roles
