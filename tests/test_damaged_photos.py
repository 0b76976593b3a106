"""A damaged photo never blocks a print: refused (named, with what to do) when it is added,
and printed as a placeholder with a warning when one is already in the library. The same
photo under many query strings is rendered and warned about once; relative links never
point at the print document's internal scheme."""

from __future__ import annotations

import re

import pytest

from media_samples import png_declaring
from newsdesk.cli.main import main
from newsdesk.domain import Article
from newsdesk.printing.document import build_print_document
from newsdesk.printing.setup import PageSetup
from newsdesk.services.library import Library
from print_support import photo


def truncated_jpeg() -> bytes:
    whole = photo(1, (1200, 800))
    return whole[: len(whole) // 2]


BAD = {"cut.jpg": truncated_jpeg, "bomb.png": lambda: png_declaring(12_000, 12_000)}


def write_source(folder, names) -> object:
    folder.mkdir(parents=True, exist_ok=True)
    body = "Thân bài.\n\n" + "\n\n".join(f"![Ảnh {n}]({n})" for n in names) + "\n"
    for name in names:
        (folder / name).write_bytes(BAD[name]() if name in BAD else photo(2, (900, 600)))
    source = folder / "bai.md"
    source.write_text(f"---\nheadline: Tin ảnh hỏng\n---\n\n{body}", encoding="utf-8")
    return source


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_damaged_photo_is_refused_when_added_naming_it(data_dir, name):
    with Library.open(data_dir) as library:
        with pytest.raises(Exception) as caught:
            library.add_photo(BAD[name](), name)
        assert f"'{name}'" in caught.value.message
        assert caught.value.code in ("photo.truncated", "photo.bomb")
        assert library.repository.photo_count() == 0


def test_import_keeps_the_article_and_refuses_the_damaged_photos(tmp_path, data_dir, capsys):
    source = write_source(tmp_path / "nguon", ["cut.jpg", "bomb.png", "good.jpg"])
    assert main(["--data-dir", str(data_dir), "import", str(source)]) == 0
    out = capsys.readouterr()
    lines = out.err.splitlines()
    assert len(lines) == 2 and all(line.startswith("newsdesk: warning: ") for line in lines)
    assert "'cut.jpg'" in lines[0] and "'bomb.png'" in lines[1] and "bomb" in lines[1]
    with Library.open(data_dir) as library:
        article = library.get(out.out.strip())
        assert set(article.assets) == {"good.jpg"}


def test_a_damaged_photo_already_stored_prints_as_a_placeholder(data_dir):
    data = truncated_jpeg()
    article = Article(headline="Ảnh hỏng", body="Một.\n\n![Ảnh](cut.jpg)\n\nHai.\n")
    article.assets = {"cut.jpg": "0" * 64}
    document, warnings = build_print_document(article, {"cut.jpg": data}.get, PageSetup())
    about = [w for w in warnings if "cut.jpg" in w]
    assert len(about) == 1 and "placeholder" in about[0]
    html = document.files["index.html"][0].decode()
    assert "nd-missing-photo" in html


def test_one_photo_under_many_query_strings_is_printed_and_warned_about_once():
    small = photo(3, (200, 150))  # prints far below 150 dpi
    count = 300
    body = "\n\n".join(f"![Ảnh](anh.jpg?v={n})" for n in range(count))
    article = Article(headline="Nhiều lần", body=body, url="https://e.vn/a")
    article.assets = {f"anh.jpg?v={n}": "a" * 64 for n in range(count)}
    document, warnings = build_print_document(article, lambda path: small, PageSetup())
    soft = [w for w in warnings if "dpi" in w]
    assert len(soft) == 1
    assert sum(1 for name in document.files if name.startswith("img/")) == 1


def test_relative_links_are_plain_text_in_print():
    body = ("Đọc [tài liệu](docs/x.html), [trang](//example.vn/y), [web](https://e.vn/z) "
            "và [thư](mailto:a@e.vn).")
    article = Article(headline="Liên kết", body=body, url="https://e.vn/a")
    document, _warnings = build_print_document(article, lambda path: None, PageSetup())
    html = document.files["index.html"][0].decode()
    hrefs = re.findall(r'<a\b[^>]*href="([^"]*)"', html)
    assert "https://e.vn/z" in hrefs and "mailto:a@e.vn" in hrefs
    assert not any(h.startswith(("docs/", "//", "newsdesk-print")) for h in hrefs)
    assert "tài liệu" in html


@pytest.mark.webengine
def test_the_pdf_export_prints_a_stored_damaged_photo_as_a_placeholder(tmp_path, data_dir):
    import hashlib

    import pypdfium2 as pdfium

    from test_cli_exit import PROGRAM, python

    data = truncated_jpeg()
    digest = hashlib.sha256(data).hexdigest()
    with Library.open(data_dir) as library:  # as an older newsdesk let it in
        library.repository.add_photo(digest, data, mime="image/jpeg", width=1200, height=800,
                                     filename="cut.jpg")
        article = Article(headline="Ảnh hỏng vẫn in", body="Một.\n\n![Ảnh](cut.jpg)\n",
                          url="https://e.vn/a")
        article.assets = {"cut.jpg": digest}
        article_id = library.save(article).id
    target = tmp_path / "in.pdf"
    done = python(PROGRAM, "export", article_id, "--format", "pdf", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    warned = [line for line in done.stderr.splitlines() if "cut.jpg" in line]
    assert len(warned) == 1 and warned[0].startswith("newsdesk: warning: ")
    with pdfium.PdfDocument(target) as pdf:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Ảnh hỏng vẫn in" in text and "cut.jpg" in text


@pytest.mark.webengine
def test_a_photo_refused_at_import_is_not_sent_back_to_import_at_export(tmp_path, data_dir):
    """A text file named .jpg beside the story is refused at import and never stored: the PDF
    and the HTML export say so and ask for a photo that opens, not only for the import again
    that would refuse it again."""
    import pypdfium2 as pdfium

    from test_cli_exit import PROGRAM, python

    folder = tmp_path / "nguon"
    folder.mkdir()
    (folder / "hien-truong.jpg").write_text("không phải ảnh", encoding="utf-8")
    source = folder / "bai.md"
    source.write_text("---\nheadline: Ảnh bị từ chối\nurl: https://e.vn/a\n---\n\nMột.\n\n"
                      "![Hiện trường](hien-truong.jpg)\n\nHai.\n", encoding="utf-8")
    imported = python(PROGRAM, "import", str(source))
    assert imported.returncode == 0, imported.stderr
    assert "'hien-truong.jpg' not imported" in imported.stderr
    article_id = imported.stdout.split()[-1]

    def warning_about_the_photo(fmt: str, target: str) -> str:
        done = python(PROGRAM, "export", article_id, "-f", fmt, "-o", str(tmp_path / target))
        assert done.returncode == 0, done.stderr
        warned = [line for line in done.stderr.splitlines() if "hien-truong.jpg" in line]
        assert len(warned) == 1 and warned[0].startswith("newsdesk: warning: "), done.stderr
        return warned[0]

    for fmt, target in (("pdf", "in.pdf"), ("html", "web.html")):
        warned = warning_about_the_photo(fmt, target)
        assert "the library never stored it" in warned, warned
        assert "not a photo that opens" in warned and "insert a photo that opens" in warned
        assert "again with its photos beside it" not in warned
    with pdfium.PdfDocument(tmp_path / "in.pdf") as pdf:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Thiếu ảnh: hien-truong.jpg" in " ".join(text.split())


MANY = 2000


@pytest.mark.parametrize("name", ["cut.jpg", "none.jpg", "small.jpg"])
def test_one_photo_under_many_query_strings_is_stored_and_warned_about_once(tmp_path, data_dir,
                                                                            capsys, name):
    """Import, then every export of a photo shown under 2,000 query strings: one warning for
    the damaged or missing photo, the photo stored once."""
    folder = tmp_path / "nguon"
    folder.mkdir()
    (folder / "cut.jpg").write_bytes(truncated_jpeg())
    (folder / "small.jpg").write_bytes(photo(3, (200, 150)))  # prints far below 150 dpi
    body = "\n\n".join(f"![Ảnh]({name}?v={n})" for n in range(MANY))
    source = folder / "bai.md"
    source.write_text(f"---\nheadline: Nhiều lần\nurl: https://e.vn/a\n---\n\n{body}\n",
                      encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", str(source)]) == 0
    out = capsys.readouterr()
    article_id = out.out.strip()
    expected = 0 if name == "small.jpg" else 1
    assert sum(name in line for line in out.err.splitlines()) == expected, out.err[:600]
    with Library.open(data_dir) as library:
        assert library.repository.photo_count() == (1 if name == "small.jpg" else 0)
        article = library.get(article_id)
    for fmt, target in (("html", "a.html"), ("cms", "cms.zip")):
        assert main(["--data-dir", str(data_dir), "export", article_id, "-f", fmt, "-o",
                     str(tmp_path / "ra" / target)]) == 0
        err = capsys.readouterr().err
        assert sum(name in line for line in err.splitlines()) == expected, err[:600]
    with Library.open(data_dir) as library:
        _document, warnings = build_print_document(
            article, lambda path: library.photo_for(article, path), PageSetup())
    assert sum(name in w for w in warnings) == 1, warnings[:3]
