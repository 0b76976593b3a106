"""The export formats by name: ``--format html|cms|markdown|icml|newsml`` and whatever is added later.

``default_registry()`` holds the formats of this package. Formats built elsewhere (PDF by
``newsdesk.printing``, which this package may not import) are added by the services layer
with ``register`` — see ``newsdesk.services.exporting``. A format described in ``formats.py``
is registered as a ``LazyExporter`` with a small function that imports its module: the
module is imported on its first export only, and the import stays visible to import-linter.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from .base import Exporter, ExportError, ExportFormat, ExportJob


class LazyExporter:
    """An exporter known by its format, its module imported on its first export: listing the
    formats (``newsdesk export --help``, the export dialog) loads none of them."""

    def __init__(self, fmt: ExportFormat, load: Callable[[], Exporter]) -> None:
        self.format = fmt
        self._load = load  # imports the format's module and makes its Exporter
        self._exporter: Exporter | None = None
        self._lock = threading.Lock()

    def load(self) -> Exporter:
        with self._lock:
            if self._exporter is None:
                try:
                    self._exporter = self._load()
                except ImportError as exc:
                    raise ExportError(
                        f"the export format '{self.format.name}' is not available in this "
                        f"installation ({exc})",
                        code="export.format",
                    ) from exc
            return self._exporter

    def export(self, job: ExportJob):
        return self.load().export(job)


class ExportRegistry:
    def __init__(self) -> None:
        self._exporters: dict[str, Exporter] = {}

    def register(self, exporter: Exporter, *, replace: bool = False) -> None:
        name = exporter.format.name
        if name in self._exporters and not replace:
            raise ValueError(f"export format {name!r} is already registered")
        self._exporters[name] = exporter

    def get(self, name: str) -> Exporter:
        try:
            return self._exporters[name]
        except KeyError:
            known = ", ".join(self.names()) or "none"
            raise ExportError(
                f"unknown export format '{name}' (available: {known})", code="export.format"
            ) from None

    def names(self) -> list[str]:
        return list(self._exporters)

    def formats(self) -> list[ExportFormat]:
        return [e.format for e in self._exporters.values()]

    def copy(self) -> ExportRegistry:
        other = ExportRegistry()
        other._exporters = dict(self._exporters)
        return other


def default_registry() -> ExportRegistry:
    """A new registry holding html, cms, markdown, icml and newsml (each imported on its first export)."""
    from .formats import BUILTIN

    registry = ExportRegistry()
    for fmt, load in BUILTIN.values():
        registry.register(LazyExporter(fmt, load))
    return registry
