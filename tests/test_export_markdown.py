"""Markdown export: the interchange file with original photos; export → import → same HTML."""

from __future__ import annotations

import pytest

from newsdesk.export import ExportError, ExportJob, ExportOptions
from newsdesk.export.html import HtmlExporter
from newsdesk.export.markdown import MarkdownExporter
from newsdesk.interchange import read_markdown_file
from render_helpers import sample_article, sample_photos


def test_markdown_round_trip_gives_the_same_html(tmp_path):
    article = sample_article()
    photos = sample_photos()
    target = tmp_path / "md" / "bai-viet.md"
    result = MarkdownExporter().export(ExportJob(article, target, photos.get, ExportOptions()))
    assert result.path == target and result.warnings == []
    assert sorted(p.relative_to(tmp_path / "md").as_posix() for p in result.files) == [
        "bai-viet.md",
        "images/the-ve.png",
        "images/xe-buyt.jpg",
    ]
    # the original photos, byte for byte
    for path, data in photos.items():
        assert (tmp_path / "md" / path).read_bytes() == data

    loaded = read_markdown_file(target)
    assert loaded.missing_images == []
    assert loaded.article.content_equals(article)
    assert loaded.images == photos

    cache = ExportOptions(cache_dir=tmp_path / "cache")
    before, after = tmp_path / "before.html", tmp_path / "after.html"
    HtmlExporter().export(ExportJob(article, before, photos.get, cache))
    HtmlExporter().export(ExportJob(loaded.article, after, loaded.images.get, cache))
    assert after.read_text(encoding="utf-8") == before.read_text(encoding="utf-8")


def test_folder_target_gets_a_slug_name(tmp_path):
    result = MarkdownExporter().export(ExportJob(sample_article(), tmp_path, sample_photos().get, ExportOptions()))
    assert result.path == tmp_path / "hai-phong-mo-tuyen-xe-buyt-dien-thu-ba-noi-khu-cong-nghiep.md"
    assert result.path.read_text(encoding="utf-8").startswith("---\n")


def test_missing_photo_is_a_warning_and_wrong_suffix_is_refused(tmp_path):
    result = MarkdownExporter().export(ExportJob(sample_article(), tmp_path / "a.md", {}.get, ExportOptions()))
    assert len(result.warnings) == 2 and "images/xe-buyt.jpg" in result.warnings[0]
    with pytest.raises(ExportError) as info:
        MarkdownExporter().export(ExportJob(sample_article(), tmp_path / "a.docx", {}.get, ExportOptions()))
    assert info.value.code == "export.target"
