"""The PDF's document information: its Title is the article's headline.

Chromium's ``printToPdf`` leaves /Title empty whatever the page's ``<title>``, so readers,
file managers and archives list the file as untitled. ``with_title`` appends a standard PDF
incremental update (a new Info dictionary, a one-entry cross-reference section and a trailer
pointing back to the previous one): the pages are untouched, byte for byte. A PDF whose
trailer is not the classic kind Chromium writes is returned unchanged.
"""

from __future__ import annotations

import re

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_SIZE = re.compile(rb"/Size\s+(\d+)")
_ROOT = re.compile(rb"/Root\s+(\d+\s+\d+\s+R)")


def pdf_text(text: str) -> str:
    """A PDF text string holding any Unicode text: UTF-16BE with its byte-order mark, in hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def with_title(data: bytes, title: str, creator: str = "Newsdesk") -> bytes:
    """``data`` with an incremental update whose Info dictionary names ``title``."""
    title = " ".join(title.split())
    start = _STARTXREF.search(data[-64:])
    trailer_at = data.rfind(b"trailer")
    if not title or start is None or trailer_at < 0:
        return data
    trailer = data[trailer_at:]
    size, root = _SIZE.search(trailer), _ROOT.search(trailer)
    if size is None or root is None:
        return data
    number = int(size.group(1))
    body = data if data.endswith(b"\n") else data + b"\n"
    info_at = len(body)
    info = (f"{number} 0 obj\n<< /Title {pdf_text(title)} /Creator {pdf_text(creator)} >>\n"
            "endobj\n").encode("ascii")
    xref_at = info_at + len(info)
    update = (f"xref\n{number} 1\n{info_at:010d} 00000 n \ntrailer\n"
              f"<< /Size {number + 1} /Root {root.group(1).decode()} /Info {number} 0 R "
              f"/Prev {int(start.group(1))} >>\nstartxref\n{xref_at}\n%%EOF\n").encode("ascii")
    return body + info + update
