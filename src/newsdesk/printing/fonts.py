"""The fonts every print document carries: the bundled Noto faces, never a system font.

``font_css()`` declares them (``@font-face``, relative URLs under ``fonts/``); ``add_fonts``
puts their files into a PrintDocument. The files are read once per process; a document handed
to another process names them only (``is_bundled``, ``bundled_bytes``: ``prepared.py``). Light on purpose
(no rendering, no Qt): the print engine loads them into Chromium before the first document
(``PdfPrinter.prewarm``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.config.resources import resource_path

if TYPE_CHECKING:
    from .prepared import PrintDocument

FONTS = (  # family, file, weight, style
    ("Newsdesk Serif", "NotoSerif-Regular.ttf", 400, "normal"),
    ("Newsdesk Serif", "NotoSerif-Bold.ttf", 700, "normal"),
    ("Newsdesk Serif", "NotoSerif-Italic.ttf", 400, "italic"),
    ("Newsdesk Serif", "NotoSerif-BoldItalic.ttf", 700, "italic"),
    ("Newsdesk Sans", "NotoSans-Regular.ttf", 400, "normal"),
    ("Newsdesk Sans", "NotoSans-Bold.ttf", 700, "normal"),
)


def font_css() -> str:
    return "".join(
        f'@font-face {{ font-family: "{family}"; src: url("fonts/{name}") format("truetype"); '
        f"font-weight: {weight}; font-style: {style}; font-display: block; }}\n"
        for family, name, weight, style in FONTS
    )


def add_fonts(document: PrintDocument) -> None:
    for _family, name, _weight, _style in FONTS:
        document.add(f"fonts/{name}", _font_bytes(name), "font/ttf")


def is_bundled(path: str, data: bytes) -> bool:
    """Whether ``data`` at ``path`` is a bundled font file as ``add_fonts`` put it."""
    name = path.removeprefix("fonts/")
    return path.startswith("fonts/") and _font_cache.get(name) is data


def bundled_bytes(path: str) -> bytes:
    """The bytes of the bundled font file at ``path`` (``fonts/…``)."""
    return _font_bytes(path.removeprefix("fonts/"))


_font_cache: dict[str, bytes] = {}


def _font_bytes(name: str) -> bytes:
    if name not in _font_cache:
        _font_cache[name] = resource_path("fonts", name).read_bytes()
    return _font_cache[name]
