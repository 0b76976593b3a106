"""newsdesk.interchange: the .md-with-front-matter file of docs/formats.md §3 (read, write, images)."""

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
