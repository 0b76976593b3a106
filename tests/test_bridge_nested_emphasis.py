"""Emphasis nested in emphasis of the same ``*`` character, across links and runs.

An opener with punctuation or letters on both sides can also close, so inside an open ``*``
span a later ``**`` may end that span instead of starting strong text
(``***a**b**c***`` reads as ``<em><strong>a</strong>b</em><em>c</em>**``). The writer
then writes the outer span with ``_``. Each case is written as canonical Markdown, read
back, loaded into the editor and saved again.
"""

from __future__ import annotations

import pytest

from newsdesk.bodymodel.ir import EM, STRIKE, STRONG, Block, Run
from newsdesk.bodymodel.md_reader import parse_blocks
from newsdesk.bodymodel.md_writer import write_blocks
from newsdesk.qt.editor.document_bridge import document_to_markdown, markdown_to_document
from newsdesk.render.markdown import create_parser

pytestmark = pytest.mark.qt

URL = "https://example.vn/bai-viet"
SE, E, S, XE = (frozenset({STRONG, EM}), frozenset({EM}), frozenset({STRONG}),
                frozenset({STRIKE, EM}))


def link(n: int) -> tuple[str, str, int]:
    return (URL, "", n)


def cells(block: Block) -> list[list[Run]]:
    return [cell for row in block.rows for cell in row] if block.kind == "table" else [block.runs]


def seen(runs: list[Run]) -> list[tuple]:
    """Per character: the text, its marks and its link — what the rendered HTML shows."""
    return [(c, r.marks, r.link and r.link[:2]) for r in runs for c in r.text]


CASES = {
    # em around two strong links with a plain digit between them (needs "&#48;")
    "table-strong-links-in-em": (
        Block("table", rows=[[[Run("text", "0", SE, link(1)), Run("text", "0", E),
                               Run("text", "0", SE, link(2))]]], align=[""]),
        "| _**[0](https://example.vn/bai-viet)**&#48;**[0](https://example.vn/bai-viet)**_ |\n"
        "| --- |\n"),
    "paragraph-strong-in-em-twice": (
        Block("paragraph", runs=[Run("text", "a", SE), Run("text", "b", E),
                                 Run("text", "c", SE)]),
        "_**a**b**c**_\n"),
    "vietnamese-words": (
        Block("paragraph", runs=[Run("text", "Hà", SE), Run("text", "Nội", E),
                                 Run("text", "Huế", SE)]),
        "_**Hà**Nội**Huế**_\n"),
    # the em closes before the last strong: "_" there would touch the "__" that follows
    "heading-em-ends-before-strong": (
        Block("heading", level=2, runs=[Run("text", "0", SE, link(3)), Run("text", "0", E),
                                        Run("text", "0", S)]),
        "## ***[0](https://example.vn/bai-viet)**&#48;*__0__\n"),
    # different characters never pair: the "*" form stays
    "strike-links-in-em": (
        Block("table", rows=[[[Run("text", "0", XE, link(4)), Run("text", "0", E),
                               Run("text", "0", XE, link(5))]]], align=[""]),
        "| *~~[0](https://example.vn/bai-viet)~~&#48;~~[0](https://example.vn/bai-viet)~~* |\n"
        "| --- |\n"),
    # a lone "*" around "**": the rule of three already keeps them apart
    "em-around-one-strong": (
        Block("paragraph", runs=[Run("text", "a", E), Run("text", "b", SE),
                                 Run("text", "c", E)]),
        "*a**b**c*\n"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_nested_same_character_emphasis_survives(qapp, name):
    block, expected = CASES[name]
    canonical = write_blocks([block])
    assert canonical == expected
    again = parse_blocks(canonical)
    assert [seen(c) for b in again for c in cells(b)] == [seen(c) for c in cells(block)]
    out = document_to_markdown(markdown_to_document(canonical))
    assert out == canonical
    parser = create_parser()
    assert parser.render(out) == parser.render(canonical)


def test_the_old_form_was_read_differently():
    """Why the outer span changes character: the all-"*" form means something else."""
    html = create_parser().render("***a**b**c***")
    assert "<strong>c</strong>" not in html
    assert create_parser().render("_**a**b**c**_").strip() == (
        "<p><em><strong>a</strong>b<strong>c</strong></em></p>")
