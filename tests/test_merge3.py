"""The three-way article merge (newsdesk.domain.merge): each side's changes are found
against the common base, applied when they touch different places, and kept apart as a
conflict when both sides changed the same place differently."""

from __future__ import annotations

from newsdesk.domain import Article
from newsdesk.domain.diff import render_text
from newsdesk.domain.merge import merge3, merge_articles

P1 = "Chiều 5/4, hàng nghìn người dân đổ về bến Ninh Kiều xem đua ghe ngo trên sông Hậu."
P2 = "Ban tổ chức cho biết giải năm nay có 25 đội tham gia, tăng 4 đội so với năm trước."
P3 = "Đội ghe của xã Phú Tâm về nhất sau ba vòng đua."


def art(*paragraphs: str, **fields) -> Article:
    return Article(headline=fields.pop("headline", "Sôi động hội đua ghe ngo"),
                   body="\n\n".join(paragraphs), **fields)


def test_sequences_merge_when_the_sides_touch_different_items():
    assert merge3("abcd", "aXcd", "abcY") == [("ok", ["a"], [], []), ("ok", ["X"], [], []),
                                              ("ok", ["c"], [], []), ("ok", ["Y"], [], [])]
    [(kind, base, ours, theirs)] = [r for r in merge3("abc", "aXc", "aYc") if r[0] != "ok"]
    assert (kind, base, ours, theirs) == ("conflict", ["b"], ["X"], ["Y"])
    same = merge3("abc", "aXc", "aXc")
    assert all(r[0] == "ok" for r in same) and "".join(x for r in same for x in r[1]) == "aXc"


def test_each_side_keeps_its_own_changes():
    base = art(P1, P2)
    ours = art(P1, P2, P3)  # the reporter added a paragraph
    theirs = art(P1, P2.replace("25 đội", "26 đội"))  # the editor corrected a number
    merged = merge_articles(base, ours, theirs)
    assert merged.clean
    assert merged.article.body == "\n\n".join([P1, P2.replace("25 đội", "26 đội"), P3])
    [change] = merged.their_changes()
    text = render_text(change.ops)
    assert change.field == "body" and "[-25-]{+26+}" in text and "Phú Tâm" not in text


def test_different_words_of_one_paragraph_merge_syllable_by_syllable():
    base = art(P1, P2)
    ours = art(P1.replace("hàng nghìn", "hàng vạn"), P2)
    theirs = art(P1.replace("sông Hậu", "dòng sông Hậu"), P2)
    merged = merge_articles(base, ours, theirs)
    assert merged.clean
    assert "hàng vạn" in merged.article.body and "dòng sông Hậu" in merged.article.body


def test_the_same_place_changed_differently_is_a_conflict_to_choose():
    base = art(P1, P2, headline="Hội đua ghe")
    ours = art(P1, P2.replace("25 đội", "24 đội"), headline="Hội đua ghe ngo")
    theirs = art(P1, P2.replace("25 đội", "26 đội"), headline="Hội đua ghe ngo sông Hậu")
    merged = merge_articles(base, ours, theirs)
    assert [c.field for c in merged.conflicts] == ["headline", "body"]
    body = merged.conflicts[1]
    assert "25" in body.base and "24" in body.ours and "26" in body.theirs
    assert merged.article.headline == "Hội đua ghe ngo" and "24 đội" in merged.article.body
    chosen = merged.resolve({1: "theirs"})
    assert "26 đội" in chosen.body and chosen.headline == "Hội đua ghe ngo"
    assert merged.resolve({0: "theirs", 1: "theirs"}).headline == "Hội đua ghe ngo sông Hậu"


def test_tags_assets_and_fields_only_one_side_changed():
    base = art(P1, tags=["Cần Thơ"], assets={"images/a.png": "1" * 64})
    ours = base.copy(sapo="Không khí lễ hội.", tags=["Cần Thơ", "lễ hội"])
    theirs = base.copy(byline="Thạch Sơn", assets={"images/a.png": "2" * 64})
    merged = merge_articles(base, ours, theirs)
    assert merged.clean
    got = merged.article
    assert (got.sapo, got.byline, got.tags) == ("Không khí lễ hội.", "Thạch Sơn",
                                                ["Cần Thơ", "lễ hội"])
    assert got.assets == {"images/a.png": "2" * 64}
