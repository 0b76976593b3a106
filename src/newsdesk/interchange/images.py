"""The local images a Markdown body refers to, and the rule that keeps them inside a folder.

Paths are found with markdown-it (so escaped brackets, ``<…>`` destinations, reference-style
images and images in tables all count) and returned as written: percent-escapes undone, NFC.
Remote (``http:``, ``data:``…) sources are not files and are skipped; absolute paths and ``..``
are refused, never followed.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt

from newsdesk.domain.text import nfc


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def image_sources(body: str) -> list[str]:
    """Every image source of ``body`` in order of appearance, de-duplicated, as written."""
    found: list[str] = []

    def walk(tokens) -> None:
        for token in tokens:
            if token.type == "image":
                src = nfc(unquote(str(token.attrGet("src") or "")))
                if src and src not in found:
                    found.append(src)
            if token.children:
                walk(token.children)

    walk(_parser().parse(body))
    return found


def is_remote(src: str) -> bool:
    """True for ``http://…``, ``data:…`` and other URLs with a scheme (not a local file)."""
    scheme = urlsplit(src).scheme
    return len(scheme) > 1  # a one-letter "scheme" is a Windows drive letter


def safe_relative(src: str) -> PurePosixPath | None:
    """``src`` as a relative path that stays below its folder, or None when it would not."""
    if is_remote(src) or not src:
        return None
    text = src.replace("\\", "/").split("#", 1)[0].split("?", 1)[0]
    path = PurePosixPath(text)
    if path.is_absolute() or text.startswith("/") or ":" in path.parts[0]:
        return None
    if any(part == ".." for part in path.parts) or not path.parts:
        return None
    return path


def find_file(base: Path, relative: PurePosixPath) -> Path | None:
    """The file ``base/relative``, matching names in NFC or NFD (macOS); None if absent, if
    the system cannot look it up (a name too long) or if it resolves (through a symlink)
    outside ``base``."""
    current = base
    for part in relative.parts:
        if part == ".":
            continue
        candidate = current / part
        try:
            found = candidate.exists()
        except OSError:  # a name too long for the file system, a loop of links…
            return None
        if not found:
            other_form = _by_normal_form(current, part)
            if other_form is None:
                return None
            candidate = other_form
        current = candidate
    try:
        if not current.is_file() or not current.resolve().is_relative_to(base.resolve()):
            return None
    except OSError:
        return None
    return current


def _by_normal_form(folder: Path, name: str) -> Path | None:
    wanted = unicodedata.normalize("NFC", name)
    try:
        entries = os.listdir(folder)
    except OSError:
        return None
    for entry in entries:
        if unicodedata.normalize("NFC", entry) == wanted:
            return folder / entry
    return None
