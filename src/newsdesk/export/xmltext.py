"""Small helpers shared by the XML exports (ICML, NewsML-G2).

``xml_text`` drops the characters XML 1.0 cannot hold (control characters other than tab and
line ends, lone surrogates, U+FFFE/U+FFFF); ElementTree escapes the rest. ``tidy`` puts
elements on lines of their own without touching text that is content: it stops at the
elements named in ``stop`` (a paragraph, an XHTML body), whose white space is significant.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Collection

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def tidy(element: ET.Element, stop: Collection[str], level: int = 0) -> None:
    """Indent ``element``'s children two spaces a level, down to the ``stop`` tags."""
    if element.tag in stop or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    if not (element.text or "").strip():
        element.text = inner
    for child in element:
        tidy(child, stop, level + 1)
        if not (child.tail or "").strip():
            child.tail = inner
    last = element[-1]
    if not (last.tail or "").strip():
        last.tail = "\n" + "  " * level
