"""newsdesk.export: one module per format (html, cms, markdown, icml, newsml) behind
``base.Exporter``.

``registry.default_registry()`` lists them by name; formats made outside this package (PDF,
review bundles) are registered by ``newsdesk.services.exporting``.
"""

from .base import (
    CliOption,
    Exporter,
    ExportError,
    ExportFormat,
    ExportJob,
    ExportOptions,
    ExportResult,
)
from .registry import ExportRegistry, default_registry

__all__ = [
    "CliOption",
    "ExportError",
    "ExportFormat",
    "ExportJob",
    "ExportOptions",
    "ExportRegistry",
    "ExportResult",
    "Exporter",
    "default_registry",
]
