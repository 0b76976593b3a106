"""Files shipped with newsdesk (templates, CSS, fonts, icons, translations).

In the wheel they live inside the package (``newsdesk/resources``); in a source checkout or
an editable install they are the top-level ``resources/``.
A frozen (PyInstaller) app finds them next to the package the same way.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def _root(kind: str) -> Path:
    inside = _PACKAGE / kind
    if inside.is_dir():
        return inside
    checkout = _PACKAGE.parent.parent / kind  # src/newsdesk -> repository root
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"newsdesk is installed without its '{kind}' folder")


def resource_path(*parts: str) -> Path:
    """Path of a file below ``resources/``, e.g. ``resource_path("css", "print.css")``."""
    return _root("resources").joinpath(*parts)


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")
