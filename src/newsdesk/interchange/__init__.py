"""newsdesk.interchange: the .md-with-front-matter file of docs/formats.md §3 (read, write, images).

The names below load their module on first use: importing one submodule (``images``, say,
for ``is_remote``) does not import the front-matter reader (YAML) with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.lazy import lazy_exports

if TYPE_CHECKING:
    from .files import (
        LoadedArticle,
        WrittenArticle,
        atomic_write_bytes,
        read_markdown_file,
        read_text_file,
        write_markdown_file,
    )
    from .frontmatter import (
        FIELD_ORDER,
        InterchangeError,
        dump_markdown_text,
        parse_markdown,
        parse_markdown_text,
    )
    from .images import image_sources, safe_relative

_LAZY = {
    "LoadedArticle": "files",
    "WrittenArticle": "files",
    "atomic_write_bytes": "files",
    "read_markdown_file": "files",
    "read_text_file": "files",
    "write_markdown_file": "files",
    "FIELD_ORDER": "frontmatter",
    "InterchangeError": "frontmatter",
    "dump_markdown_text": "frontmatter",
    "parse_markdown": "frontmatter",
    "parse_markdown_text": "frontmatter",
    "image_sources": "images",
    "safe_relative": "images",
}


__getattr__ = lazy_exports(__name__, _LAZY)


__all__ = [
    "FIELD_ORDER",
    "InterchangeError",
    "LoadedArticle",
    "WrittenArticle",
    "atomic_write_bytes",
    "dump_markdown_text",
    "image_sources",
    "parse_markdown",
    "parse_markdown_text",
    "read_markdown_file",
    "read_text_file",
    "safe_relative",
    "write_markdown_file",
]
