"""The plain-Python model of a body between Markdown and QTextDocument.

Both directions of the bridge go through this intermediate form: Markdown tokens → ``Block``
list → QTextDocument, and QTextDocument → ``Block`` list → canonical Markdown. Keeping it free
of Qt lets the Markdown side be reasoned about (and tested) on its own.

A body is a flat list of leaf blocks. Each block carries the stack of containers it sits in
(outermost first): a blockquote frame ``Quote(id)`` or a list frame ``ListFrame(...)``. Blocks
that share a container id at the same depth belong to the same container; inside a list, the
``item`` id tells which item a block belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

STRONG = "s"
EM = "e"
STRIKE = "x"
LINK = "l"
CHANGE = "c"  # in ``Run.nest``: where a pending suggestion's mark stands among the emphasis
MARKS = (STRONG, EM, STRIKE)


@dataclass(frozen=True)
class Quote:
    id: int


@dataclass(frozen=True)
class ListFrame:
    id: int
    item: int
    ordered: bool = False
    start: int = 1
    tight: bool = True


Frame = Quote | ListFrame


@dataclass
class Run:
    """A stretch of inline content with one set of formats.

    ``kind`` is ``text`` (``text`` holds it), ``code`` (a code span), ``image`` (an inline
    image: ``src``, ``alt`` in ``text``, ``title``), ``hardbreak`` or ``softbreak``.
    ``marks`` is the set of emphasis marks; ``nest`` the order they were opened in (outermost
    first, ``l`` standing for the link, ``c`` for a suggestion's mark) so that ``**[a](u)**``
    and ``[**a**](u)``, ``**{++a++}**`` and ``{++**a**++}`` stay apart.
    """

    kind: str = "text"
    text: str = ""
    marks: frozenset[str] = frozenset()
    link: tuple[str, str, int] | None = None  # (href, title, id: tells adjacent links apart)
    nest: str = ""
    src: str = ""
    title: str = ""
    change: tuple[str, str, str, int] | None = None

    def same_format(self, other: Run) -> bool:
        return (self.marks, self.link, self.nest, self.change) == (
            other.marks, other.link, other.nest, other.change)


@dataclass
class Block:
    """One leaf block: ``paragraph``, ``heading``, ``code``, ``hr``, ``table`` or ``figure``."""

    kind: str
    stack: tuple[Frame, ...] = ()
    item_start: bool = False  # first block of its innermost list item
    runs: list[Run] = field(default_factory=list)
    level: int = 0  # heading level 1-6
    info: str = ""  # code fence info string
    code: str | None = None  # code text without the final newline; None = no line at all
    open_end: bool = False  # code left unclosed at the very end of a file without a newline
    rows: list[list[list[Run]]] = field(default_factory=list)  # table: header row first
    align: list[str] = field(default_factory=list)  # table: "", "left", "center", "right"
    src: str = ""  # figure image path
    caption: str = ""
    credit: str = ""


def plain_text(runs: list[Run]) -> str:
    """The text of ``runs`` as a reader sees it (breaks as spaces/newlines, images by alt)."""
    parts = []
    for run in runs:
        if run.kind in ("text", "code", "image"):
            parts.append(run.text)
        elif run.kind == "hardbreak":
            parts.append("\n")
        elif run.kind == "softbreak":
            parts.append(" ")
    return "".join(parts)
