"""Background work for the GUI: run a function on the QThreadPool, get its result by signal.

Slow calls (the library's database, exports, search) never run on the UI thread. ``run_task``
wraps a plain function in a QRunnable; its result (or exception) comes back on the UI thread
through the ``done``/``failed`` signals of a small QObject that lives on the UI thread.
``Debouncer`` fires a callback once, a given time after the last of a burst of pokes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class Task(QObject):
    """The UI-thread side of one background call; emits exactly one of done/failed.

    The worker emits the private ``_raw_*`` signals; as this object lives on the UI thread the
    connection to its own slots is queued, so callbacks and ``done``/``failed`` run there.
    """

    done = Signal(object)
    failed = Signal(object)
    _raw_done = Signal(object)
    _raw_failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None] | None, on_error: Callable | None,
                 name: str) -> None:
        super().__init__()
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._on_done, self._on_error, self._name = on_done, on_error, name
        self._raw_done.connect(self._deliver_done)
        self._raw_failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        _live.discard(self)
        self.result, self.finished = result, True
        if self._on_done is not None:
            self._on_done(result)
        self.done.emit(result)

    @Slot(object)
    def _deliver_failed(self, exc: BaseException) -> None:
        _live.discard(self)
        self.error, self.finished = exc, True
        if self._on_error is not None:
            self._on_error(exc)
        else:
            log.error("background task %s failed", self._name, exc_info=exc)
        self.failed.emit(exc)


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task, self._fn, self._args, self._kwargs = task, fn, args, kwargs

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # delivered to the UI thread, never swallowed
            self._task._raw_failed.emit(exc)
            return
        self._task._raw_done.emit(result)


_live: set[Task] = set()


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
    **kwargs: Any,
) -> Task:
    """Run ``fn(*args, **kwargs)`` on the thread pool; call back on the UI thread.

    Without ``on_error`` an exception is logged (with its traceback) rather than lost.
    """
    task = Task(on_done, on_error, getattr(fn, "__name__", repr(fn)))
    _live.add(task)  # keep the QObject alive until its result has been delivered
    (pool or QThreadPool.globalInstance()).start(_Runnable(task, fn, args, kwargs))
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
