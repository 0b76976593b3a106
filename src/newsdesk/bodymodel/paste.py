"""Clean HTML pasted from Word, Google Docs or a web page into body Markdown.

Only what a body may hold survives: paragraphs, ## / ### headings, bold, italic, strike,
code, links (http(s), mailto, relative), line breaks, quotes and (nested) lists. Styles,
fonts, colours, classes, scripts, comments, images and Word's list bullets are dropped;
table cells become paragraphs, ``<pre>`` a code block. Bold/italic given by inline CSS (``font-weight:700``,
``font-style:italic``) count; Google Docs' ``<b style="font-weight:normal">`` wrapper does not.

Two steps. nh3 (the HTML5 parser of a browser, then an allow-list) first reduces the clipboard
to the tags below with only ``href``, ``start`` and ``style``: scripts, styles, SVG, Word's
``<xml>`` and comments go with their content, ``on*`` handlers and ``javascript:`` links go,
and mis-nested tags come out balanced. The parser here then only maps that clean HTML to
blocks, reading ``style`` for Word's list paragraphs, hidden text and CSS bold/italic.

Hostile depth: quotes and lists nest at most MAX_CONTAINERS deep (deeper ones join the
innermost), and HTML whose tags nest more than MAX_TAG_DEPTH deep — no editor makes that, and
an HTML5 tree builder takes seconds over it — is pasted as its plain text, paragraph by paragraph.
"""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser
from itertools import count

import nh3

from newsdesk.domain.text import nfc

from .ir import EM, STRIKE, STRONG, Block, ListFrame, Quote, Run
from .links import LinkError, check_url
from .md_reader import merge_runs
from .md_writer import write_blocks

_BLOCK = {"p", "div", "section", "article", "header", "footer", "main", "aside", "figure",
          "figcaption", "table", "thead", "tbody", "tr", "td", "th", "caption", "dl", "dt", "dd",
          "center", "address", "hr", "form", "fieldset", "nav"}
_HEADING = {"h1": 2, "h2": 2, "h3": 3, "h4": 3, "h5": 3, "h6": 3}
_INLINE_MARK = {"b": STRONG, "strong": STRONG, "i": EM, "em": EM, "cite": EM, "dfn": EM,
                "s": STRIKE, "strike": STRIKE, "del": STRIKE}
_KEEP = (_BLOCK | set(_HEADING) | set(_INLINE_MARK)
         | {"li", "blockquote", "ul", "ol", "pre", "span", "a", "code", "kbd", "tt", "samp", "br"})
# dropped with everything inside them (other tags not kept lose the tag, keep the text)
_DROP_WITH_CONTENT = {"script", "style", "title", "noscript", "template", "svg", "math",
                      "object", "iframe", "xml"}
_WS = re.compile(r"[ \t\r\n\f]+")
MAX_CONTAINERS = 8  # quotes and lists inside each other (a body's Markdown reads ~9 at most)
MAX_TAG_DEPTH = 256
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)[^>]*>")
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source",
         "embed", "param", "track"}
# closed by the next one of their kind, often without an end tag: never counted as depth
_SELF_ENDING = {"p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "option"}
_HIDDEN = re.compile(r"<(script|style|title|svg|xml)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_BREAK = re.compile(r"<(?:/?(?:p|div|li|tr|h[1-6]|blockquote|pre|table)\b[^>]*|br\b[^>]*)>", re.I)


def _allow_list() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=_KEEP,
        clean_content_tags=_DROP_WITH_CONTENT,
        attributes={"*": {"style"}, "a": {"href"}, "ol": {"start"}},
        url_schemes={"http", "https", "mailto"},
        strip_comments=True,
        link_rel=None,
    )


_CLEANER = _allow_list()


def _style(attrs: dict) -> str:
    return (attrs.get("style") or "").replace(" ", "").lower()


class _Cleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.runs: list[Run] = []
        self.heading = 0
        self.stack: list[Quote | ListFrame] = []
        self.item_start = False
        self.ids = count(1)
        self.open: list[tuple[str, list]] = []  # tag, marks it added
        self.marks: list[str] = []
        self.link: tuple[str, str, int] | None = None
        self.skip = 0
        self.pre = 0
        self.pre_text: list[str] = []
        self.word_depth = 0  # list levels opened by Word's list paragraphs

    # --- output ---
    def flush(self) -> None:
        runs = merge_runs(self.runs)
        self.runs = []
        while runs and (runs[0].kind.endswith("break")
                        or (runs[0].kind == "text" and not runs[0].text.strip())):
            runs.pop(0)
        if runs and runs[0].kind == "text":
            runs[0].text = runs[0].text.lstrip()
        while runs and (runs[-1].kind.endswith("break")
                        or (runs[-1].kind == "text" and not runs[-1].text.strip())):
            runs.pop()
        if runs and runs[-1].kind == "text":
            runs[-1].text = runs[-1].text.rstrip()
        if runs:
            kind = "heading" if self.heading else "paragraph"
            self.blocks.append(Block(kind, tuple(self.stack), self.item_start, runs,
                                     level=self.heading))
            self.item_start = False

    def text(self, data: str) -> None:
        if self.skip:
            return
        if not self.pre:
            data = _WS.sub(" ", data)
            prev = self.runs[-1].text if self.runs and self.runs[-1].kind == "text" else " "
            if data.startswith(" ") and (not self.runs or prev.endswith(" ")
                                         or self.runs[-1].kind == "hardbreak"):
                data = data[1:]
        if not data:
            return
        if self.pre:
            self.pre_text.append(data)
            return
        self.runs.append(Run("text", data, frozenset(self.marks), self.link,
                             "".join(self.marks)))

    # --- parsing ---
    def handle_starttag(self, tag: str, attrs_list: list) -> None:
        attrs = dict(attrs_list)
        style = _style(attrs)
        if self.skip or "mso-list:ignore" in style or "display:none" in style:
            if tag not in ("br", "hr"):  # hidden text: Word's list bullets, display:none
                self.skip += 1
                self.open.append((tag, ["skip"]))
            return
        added: list = []
        if tag == "br":
            self.runs.append(Run("hardbreak"))
            return
        if tag == "hr":
            self.flush()
            return
        if tag in _BLOCK or tag in _HEADING or tag in ("li", "blockquote", "ul", "ol", "pre"):
            self.flush()
            if self.word_depth and "mso-list:" not in style:
                del self.stack[-self.word_depth:]
                self.word_depth = 0
        if tag in _HEADING:
            self.heading = _HEADING[tag]
            added.append("heading")
        elif tag in ("blockquote", "ul", "ol") and len(self.stack) >= MAX_CONTAINERS:
            pass  # hostile depth: the content joins the innermost quote or list
        elif tag == "blockquote":
            self.stack.append(Quote(next(self.ids)))
            added.append("container")
        elif tag in ("ul", "ol"):
            start = attrs.get("start") or "1"
            self.stack.append(ListFrame(next(self.ids), 0, tag == "ol",
                                        int(start) if start.isdigit() else 1, True))
            added.append("container")
        elif tag == "li" and self.stack and isinstance(self.stack[-1], ListFrame):
            f = self.stack[-1]
            self.stack[-1] = ListFrame(f.id, next(self.ids), f.ordered, f.start, True)
            self.item_start = True
        elif tag == "p" and "mso-list:" in style:
            self._word_item(attrs, added)
        elif tag == "pre":
            self.pre += 1
            self.pre_text = []
            added.append("pre")
        mark = _INLINE_MARK.get(tag)
        if tag in ("b", "strong") and re.search(r"font-weight:(normal|400)", style):
            mark = None
        if tag == "span" or mark is None:
            if re.search(r"font-weight:(bold|[6-9]00)", style):
                mark = STRONG
            elif "font-style:italic" in style:
                mark = EM
        if mark and mark not in self.marks:
            self.marks.append(mark)
            added.append(mark)
        if tag == "a" and attrs.get("href") and self.link is None:
            try:
                self.link = (check_url(attrs["href"]), "", next(self.ids))
                added.append("link")
            except LinkError:
                pass
        if tag in ("code", "kbd", "tt", "samp"):
            added.append("code")
        self.open.append((tag, added))

    def _word_item(self, attrs: dict, added: list) -> None:
        """Word writes list items as <p style="mso-list:l0 level1 ..."> paragraphs."""
        level = int(m.group(1)) if (m := re.search(r"level(\d+)", _style(attrs))) else 1
        level = max(1, min(level, MAX_CONTAINERS - len(self.stack) + self.word_depth))
        while self.word_depth > level:
            self.stack.pop()
            self.word_depth -= 1
        while self.word_depth < level:
            self.stack.append(ListFrame(next(self.ids), 0, False, 1, True))
            self.word_depth += 1
        f = self.stack[-1]
        assert isinstance(f, ListFrame)
        self.stack[-1] = ListFrame(f.id, next(self.ids), f.ordered, f.start, True)
        self.item_start = True

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            name, added = self.open.pop()
            self._close(name, added)
            if name == tag:
                break

    def _close(self, tag: str, added: list) -> None:
        if "skip" in added:
            self.skip -= 1
            return
        if tag in _BLOCK or tag in _HEADING or tag in ("li", "pre"):
            self.flush()
        for what in added:
            if what == "heading":
                self.heading = 0
            elif what == "container":
                self.flush()
                self.stack.pop()
            elif what == "pre":
                self.pre -= 1
                code = "".join(self.pre_text).removeprefix("\n").rstrip("\n")
                self.blocks.append(Block("code", tuple(self.stack), self.item_start, code=code))
                self.item_start = False
            elif what == "link":
                self.link = None
            elif what in self.marks:
                self.marks.remove(what)

    def handle_data(self, data: str) -> None:
        self.text(data)

    def finish(self) -> list[Block]:
        self.close()
        while self.open:
            name, added = self.open.pop()
            self._close(name, added)
        self.flush()
        return self.blocks


def _tag_depth(html: str) -> int:
    """How deep the tags of ``html`` nest (void, self-closing and self-ending ones not counted)."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        name = match.group(2).lower()
        if name in _VOID or name in _SELF_ENDING or match.group(0).endswith("/>"):
            continue
        depth = max(0, depth - 1) if match.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _plain_paragraphs(html: str) -> list[Block]:
    """The text of ``html`` as paragraphs, no markup at all (for hostile nesting)."""
    text = _BREAK.sub("\n", _HIDDEN.sub("", html))
    text = html_lib.unescape(_TAG.sub("", text))
    lines = (_WS.sub(" ", line).strip() for line in text.split("\n"))
    return [Block("paragraph", runs=[Run("text", line)]) for line in lines if line]


def pasted_plain_text(text: str, *, at_start: bool = False, at_end: bool = False) -> str:
    """Plain text off the clipboard as the body keeps it: each line a paragraph, and blank
    (or only-space) lines, which the Markdown cannot hold as paragraphs, dropped — so a
    paste never leaves empty paragraphs the saved article does not have. Text on one line
    is kept as it is (a pasted space stays a space). Blank lines at either end count as one
    line break, which splits the paragraph pasted into — unless the paste goes ``at_start``
    (``at_end``) of a paragraph, where that break would only leave an empty one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in text:
        return text
    lines = text.split("\n")
    kept = "\n".join(line for line in lines if line.strip())
    if not kept:
        return ""
    # a line break at either end still breaks the paragraph pasted into: one, never more
    before = "\n" if not lines[0].strip() and not at_start else ""
    after = "\n" if not lines[-1].strip() and not at_end else ""
    return before + kept + after


def clean_pasted_html(html: str) -> str:
    """Markdown holding only what a body supports, from HTML off the clipboard."""
    html = nfc(html)
    if _tag_depth(html) > MAX_TAG_DEPTH:
        return write_blocks(_plain_paragraphs(html))
    cleaner = _Cleaner()
    cleaner.feed(_CLEANER.clean(html))
    return write_blocks(cleaner.finish())
