"""How a pending suggestion looks in the body editor and is kept in its character formats.

A run of a suggestion (``ir.Run.change``) carries ``P_CHANGE``: its kind, part (``old``:
removed when accepted, ``new``: added), the attribution ``{#ID by=… at=…}`` exactly as in the
Markdown, and a number telling two suggestions apart; the attribution is never shown as text,
so neither the word count, the search nor the spell checker sees it. Added text is
underlined, removed text struck through, both in the author's colour (the same author always
gets the same colour); the tooltip says who suggested it and when. ``P_CHANGE_STRIKE`` keeps
whether removed text was also ~~struck~~ in the Markdown (its strike-out is the suggestion's).
"""

from __future__ import annotations

import functools
import json
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat, QTextFormat

from newsdesk.domain.critic import parse_attribution
from newsdesk.render.changes import AUTHOR_COLOURS, author_colour_index

from .formats import prop

_U = int(QTextFormat.Property.UserProperty)
P_CHANGE = _U + 30
P_CHANGE_STRIKE = _U + 31


Change = tuple[str, str, str, int]


def author_colour(author: str) -> QColor:
    return QColor(AUTHOR_COLOURS[author_colour_index(author)])


def change_of(fmt: QTextFormat) -> Change | None:
    if not fmt.hasProperty(P_CHANGE):
        return None
    value = fmt.property(P_CHANGE)
    return _decoded(value) if isinstance(value, str) else None


@functools.lru_cache(maxsize=1024)
def _decoded(value: str) -> Change | None:
    try:
        kind, part, attribution, uid = json.loads(value)
        return str(kind), str(part), str(attribution), int(uid)
    except (ValueError, TypeError):
        return None


def describe(change: Change) -> str:
    """The tooltip of a suggestion: who, what, when."""
    values = parse_attribution(change[2])
    author = values.get("by") or QCoreApplication.translate("Suggestions", "unknown author")
    if change[1] == "new":
        what = QCoreApplication.translate("Suggestions", "Inserted by %1").replace("%1", author)
    else:
        what = QCoreApplication.translate("Suggestions", "Deleted by %1").replace("%1", author)
    when = when_text(values.get("at", ""))
    return f"{what}\n{when}" if when else what


def when_text(at: str) -> str:
    try:
        moment = datetime.fromisoformat(at).astimezone() if at else None
    except ValueError:
        return ""
    return moment.strftime("%d/%m/%Y %H:%M") if moment else ""


def apply_change(fmt: QTextCharFormat, change: Change) -> None:
    """Give ``fmt`` the suggestion ``change`` and its look."""
    fmt.setProperty(P_CHANGE, json.dumps(list(change), ensure_ascii=False))
    colour = author_colour(parse_attribution(change[2]).get("by", ""))
    fmt.setForeground(colour)
    if change[1] == "new":
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(colour)
    else:
        fmt.setProperty(P_CHANGE_STRIKE, fmt.fontStrikeOut())
        fmt.setFontStrikeOut(True)
    fmt.setToolTip(describe(change))


def clear_change(fmt: QTextCharFormat) -> None:
    """``fmt`` as plain text again (typing after a suggestion is not part of it)."""
    change = change_of(fmt)
    if change is None:
        return
    if change[1] == "old":
        fmt.setFontStrikeOut(bool(prop(fmt, P_CHANGE_STRIKE)))
    else:
        fmt.setFontUnderline(False)
    for key in (P_CHANGE, P_CHANGE_STRIKE, QTextFormat.Property.TextToolTip,
                QTextFormat.Property.ForegroundBrush, QTextFormat.Property.TextUnderlineColor):
        fmt.clearProperty(key)


def really_struck(fmt: QTextCharFormat) -> bool:
    """Is the text ~~struck~~ in the Markdown (not just a removed part of a suggestion)?"""
    change = change_of(fmt)
    if change is not None and change[1] == "old":
        return bool(prop(fmt, P_CHANGE_STRIKE))
    return fmt.fontStrikeOut()
