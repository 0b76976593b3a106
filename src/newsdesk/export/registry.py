"""The export formats by name: ``--format html|cms|markdown`` and whatever is added later.

``default_registry()`` holds the formats of this package. Formats built elsewhere (PDF by
``newsdesk.printing``, which this package may not import) are added by the services layer
with ``register`` — see ``newsdesk.services.exporting``.
"""

from __future__ import annotations

from .base import Exporter, ExportError, ExportFormat


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
    """A new registry holding html, cms and markdown."""
    from .cms import CmsExporter
    from .html import HtmlExporter
    from .markdown import MarkdownExporter

    registry = ExportRegistry()
    for exporter in (HtmlExporter(), CmsExporter(), MarkdownExporter()):
        registry.register(exporter)
    return registry
