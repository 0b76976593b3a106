"""The spell checker on Vietnamese and English text: what is underlined, what is suggested,
the newsroom's and the reporter's dictionaries, a missing dictionary, ``newsdesk spell``."""

from __future__ import annotations

import json
import unicodedata

import pytest

from newsdesk.domain import Article
from newsdesk.services.library import Library
from newsdesk.services.spelling import (
    ENV_DICTIONARIES,
    SpellChecker,
    article_style,
    check_article,
    checker_for,
    in_style,
    personal_dictionary,
    placements,
    well_formed,
)

VI_TEXT = ("Chiều qua, ông Nguyễn Văn Thoại cho biết hội nghị về hòa bình và thủy lợi đã "
           "diễn ra tại Hà Nội với sự tham gia của Google, Microsoft và nhiều nhà báo. "
           "Phóng viên đã viêt bài nàyy rất nhanh, nhưng reportr vẫn cần kiểm tra lại.")


@pytest.fixture(scope="module")
def vi() -> SpellChecker:
    return SpellChecker("vi")


def underlined(checker: SpellChecker, text: str, style=None) -> list[str]:
    return [m.word for m in checker.check(text, style)]


def test_planted_misspellings_are_underlined_and_nothing_else(vi):
    found = vi.check(VI_TEXT)
    assert [m.word for m in found] == ["viêt", "nàyy", "reportr"]
    for m in found:
        assert VI_TEXT[m.start:m.end] == m.word
    by_word = {m.word: m.suggestions for m in found}
    assert by_word["viêt"][:2] == ("viết", "việt")
    assert by_word["nàyy"][0] == "này"
    assert by_word["reportr"][0] == "report"  # an English-looking word: English first
    assert all(len(s) <= 5 for s in by_word.values())


def test_both_tone_placements_are_right(vi):
    text = "hòa hoà thủy thuỷ khỏe khoẻ Hòa Bình Hoà Bình tòa soạn toà soạn hóa học hoá học"
    assert underlined(vi, text) == []
    assert placements("hòa") == ("hòa", "hoà")
    assert placements("quý") == ("quý",)  # qu: the u is no vowel of the rhyme
    assert placements("hoàng") == ("hoàng",)  # a final consonant: one placement only
    # a misplaced tone where only one placement exists is still wrong
    assert underlined(vi, "hòan thành") == ["hòan"]


def test_suggestions_follow_the_articles_placement(vi):
    first = article_style(["Hòa bình, sức khỏe và thủy lợi."])
    second = article_style(["Hoà bình, sức khoẻ và thuỷ lợi."])
    assert (first, second) == ("first", "second")
    assert "hòa" in vi.suggest("hoàa", first) and "hoà" not in vi.suggest("hoàa", first)
    assert "hoà" in vi.suggest("hoàa", second) and "hòa" not in vi.suggest("hoàa", second)
    assert in_style("Hoà Bình khoẻ", "first") == "Hòa Bình khỏe"


def test_names_are_not_flagged_when_they_are_well_formed_syllables(vi):
    # capitalised, unknown to the dictionary, shaped like Vietnamese syllables
    assert underlined(vi, "Bà Thoại và ông Quỳnh gặp chị Duẩn.") == []
    assert well_formed("Thoại") and well_formed("Quỳnh")
    # a capitalised word no syllable can be, and ill-formed syllables, are flagged
    assert underlined(vi, "Ông Zelenskyy đến Kyiv.") == ["Zelenskyy", "Kyiv"]
    assert not well_formed("bàc")  # a stop final takes only the acute or the dot below
    assert underlined(vi, "thoại bàc") == ["bàc"]  # lower case: the name rule does not apply


def test_text_not_in_nfc_is_checked_and_positions_stay_those_of_the_text(vi):
    text = unicodedata.normalize("NFD", "Người viêt bài")
    found = vi.check(text)
    assert [m.word for m in found] == ["viêt"]
    assert unicodedata.normalize("NFC", text[found[0].start:found[0].end]) == "viêt"


def test_what_is_not_checked(vi):
    text = ("UBND quận và NATO; 10km, H5N1; xem https://vnexpress.net/bai-viet hoặc "
            "gửi thư tới toasoan@baomoi.vn, reporter's notes, don’t")
    assert underlined(vi, text) == []


def test_english_articles_accept_vietnamese_words():
    en = SpellChecker("en")
    assert underlined(en, "The minister met Nguyễn in Hà Nội about hòa bình.") == []
    assert underlined(en, "The reportr wrote it.") == ["reportr"]


def test_ignore_and_word_lists(vi):
    checker = SpellChecker("vi")
    assert underlined(checker, "Zelenskyy nói") == ["Zelenskyy"]
    checker.ignore("Zelenskyy")
    assert underlined(checker, "Zelenskyy nói") == []
    checker.set_words(["Vingroup"])
    assert underlined(checker, "Vingroup và Vinamilk") == ["Vinamilk"]
    assert "Vingroup" in checker.suggest("Vingrup")


def test_the_newsroom_dictionary_is_shared_through_the_library(data_dir):
    with Library.open(data_dir) as mine, Library.open(data_dir) as colleague:
        assert mine.add_dictionary_word("Zelenskyy") is True
        assert mine.add_dictionary_word("Zelenskyy") is False  # once
        assert colleague.dictionary_words() == ["Zelenskyy"]
        checker = checker_for(colleague, "vi")
        assert underlined(checker, "Ông Zelenskyy nói") == []
        colleague.remove_dictionary_word("Zelenskyy")
        assert mine.dictionary_words() == []


def test_the_personal_dictionary_is_a_file_in_the_data_folder(data_dir):
    with Library.open(data_dir) as library:
        personal = personal_dictionary(library)
        personal.add("Vinamilk")
        personal.add("Vinamilk")
        assert (data_dir / "dictionary.txt").read_text(encoding="utf-8") == "Vinamilk\n"
        assert underlined(checker_for(library, "vi"), "Vinamilk") == []
        personal.remove("Vinamilk")
        assert personal.words() == []


def test_a_missing_dictionary_underlines_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_DICTIONARIES, str(tmp_path))
    checker = SpellChecker("vi")
    assert not checker.available and checker.missing == ["vi", "en"]
    assert checker.check(VI_TEXT) == []
    assert check_article(Article(headline="viêt"), checker) == []


def test_a_damaged_dictionary_is_a_missing_one(tmp_path, monkeypatch):
    (tmp_path / "vi_VN.aff").write_bytes(b"\xff\x00 not an affix file")
    (tmp_path / "vi_VN.dic").write_bytes(b"")
    monkeypatch.setenv(ENV_DICTIONARIES, str(tmp_path))
    checker = SpellChecker("vi")
    assert checker.check("viêt") == [] or checker.available


ARTICLE = """---
headline: "Ông Thoại viêt về hòa bình"
sapo: "Bài có reportr và thủy lợi."
language: vi
---
Đoạn đầu đúng chính tả.

Đoạn sau có chữ nàyy và [liên kết](https://vnexpress.net/nayy-sai) đúng.

![Chú thíchh của ảnh](images/anh.jpg "Ảnh: Minh Khoa")
"""


def test_cli_lists_words_with_field_line_column(tmp_path, capsys, data_dir):
    from newsdesk.cli.main import main

    path = tmp_path / "bai.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["spell", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "headline:1:11: viêt -> viết, việt, viên, viêm, visit",
        f"sapo:1:8: reportr -> {', '.join(SpellChecker('vi').suggest('reportr'))}",
        "body:3:17: nàyy -> này, nhày",
        f"caption:5:7: thíchh -> {', '.join(SpellChecker('vi').suggest('thíchh'))}",
    ]
    assert main(["spell", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["checked"] is True and data["missing_dictionaries"] == []
    assert [(w["field"], w["line"], w["column"], w["word"]) for w in data["words"]] == [
        ("headline", 1, 11, "viêt"), ("sapo", 1, 8, "reportr"), ("body", 3, 17, "nàyy"),
        ("caption", 5, 7, "thíchh")]
    assert all(len(w["suggestions"]) <= 5 for w in data["words"])


def test_cli_checks_a_library_article_and_exits_0_when_all_is_right(capsys, data_dir):
    from newsdesk.cli.main import main

    with Library.open(data_dir) as library:
        stored = library.save(Article(headline="Hòa bình và thủy lợi", body="Mọi chữ đều đúng.\n"))
    assert main(["spell", stored.id, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["words"] == []
    assert main(["spell", stored.id]) == 0
    assert capsys.readouterr().out == ""


def test_cli_says_when_no_dictionary_is_found(tmp_path, capsys, monkeypatch, data_dir):
    from newsdesk.cli.main import main

    monkeypatch.setenv(ENV_DICTIONARIES, str(tmp_path / "none"))
    path = tmp_path / "bai.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["spell", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no Vietnamese (vi_VN) dictionary found: nothing was checked" in captured.err


def test_a_dictionary_in_a_legacy_encoding_never_breaks_checking(tmp_path, monkeypatch):
    import os
    import shutil

    from newsdesk.config.resources import resource_path

    legacy, shipped = tmp_path / "legacy", resource_path("dictionaries")
    legacy.mkdir()
    (legacy / "en_US.aff").write_bytes(b"SET ISO8859-1\n")
    (legacy / "en_US.dic").write_bytes(b"2\nhello\ncaf\xe9\n")
    for name in ("vi_VN.aff", "vi_VN.dic"):
        shutil.copy(shipped / name, legacy / name)
    monkeypatch.setenv(ENV_DICTIONARIES, os.pathsep.join([str(legacy)]))
    checker = SpellChecker("vi")
    checker.set_words(["Zelenskyy", "Nguyễn Ánh"])
    assert checker.available and checker.missing == []
    assert underlined(checker, "Ông Nguyễn nói hello và café, Zelenskyy, wrld") == ["wrld"]
    assert SpellChecker("en").check("hello Nguyễn wrld")[-1].word == "wrld"


def test_a_horn_left_off_one_vowel_of_uo_is_the_first_suggestion(vi):
    """The input method put the horn on only one vowel of "ươ": that word comes first."""
    for typed, meant in (("Nguời", "Người"), ("mưòi", "mười"), ("trưong", "trương"),
                         ("nguời", "người")):
        assert not vi.is_correct(typed)
        assert vi.suggest(typed)[0] == meant, (typed, vi.suggest(typed))


def test_the_same_letters_with_other_marks_come_first(vi):
    """Most Vietnamese slips get a mark wrong, not a letter: a tone on the wrong vowel, a
    tone or a dot left off. The word meant leads the suggestions."""
    assert vi.suggest("vơí")[0] == "với"  # the tone on the wrong vowel
    assert vi.suggest("đươc")[0] == "được"  # the tone left off
    assert "đặc" in vi.suggest("đăc")[:2]  # đắc and đặc are both words
    assert vi.suggest("Vơí")[0] == "Với"  # in the word's capitals
    assert vi.suggest("ko")[0] == "không" and vi.suggest("đc")[0] == "được"  # shorthand
    assert vi.suggest("viêt")[:2] == ("viết", "việt")


def test_near_misses_order_by_marks_then_by_how_common(tmp_path):
    from newsdesk.services.spelling.variants import distance, near_misses, syllable_index

    assert distance("vơí", "với") == 0 and distance("vơí", "vơi") == 1
    assert distance("đươc", "được") == 1 and distance("duoc", "được") == 4
    dic = tmp_path / "t.dic"
    dic.write_text("4\nđuốc\nđước\nđược\nABC\n", encoding="utf-8")
    assert near_misses("đươc", syllable_index(dic)) == ["được", "đước"]  # đuốc: 4 marks off
