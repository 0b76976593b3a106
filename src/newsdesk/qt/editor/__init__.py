"""The WYSIWYG body editor: Markdown ⇄ QTextDocument bridge, editing commands, the widget."""

from . import pyside_none_fix as _pyside_none_fix  # noqa: F401  (before any Qt call)
