"""Callbacks of background work that outlive their widget.

A review panel may be closed (or its window torn down) while its history or comments are
still loading; the result then arrives for a widget Qt has already deleted. ``alive(widget,
fn)`` wraps a callback so that it does nothing once the widget is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget


def alive(widget: QWidget, fn: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        if shiboken6.isValid(widget):
            return fn(*args, **kwargs)
        return None

    return call
