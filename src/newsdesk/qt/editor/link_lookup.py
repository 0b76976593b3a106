"""Finding the link at the cursor: the whole of it, from any point inside (Ctrl+K edits or
removes all of a link, not the piece under the caret)."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor

from .formats import P_LINK_ID, P_LINK_TITLE, fragments, prop


def current_link(cursor: QTextCursor) -> tuple[str, str]:
    """Address and title of the link at the cursor (("", "") when there is none)."""
    found = link_range(cursor)
    return (found[2], found[3]) if found else ("", "")


def link_range(cursor: QTextCursor) -> tuple[int, int, str, str] | None:
    """The whole link the cursor (or the start of its selection) is in or touches:
    ``(start, end, href, title)``, or None. A selection that reaches past that link's
    ends is no edit of one link: None then too."""
    doc = cursor.document()
    pos = cursor.selectionStart()
    block = doc.findBlock(pos)
    frags = [frag for frag in fragments(block) if frag.isValid()]
    hit = None
    for i, frag in enumerate(frags):
        start, end = frag.position(), frag.position() + frag.length()
        fmt = frag.charFormat()
        if fmt.isAnchor() and fmt.anchorHref() and (start <= pos < end or (
                pos == end and not cursor.hasSelection())):
            hit = i
            break
    if hit is None:
        return None
    fmt = frags[hit].charFormat()

    def same(other: QTextCharFormat) -> bool:
        return (other.isAnchor() and other.anchorHref() == fmt.anchorHref()
                and prop(other, P_LINK_ID) == prop(fmt, P_LINK_ID))

    first = last = hit
    while first > 0 and same(frags[first - 1].charFormat()):
        first -= 1
    while last + 1 < len(frags) and same(frags[last + 1].charFormat()):
        last += 1
    start = frags[first].position()
    end = frags[last].position() + frags[last].length()
    if cursor.hasSelection() and cursor.selectionEnd() > end:
        return None
    title = prop(fmt, P_LINK_TITLE)
    return start, end, fmt.anchorHref(), title if isinstance(title, str) else ""
