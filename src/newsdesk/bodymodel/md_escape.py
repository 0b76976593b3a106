"""Escaping for canonical Markdown: text, link destinations and titles, code spans, images.

A character is escaped only where it would otherwise be read as markup. White space a parser
would strip (at the start or end of a line) is written as a numeric character reference,
which reads back as the same text.
"""

from __future__ import annotations

import re

from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace

_ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ORDERED = re.compile(r"\d{1,9}[.)]")
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def is_space(ch: str) -> bool:
    return isWhiteSpace(ord(ch))


def is_punct(ch: str) -> bool:
    return isMdAsciiPunct(ord(ch)) or isPunctChar(ch)


def ref(ch: str) -> str:
    return f"&#{ord(ch)};"


def image(alt: str, src: str, title: str, table: bool = False) -> str:
    alt_md = escape_text(alt.replace("\n", "\x00"), table=table).replace("\x00", "&#10;")
    return "![" + alt_md + "](" + destination(src, table) + title_part(title, table) + ")"


def code_span(code: str, table: bool) -> str:
    longest = max((len(m) for m in re.findall(r"`+", code)), default=0)
    fence = "`" * (longest + 1)
    if code.startswith("`") or code.endswith("`") or (
        code.startswith(" ") and code.endswith(" ") and code.strip(" ")
    ):
        code = f" {code} "
    if table:
        code = code.replace("|", "\\|")
    return fence + code + fence


def destination(dest: str, table: bool = False) -> str:
    dest = _ENTITY.sub(lambda m: "\\" + m.group(0), dest).replace("\n", "&#10;")
    if not dest or any(is_space(c) or ord(c) < 32 for c in dest):
        out = re.sub(r"([<>]|\\(?=[!-/:-@\[-`{-~]|$))", r"\\\1", dest)
        out = "<" + out + ">"
    else:
        out = re.sub(r"([()<>]|\\(?=[!-/:-@\[-`{-~]|$))", r"\\\1", dest)
    return out.replace("|", "\\|") if table else out


def title_part(title: str, table: bool = False) -> str:
    if not title:
        return ""
    out = re.sub(r'(["\\])', r"\\\1", title)
    out = _ENTITY.sub(lambda m: "\\" + m.group(0), out).replace("\n", "&#10;")
    if table:
        out = out.replace("|", "\\|")
    return ' "' + out + '"'


def escape_text(text: str, *, line_start: bool = False, line_end: bool = False,
                table: bool = False) -> str:
    """Escape ``text`` so that it reads back as exactly this text."""
    out: list[str] = []
    n = len(text)
    ref_end = line_end and n > 0 and is_space(text[-1])  # written as &#…; below
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < n else ""
        if ch in "*`[]" or (ch == "|" and table):
            out.append("\\" + ch)
        elif ch == "\\":
            if ref_end and i == n - 2:
                nxt = "&"
            out.append("\\\\" if (not nxt or nxt in _ASCII_PUNCT) else ch)
        elif ch == "_":
            out.append(ch if (prev.isalnum() and nxt.isalnum()) else "\\_")
        elif ch == "~":
            out.append("\\~" if (prev in ("~", "") or nxt in ("~", "")) else ch)
        elif ch == "<":
            out.append(ch if (nxt and is_space(nxt)) else "\\<")
        elif ch == "&":
            out.append("\\&" if _ENTITY.match(text, i) else ch)
        else:
            out.append(ch)
    if line_start and text:
        first = text[0]
        if is_space(first):
            out[0] = ref(first)
        elif first in "#>-+=|" or (first == ":" and text[1:2] == "-"):
            out[0] = "\\" + first
        else:
            m = _ORDERED.match(text)
            if m and (m.end() == n or text[m.end()] in " \t"):
                k = m.end() - 1
                out[k] = "\\" + text[k]
    if ref_end and not (line_start and n == 1):
        out[-1] = ref(text[-1])
    return "".join(out)
