"""Hostile article files through the real ``newsdesk`` entry point (``main(argv)``): every one
ends with exit 0 or 2, at most one ``newsdesk:`` line per message under 300 characters, no
traceback, the library unchanged when refused and SQLite's integrity check clean; what
``list`` prints cannot reorder the terminal (bidi controls escaped)."""

from __future__ import annotations

import sqlite3

import pytest

from media_samples import png_declaring
from newsdesk.cli.main import main
from print_support import photo

GOOD = photo(4, (300, 200))
HOSTILE = {
    "huge_int_published": "---\nheadline: T\npublished: " + "9" * 300_000 + "\n---\nx\n",
    "huge_text_published": '---\nheadline: T\npublished: "' + "x" * 3_000_000 + '"\n---\nx\n',
    "bool_format_version": "---\nheadline: T\nformat_version: true\n---\nx\n",
    "list_headline": "---\nheadline: [a, b]\n---\nx\n",
    "unclosed": "---\nheadline: T\nx\n",
    "bidi_headline": '---\nheadline: "Tin \u202eabc\u202c xyz"\n---\nx\n',
    "bad_photos": "---\nheadline: Ảnh\n---\n\n![a](cut.jpg)\n\n![b](bomb.png)\n\n![c](../x.jpg)\n",
    "nul": "---\nheadline: T\0\n---\nx\n",
}


def counts(data_dir) -> tuple[int, int]:
    with sqlite3.connect(data_dir / "newsdesk.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return (db.execute("SELECT count(*) FROM articles").fetchone()[0],
                db.execute("SELECT count(*) FROM photos").fetchone()[0])


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_files_end_in_0_or_2_with_one_short_line(tmp_path, data_dir, capsys, case):
    folder = tmp_path / "nguon"
    folder.mkdir()
    whole = GOOD
    (folder / "cut.jpg").write_bytes(whole[: len(whole) // 2])
    (folder / "bomb.png").write_bytes(png_declaring(12_000, 12_000))
    source = folder / "bai.md"
    source.write_text(HOSTILE[case], encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "list"]) == 0
    before = counts(data_dir)
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "import", str(source)])
    out = capsys.readouterr()
    assert code in (0, 2), out.err
    assert "Traceback" not in out.err and "unexpected error" not in out.err
    for line in out.err.splitlines():
        assert line.startswith("newsdesk: ") and len(line) < 300, line
    after = counts(data_dir)
    if code == 2:
        assert after == before and out.err.count("\n") == 1
        return
    assert after[0] == before[0] + 1 and after[1] == before[1]  # damaged photos never stored
    article_id = out.out.strip()
    for fmt, name in (("html", "a.html"), ("markdown", "md/a.md"), ("cms", "cms.zip"),
                      ("bundle", "a.newsdesk")):
        code = main(["--data-dir", str(data_dir), "export", article_id, "-f", fmt, "-o",
                     str(tmp_path / "ra" / name)])
        err = capsys.readouterr().err
        assert code == 0 and "Traceback" not in err
        assert all(len(line) < 300 for line in err.splitlines())
    assert main(["--data-dir", str(data_dir), "list"]) == 0
    listed = capsys.readouterr().out
    assert "\u202e" not in listed and "\u202c" not in listed
    if case == "bidi_headline":
        assert "Tin \\u202eabc\\u202c xyz" in listed


def test_nul_bytes_and_a_damaged_photo_are_named_not_silently_changed(tmp_path, data_dir,
                                                                      capsys):
    (tmp_path / "hong.jpg").write_bytes(photo(1, (300, 200))[:400])  # cut short
    md = tmp_path / "nul.md"
    md.write_text("---\nheadline: Tin\x00 nóng\n---\nMột\x00 dòng.\n\n"
                  "![Bến xe mới.](hong.jpg \"Ảnh: Lan Anh\")\n", encoding="utf-8")
    assert main(["import", str(md)]) == 0
    err = capsys.readouterr().err
    assert "2 NUL character(s) were removed" in err
    assert "hong.jpg" in err and "caption and credit are kept, marked as missing" in err


def test_a_long_warning_keeps_its_end_what_was_done(tmp_path, data_dir, capsys):
    """A warning over the line's length loses its middle (the quoted error), never its start,
    which names the photo, nor its end, which says what to do."""
    name = "anh-toan-canh-khu-vuc-ngap-sau-tren-duong-nguyen-huu-canh-chieu-qua.jpg"
    (tmp_path / name).write_bytes(photo(1, (300, 200))[:400])  # cut short
    md = tmp_path / "ngap.md"
    md.write_text(f"---\nheadline: Ngập sâu\n---\nMột dòng.\n\n![Ngập.]({name} \"Ảnh: An\")\n",
                  encoding="utf-8")
    assert main(["import", str(md)]) == 0
    (line,) = [x for x in capsys.readouterr().err.splitlines() if name[:20] in x]
    assert len(line) < 300 and "…" in line, line
    assert line.startswith(f"newsdesk: warning: ngap.md: image '{name}' not imported")
    assert line.endswith("Save it as JPEG or PNG (e.g. with an image editor) and add it "
                         "again."), line


def test_a_long_warning_loses_an_aside_before_a_word_of_its_sentences(tmp_path, data_dir,
                                                                      capsys):
    """Over the line's length, a warning first drops an aside in brackets (what a photo is
    not, in full), never cutting a sentence in the middle: what the file is, what to do."""
    (tmp_path / "anh-hien-truong.jpg").write_bytes(b"<html><body>not a photo</body></html>")
    md = tmp_path / "gia.md"
    md.write_text("---\nheadline: Ảnh giả\n---\nMột dòng.\n\n"
                  "![Hiện trường.](anh-hien-truong.jpg \"Ảnh: An\")\n", encoding="utf-8")
    assert main(["import", str(md)]) == 0
    (line,) = [x for x in capsys.readouterr().err.splitlines() if "anh-hien-truong" in x]
    assert len(line) < 300 and "…" not in line, line
    assert "'anh-hien-truong.jpg' is not a photo. Check that you picked the right file." in line
    assert line.endswith("Save it as JPEG or PNG (e.g. with an image editor) and add it "
                         "again."), line


def test_a_photo_cut_short_is_said_so_plainly(tmp_path, data_dir, capsys):
    """Not Pillow's "image file is truncated (5 bytes not processed)", which counts what it
    could not read of its last chunk."""
    whole = photo(1, (1200, 800))
    (tmp_path / "hong.jpg").write_bytes(whole[:len(whole) // 3])  # its header whole
    md = tmp_path / "hong.md"
    md.write_text("---\nheadline: Tin\n---\nMột dòng.\n\n![Bến.](hong.jpg)\n",
                  encoding="utf-8")
    assert main(["import", str(md)]) == 0
    err = capsys.readouterr().err
    assert "'hong.jpg' is damaged or incomplete (the file ends before the picture does)" in err
    assert "bytes not processed" not in err


@pytest.mark.parametrize("paper, columns, size, said", [
    ("A4", 4, "12", "warning: columns of about 19 characters a line at 12 pt break words"),
    ("Tabloid", 1, "10.5", "warning: lines of about 135 characters at 10.5 pt are hard to read"),
    ("A4", 2, "10.5", None),
])
def test_a_measure_too_narrow_or_wide_is_warned_of_and_printed(qapp, tmp_path, data_dir, capsys,
                                                               paper, columns, size, said):
    md = tmp_path / "cau.md"
    md.write_text("---\nheadline: Cầu mới\n---\nMột đoạn ngắn về cây cầu mới.\n",
                  encoding="utf-8")
    assert main(["import", str(md)]) == 0
    article_id = capsys.readouterr().out.split()[0]
    pdf = tmp_path / "cau.pdf"
    assert main(["export", article_id, "-f", "pdf", "-o", str(pdf), "--paper", paper,
                 "--columns", str(columns), "--font-size", size]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    err = capsys.readouterr().err
    if said:
        assert said in err, err
    else:
        assert "characters" not in err, err
