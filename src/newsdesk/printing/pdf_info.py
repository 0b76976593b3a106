"""The PDF's document information: its Title is the article's headline; its page count.

Chromium's ``printToPdf`` leaves /Title empty whatever the page's ``<title>``, so readers,
file managers and archives list the file as untitled. ``with_title`` appends a standard PDF
incremental update (a new Info dictionary, a one-entry cross-reference section and a trailer
pointing back to the previous one): the pages are untouched, byte for byte. A PDF whose
trailer is not the classic kind Chromium writes is returned unchanged.

``page_count`` reads the count of the page tree the trailer's catalog points to (Chromium
writes one: no object streams), or None when the PDF is not of that kind.
"""

from __future__ import annotations

import re

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_SIZE = re.compile(rb"/Size\s+(\d+)")
_ROOT = re.compile(rb"/Root\s+(\d+\s+\d+\s+R)")
_PAGES = re.compile(rb"/Pages\s+(\d+)\s+(\d+)\s+R")
_COUNT = re.compile(rb"/Count\s+(\d+)")
_PREV = re.compile(rb"/Prev\s+(\d+)")


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


def _offsets(data: bytes) -> dict[int, int]:
    """Where each object starts, from the classic cross-reference sections (the newest first,
    following /Prev); empty when the PDF has none of them."""
    offsets: dict[int, int] = {}
    start = _STARTXREF.search(data[-64:])
    at, seen = (int(start.group(1)) if start else -1), set()
    while 0 <= at < len(data) and at not in seen and data.startswith(b"xref", at):
        seen.add(at)
        end = data.find(b"trailer", at)
        if end < 0:
            break
        words = data[at + 4:end].split()
        i = 0
        while i + 1 < len(words):  # "first count", then count entries "offset generation n|f"
            first, count = int(words[i]), int(words[i + 1])
            for k in range(count):
                entry = words[i + 2 + 3 * k:i + 5 + 3 * k]
                if len(entry) == 3 and entry[2] == b"n":
                    offsets.setdefault(first + k, int(entry[0]))
            i += 2 + 3 * count
        previous = _PREV.search(data, end, data.find(b"startxref", end))
        at = int(previous.group(1)) if previous else -1
    return offsets


def _object(data: bytes, offsets: dict[int, int], reference: tuple[bytes, bytes]) -> bytes | None:
    """The body of the indirect object ``reference`` (number, generation), up to ``endobj``."""
    at = offsets.get(int(reference[0]), -1)
    head = b"%s %s obj" % reference
    if at < 0 or not data.startswith(head, at):
        return None
    end = data.find(b"endobj", at)
    return data[at + len(head):end] if end >= 0 else None


def page_count(data: bytes) -> int | None:
    """The number of pages of the PDF ``data`` (its page tree's /Count), None if unsure."""
    try:
        offsets = _offsets(data)
    except ValueError:  # not numbers where the cross-reference table has them
        return None
    trailer_at = data.rfind(b"trailer")
    root = _ROOT.search(data, trailer_at) if trailer_at >= 0 else None
    number, generation = root.group(1).split()[:2] if root else (b"", b"")
    catalog = _object(data, offsets, (number, generation)) if root else None
    pages = _PAGES.search(catalog) if catalog else None
    tree = _object(data, offsets, (pages.group(1), pages.group(2))) if pages else None
    count = _COUNT.search(tree) if tree and b"/Pages" in tree else None
    return int(count.group(1)) if count and int(count.group(1)) > 0 else None
