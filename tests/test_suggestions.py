"""Suggestions in a body (domain.critic, domain.suggestions, domain.suggest_compare): listing,
accepting, rejecting, making them; hostile CriticMarkup kept as text; the Markdown bridge
leaving them as they are; comparing two versions as suggestions."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsdesk.bodymodel.md_reader import parse_blocks
from newsdesk.bodymodel.md_writer import write_blocks
from newsdesk.domain.critic import MAX_MARK, lift_remarks, scan
from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.suggest_compare import CompareError, compare_as_suggestions
from newsdesk.domain.suggestions import (
    UnknownChange,
    accept_all,
    pending,
    reject_all,
    resolve,
    suggest,
    warnings,
    with_ids,
)

WHEN = datetime(2026, 12, 6, 8, 30, tzinfo=UTC)
A = '{#a1 by="Lê Minh" initials="LM" at="2026-12-06T08:30:00+00:00"}'
B = '{#b2 by="Trần Thu Hà" initials="TTH" at="2026-12-06T09:00:00+00:00"}'
BODY = (f"Giá vé xe buýt điện là {{~~7.000~>8.000~~}}{A} đồng mỗi lượt.\n\n"
        f"{{++Tuyến mới chạy từ sáng nay.++}}{B}\n\n"
        f"Hành khách {{--rất--}}{A} hài lòng.\n")
BEFORE = "Giá vé xe buýt điện là 7.000 đồng mỗi lượt.\n\nHành khách rất hài lòng.\n"
AFTER = ("Giá vé xe buýt điện là 8.000 đồng mỗi lượt.\n\nTuyến mới chạy từ sáng nay.\n\n"
         "Hành khách  hài lòng.\n")


def canonical(markdown: str) -> str:
    return write_blocks(parse_blocks(markdown))


def test_pending_suggestions_carry_id_kind_author_time_and_text():
    found = pending(BODY)
    assert [(s.id, s.kind, s.author, s.initials) for s in found] == [
        ("a1", "replace", "Lê Minh", "LM"), ("b2", "insert", "Trần Thu Hà", "TTH"),
        ("a1", "delete", "Lê Minh", "LM")]
    assert [(s.old, s.new) for s in found] == [("7.000", "8.000"), ("", "Tuyến mới chạy từ sáng nay."),
                                               ("rất", "")]
    assert found[0].time == WHEN
    assert found[1].whole_line and not found[0].whole_line
    assert BODY[found[0].start:found[0].end].startswith("{~~7.000~>8.000~~}{#a1 ")


def test_accept_all_and_reject_all_give_the_after_and_before_texts():
    assert accept_all(BODY) == AFTER
    assert reject_all(BODY) == BEFORE


def test_one_suggestion_decided_leaves_the_others_pending():
    body, done = resolve(BODY, True, ["b2"])
    assert [s.id for s in done] == ["b2"] and done[0].status == "accepted"
    assert "{++" not in body and "Tuyến mới chạy từ sáng nay." in body
    assert [s.kind for s in pending(body)] == ["replace", "delete"]
    with pytest.raises(UnknownChange, match="no pending suggestion 'zz'"):
        resolve(BODY, True, ["zz"])


def test_marks_from_another_tool_get_ids_and_an_unknown_author():
    body = "Một {++hai++} ba {--bốn--} năm {~~sáu~>bảy~~}."
    found = pending(body)
    assert [s.author for s in found] == ["unknown"] * 3 and found[0].time is None
    stamped = with_ids(body)
    ids = [s.id for s in pending(stamped)]
    assert len(set(ids)) == 3 and all(s.author == "unknown" for s in pending(stamped))
    assert accept_all(stamped) == accept_all(body) == "Một hai ba  năm bảy."
    assert reject_all(stamped) == reject_all(body) == "Một  ba bốn năm sáu."


def test_a_suggestion_made_from_an_edit_keeps_the_old_text_and_its_author():
    text = "Hải Phòng mở tuyến buýt điện."
    start = text.index("tuyến")
    body, change_id = suggest(text, start, start + len("tuyến"), "hai tuyến",
                              author='Lê "Minh"', initials="LM", time=WHEN)
    (s,) = pending(body)
    assert (s.id, s.kind, s.author, s.old, s.new) == (change_id, "replace", "Lê Minh",
                                                      "tuyến", "hai tuyến")
    assert accept_all(body) == "Hải Phòng mở hai tuyến buýt điện."
    assert reject_all(body) == text
    with pytest.raises(NewsdeskError):
        suggest(body, s.start + 2, s.start + 4, "x")  # inside another suggestion
    with pytest.raises(NewsdeskError):
        suggest(text, 0, 3, "a\nb")


def test_nfd_text_is_suggested_in_nfc():
    text = unicodedata.normalize("NFD", "Tiếng Việt")
    body, _ = suggest("Tiếng Việt", 0, 5, unicodedata.normalize("NFD", "Tiếng nói"))
    assert pending(body)[0].new == "Tiếng nói" and unicodedata.is_normalized("NFC", body)
    assert text != "Tiếng Việt"


HOSTILE = [
    "Mở {++mà không đóng",
    "Lồng {++ngoài {--trong--} ngoài++} nhau",
    "Qua đoạn {++bắt đầu\n\nkết thúc++} đây",
    "Trong liên kết [xem {++thêm++}](https://tin.example.vn)",
    '![Chú thích {--cũ--} ảnh](images/a.jpg "Ảnh: Hoàng Tùng")',
    "Mã `{++không phải++}` đâu",
    "Thay {~~hai~>mũi~>tên~~} và {~~~>trống~~} và {~~a~~b~>c~~}",
    "Rỗng {++++} và {----}",
    "Quá dài {++" + "á" * (MAX_MARK + 5) + "++}",
    "```\n{++trong khối mã++}\n```",
    "{==" * 3000 + "~>" + "++}" * 3000,
]


@pytest.mark.parametrize("body", HOSTILE)
def test_hostile_criticmarkup_keeps_every_character_with_a_warning(body):
    assert pending(body) == []
    assert accept_all(body) == reject_all(body) == body
    assert with_ids(body) == body
    kept, remarks = lift_remarks(body)
    assert kept == body and remarks == []
    if "```" not in body:
        assert warnings(body)


def test_a_huge_hostile_body_is_read_quickly_and_kept():
    body = "{++" * 60_000 + "\n" + "[](" * 50_000 + "{--x" + "\n" + "{~~a~>" * 30_000
    result = scan(body)
    assert result.marks == [] and 0 < len(result.warnings) <= 21
    assert accept_all(body) == body


def test_comments_and_highlights_are_lifted_out_with_their_words():
    body = "Mưa {==rất lớn==}{>>kiểm tra số liệu<<} ở Hải Phòng {>>nguồn?<<} hôm qua."
    kept, remarks = lift_remarks(body)
    assert kept == "Mưa rất lớn ở Hải Phòng hôm qua."
    assert [(r.quote, r.note) for r in remarks] == [("rất lớn", "kiểm tra số liệu"),
                                                   ("Phòng", "nguồn?")]
    assert kept[remarks[0].at:].startswith("rất lớn")
    assert kept[remarks[1].at:].startswith("Phòng")


BRIDGE_BODIES = [
    BODY,
    f"## Tiêu đề{{++ mới++}}{A}\n\nĐoạn.\n",
    f"- mục {{++một++}}{A}\n- hai\n",
    f"> trích {{--dẫn--}}{A}\n",
    f"| a | b |\n| --- | --- |\n| {{++x++}}{A} | y |\n",
    f'{{~~![Ảnh cũ](images/a.jpg "Ảnh: A")~>![Ảnh mới](images/a.jpg "Ảnh: A")~~}}{A}\n',
    f'{{++![Ảnh](images/a.jpg "Ảnh: A")++}}{A}\n',
    f"Một {{++**đậm** và *nghiêng*++}}{A} x {{~~[liên kết](https://a.vn)~>chữ~~}}{B}.\n",
    f"Cuối câu {{++thêm ++}}{A}\n",
]


@pytest.mark.parametrize("body", BRIDGE_BODIES)
def test_the_markdown_bridge_leaves_suggestions_as_they_are(body):
    assert canonical(body) == body
    assert [s.id for s in pending(canonical(body))] == [s.id for s in pending(body)]


# emphasis, links and code right next to a mark, inside it or around it: the text of each
# mark stays the Markdown it was (bold inside a mark never merges with bold beside it)
NEXT_TO_A_MARK = [
    f"{{~~Hải ~>**đậm**~~}}{A}**đậm**",
    f"**đậm**{{~~**đậm**~>Hải~~}}{A}",
    f"{{~~Hải~>*nghiêng*~~}}{A}*nghiêng*",
    f"*nghiêng*{{++*nghiêng*++}}{A}",
    f"{{++**đậm**++}}{A}**đậm**",
    f"**đậm**{{--**đậm**--}}{A}",
    f"{{~~**đậm**~>**đậm** Hải~~}}{A}",
    f"**x**{{~~**đậm**~>**to**~~}}{A}**x**",
    f"*x*{{++***đậm***++}}{A}*đậm*",
    f"{{++~~gạch~~++}}{A}~~gạch~~",
    f"[b](https://a.vn){{++[a](https://a.vn)++}}{A}",
    f"{{~~x~>[a](https://a.vn)~~}}{A}[b](https://a.vn)",
    f"`mã`{{--`mã`--}}{A}",
    f"**a{{++b++}}{A}c**",
    f"**{{~~a~>b~~}}{A}**",
    f"{{++Hải ***cả***++}}{A}**đậm**,",
    f"Hải [**đậm**](https://b.vn){{++**đậm**++}}{A}",
]


@pytest.mark.parametrize("body", NEXT_TO_A_MARK)
def test_formats_next_to_a_mark_stay_on_their_side(body):
    assert canonical(body) == body + "\n"
    assert [(s.id, s.old, s.new) for s in pending(canonical(body))] == [
        (s.id, s.old, s.new) for s in pending(body)]


def test_a_replacement_holding_strikethrough_is_a_deletion_and_an_insertion():
    text = "Giá ~~vé~~ mới."
    body, change_id = suggest(text, 4, 10, "cước", author="Lê Minh", time=WHEN)
    assert [(s.kind, s.old, s.new) for s in pending(body)] == [
        ("delete", "~~vé~~", ""), ("insert", "", "cước")]
    assert pending(body)[0].id == change_id
    assert accept_all(body) == "Giá cước mới." and reject_all(body) == text
    assert canonical(body) == body + "\n"


def test_compare_as_suggestions_gives_the_reviewers_text_and_the_original():
    current = ("Giá vé 7.000 đồng một lượt.\n\n![Xe buýt điện.](images/xe.jpg \"Ảnh: A\")\n\n"
               "Hành khách hài lòng.\n\n## Lịch chạy\n\nXe chạy từ 5 giờ.\n")
    reviewed = ("Giá vé 8.000 đồng mỗi lượt.\n\n![Xe buýt điện ở bến.](images/xe.jpg \"Ảnh: A\")"
                "\n\nHành khách rất hài lòng.\n\nTuyến có 12 xe.\n\nXe chạy từ 5 giờ 30.\n")
    marked, count = compare_as_suggestions(current, reviewed, author="Trần Thu Hà",
                                           initials="TTH", time=WHEN)
    assert accept_all(marked) == reviewed and reject_all(marked) == current
    found = pending(marked)
    assert count == len(found) >= 5 and {s.author for s in found} == {"Trần Thu Hà"}
    assert ("7.000", "8.000") in [(s.old, s.new) for s in found]  # a figure is one unit
    photos = [(s.kind, s.old, s.new) for s in found if "images/xe.jpg" in s.old + s.new]
    assert photos == [("delete", '![Xe buýt điện.](images/xe.jpg "Ảnh: A")', ""),
                      ("insert", "", '![Xe buýt điện ở bến.](images/xe.jpg "Ảnh: A")')]
    assert any(s.whole_line and s.old == "## Lịch chạy" for s in found)  # the whole heading
    assert canonical(marked) == marked
    with pytest.raises(CompareError):
        compare_as_suggestions(marked, reviewed, author="x")


def test_compare_as_suggestions_takes_no_difference_from_the_line_break_at_the_end():
    # the editor ends a body with a line break; a revision or a bundle may not
    current, older = "Giá vé 8.000 đồng.\n\nTuyến mới.\n", "Giá vé 7.000 đồng.\n\nTuyến mới."
    marked, count = compare_as_suggestions(current, older, author="Lê Minh")
    assert count == 1 and marked.endswith("Tuyến mới.\n")
    assert accept_all(marked) == older + "\n" and reject_all(marked) == current
    marked, count = compare_as_suggestions(older, current, author="Lê Minh")
    assert count == 1 and accept_all(marked) == current.rstrip("\n")


WORDS = ["Hải", "Phòng", "mưa", "lớn", "đường", "ngập", "nước", "xe", "buýt", "điện", "giá",
         "vé", "người", "dân", "**đậm**", "*nghiêng*", "7.000", "đồng"]
paragraph = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
bodies = st.lists(paragraph, min_size=1, max_size=5).map("\n\n".join)


def _word_edges(body: str) -> list[int]:
    edges = set()
    for match in re.finditer(r"[^ \n]+", body):
        edges.update(match.span())
    return sorted(edges)


@st.composite
def edited(draw, aligned: bool):
    """A body and the same body after up to six suggestions; ``aligned``: each suggestion
    starts and ends at word edges (what the editor makes), else anywhere in a line."""
    body = draw(bodies)
    original = body
    for _ in range(draw(st.integers(0, 6))):
        places = _word_edges(body) if aligned else [i for i, ch in enumerate(body) if ch != "\n"]
        start = draw(st.sampled_from(places))
        if aligned:
            end = draw(st.sampled_from([p for p in places if p >= start]))
        else:
            end = start
            length = draw(st.integers(0, 12))
            while end < len(body) and end - start < length and body[end] != "\n":
                end += 1
        words = draw(st.lists(st.sampled_from(WORDS), max_size=3).map(" ".join))
        new = draw(st.sampled_from(["", words, unicodedata.normalize("NFD", words)]))
        try:
            body, _ = suggest(body, start, end, new, author="Lê Minh", initials="LM", time=WHEN)
        except NewsdeskError:
            continue
    return original, body


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited(aligned=False), st.booleans())
def test_any_suggestions_then_accept_or_reject_all_leave_well_formed_markdown(case, accept):
    original, body = case
    assert reject_all(body) == original
    result = accept_all(body) if accept else reject_all(body)
    assert pending(result) == []
    once = canonical(result)
    assert canonical(once) == once  # parses and round-trips through the bridge


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited(aligned=True))
@example(("Hải Hải Hải Hải Hải **đậm**",
          '{~~Hải Hải Hải Hải Hải ~>**đậm**~~}{#9d8e841d by="Lê Minh" initials="LM" '
          'at="2026-12-06T08:30:00+00:00"}**đậm**'))
@example(("**đậm**", f"**đậm**{{++**đậm**++}}{A}"))
def test_suggestions_made_on_words_survive_the_bridge(case):
    original, body = case
    once = canonical(body)
    assert [(s.id, s.old, s.new) for s in pending(once)] == [
        (s.id, s.old, s.new) for s in pending(body)]
    assert reject_all(once) == canonical(original) or reject_all(once) == original


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies, bodies)
@example("Hải *nghiêng* **đậm**", "*nghiêng*\n\n**đậm** **đậm**")
def test_any_two_versions_compare_as_exact_suggestions(current, reviewed):
    marked, count = compare_as_suggestions(current, reviewed, author="Trần Thu Hà",
                                           initials="TTH", time=WHEN)
    assert accept_all(marked) == reviewed and reject_all(marked) == current
    assert (count == 0) == (current == reviewed)


def test_the_spell_checker_reads_the_words_not_the_attributions():
    from newsdesk.domain import Article
    from newsdesk.domain.suggestions import without_attributions
    from newsdesk.services.spelling.article import check_article
    from newsdesk.services.spelling.checker import SpellChecker

    body = "Giá vé " + '{~~bảy~>tám~~}{#a1 by="Ngô Thị Xoan" initials="NTX" at="2026-12-06"}'
    blank = without_attributions(body)
    assert len(blank) == len(body) and "Xoan" not in blank and blank.endswith("~~}" + " " * 54)
    checker = SpellChecker("vi")
    words = [f.word for f in check_article(Article(headline="Giá vé", body=body + " nhầmm"),
                                           checker)]
    if checker.available:
        assert words == ["nhầmm"]


def test_accepting_next_to_bold_text_joins_the_bold_runs_instead_of_printing_asterisks():
    """``**đậm**`` followed by an accepted ``**thêm**`` is one bold run, as the editor shows
    it, not bold text with four asterisks inside; the same where a change is rejected."""
    assert accept_all(f"Chữ **đậm**{{++**thêm**++}}{A} tiếp.") == "Chữ **đậmthêm** tiếp."
    assert reject_all(f"Chữ **đậm**{{--**bỏ**--}}{A}**tiếp**.") == "Chữ **đậmbỏtiếp**."
    assert accept_all(f"x **a**{{~~**b**~>**c**~~}}{A}**d** y") == "x **acd** y"
    assert accept_all(f"*nghiêng*{{++*thêm*++}}{A}") == "*nghiêngthêm*"
    # a mark that is not a closing one meeting an opening one is left as it is
    assert accept_all(f"a **b** {{++**c**++}}{A}") == "a **b** **c**"
    assert reject_all(f"**đậm*{{++x++}}{A}*") == "**đậm**"
