"""The WYSIWYG body editor: Markdown ⇄ QTextDocument bridge, editing commands, the widget."""

from . import pyside_refcount_fix as _pyside_refcount_fix  # noqa: F401  (before any Qt call)
