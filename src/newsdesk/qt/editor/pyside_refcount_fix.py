"""Work around PySide6 6.12 dropping a reference to ``None`` on Python 3.11.

Every PySide6 call that returns nothing (``cursor.insertText(...)``, ``fmt.setProperty(...)``,
``block.textList()`` when there is no list, …) decrements ``None``'s reference count without
having incremented it: the binding assumes the immortal ``None`` of Python ≥ 3.12 (PEP 683).
On 3.11 the count eventually reaches zero and the interpreter aborts with
``Fatal Python error: none_dealloc``. Giving ``None`` a huge count makes it as good as
immortal, which is exactly what Python 3.12 does; on 3.12+ this does nothing.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 48


def make_none_immortal() -> None:
    """Raise ``None``'s reference count far beyond anything a process can drop."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if count.value < _MARGIN:
        count.value += _MARGIN


make_none_immortal()
