"""newsdesk.interchange: the .md-with-front-matter file of docs/formats.md §3 (read, write, images).

The names below load their module on first use: importing one submodule (``images``, say,
for ``is_remote``) does not import the front-matter reader (YAML) with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


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
