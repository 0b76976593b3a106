"""The one configured Markdown parser of newsdesk (docs/formats.md §2).

CommonMark plus GFM tables and strikethrough; raw HTML is *not* enabled, so ``<script>`` in a
body is text, never markup. Every renderer, the editor bridge and the exporters use this.
"""

from __future__ import annotations

from markdown_it import MarkdownIt


def create_parser() -> MarkdownIt:
    """A fresh parser with newsdesk's configuration (safe to customise the renderer of)."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    return md
