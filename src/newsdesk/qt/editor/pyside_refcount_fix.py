"""Work around PySide6 6.12 dropping references to ``None`` (and bools) on Python 3.11.

Many PySide6 calls that return nothing (``cursor.insertText(...)``, ``fmt.setProperty(...)``,
``block.textList()`` when there is no list, overridden virtuals, ``processEvents()`` …)
decrement ``None``'s reference count without having incremented it; the binding assumes the
immortal singletons of Python ≥ 3.12 (PEP 683). On 3.11 the count eventually reaches zero and
the interpreter aborts with ``Fatal Python error: none_dealloc`` (``bool_dealloc`` was seen
too). Giving these singletons a huge count makes them as good as immortal — exactly what
Python 3.12 does; on 3.12+ (or a debug build) this does nothing.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 48


def make_singletons_immortal() -> None:
    """Raise the reference counts of None, True and False far beyond any possible leak."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt: PyObject's first field
        if count.value < _MARGIN:
            count.value += _MARGIN


make_singletons_immortal()
