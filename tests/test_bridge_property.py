"""Property: any body built from the supported blocks and inlines survives the editor.

Bodies are generated as the bridge's block model (paragraphs, ## / ### headings, code,
rules, figures, tables, quotes and lists nested two deep; emphasis, links, code spans and
breaks over Vietnamese text full of Markdown punctuation), written as canonical Markdown, then
loaded into a QTextDocument and written back: the bytes must not change, the HTML must not
change, and reading the Markdown again must give back the same text with the same formats.
"""

from __future__ import annotations

import os
import re
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.bodymodel.ir import EM, STRIKE, STRONG, Block, ListFrame, Quote, Run
from newsdesk.bodymodel.md_reader import parse_blocks
from newsdesk.bodymodel.md_writer import write_blocks
from newsdesk.domain.stats import count_words
from newsdesk.qt.editor.doc_words import document_counted_text
from newsdesk.qt.editor.document_bridge import document_to_markdown, markdown_to_document
from newsdesk.render.markdown import create_parser
from newsdesk.render.words import counted_text

pytestmark = pytest.mark.qt

VIET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìịòỏõóọồổộờởớợùủúụừửữứựỳỹýĐÂƯ"
NASTY = "*_[]#>-+`\\<&!~|().:=\"'0123456789;%"
ids = count(1_000_000)
# CI runs a quick sample; NEWSDESK_BRIDGE_EXAMPLES=2000 explores further when working on the bridge
EXAMPLES = int(os.environ.get("NEWSDESK_BRIDGE_EXAMPLES", "80"))

words = st.text(alphabet=VIET + NASTY, min_size=1, max_size=8)
phrase = st.lists(words, min_size=1, max_size=4).map(" ".join)
loose_text = st.text(alphabet=VIET + NASTY + "  ", min_size=1, max_size=12)
marks = st.frozensets(st.sampled_from([STRONG, EM, STRIKE]), max_size=2)
urls = st.sampled_from(["https://example.vn/bai-viet", "mailto:toasoan@example.vn",
                        "../khac.md", "https://a.vn/tìm kiếm?q=(1)", "trang_2.html#phần-1"])
titles = st.sampled_from(["", "Tiêu đề", 'có "ngoặc"'])


@st.composite
def inline(draw, breaks: bool = True) -> list[Run]:
    runs: list[Run] = []
    for n in range(draw(st.integers(1, 5))):
        if n:
            sep = draw(st.sampled_from([" ", " ", "", "softbreak", "hardbreak"] if breaks
                                       else [" ", ""]))
            if sep in ("softbreak", "hardbreak"):
                runs.append(Run(sep))
            elif sep:
                runs.append(Run("text", sep))
        kind = draw(st.sampled_from(["text", "text", "plain", "code", "link"]))
        if kind == "plain":
            runs.append(Run("text", draw(loose_text)))
        elif kind == "code":
            runs.append(Run("code", draw(st.text(alphabet=VIET + NASTY + " ", min_size=1,
                                                 max_size=8).filter(lambda s: s.strip()))))
        elif kind == "link":
            runs.append(Run("text", draw(phrase), draw(marks),
                            (draw(urls), draw(titles), next(ids))))
        else:
            runs.append(Run("text", draw(phrase), draw(marks)))
    return runs


@st.composite
def leaf(draw) -> Block:
    kind = draw(st.sampled_from(["paragraph"] * 4 + ["heading", "code", "hr", "figure",
                                                     "table"]))
    if kind == "paragraph":
        return Block("paragraph", runs=draw(inline()))
    if kind == "heading":
        return Block("heading", level=draw(st.sampled_from([2, 3])),
                     runs=draw(inline(breaks=False)))
    if kind == "code":
        lines = draw(st.lists(st.text(alphabet=VIET + NASTY + " ", max_size=10), max_size=3))
        return Block("code", info=draw(st.sampled_from(["", "python", "json"])),
                     code="\n".join(lines) if lines else None)
    if kind == "hr":
        return Block("hr")
    if kind == "figure":
        return Block("figure", src=draw(st.sampled_from(
            ["images/a.jpg", "images/ảnh hội nghị.jpg", "anh(1).png"])),
            caption=draw(st.text(alphabet=VIET + NASTY + " ", max_size=20)),
            credit=draw(st.sampled_from(["", "Ảnh: Lê Hoa", 'Ảnh "TTXVN"'])))
    cols = draw(st.integers(1, 3))
    cell = inline(breaks=False)
    rows = [[draw(cell) for _ in range(cols)] for _ in range(draw(st.integers(1, 3)))]
    align = [draw(st.sampled_from(["", "left", "center", "right"])) for _ in range(cols)]
    return Block("table", rows=rows, align=align)


def with_frame(blocks: list[Block], frame) -> list[Block]:
    for b in blocks:
        b.stack = (frame, *b.stack)
    return blocks


@st.composite
def body(draw, depth: int = 0) -> list[Block]:
    out: list[Block] = []
    for _ in range(draw(st.integers(1, 4))):
        choice = draw(st.sampled_from(["leaf", "leaf", "quote", "list"] if depth < 2
                                      else ["leaf"]))
        if choice == "leaf":
            out.append(draw(leaf()))
        elif choice == "quote":
            out.extend(with_frame(draw(body(depth + 1)), Quote(next(ids))))
        else:
            list_id, ordered = next(ids), draw(st.booleans())
            start = draw(st.integers(0, 12)) if ordered else 1
            tight = draw(st.booleans())
            for _ in range(draw(st.integers(1, 3))):
                item = draw(body(depth + 1))
                frame = ListFrame(list_id, next(ids), ordered, start, tight)
                item[0].item_start = len(item[0].stack) == 0
                out.extend(with_frame(item, frame))
    return out


def chars(runs: list[Run]) -> list[tuple]:
    """Per character: (char, marks, link) — what a reader of the HTML sees."""
    out = []
    for r in runs:
        if r.kind in ("text", "code"):
            out.extend((c, r.kind, r.marks, r.link and r.link[:2]) for c in r.text)
        else:
            out.append((r.kind, "", frozenset(), r.link and r.link[:2]))
    return out


def signature(blocks: list[Block]) -> list[tuple]:
    sig = []
    for b in blocks:
        frames = tuple(("q",) if isinstance(f, Quote) else ("l", f.ordered, f.start)
                       for f in b.stack)
        content = (chars(b.runs), b.level, b.info, b.code, b.src, b.caption, b.credit,
                   [[chars(c) for c in row] for row in b.rows], b.align)
        sig.append((b.kind, frames, content))
    return sig


def strip_end(runs: list[Run]) -> None:
    """Trailing breaks go, and so do spaces ending the text outside a link (canonical form:
    nobody sees them, and the parser would strip them unless written as ``&#32;``)."""
    while runs and (runs[-1].kind.endswith("break") or (
            runs[-1].kind == "text" and runs[-1].link is None and runs[-1].text[-1:] in " \t")):
        if runs[-1].kind == "text" and runs[-1].text.rstrip(" \t"):
            runs[-1] = Run("text", runs[-1].text.rstrip(" \t"), runs[-1].marks)
            break
        runs.pop()


def strip_edges(blocks: list[Block]) -> list[Block]:
    """What the writer and the parser do to the ends of paragraphs, headings and cells."""
    for b in blocks:
        b.runs = [r for r in b.runs if not (r.kind == "text" and not r.text)]
        strip_end(b.runs)
        for row in b.rows:
            for cell in row:
                cell[:] = [r for r in cell if not (r.kind == "text" and not r.text)]
                strip_end(cell)
    return [b for b in blocks if not (b.kind == "paragraph" and not b.runs)]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body())
def test_generated_bodies_survive_the_editor(qapp, blocks):
    canonical = write_blocks(blocks)
    again = parse_blocks(canonical)
    # the canonical Markdown means what was generated
    assert signature(again) == signature(strip_edges(blocks)), canonical
    # loading it into the editor and saving changes nothing
    doc = markdown_to_document(canonical)
    out = document_to_markdown(doc)
    assert out == canonical, repr(canonical)
    parser = create_parser()
    assert parser.render(out) == parser.render(canonical)
    # the editor counts the words of what it shows as the stored body is counted
    assert count_words(document_counted_text(doc)) == count_words(counted_text(canonical))



PIECES = ["*", "**", "_", "__", "~~", "`", "[", "]", "(", ")", "!", "\\", "#", "## ", "> ",
          "- ", "1. ", "3) ", "\n", "\n\n", "  \n", " ", "    ", "a", "ệ", "Hà Nội", "<", ">",
          "http://x.vn", "&amp;", "&", "|", "---", "***", "```", "~~~", '"t"', ":", "+ ", "=",
          "![c](i.jpg)", "[l](u)", "\t", "| a | b |\n| - | - |\n", "x"]
def _same_mark_nested_or_touching(html: str) -> bool:
    """Does an em/strong/s open inside itself, or right where another one closed?"""
    depth = {"em": 0, "strong": 0, "s": 0}
    for closing, tag in re.findall(r"<(/?)(em|strong|s)>", html):
        if closing:
            depth[tag] -= 1
        else:
            if depth[tag]:
                return True
            depth[tag] += 1
    return any(f"</{t}><{t}>" in html for t in depth)


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14).map("".join))
def test_any_markdown_renders_the_same_after_the_editor(qapp, markdown):
    """Arbitrary (often malformed) Markdown: same HTML after the round trip.

    Known limit: the same emphasis nested in itself (``*a *b* c*`` → em in em) or two
    touching spans of it have no QTextDocument form (italic is on or off), so such input
    is left out here.
    """
    parser = create_parser()
    html = parser.render(markdown)
    if _same_mark_nested_or_touching(html):
        return
    doc = markdown_to_document(markdown)
    out = document_to_markdown(doc)
    assert parser.render(out) == html, out
    assert count_words(document_counted_text(doc)) == count_words(counted_text(markdown))
    assert document_to_markdown(markdown_to_document(out)) == out
