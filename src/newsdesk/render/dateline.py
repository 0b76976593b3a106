"""Date lines and the few fixed labels an exported article carries, in vi and en.

``format_dateline`` gives the portal-style date line of docs/formats.md §1 (``Thứ Ba, 10/10/2023
16:35`` for Vietnamese), always in the time zone the ``published`` value carries. ``labels``
returns the words printed around the article ("Nguồn tin", "MÃ QR" / "QR CODE", "Ảnh", …);
``source_line`` the source line with its label (none when the source says it is one).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

_VI_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "source": "Nguồn tin",
        "qr": "MÃ QR",
        "photo": "Ảnh",
        "missing_photo": "Thiếu ảnh",
        "byline": "Tác giả",
        "section": "Chuyên mục",
        "tags": "Từ khóa",
        "related": "Tin khác",
    },
    "en": {
        "source": "Source",
        "qr": "QR CODE",
        "photo": "Photo",
        "missing_photo": "Missing photo",
        "byline": "By",
        "section": "Section",
        "tags": "Tags",
        "related": "More news",
    },
}


def base_language(language: str) -> str:
    """``vi`` for ``vi``/``vi-VN``; ``en`` for every language without its own wording."""
    primary = (language or "vi").split("-")[0].lower()
    return primary if primary in _LABELS else "en"


def labels(language: str) -> dict[str, str]:
    """The fixed words of an exported article in ``language`` (English as the fallback)."""
    return dict(_LABELS[base_language(language)])


def format_dateline(dt: datetime, language: str = "vi") -> str:
    """The date line of ``dt`` in its own time zone.

    >>> from datetime import datetime, timedelta, timezone
    >>> t = datetime(2023, 10, 10, 16, 35, tzinfo=timezone(timedelta(hours=7)))
    >>> format_dateline(t, "vi")
    'Thứ Ba, 10/10/2023 16:35'
    >>> format_dateline(t, "en")
    'Tuesday, 10 October 2023 16:35'
    """
    weekday = dt.weekday()
    if base_language(language) == "vi":
        return f"{_VI_WEEKDAYS[weekday]}, {dt:%d/%m/%Y %H:%M}"
    return f"{_EN_WEEKDAYS[weekday]}, {dt.day} {_EN_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"


def iso_datetime(dt: datetime | None) -> str:
    """ISO 8601 with seconds and offset (``2023-10-10T16:35:00+07:00``), or ``""``."""
    return dt.isoformat(timespec="seconds") if dt is not None else ""


# a source that already says it is one: "Theo TTXVN", "Nguồn: …", "According to Reuters"
_SAYS_SOURCE = re.compile(r"^((theo|according to|via)\s|(nguồn( tin)?|source)\s*:)",
                          re.IGNORECASE)


def source_line(source: str, label: str) -> str:
    """``Nguồn tin: Sở Giao thông``; a source typed as one already ("Theo TTXVN") as typed."""
    if _SAYS_SOURCE.match(unicodedata.normalize("NFC", source.strip())):
        return source.strip()
    return f"{label}: {source}"
