"""Package names that load their module on first use (PEP 562), so importing a package
costs nothing until a name of it is used: ``newsdesk list`` never loads the database layer,
and a PDF export's print process starts before the page's modules are loaded.

    _LAZY = {"Repository": "repository", …}   # name -> submodule holding it
    __getattr__ = lazy_exports(__name__, _LAZY)

Each name is looked up once, then kept in the package's namespace. Type checkers see the
names through ``if TYPE_CHECKING:`` imports beside the table.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, table: dict[str, str]) -> Callable[[str], Any]:
    """The module ``__getattr__`` of ``package`` serving the names of ``table``."""

    def __getattr__(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
