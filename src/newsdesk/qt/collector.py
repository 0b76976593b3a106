"""Python's cyclic garbage collector, run on the UI thread only, between events.

Left automatic, the collector runs in whichever thread happens to allocate past its threshold:
a background task compiling the database migrations, decoding a photo or building a page. A
collection there frees the Qt objects caught in reference cycles (a closed panel whose slots
are lambdas holding it, an editor's helpers) on the wrong thread, while the UI thread may be
using them, and the app crashes at random. A collection on the UI thread in the middle of an
event handler can free objects Qt is still delivering to.

So the automatic collector is switched off and ``collect_if_due`` runs from a timer on the UI
thread, when the event loop is idle between events, collecting the generations whose counts
have passed the usual thresholds, exactly as Python would have (the same amount of work).
Reference counting, which frees almost everything, is not affected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 200  # collections stay as frequent as Python's own in a busy session


def collect_if_due() -> int:
    """Collect the oldest generation whose allocation count has passed its threshold (what
    the automatic collector would have done); returns the number of objects freed."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] >= thresholds[generation]:
            return gc.collect(generation)
    return 0


class UiThreadCollector(QObject):
    """Owns the timer; made once, by the application, on the UI thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(collect_if_due)
        self._timer.start()
