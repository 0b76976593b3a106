"""``newsdesk export`` and ``newsdesk qr`` end to end: library → files, exit codes, messages."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from newsdesk.cli.main import main
from newsdesk.export import ExportError
from newsdesk.interchange import read_markdown_file, write_markdown_file
from newsdesk.services.exporting import export_formats, export_options, registry
from render_helpers import decode_qr, parse_html, rasterise_svg, sample_article, sample_photos


@pytest.fixture
def article_id(tmp_path, data_dir, capsys):
    source = tmp_path / "nguon" / "bai.md"
    write_markdown_file(sample_article(), source, sample_photos().get)
    assert main(["--data-dir", str(data_dir), "import", str(source)]) == 0
    return capsys.readouterr().out.strip()


def run(data_dir, *args):
    return main(["--data-dir", str(data_dir), *args])


def test_export_html_by_id_prefix(tmp_path, data_dir, article_id, capsys):
    from newsdesk.export.web_photos import MEMORY

    MEMORY.clear()  # renditions an earlier export in this process made are not made again
    target = tmp_path / "web" / "bai.html"
    assert run(data_dir, "export", article_id[:6], "--format", "html", "-o", str(target)) == 0
    out = capsys.readouterr()
    assert out.out.strip() == str(target) and out.err == ""
    tree = parse_html(target.read_text(encoding="utf-8"))
    assert tree.find("h1").text() == sample_article().headline
    imgs = tree.find("div", class_="nd-body").find_all("img")
    assert len(imgs) == 2 and all(i.attrs["src"].startswith("data:image/") for i in imgs)
    assert any((data_dir / "cache" / "renditions").rglob("*.rnd"))


def test_export_cms_zip_and_markdown(tmp_path, data_dir, article_id, capsys):
    cms = tmp_path / "cms.zip"
    assert run(data_dir, "export", article_id, "-f", "cms", "-o", str(cms)) == 0
    assert cms.is_file()
    md = tmp_path / "md" / "bai.md"
    assert run(data_dir, "export", article_id, "-f", "markdown", "-o", str(md)) == 0
    loaded = read_markdown_file(md)
    assert loaded.article.content_equals(sample_article())
    assert loaded.images == sample_photos()


def test_export_errors_exit_2_with_one_line(tmp_path, data_dir, article_id, capsys):
    assert run(data_dir, "export", "ffffffff", "-f", "html", "-o", str(tmp_path / "x.html")) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsdesk: ") and err.count("\n") == 1 and "Traceback" not in err
    assert run(data_dir, "export", article_id, "-f", "docx", "-o", str(tmp_path / "x")) == 2
    assert "invalid choice" in capsys.readouterr().err
    assert run(data_dir, "export", article_id, "-f", "html", "-o", str(tmp_path)) == 2
    assert "is a folder" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_qr_command_writes_svg_and_png(tmp_path, data_dir, capsys):
    url = "https://baohaiphong.example.vn/thời-sự/xe-buýt.html"
    svg, png = tmp_path / "ma.svg", tmp_path / "ma.png"
    assert run(data_dir, "qr", url, "-o", str(svg)) == 0
    assert run(data_dir, "qr", url, "-o", str(png)) == 0
    expected = decode_qr(Image.open(png))
    assert len(expected) == 1 and expected[0].startswith("https://baohaiphong.example.vn/")
    assert decode_qr(rasterise_svg(svg.read_text(encoding="utf-8"))) == expected
    capsys.readouterr()
    assert run(data_dir, "qr", "javascript:alert(1)", "-o", str(tmp_path / "x.svg")) == 2
    assert capsys.readouterr().err.startswith("newsdesk: ")
    assert run(data_dir, "qr", url, "-o", str(tmp_path / "x.gif")) == 2
    assert ".svg or .png" in capsys.readouterr().err
    assert not (tmp_path / "x.svg").exists() and not (tmp_path / "x.gif").exists()


def test_library_export_delegates(tmp_path, data_dir, article_id):
    from newsdesk.services.library import Library

    with Library.open(data_dir=data_dir) as library:
        result = library.export(article_id, "cms", tmp_path / "pkg")
        library.settings.second_qr_url = "https://facebook.example.com/baohp"
        library.settings.second_qr_label = "Fanpage"
        options = export_options(library, {"paper": "A5"})
        with pytest.raises(ExportError) as info:
            library.export(article_id, "docx", tmp_path / "a.docx")
        assert info.value.code == "export.format"
    assert options.extra == {"paper": "A5"}
    assert options.extra_qr == [("https://facebook.example.com/baohp", "Fanpage")]
    assert options.cache_dir == data_dir / "cache" / "renditions"
    doc = json.loads((tmp_path / "pkg" / "article.json").read_text(encoding="utf-8"))
    assert doc["altids"] == [{"role": "newsdesk", "value": article_id}]
    assert result.warnings == []


def test_registered_formats_become_cli_choices():
    names = [f.name for f in export_formats()]
    assert names[:3] == ["html", "cms", "markdown"]
    assert registry() is registry()


def test_pdf_export_from_a_desktop_terminal_never_touches_the_screen(tmp_path):
    """On a desktop DISPLAY is set (here, one nobody answers, as over a dropped SSH link): the
    export still prints offscreen, and stderr holds only newsdesk's own lines."""
    import os
    import subprocess

    from cli_support import COMMAND

    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = ":987"
    md = tmp_path / "tin.md"
    md.write_text("---\nheadline: Mưa lớn ở Huế\n---\nNước lên nhanh ở vùng trũng.\n",
                  encoding="utf-8")

    def run(*args):
        return subprocess.run([*COMMAND, "--data-dir", str(data), *args], capture_output=True,
                              text=True, encoding="utf-8", env=env, timeout=240)

    imported = run("import", str(md))
    assert imported.returncode == 0, imported.stderr
    article_id = imported.stdout.split()[0]
    out = tmp_path / "tin.pdf"
    done = run("export", article_id, "--format", "pdf", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    noise = [line for line in done.stderr.splitlines()
             if line.strip() and not line.startswith("newsdesk")]
    assert noise == []
