"""Markdown → ``ir.Block`` list, from the tokens of newsdesk's own parser.

Uses ``newsdesk.render.markdown.create_parser()`` so that the editor reads a body exactly as
the renderer does. Link and image destinations are kept *as written* (the parser's URL
normalisation is switched off on this private instance): a photo path such as
``images/ảnh-1.jpg`` must come back unchanged, because ``Article.assets`` is keyed by it.
"""

from __future__ import annotations

from itertools import count

from markdown_it import MarkdownIt
from markdown_it.token import Token

from newsdesk.domain.text import nfc
from newsdesk.render.markdown import create_parser

from .ir import EM, LINK, STRIKE, STRONG, Block, ListFrame, Quote, Run
from .suggest_marks import Marks, encode

_IDS = count(1)
_LINK_IDS = count(1)  # container ids unique within the process (pasted pieces never collide)
_MARK_OF = {"strong": STRONG, "em": EM, "s": STRIKE}
_ALIGN = {"text-align:left": "left", "text-align:center": "center", "text-align:right": "right"}


def reader_parser() -> MarkdownIt:
    """newsdesk's parser, with destinations left as written."""
    md = create_parser()
    # replacing the instance's method is how markdown-it-py lets a parser keep links as written
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]
    return md


def parse_blocks(markdown: str, md: MarkdownIt | None = None) -> list[Block]:
    """Read ``markdown`` (normalised to NFC) into leaf blocks with their container stacks;
    a pending suggestion's text gets its ``change`` (``suggest_marks``)."""
    source, marks = encode(nfc(markdown))
    tokens = (md or reader_parser()).parse(source)
    return _Reader(tokens, marks).run()


def inline_runs(children: list[Token] | None, changes: Marks | None = None) -> list[Run]:
    """Inline tokens → runs, tracking emphasis, links and their nesting order (and the
    suggestions of ``changes``)."""
    runs: list[Run] = []
    stack: list[str] = []  # marks and "l", outermost first
    link: tuple[str, str, int] | None = None

    def add(kind: str, text: str = "", src: str = "", title: str = "") -> None:
        marks = frozenset(m for m in stack if m != LINK)
        runs.append(Run(kind, text, marks, link, "".join(stack), src=src, title=title))

    for tok in children or []:
        kind = tok.type
        if kind == "text":
            if tok.content:
                add("text", tok.content)
        elif kind == "code_inline":
            add("code", tok.content)
        elif kind in ("softbreak", "hardbreak"):
            add(kind)
        elif kind.endswith("_open") and kind[:-5] in _MARK_OF:
            stack.append(_MARK_OF[kind[:-5]])
        elif kind.endswith("_close") and kind[:-6] in _MARK_OF:
            mark = _MARK_OF[kind[:-6]]
            if mark in stack:
                stack.remove(mark)
        elif kind == "link_open":
            link = (str(tok.attrGet("href") or ""), str(tok.attrGet("title") or ""),
                    next(_LINK_IDS))
            stack.append(LINK)
        elif kind == "link_close":
            link = None
            if LINK in stack:
                stack.remove(LINK)
        elif kind == "image":
            add("image", alt_text(tok.children), src=str(tok.attrGet("src") or ""),
                title=str(tok.attrGet("title") or ""))
        elif tok.content:  # anything unexpected keeps its text
            add("text", changes.restore(tok.content) if changes else tok.content)
    return merge_runs(changes.runs(runs) if changes else runs)


def alt_text(children: list[Token] | None) -> str:
    """The alt text the renderer writes for an image (CommonMark: markup stripped)."""
    out = []
    for tok in children or []:
        if tok.type in ("text", "code_inline"):
            out.append(tok.content)
        elif tok.type == "image":
            out.append(alt_text(tok.children))
        elif tok.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)


def merge_runs(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        prev = merged[-1] if merged else None
        if prev and prev.kind == run.kind == "text" and prev.same_format(run):
            prev.text += run.text
        else:
            merged.append(run)
    return merged


class _Reader:
    def __init__(self, tokens: list[Token], marks: Marks | None = None) -> None:
        self.tokens = tokens
        self.marks = marks or Marks([])
        self.blocks: list[Block] = []
        self.stack: list[Quote | ListFrame] = []
        self.fresh: list[bool] = []  # per frame: no leaf emitted in it yet
        self.ids = _IDS
        self.lists: list[dict] = []

    def run(self) -> list[Block]:
        toks = self.tokens
        i = 0
        while i < len(toks):
            tok = toks[i]
            t = tok.type
            if t == "blockquote_open":
                self._push(Quote(next(self.ids)))
            elif t in ("bullet_list_open", "ordered_list_open"):
                value = tok.attrGet("start")
                start = int(value) if value is not None and t == "ordered_list_open" else 1
                frame = ListFrame(next(self.ids), 0, t == "ordered_list_open", start,
                                  self._tight(i))
                self._push(frame)
            elif t == "list_item_open":
                item = self.stack[-1]
                assert isinstance(item, ListFrame)
                self.stack[-1] = ListFrame(item.id, next(self.ids), item.ordered, item.start,
                                           item.tight)
                self.fresh[-1] = True
            elif t == "list_item_close":
                if self.fresh[-1]:
                    self._emit(Block("paragraph"))
            elif t in ("blockquote_close", "bullet_list_close", "ordered_list_close"):
                if t == "blockquote_close" and self.fresh[-1]:
                    self._emit(Block("paragraph"))
                self.stack.pop()
                self.fresh.pop()
            elif t == "paragraph_open":
                children = toks[i + 1].children or []
                if len(children) == 1 and children[0].type == "image":
                    img = children[0]
                    self._emit(Block("figure", src=str(img.attrGet("src") or ""),
                                     caption=alt_text(img.children),
                                     credit=str(img.attrGet("title") or "")))
                else:
                    self._emit(Block("paragraph", runs=inline_runs(children, self.marks)))
                i += 2
            elif t == "heading_open":
                self._emit(Block("heading", level=int(tok.tag[1:]),
                                 runs=inline_runs(toks[i + 1].children, self.marks)))
                i += 2
            elif t in ("fence", "code_block"):
                content = self.marks.restore(tok.content)
                code = None if content == "" else content.removesuffix("\n")
                info = tok.info.strip() if t == "fence" else ""
                self._emit(Block("code", info=info, code=code,
                                 open_end=bool(content) and not content.endswith("\n")))
            elif t == "hr":
                self._emit(Block("hr"))
            elif t == "table_open":
                i = self._table(i)
            i += 1
        return self.blocks

    def _push(self, frame: Quote | ListFrame) -> None:
        self.stack.append(frame)
        self.fresh.append(True)

    def _emit(self, block: Block) -> None:
        block.stack = tuple(self.stack)
        block.item_start = bool(self.stack) and isinstance(self.stack[-1], ListFrame) \
            and self.fresh[-1]
        self.fresh = [False] * len(self.fresh)
        self.blocks.append(block)

    def _tight(self, i: int) -> bool:
        """A list is tight when its item paragraphs are hidden (markdown-it's marking)."""
        level = self.tokens[i].level
        for tok in self.tokens[i + 1:]:
            if tok.level <= level and tok.type.endswith("_close"):
                break
            if tok.type == "paragraph_open" and tok.level == level + 2:
                return tok.hidden
        return True

    def _table(self, i: int) -> int:
        rows: list[list[list[Run]]] = []
        align: list[str] = []
        toks = self.tokens
        while toks[i].type != "table_close":
            tok = toks[i]
            if tok.type == "tr_open":
                rows.append([])
            elif tok.type in ("th_open", "td_open"):
                if tok.type == "th_open":
                    align.append(_ALIGN.get(str(tok.attrGet("style") or ""), ""))
                rows[-1].append(inline_runs(toks[i + 1].children, self.marks))
            i += 1
        self._emit(Block("table", rows=rows, align=align))
        return i
