"""An article as a flat run of styled paragraphs: what layout software is handed.

The ICML export (``export.icml``) places each ``Paragraph`` with the paragraph style of its
part — ``headline``, ``sapo``, ``body``, ``heading``, ``quote``, ``list``, ``list number``,
``code``, ``table``, ``photo``, ``caption``, ``credit``, ``byline``, ``source`` — and each
``Run`` of text with the character style of its emphasis (bold, italic, strikethrough, code,
link). The body is read with the same parser and figure rule as every other export
(``render.figures.body_parser``, docs/formats.md §2): a photo alone in its paragraph becomes a
``photo`` paragraph followed by its ``caption`` and ``credit``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import unquote

from markdown_it.token import Token

from newsdesk.domain import Article
from newsdesk.render.dateline import source_line
from newsdesk.render.figures import body_parser
from newsdesk.render.markdown import create_parser
from newsdesk.render.sanitize import safe_href

LINE_BREAK = "\u2028"  # a forced line break inside a paragraph (InDesign's own character)


@dataclass(frozen=True)
class Run:
    """Text with one look. ``image`` is the body path of a photo placed in the text."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    strike: bool = False
    code: bool = False
    href: str = ""
    image: str = ""

    @property
    def character_style(self) -> str:
        """``""`` for plain text, else e.g. ``bold``, ``bold italic``, ``italic link``."""
        flags = [("bold", self.bold), ("italic", self.italic), ("strikethrough", self.strike),
                 ("code", self.code), ("link", bool(self.href))]
        return " ".join(name for name, on in flags if on)


@dataclass
class Paragraph:
    style: str
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def inline_runs(children: list[Token]) -> list[Run]:
    """The runs of an inline token's children (emphasis and links nest)."""
    runs: list[Run] = []
    bold = italic = strike = 0
    links: list[str] = []
    for tok in children:
        kind = tok.type
        if kind in ("text", "code_inline", "softbreak", "hardbreak"):
            text = {"softbreak": " ", "hardbreak": LINE_BREAK}.get(kind, tok.content)
            runs.append(Run(text, bold > 0, italic > 0, strike > 0, kind == "code_inline",
                            links[-1] if links else ""))
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "s_open":
            strike += 1
        elif kind == "s_close":
            strike -= 1
        elif kind == "link_open":
            links.append(safe_href(str(tok.attrGet("href") or "")) or _mailto(tok))
        elif kind == "link_close":
            links.pop()
        elif kind == "image":
            runs.append(Run(image=unquote(str(tok.attrGet("src") or ""))))
    return _merge(runs)


def _mailto(tok: Token) -> str:
    href = str(tok.attrGet("href") or "")
    return href if href.lower().startswith("mailto:") else ""


def _merge(runs: list[Run]) -> list[Run]:
    """Neighbouring runs with the same look joined (``a`` ``b`` → ``ab``)."""
    out: list[Run] = []
    for run in runs:
        if (out and not run.image and not out[-1].image
                and out[-1].character_style == run.character_style
                and out[-1].href == run.href):
            out[-1] = Run(out[-1].text + run.text, run.bold, run.italic, run.strike, run.code,
                          run.href)
        elif run.text or run.image:
            out.append(run)
    return out


def body_paragraphs(markdown: str) -> list[Paragraph]:
    """The body's paragraphs in reading order, each with its style."""
    md = body_parser()
    tokens = md.parse(markdown or "", {})
    out: list[Paragraph] = []
    quote = 0
    lists: list[str] = []  # "list" / "list number", innermost last
    cells: list[list[Run]] | None = None
    for i, tok in enumerate(tokens):
        kind = tok.type
        if kind == "blockquote_open":
            quote += 1
        elif kind == "blockquote_close":
            quote -= 1
        elif kind == "bullet_list_open":
            lists.append("list")
        elif kind == "ordered_list_open":
            lists.append("list number")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "tr_open":
            cells = []
        elif kind == "tr_close" and cells is not None:
            row: list[Run] = []
            for n, cell in enumerate(cells):
                row.extend(([Run("\t")] if n else []) + cell)
            out.append(Paragraph("table", _merge(row)))
            cells = None
        elif kind in ("code_block", "fence"):
            lines = tok.content.rstrip("\n").split("\n")
            out.append(Paragraph("code", [Run(LINE_BREAK.join(lines), code=True)]))
        elif kind == "inline":
            runs = inline_runs(tok.children or [])
            opener = tokens[i - 1] if i else tok
            if cells is not None:
                cells.append(runs)
            elif opener.meta.get("nd_figure"):
                out.extend(_figure(tok))
            elif opener.type == "heading_open":
                out.append(Paragraph("heading", runs))
            elif runs:
                style = lists[-1] if lists else "quote" if quote else "body"
                out.append(Paragraph(style, runs))
    return out


def _figure(inline: Token) -> list[Paragraph]:
    image = next(c for c in inline.children or [] if c.type == "image")
    path = unquote(str(image.attrGet("src") or ""))
    caption = "".join(r.text for r in inline_runs(image.children or [])).strip()
    credit = str(image.attrGet("title") or "").strip()
    out = [Paragraph("photo", [Run(image=path)])]
    if caption:
        out.append(Paragraph("caption", [Run(caption)]))
    if credit:
        out.append(Paragraph("credit", [Run(credit)]))
    return out


def story_paragraphs(article: Article, source_label: str) -> list[Paragraph]:
    """The whole story: headline, sapo, the body, the byline and the source line."""
    out = [Paragraph("headline", [Run(article.headline)])]
    if article.sapo:
        tokens = create_parser().parseInline(article.sapo)
        out.append(Paragraph("sapo", inline_runs(tokens[0].children or []) if tokens else []))
    out.extend(body_paragraphs(article.body))
    if article.byline:
        out.append(Paragraph("byline", [Run(article.byline)]))
    if article.source:
        out.append(Paragraph("source", [Run(source_line(article.source, source_label))]))
    return out
