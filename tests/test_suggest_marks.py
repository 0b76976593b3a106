"""The Markdown bridge and pending suggestions: each mark read into the runs it covers and
written back byte for byte; marks the model cannot hold stay text; a replacement CriticMarkup
could not read back is written as a deletion and an insertion."""

from __future__ import annotations

import pytest

from newsdesk.bodymodel.ir import Run
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
