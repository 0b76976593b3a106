"""Callbacks of background work that outlive their widget, or the article it was asked for.

A review panel may be closed (or its window torn down) while its history or comments are
still loading; the result then arrives for a widget Qt has already deleted. ``alive(widget,
fn)`` wraps a callback so that it does nothing once the widget is gone.

A panel may also have moved on to another article by the time an answer arrives.
``ArticleLoader`` runs the panel's query for an article on the thread pool and hands the
answer over only while that article is still the one the panel shows; a stale answer is
dropped. Errors are always reported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from .workers import Task, run_task

T = TypeVar("T")


def alive(widget: QObject, fn: Callable[..., Any]) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        if shiboken6.isValid(widget):
            return fn(*args, **kwargs)
        return None

    return call


class ArticleLoader(Generic[T]):
    """``load(article_id)`` runs ``fetch(article_id)`` off the UI thread, then, on the UI
    thread, ``on_loaded(result)`` if ``current()`` is still ``article_id`` (and ``widget``
    still exists), or ``on_error(exc)`` if it raised."""

    def __init__(
        self,
        widget: QWidget,
        fetch: Callable[[str], T],
        current: Callable[[], str | None],
        on_loaded: Callable[[T], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._widget = widget
        self._fetch, self._current = fetch, current
        self._on_loaded, self._on_error = on_loaded, on_error

    def load(self, article_id: str) -> Task:
        return run_task(
            self._fetch,
            article_id,
            on_done=alive(self._widget, lambda result: self._deliver(article_id, result)),
            on_error=alive(self._widget, self._on_error),
        )

    def _deliver(self, article_id: str, result: T) -> None:
        if article_id == self._current():
            self._on_loaded(result)
