"""The library panel's section filter: the newsroom's standard sections and every section the
library's articles use, kept up to date as articles are saved."""

from __future__ import annotations

import pytest

from gui_support import close_window, open_window
from newsdesk.domain import Article
from newsdesk.services.library import Library

pytestmark = pytest.mark.qt


def test_sections_in_use_are_sorted_the_vietnamese_way(data_dir):
    with Library.open() as library:
        for section in ("Đời sống", "Bất động sản", "Ẩm thực", "Ô tô", ""):
            library.save(Article(headline=f"Tin {section or 'chung'}", section=section))
        assert library.sections() == ["Ẩm thực", "Bất động sản", "Đời sống", "Ô tô"]


def test_section_filter_offers_the_sections_in_use(qtbot):
    with Library.open() as other:
        other.save(Article(headline="Giá nhà tăng", section="Bất động sản", body="Thân bài."))
    window = open_window(qtbot, autosave_seconds=0.2)
    try:
        panel = window.library_panel

        def offered() -> list[str]:
            return [panel.section.itemText(i) for i in range(1, panel.section.count())]

        qtbot.waitUntil(lambda: "Bất động sản" in offered(), timeout=5000)
        for standard in ("Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Thế giới"):
            assert standard in offered()
        panel.section.setCurrentIndex(panel.section.findData("Bất động sản"))
        qtbot.waitUntil(lambda: panel.headlines() == ["Giá nhà tăng"], timeout=5000)
        # a section typed in the editor appears in the filter once the article is stored
        window.new_article()
        form = window.article_view.form
        form.headline.setText("Đội tuyển cờ vua về nước")
        form.section.setCurrentText("Cờ vua")
        window.save_article()
        qtbot.waitUntil(lambda: "Cờ vua" in offered(), timeout=5000)
        assert panel.section.currentData() == "Bất động sản"  # the user's choice is kept
    finally:
        close_window(window)
