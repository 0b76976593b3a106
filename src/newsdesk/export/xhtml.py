"""The cleaned HTML body fragment (docs/formats.md §2) as XHTML elements.

``render.figures`` gives an HTML fragment that the allow-list of ``render.sanitize`` has
already cleaned; ``fragment_to_xhtml`` reads it with the standard library's HTML parser (void
elements such as ``<img>`` and ``<br>`` need no closing tag there) and appends the same tree,
to an ElementTree element: the body NewsML-G2 carries inline. The elements are unqualified;
the ``<html>`` they go in declares the XHTML namespace (``XHTML``) as its default.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

XHTML = "http://www.w3.org/1999/xhtml"
VOID = frozenset({"img", "br", "hr"})


class _Builder(HTMLParser):
    def __init__(self, parent: ET.Element, clean) -> None:
        super().__init__(convert_charrefs=True)
        self.stack = [parent]
        self.clean = clean

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = ET.SubElement(self.stack[-1], tag,
                                {k: self.clean(v or "") for k, v in attrs})
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        ET.SubElement(self.stack[-1], tag, {k: self.clean(v or "") for k, v in attrs})

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        data = self.clean(data)
        parent = self.stack[-1]
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + data
        else:
            parent.text = (parent.text or "") + data


def fragment_to_xhtml(fragment: str, parent: ET.Element, clean=lambda s: s) -> ET.Element:
    """Append the elements of the HTML ``fragment`` to ``parent``; return ``parent``.
    ``clean`` is applied to every text and attribute value (e.g. to drop characters that
    XML 1.0 forbids)."""
    builder = _Builder(parent, clean)
    builder.feed(fragment)
    builder.close()
    return parent
