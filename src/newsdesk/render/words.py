"""The counted text of a body read from its Markdown (what counts: ``newsdesk.domain.stats``).

One line per block a reader reads: a paragraph, heading or table cell is its text (a soft break
a space, a hard break a new line, code spans as written, inline images nothing), a code block
its lines, a photo alone in its paragraph (a figure, as the editor reads it: also in a tight
list) its caption — never its credit. A pending suggestion counts as the editor shows it, old
and new text side by side; its author and time (the attribution) never count. The editor's document gives the same text (``qt.editor.doc_words``).
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it.token import Token

from newsdesk.domain.stats import TextStats, text_stats
from newsdesk.domain.suggestions import shown

from .markdown import create_parser


def _alt(children: list[Token]) -> str:
    """An image's alt text as written, markup left out (a caption, for a figure)."""
    out = []
    for tok in children:
        if tok.type in ("text", "code_inline"):
            out.append(tok.content)
        elif tok.type == "image":
            out.append(_alt(tok.children or []))
        elif tok.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)


@lru_cache(maxsize=8)
def counted_text(markdown: str) -> str:
    """The words of the body ``markdown`` that count, one line per block (the last few bodies
    are remembered: a body is counted when opened and again when exported)."""
    tokens = create_parser().parse(shown(markdown or ""), {})
    lines: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.type in ("fence", "code_block"):
            lines.append(tok.content)
        elif tok.type == "inline":
            children = tok.children or []
            if tokens[i - 1].type == "paragraph_open" and len(children) == 1 and \
                    children[0].type == "image":  # a figure, as the editor reads it
                lines.append(_alt(children[0].children or []))
            else:
                lines.append(_inline_text(children))
    return "\n".join(lines)


def body_stats(headline: str, sapo: str, body_markdown: str, language: str = "vi") -> TextStats:
    """Statistics of an article whose body is ``body_markdown``."""
    return text_stats(headline, sapo, counted_text(body_markdown), language)
