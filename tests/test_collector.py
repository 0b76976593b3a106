"""Background work never frees UI objects on a worker thread, and Python's cyclic collector
runs on the UI thread only (a collection on a worker thread frees Qt objects caught in cycles
from the wrong thread: the app crashed at random while a library opened in the background)."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from newsdesk.qt.workers import run_task, wait_for_pool


class _Owner:
    """Stands for a panel: records the thread its last reference is dropped on."""

    freed_on: ClassVar[list[int]] = []

    def work(self, fail: bool = False) -> str:
        if fail:
            raise ValueError("the library is locked")
        return "done"

    def __del__(self) -> None:
        _Owner.freed_on.append(threading.get_ident())


def _make_cycles(n: int) -> int:
    for _ in range(n):
        a: dict = {}
        b = {"a": a}
        a["b"] = b
    return n


def test_the_collector_is_switched_to_the_ui_thread(qapp):
    assert not gc.isenabled()
    assert qapp.collector._timer.isActive()


def test_garbage_made_on_a_worker_is_collected_on_the_ui_thread(qapp, qtbot):
    threads: list[int] = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            threads.append(threading.get_ident())

    gc.callbacks.append(record)
    try:
        task = run_task(_make_cycles, 200_000)
        qtbot.waitUntil(lambda: task.finished, timeout=20_000)
        qtbot.waitUntil(lambda: bool(threads), timeout=5_000)  # the timer collects what is due
    finally:
        gc.callbacks.remove(record)
    assert task.result == 200_000
    assert set(threads) == {threading.main_thread().ident}


def test_the_last_reference_to_the_work_is_dropped_on_the_ui_thread(qapp, qtbot):
    main = threading.main_thread().ident
    outcome: list = []
    for fail in (False, True):
        _Owner.freed_on.clear()
        run_task(_Owner().work, fail, on_done=outcome.append, on_error=outcome.append)
        assert wait_for_pool()
        qtbot.waitUntil(lambda: bool(outcome), timeout=5_000)
        outcome.clear()  # the error's traceback holds the owner too
        qtbot.waitUntil(lambda: bool(_Owner.freed_on), timeout=5_000)
        assert _Owner.freed_on == [main], f"freed on a worker thread (fail={fail})"


def test_the_ui_thread_waits_at_most_a_millisecond_for_a_busy_worker(qapp):
    import sys

    assert sys.getswitchinterval() <= 0.001


def test_a_result_for_a_closed_window_part_is_dropped_quietly(qapp, qtbot):
    """An article view closed while its word count was being made: the count arrives for a
    deleted object, and nothing is raised in the event loop (a traceback in the log, a failed
    test), where the other tasks' results still arrive."""
    from PySide6.QtCore import QObject, Signal
    from shiboken6 import delete

    class View(QObject):
        counted = Signal(object)

    view, seen = View(), []
    view.counted.connect(seen.append)
    closed = run_task(_make_cycles, 10, on_done=lambda n: view.counted.emit(n))
    later = run_task(_make_cycles, 20, on_done=seen.append)
    delete(view)  # closed before the count arrives
    qtbot.waitUntil(lambda: closed.finished and later.finished, timeout=5_000)
    assert seen == [20]
    assert closed.result == 10


def test_other_runtime_errors_of_a_callback_are_not_hidden(qapp, qtbot):
    from pytestqt.exceptions import capture_exceptions

    def broken(_n):
        raise RuntimeError("the count is wrong")

    with capture_exceptions() as caught:
        task = run_task(_make_cycles, 5, on_done=broken)
        qtbot.waitUntil(lambda: task.finished, timeout=5_000)
    assert [str(exc[1]) for exc in caught] == ["the count is wrong"]
