"""Word's tracked changes imported as pending suggestions: each by its Word author at its Word
time, listed by ``newsdesk changes``; accepting them all gives Word's text with the changes,
rejecting them all the original. Changes that cannot be a suggestion are accepted, named in a
warning, and no word is lost."""

from __future__ import annotations

import json
import unicodedata

import pytest

from newsdesk.cli.main import main
from word_samples import Document, raw

LAN = 'w:author="Nguyễn Thị Lan" w:date="2024-05-02T10:00:00Z"'
HUNG = 'w:author="Trần Văn Hùng" w:date="2024-05-03T17:30:00+07:00"'


def ins(text: str, who: str = LAN, n: int = 1) -> str:
    return f'<w:ins w:id="{n}" {who}><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'


def dele(text: str, who: str = LAN, n: int = 2) -> str:
    return (f'<w:del w:id="{n}" {who}><w:r><w:delText xml:space="preserve">{text}</w:delText>'
            "</w:r></w:del>")


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def cli(data_dir, capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), *args]) == 0
    return capsys.readouterr().out


def imported(data_dir, capsys, path) -> tuple[str, str]:
    """Import ``path`` with the command line: (article id, its warnings as printed)."""
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "import", str(path)]) == 0
    out = capsys.readouterr()
    return out.out.split()[0], out.err


def body(data_dir, capsys, article_id: str) -> str:
    shown = json.loads(cli(data_dir, capsys, "show", article_id, "--json"))
    return shown["body"]


@pytest.fixture
def draft(tmp_path):
    """A story where Lan changed a price and Hùng added and removed words, in Vietnamese
    written decomposed (NFD) as some Mac keyboards do."""
    document = Document()
    document.add_paragraph("Giá vé xe buýt điện", style="Title")
    p = document.add_paragraph()
    raw(p, run("Giá vé là ") + dele("5.000") + ins("7.000", n=3) + run(" đồng"))
    raw(p, ins(unicodedata.normalize("NFD", " mỗi lượt"), HUNG, n=4) + run(", áp dụng "))
    raw(p, dele("ngay ", HUNG, n=5) + run("từ tháng Sáu."))
    document.add_paragraph("Xe chạy từ 5 giờ sáng.")
    path = tmp_path / "gia-ve.docx"
    document.save(path)
    return path


def test_changes_become_suggestions_with_the_word_authors_and_times(data_dir, capsys, draft):
    article_id, err = imported(data_dir, capsys, draft)
    assert "3 tracked change(s) became pending suggestions" in err
    assert "accepted" not in err
    listed = json.loads(cli(data_dir, capsys, "changes", article_id, "--json"))["changes"]
    assert [(c["kind"], c["old"], c["new"], c["author"], c["initials"], c["time"])
            for c in listed] == [
        ("replace", "5.000", "7.000", "Nguyễn Thị Lan", "NTL", "2024-05-02T10:00:00+00:00"),
        ("insert", "", " mỗi lượt", "Trần Văn Hùng", "TVH", "2024-05-03T10:30:00+00:00"),
        ("delete", "ngay ", "", "Trần Văn Hùng", "TVH", "2024-05-03T10:30:00+00:00"),
    ]
    assert unicodedata.is_normalized("NFC", listed[1]["new"])
    assert len({c["id"] for c in listed}) == 3


def test_accept_all_gives_the_changed_text_and_reject_all_the_original(
        data_dir, capsys, draft):
    first, _ = imported(data_dir, capsys, draft)
    second, _ = imported(data_dir, capsys, draft)
    assert first != second
    cli(data_dir, capsys, "accept", first, "all")
    cli(data_dir, capsys, "reject", second, "all")
    assert body(data_dir, capsys, first).strip() == (
        "Giá vé là 7.000 đồng mỗi lượt, áp dụng từ tháng Sáu.\n\nXe chạy từ 5 giờ sáng.")
    assert body(data_dir, capsys, second).strip() == (
        "Giá vé là 5.000 đồng, áp dụng ngay từ tháng Sáu.\n\nXe chạy từ 5 giờ sáng.")
    assert json.loads(cli(data_dir, capsys, "changes", first, "--json"))["changes"] == []


def test_a_paragraph_added_or_removed_whole_goes_with_its_line(data_dir, capsys, tmp_path):
    document = Document()
    document.add_paragraph("Mưa lớn ở Huế", style="Title")
    document.add_paragraph("Nước dâng nhanh.")
    added = document.add_paragraph()
    raw(added, ins("Trường học cho nghỉ."))
    added._p.get_or_add_pPr().append(_mark("ins"))
    removed = document.add_paragraph()
    raw(removed, dele("Chưa có thiệt hại."))
    removed._p.get_or_add_pPr().append(_mark("del"))
    document.add_paragraph("Cập nhật lúc 9 giờ.")
    path = tmp_path / "mua.docx"
    document.save(path)
    first, err = imported(data_dir, capsys, path)
    assert "2 tracked change(s) became pending suggestions" in err and "accepted" not in err
    second, _ = imported(data_dir, capsys, path)
    cli(data_dir, capsys, "accept", first, "all")
    cli(data_dir, capsys, "reject", second, "all")
    assert body(data_dir, capsys, first).strip() == (
        "Nước dâng nhanh.\n\nTrường học cho nghỉ.\n\nCập nhật lúc 9 giờ.")
    assert body(data_dir, capsys, second).strip() == (
        "Nước dâng nhanh.\n\nChưa có thiệt hại.\n\nCập nhật lúc 9 giờ.")


def _mark(kind: str):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(f'<w:rPr {nsdecls("w")}><w:{kind} w:id="9" {LAN}/></w:rPr>')


def test_hostile_changes_lose_no_text(data_dir, capsys, tmp_path):
    document = Document()
    document.add_paragraph("Tin nóng", style="Title")
    p = document.add_paragraph()
    # an insertion inside a link; a deletion inside an insertion (by another author)
    raw(p, run("Xem ") + '<w:hyperlink w:anchor="x">' + run("trang ") + ins("của Sở")
        + "</w:hyperlink>" + run(" và "))
    raw(p, '<w:ins w:id="7" ' + LAN + ">" + run("thông báo ") + dele("cũ ", HUNG, n=8)
        + run("mới") + "</w:ins>" + run("."))
    # formatting changed: accepted, named
    formatted = document.add_paragraph()
    raw(formatted, '<w:r><w:rPr><w:b/><w:rPrChange w:id="10" ' + LAN + "><w:rPr/>"
        "</w:rPrChange></w:rPr><w:t>Đậm.</w:t></w:r>")
    path = tmp_path / "kho.docx"
    document.save(path)
    first, err = imported(data_dir, capsys, path)
    assert "1 tracked change(s) became pending suggestions" in err
    assert "1 tracked change(s) in the headline, sapo or byline, in a link" in err
    assert "1 tracked change(s) of formatting were accepted" in err
    listed = json.loads(cli(data_dir, capsys, "changes", first, "--json"))["changes"]
    assert [(c["kind"], c["new"], c["author"]) for c in listed] == [
        ("insert", "thông báo mới", "Nguyễn Thị Lan")]
    text = body(data_dir, capsys, first)
    assert "trang của Sở" in text and "Đậm" in text and "cũ" not in text
    second, _ = imported(data_dir, capsys, path)
    cli(data_dir, capsys, "accept", first, "all")
    cli(data_dir, capsys, "reject", second, "all")
    accepted = body(data_dir, capsys, first)
    assert "Xem" in accepted and "trang của Sở" in accepted and accepted.count("thông báo mới.") == 1
    rejected = body(data_dir, capsys, second)
    assert "trang của Sở" in rejected and "thông báo" not in rejected and "\ufdd0" not in rejected
