"""The Markdown bridge and pending suggestions: each mark read into the runs it covers and
written back byte for byte; marks the model cannot hold stay text; a replacement CriticMarkup
could not read back is written as a deletion and an insertion."""

from __future__ import annotations

import pytest

from newsdesk.bodymodel.ir import EM, STRIKE, STRONG, Run
from newsdesk.bodymodel.md_inline import write_inline
from newsdesk.bodymodel.md_reader import parse_blocks
from newsdesk.bodymodel.md_writer import write_blocks
from newsdesk.bodymodel.reading import body_reading_text
from newsdesk.domain.suggestions import pending, shown
from newsdesk.render.words import counted_text

A = '{#a1 by="Lê Minh" initials="LM" at="2026-12-06T08:30:00+00:00"}'

KEPT = [
    f"Giá {{~~7.000~>8.000~~}}{A} đồng.\n",
    f"a **b {{++c++}}{A} d** e\n",
    f"{{++**đậm**++}}{A} và {{--*nghiêng*--}}{A}\n",
    f"x {{~~*a*~>**b**~~}}{A} z\n",
    f"a {{++b ++}}{A}\n",
    f"a {{++[liên kết](https://vnexpress.net)++}}{A} b\n",
    f"| a | b |\n| --- | --- |\n| {{++x++}}{A} | y |\n",
    f"> Trích {{--dẫn--}}{A}\n",
    f"1. Một {{++hai++}}{A}\n2. Ba\n",
    f"{{++Đoạn mới.++}}{A}\n\n## Tiêu đề{{++ mới++}}{A}\n",
    f'{{++![Ảnh.](images/a.jpg "Ảnh: B")++}}{A}\n',
    "{++không có tên++} và {--cũng vậy--}\n",
    "```\n{++trong mã++}\n```\n",
    "`{++mã++}` và [{++liên kết++}](https://a.vn)\n",
    "a {++chéo | ô++} b\n",
]


@pytest.mark.parametrize("body", KEPT)
def test_written_back_byte_for_byte(body):
    assert write_blocks(parse_blocks(body)) == body


def test_the_runs_carry_the_suggestion_not_its_markup():
    blocks = parse_blocks(f"Giá {{~~7.000~>8.000~~}}{A} đồng.\n")
    runs = blocks[0].runs
    assert [(r.text, r.change[:3] if r.change else None) for r in runs] == [
        ("Giá ", None), ("7.000", ("replace", "old", A)), ("8.000", ("replace", "new", A)),
        (" đồng.", None)]
    assert runs[1].change[3] == runs[2].change[3]
    code = parse_blocks("```\n{++trong mã++}\n```\n")[0]
    assert code.code == "{++trong mã++}"


def test_reading_and_counted_text_leave_the_attribution_out():
    body = f"Giá {{~~7.000~>8.000~~}}{A} đồng.\n"
    assert body_reading_text(body) == "Giá 7.0008.000 đồng."
    assert "Minh" not in counted_text(body)
    assert shown(body) == "Giá 7.0008.000 đồng.\n"


def test_a_replacement_markup_cannot_read_is_a_deletion_and_an_insertion():
    def replace_runs(old: str, new: str) -> list[Run]:
        return [Run("text", "a "), Run("text", old, change=("replace", "old", A, 1)),
                Run("text", new, change=("replace", "new", A, 1)), Run("text", "d")]

    assert write_inline(replace_runs("b", "c")) == f"a {{~~b~>c~~}}{A}d"
    spaced = write_inline(replace_runs("b", "c "))
    assert [(s.kind, s.old, s.new) for s in pending(spaced)] == [
        ("delete", "b", ""), ("insert", "", "c ")]
    assert [s.id for s in pending(spaced)] == ["a1", "a1-i"]
    alone = write_inline([*replace_runs("b", "")[:2], Run("text", "d")])
    assert [(s.kind, s.old) for s in pending(alone)] == [("delete", "b")]


def test_a_space_both_texts_end_with_stands_outside_the_replacement():
    runs = [Run("text", "phun lửa "), Run("text", "chín ", change=("replace", "old", A, 1)),
            Run("text", "9 ", change=("replace", "new", A, 1)), Run("text", "lần")]
    written = write_inline(runs)
    assert written == f"phun lửa {{~~chín~>9~~}}{A} lần"
    assert [(s.id, s.kind, s.old, s.new) for s in pending(written)] == [
        ("a1", "replace", "chín", "9")]
    leading = [Run("text", "a"), Run("text", " b", change=("replace", "old", A, 1)),
               Run("text", " c", change=("replace", "new", A, 1)), Run("text", "d")]
    assert write_inline(leading) == f"a {{~~b~>c~~}}{A}d"
    from newsdesk.domain.suggestions import markup

    made = "x " + markup("replace", "chín ", "9 ", change_id="a1") + "y"
    assert [(s.kind, s.old, s.new) for s in pending(made)] == [("replace", "chín", "9")]


def _seen(runs: list[Run]) -> list[tuple]:
    """Per character that is not white space: its marks, link address and suggestion part."""
    return [(c, r.marks, r.link and r.link[0], r.change and r.change[:2])
            for r in runs for c in r.text if not c.isspace()]


def test_formats_typed_across_a_mark_are_written_on_each_side_of_it():
    s, e, x = frozenset({STRONG}), frozenset({EM}), frozenset({STRIKE})
    link = ("https://a.vn", "", 7)
    ins, old, new = ("insert", "new", A, 1), ("replace", "old", A, 2), ("replace", "new", A, 2)
    cases = {  # runs as the editor makes them → Markdown
        "[a](https://a.vn){++[b](https://a.vn)++}" + A + "[c](https://a.vn)": [
            Run("text", "a", link=link, nest="l"),
            Run("text", "b", link=link, nest="l", change=ins),
            Run("text", "c", link=link, nest="l")],
        "{~~x~>**b**~~}" + A + "**c**": [
            Run("text", "x", change=old), Run("text", "b", s, nest="s", change=new),
            Run("text", "c", s, nest="s")],
        "**a**{~~**b**~>y~~}" + A: [
            Run("text", "a", s, nest="s"), Run("text", "b", s, nest="s", change=old),
            Run("text", "y", change=new)],
        "**a{++b++}" + A + "c**": [
            Run("text", "a", s, nest="s"), Run("text", "b", s, nest="s", change=ins),
            Run("text", "c", s, nest="s")],
        "*a{~~b~>c~~}" + A + "d*": [
            Run("text", "a", e, nest="e"), Run("text", "b", e, nest="e", change=old),
            Run("text", "c", e, nest="e", change=new), Run("text", "d", e, nest="e")],
        "~~{~~a~>b~~}" + A + "~~": [
            Run("text", "a", x, nest="x", change=old), Run("text", "b", x, nest="x", change=new)],
        "**a**{++ **b**++}" + A + "c": [
            Run("text", "a", s, nest="s"), Run("text", " b", s, nest="cs", change=ins),
            Run("text", "c")],
    }
    for markdown, runs in cases.items():
        assert write_inline(runs) == markdown
        assert _seen(parse_blocks(markdown)[0].runs) == _seen(runs)
    struck = write_inline([Run("text", "a", x, nest="x", change=old), Run("text", "b", change=new)])
    assert [(s.kind, s.old, s.new) for s in pending(struck)] == [
        ("delete", "~~a~~", ""), ("insert", "", "b")]
