"""The review side panel in a narrow (~400 px) dock: buttons and the note fit in English and
Vietnamese, history rows elide with the full text in a tooltip, and a language switch
relabels a panel that is already open."""

from __future__ import annotations

import pytest

from newsdesk.domain import Article, Status
from newsdesk.domain.status import Action, allowed_actions
from newsdesk.services.library import Library
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

BODY = "Thư viện phường mở cửa đến 22 giờ.\n\nBạn đọc ngồi kín các bàn dài."
LONG_NOTE = ("Gửi thư ký tòa soạn duyệt trước 17 giờ, nhớ kiểm tra lại số liệu lượt bạn đọc "
             "trong đoạn hai và tên cán bộ văn hóa phường")


@pytest.fixture
def lib(data_dir):
    from newsdesk.qt.workers import wait_for_pool

    library = Library.open(data_dir=data_dir)
    library.settings.user_name, library.settings.user_initials = "Lê Thị Hạnh", "LTH"
    yield library
    wait_for_pool()
    library.close()


@pytest.fixture
def vietnamese(data_dir):
    from newsdesk.qt.i18n import Translations

    translations = Translations(data_dir / "cache")
    yield translations
    translations.switch("en")


def _panel(qtbot, lib, article_id):
    from newsdesk.qt.review import ReviewPanel

    panel = ReviewPanel(lib)
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_article(article_id)
    return panel


def _fits(panel) -> None:
    bar = panel.workflow
    assert panel.minimumSizeHint().width() <= 400
    for button in bar.buttons.values():
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.geometry().right() <= bar.width()
    placeholder = bar.note.fontMetrics().horizontalAdvance(bar.note.placeholderText())
    assert bar.note.width() > placeholder  # the whole placeholder is readable


@pytest.mark.parametrize("language", ["en", "vi"])
def test_workflow_bar_fits_a_400px_side_panel(qtbot, lib, vietnamese, language):
    vietnamese.switch(language)
    article = lib.save(Article(headline="Thư viện mở cửa muộn", body=BODY))
    panel = _panel(qtbot, lib, article.id)
    review = Review(lib)
    for action in (None, Action.SUBMIT, Action.START_REVIEW, Action.APPROVE, Action.PUBLISH):
        if action is not None:
            review.transition(article.id, action)
            panel.workflow.show_article(lib.get(article.id))
        qtbot.waitUntil(lambda: set(panel.workflow.buttons) ==
                        set(allowed_actions(panel.workflow.status)))
        qtbot.wait(10)  # let the layout place the new buttons
        _fits(panel)


def test_history_rows_elide_with_the_full_text_in_a_tooltip(qtbot, lib):
    article = lib.save(Article(headline="Thư viện mở cửa muộn", body=BODY))
    Review(lib).transition(article.id, Action.SUBMIT, note=LONG_NOTE)
    Review(lib).transition(article.id, Action.START_REVIEW)
    panel = _panel(qtbot, lib, article.id)
    rows = panel.history.list
    qtbot.waitUntil(lambda: rows.count() == 3)
    qtbot.wait(10)
    assert rows.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    texts = [rows.item(i).toolTip() for i in range(rows.count())]
    assert LONG_NOTE in texts[1] and texts[1] == rows.item(1).text()
    assert "Submitted → In review" in texts[0]  # the step's own note, in words
    assert "saved" in texts[2] or "created" in texts[2]


def test_a_language_switch_relabels_an_open_panel(qtbot, lib, vietnamese):
    article = lib.save(Article(headline="Thư viện mở cửa muộn", body=BODY))
    panel = _panel(qtbot, lib, article.id)
    qtbot.waitUntil(lambda: panel.workflow.status == Status.DRAFT)
    qtbot.waitUntil(lambda: panel.history.list.count() == 1)
    vietnamese.switch("vi")
    panel.retranslate()  # what the side panel does on a language change
    assert panel.tabs.tabText(0) == "Lịch sử"
    assert panel.workflow.buttons[Action.SUBMIT].text() == "Gửi duyệt"
    assert panel.workflow.note.placeholderText() == "Ghi chú cho bước này (không bắt buộc)"
    assert panel.history.restore.text() == "Khôi phục phiên bản này"
    assert panel.comments.add.text() == "Góp ý đoạn đã chọn"
    panel.history.reload()
    qtbot.waitUntil(lambda: "đã lưu" in panel.history.list.item(0).text()
                    or "đã tạo" in panel.history.list.item(0).text())
