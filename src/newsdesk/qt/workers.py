"""Background work for the GUI: run a function on the QThreadPool, get its result by signal.

Slow calls (the library's database, exports, search) never run on the UI thread. ``run_task``
wraps a plain function in a QRunnable; its result (or exception) comes back on the UI thread
through the ``done``/``failed`` signals of a small QObject that lives on the UI thread.
``Debouncer`` fires a callback once, a given time after the last of a burst of pokes.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class Task(QObject):
    """The UI-thread side of one background call; emits exactly one of done/failed.

    The worker never touches this object: it reports to the long-lived ``_Dispatcher`` by the
    task's number, so the Task is made, signalled and released on the UI thread only (a
    QObject freed by a worker thread while the UI thread still delivers to it can crash Qt).
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None] | None, on_error: Callable | None,
                 name: str) -> None:
        super().__init__()
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._on_done, self._on_error, self._name = on_done, on_error, name
        self._work: tuple | None = None

    def _deliver_done(self, result: object) -> None:
        self._work = None
        self.result, self.finished = result, True
        if self._on_done is not None:
            self._call(self._on_done, result)
        self.done.emit(result)

    def _deliver_failed(self, exc: BaseException) -> None:
        self._work = None
        self.error, self.finished = exc, True
        if self._on_error is not None:
            self._call(self._on_error, exc)
        else:
            log.error("background task %s failed", self._name, exc_info=exc)
        self.failed.emit(exc)

    def _call(self, callback: Callable, value: object) -> None:
        """``callback(value)``; nothing when what it was for has been closed meanwhile (an
        article view, a panel: Qt deleted the object the callback reaches for)."""
        try:
            callback(value)
        except RuntimeError as exc:
            if not _deleted(exc):
                raise
            log.debug("background task %s finished after its window part closed: %s",
                      self._name, exc)


def _deleted(exc: RuntimeError) -> bool:
    """The error PySide raises on a use of a QObject that Qt has deleted."""
    text = str(exc)
    return "already deleted" in text or "has been deleted" in text


class _Dispatcher(QObject):
    """Lives on the UI thread for the whole session; a worker leaves its outcome in
    ``_outcomes`` and emits ``arrived`` with the task's number; Qt queues the call to the UI
    thread, which takes the outcome from there."""

    arrived = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._arrived)

    @Slot(int)
    def _arrived(self, number: int) -> None:
        succeeded, value = _outcomes.pop(number, (False, RuntimeError("no outcome")))
        task = _live.pop(number, None)
        if task is None:
            return
        if succeeded:
            task._deliver_done(value)
        else:
            task._deliver_failed(value if isinstance(value, BaseException)
                                 else RuntimeError(value))


class _Runnable(QRunnable):
    def __init__(self, number: int, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._number, self._fn, self._args, self._kwargs = number, fn, args, kwargs

    def run(self) -> None:  # worker thread
        dispatcher = _dispatcher
        assert dispatcher is not None
        # The function, its arguments, its result and an exception's traceback often hold UI
        # objects (a bound method of a panel, a lambda around one). The UI thread keeps its
        # own reference to the work (``Task._work``) until the outcome is delivered, and this
        # thread holds none of them by the time it reports: the last reference is always
        # dropped on the UI thread (a QObject freed by a worker thread crashes Qt).
        fn, args, kwargs = self._fn, self._args, self._kwargs
        self._fn, self._args, self._kwargs = _nothing, (), {}
        outcome: tuple[bool, object]
        try:
            outcome = (True, fn(*args, **kwargs))
        except BaseException as exc:  # delivered to the UI thread, never swallowed
            outcome = (False, exc)
        del fn, args, kwargs
        _outcomes[self._number] = outcome
        del outcome
        dispatcher.arrived.emit(self._number)


def _nothing() -> None:
    return None


_live: dict[int, Task] = {}  # keeps each Task alive until its result has been delivered
_outcomes: dict[int, tuple[bool, object]] = {}  # (succeeded, result or exception) by number
_numbers = itertools.count(1)
_dispatcher: _Dispatcher | None = None


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
    **kwargs: Any,
) -> Task:
    """Run ``fn(*args, **kwargs)`` on the thread pool; call back on the UI thread.

    Call it on the UI thread. Without ``on_error`` an exception is logged (with its
    traceback) rather than lost.
    """
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    task = Task(on_done, on_error, getattr(fn, "__name__", repr(fn)))
    task._work = (fn, args, kwargs)  # released on this thread, with the task (see _Runnable)
    number = next(_numbers)
    _live[number] = task
    (pool or QThreadPool.globalInstance()).start(_Runnable(number, fn, args, kwargs))
    return task


_background: QThreadPool | None = None


def background_pool() -> QThreadPool:
    """One thread for work nobody waits for (caches for next time), so that it never holds
    up the global pool's threads, which serve what the user is waiting for."""
    global _background
    if _background is None:
        _background = QThreadPool()
        _background.setMaxThreadCount(1)
    return _background


def wait_for_pool(timeout_ms: int = 30000, pool: QThreadPool | None = None) -> bool:
    """Block until the pool's running tasks are finished (used on close and in tests)."""
    return (pool or QThreadPool.globalInstance()).waitForDone(timeout_ms)


class Debouncer(QObject):
    """Call ``callback`` once, ``delay_ms`` after the last ``poke()`` of a burst.

    With ``max_wait_ms`` a burst that never pauses (continuous typing) still fires at least
    that often, so work that protects the text (the recovery journal) is never put off for good.
    """

    def __init__(self, delay_ms: int, callback: Callable[[], None], parent: QObject | None = None,
                 *, max_wait_ms: int | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._delay = max(0, int(delay_ms))
        self._timer.setInterval(self._delay)
        self._timer.timeout.connect(callback)
        self._max_wait = max_wait_ms
        self._burst = QElapsedTimer()

    def poke(self) -> None:
        if self._max_wait is None:
            self._timer.start()
            return
        if not self._timer.isActive():
            self._burst.start()
            self._timer.start(self._delay)
            return
        left = self._max_wait - self._burst.elapsed()
        if left > self._delay:
            self._timer.start(self._delay)
        elif left <= 0:
            self._timer.start(0)
        # else: keep the running timer, it fires within max_wait

    def cancel(self) -> None:
        self._timer.stop()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Fire now if a call is pending."""
        if self._timer.isActive():
            self._timer.stop()
            self._timer.timeout.emit()
