"""User settings, declared once with their defaults and kept as JSON in the config folder.

Window geometry and recent files are Qt's business (QSettings); everything else a user can
choose lives here, Qt-free, so that the CLI and the GUI read the same preferences.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from .atomic import atomic_write


@dataclass
class Settings:
    user_name: str = ""
    user_initials: str = ""
    ui_language: str = ""  # "" follows the system; else "vi" or "en"
    publication_name: str = "newsdesk"
    paper: str = "A4"
    orientation: str = "portrait"
    columns: int = 2
    font_size_pt: float = 10.0
    margins_mm: float = 15.0
    second_qr_url: str = ""
    second_qr_label: str = ""
    print_related: bool = True  # the "Tin khác" box at the end of the print page and PDF
    # the print make-up may crop a photo by a line or two, or space it a line down, to close a
    # hole in a column (off: photos only move)
    print_photo_fitting: bool = True
    autosave_seconds: float = 1.5
    spell_check: bool = True  # underline misspelt words as one types
    extra: dict[str, object] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Settings from ``path``; defaults for anything missing, unknown or unreadable."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}  # each of the type of its default (checked below)
        defaults = cls()
        for name, value in raw.items():
            if name in known and isinstance(value, type(getattr(defaults, name))):
                values[name] = value
            elif name in known and isinstance(getattr(defaults, name), float):
                if isinstance(value, int):
                    values[name] = float(value)
        return cls(**values)

    def save(self, path: Path) -> None:
        """Write atomically: a crash never leaves a half-written settings file."""
        atomic_write(path, json.dumps(asdict(self), ensure_ascii=False, indent=2))
