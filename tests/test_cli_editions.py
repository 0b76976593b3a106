"""An edition in one command: ``newsdesk export ID ID … | --status S | --section NAME -o FOLDER``.

Through the installed command, as a print desk runs it: one file per article named by its
slug (``-2`` for a second article with the same headline), a progress line per article on
stderr, each PDF holding its own article's headline; an article that cannot be written is
named and the others are still written (exit 2); a wrong choice is refused before anything
is written.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2
import pytest

from cli_support import run_newsdesk

ARTICLES = {
    "a": ("Mưa lớn ở Hải Phòng", "Thời sự", "Sáng nay thành phố có mưa lớn.\n\nChiều tạnh."),
    "b": ("Cầu Rào mới thông xe", "Thời sự", "Cây cầu mới **thông xe** sáng nay."),
    "c": ("Mưa lớn ở Hải Phòng", "Thời sự", "Một bài khác, cùng tiêu đề."),
    "d": ("Đội bóng thắng trận", "Thể thao", "Đội nhà thắng 2–1."),
}



@pytest.fixture
def library(data_dir, tmp_path) -> dict[str, str]:
    """The four articles imported; their ids by key."""
    ids = {}
    for key, (headline, section, body) in ARTICLES.items():
        source = tmp_path / f"{key}.md"
        source.write_text(f'---\nheadline: "{headline}"\nsection: "{section}"\n---\n\n{body}\n',
                          encoding="utf-8")
        done = run_newsdesk(data_dir, "import", str(source))
        assert done.returncode == 0, done.stderr
        ids[key] = done.stdout.split()[-1]
    return ids


def _text(pdf: Path) -> str:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


@pytest.mark.webengine
@pytest.mark.slow
def test_a_section_exports_as_one_pdf_per_article_in_one_run(data_dir, tmp_path, library):
    out = tmp_path / "an-pham"
    done = run_newsdesk(data_dir, "export", "--section", "Thời sự", "--format", "pdf", "-o", str(out))
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["cau-rao-moi-thong-xe.pdf", "mua-lon-o-hai-phong-2.pdf",
                     "mua-lon-o-hai-phong.pdf"]
    assert sorted(Path(line).name for line in done.stdout.split()) == names
    progress = [line for line in done.stderr.splitlines() if line.startswith("newsdesk: [")]
    assert [line.split("]")[0] for line in progress] == [
        "newsdesk: [1/3", "newsdesk: [2/3", "newsdesk: [3/3"]
    assert "Cầu Rào mới thông xe" in _text(out / "cau-rao-moi-thong-xe.pdf")
    bodies = {_text(out / n).split("Hải Phòng", 1)[-1] for n in names if n.startswith("mua")}
    assert any("cùng tiêu đề" in b for b in bodies) and any("tạnh" in b for b in bodies)
    assert "Đội bóng" not in "".join(_text(out / n) for n in names)  # another section


def test_ids_in_the_order_given_as_html(data_dir, tmp_path, library):
    out = tmp_path / "web"
    done = run_newsdesk(data_dir, "export", library["d"][:8], library["b"], library["d"],
                "--format", "html", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert [Path(p).name for p in done.stdout.split()] == [
        "doi-bong-thang-tran.html", "cau-rao-moi-thong-xe.html"]  # the same article once
    assert "Đội nhà thắng" in (out / "doi-bong-thang-tran.html").read_text(encoding="utf-8")
    assert done.stderr.splitlines()[-1] == f"newsdesk: 2 articles exported to {out}"


def test_a_section_of_one_article_says_one_article(data_dir, tmp_path, library):
    out = tmp_path / "the-thao"
    done = run_newsdesk(data_dir, "export", "--section", "Thể thao", "--format", "html",
                        "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == f"newsdesk: 1 article exported to {out}"


def test_an_article_that_cannot_be_written_is_named_and_the_others_are_written(
        data_dir, tmp_path, library):
    out = tmp_path / "web"
    (out / "cau-rao-moi-thong-xe.html").mkdir(parents=True)  # a folder where the file goes
    done = run_newsdesk(data_dir, "export", "--status", "draft", "--format", "html", "-o", str(out))
    assert done.returncode == 2
    assert (out / "doi-bong-thang-tran.html").is_file()
    assert (out / "mua-lon-o-hai-phong.html").is_file()
    assert (out / "mua-lon-o-hai-phong-2.html").is_file()
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("newsdesk: 1 of 4 articles not exported")
    assert library["b"][:8] in last
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("args, words", [
    (["--status", "approved"], "no article has status approved"),
    (["--section", "Không có"], "no section 'Không có' in the library (sections: "),
    (["--status", "draft", "KEY"], "not both"),
    (["0000dead", "KEY"], "0000dead"),
    ([], "give an article id"),
])
def test_a_wrong_choice_is_refused_before_anything_is_written(data_dir, tmp_path, library,
                                                              args, words):
    out = tmp_path / "web"
    args = [library["a"] if a == "KEY" else a for a in args]
    done = run_newsdesk(data_dir, "export", *args, "--format", "html", "-o", str(out))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsdesk: ") and words in lines[0], lines
    assert not out.exists() or not any(out.iterdir())


def test_several_articles_to_a_file_name_are_refused(data_dir, tmp_path, library):
    """``-o trang.pdf`` for two articles made a folder named ``trang.pdf`` holding both; it is
    refused, saying to give a folder, and nothing is made."""
    out = tmp_path / "trang.html"
    done = run_newsdesk(data_dir, "export", library["a"], library["b"], "--format", "html",
                        "-o", str(out))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines == [f"newsdesk: 'trang.html' names a file, and several articles are exported "
                     f"into a folder: give a folder (-o {tmp_path / 'trang'}), or one article"]
    assert not out.exists()


@pytest.mark.parametrize("written", ["thời sự", "THOI SU", unicodedata.normalize("NFD", "Thời sự")])
def test_a_section_is_found_whatever_its_case_tone_marks_or_unicode_form(
        data_dir, tmp_path, library, written):
    out = tmp_path / "web"
    done = run_newsdesk(data_dir, "export", "--section", written, "--format", "html",
                        "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert len(list(out.glob("*.html"))) == 3


def test_an_unknown_section_is_refused_with_the_sections_there_are(data_dir, tmp_path, library):
    done = run_newsdesk(data_dir, "export", "--section", "Kinh tế", "--format", "html",
                        "-o", str(tmp_path / "web"))
    assert done.returncode == 2
    assert "'Thời sự'" in done.stderr and "'Thể thao'" in done.stderr, done.stderr


def test_a_long_headline_is_cut_at_a_word_end_in_the_progress_line(data_dir, tmp_path):
    headline = ("Cầu vượt biển Lạch Huyện mới thông xe: con đường rút ngắn hai giờ ra cảng nước "
                "sâu cho xe container")
    source = tmp_path / "dai.md"
    source.write_text(f'---\nheadline: "{headline}"\nsection: "Kinh tế"\n---\n\nThân bài.\n',
                      encoding="utf-8")
    assert run_newsdesk(data_dir, "import", str(source)).returncode == 0
    done = run_newsdesk(data_dir, "export", "--section", "Kinh tế", "--format", "html",
                        "-o", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    (progress,) = [line for line in done.stderr.splitlines() if line.startswith("newsdesk: [1/1]")]
    shown = progress.split(" (", 1)[1].rstrip(")")
    assert shown.endswith("…") and len(shown) <= 80
    assert headline.startswith(shown[:-1]) and headline[len(shown) - 1] == " "



@pytest.mark.webengine
def test_a_long_headline_names_its_file_alike_alone_and_in_an_edition(data_dir, tmp_path):
    """An article exported alone into a folder and with its edition gets one name: the
    print desk finds the same file either way (the single export's name ran 80 characters,
    the edition's 60)."""
    headline = ("Lũ dữ miền Trung: hàng nghìn hộ dân Quảng Ngãi phải sơ tán trong đêm "
                "mưa lớn kéo dài")
    source = tmp_path / "lu.md"
    source.write_text(f'---\nheadline: "{headline}"\nsection: "Thời sự"\n---\n\nThân bài.\n',
                      encoding="utf-8")
    done = run_newsdesk(data_dir, "import", str(source))
    assert done.returncode == 0, done.stderr
    article_id = done.stdout.split()[-1]
    for fmt, extension in (("icml", ".icml"), ("markdown", ".md")):
        alone, edition = tmp_path / f"alone-{fmt}", tmp_path / f"edition-{fmt}"
        alone.mkdir()
        done = run_newsdesk(data_dir, "export", article_id, "--format", fmt, "-o", str(alone))
        assert done.returncode == 0, done.stderr
        done = run_newsdesk(data_dir, "export", "--section", "Thời sự", "--format", fmt,
                            "-o", str(edition))
        assert done.returncode == 0, done.stderr
        names = sorted(p.name for p in alone.iterdir() if p.suffix == extension)
        assert names == sorted(p.name for p in edition.iterdir() if p.suffix == extension)
        assert names == ["lu-du-mien-trung-hang-nghin-ho-dan-quang-ngai-phai-so-tan" + extension]
