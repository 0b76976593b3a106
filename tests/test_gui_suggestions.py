"""An article with pending suggestions in the real main window: editing another paragraph and
saving keeps every suggestion byte for byte; exporting it as a web page or a PDF and approving
it are refused with a clear message, never a traceback."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from gui_support import close_window, open_window, type_text
from newsdesk.bodymodel.md_reader import parse_blocks
from newsdesk.bodymodel.md_writer import write_blocks
from newsdesk.domain import Article, Status
from newsdesk.domain.suggestions import pending
from newsdesk.qt.error_messages import pending_text
from newsdesk.qt.export_dialog import ExportDialog
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

A = '{#a1b2c3d4 by="Lê Minh" initials="LM" at="2026-12-06T08:30:00+00:00"}'
B = '{#e5f6a7b8 by="Trần Thu Hà" initials="TTH" at="2026-12-06T09:00:00+00:00"}'
BODY = (f"Giá vé xe buýt điện là {{~~7.000~>8.000~~}}{A} đồng mỗi lượt.\n\n"
        f"{{++Tuyến mới nối trung tâm với sân bay Cát Bi.++}}{B}\n\n"
        f'{{~~![Xe buýt cũ.](images/xe.jpg "Ảnh: A")~>![Xe buýt điện.](images/xe.jpg "Ảnh: A")~~}}{A}\n\n'
        f"## Lịch chạy{{++ mới++}}{B}\n\n"
        f"- Sáng: {{--từ--}}{A} 5 giờ 30\n- Tối: đến 22 giờ\n\n"
        f"Hành khách {{--rất--}}{B} hài lòng.\n")


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def test_editing_elsewhere_and_saving_keeps_every_suggestion(qtbot, window):
    assert write_blocks(parse_blocks(BODY)) == BODY
    article = window.library.save(Article(headline="Xe buýt điện ở Hải Phòng", body=BODY))
    window.open_article(article)
    body = window.article_view.body
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, " Vé tháng giảm một nửa.")
    window.actions_["save"].trigger()
    expected = BODY.replace("hài lòng.\n", "hài lòng. Vé tháng giảm một nửa.\n")
    qtbot.waitUntil(lambda: window.library.get(article.id).body == expected, timeout=10000)
    saved = window.library.get(article.id).body
    assert [(s.id, s.kind, s.old, s.new, s.author, s.time) for s in pending(saved)] == [
        (s.id, s.kind, s.old, s.new, s.author, s.time) for s in pending(BODY)]
    assert len(pending(saved)) == 6


def test_a_web_export_and_approval_are_refused_with_a_message(qtbot, window, tmp_path):
    article = window.library.save(Article(headline="Xe buýt điện ở Hải Phòng", body=BODY))
    window.open_article(article)
    dialog = ExportDialog(window.library, "html", article.headline, window)
    dialog.target.setText(str(tmp_path / "bai.html"))
    dialog.start(article.id)
    qtbot.waitUntil(lambda: not dialog.running and dialog.error is not None, timeout=20000)
    assert dialog.error.code == "suggestion.pending"
    assert dialog.status.text() == pending_text(6)  # how many, and how to decide them
    assert not (tmp_path / "bai.html").exists()
    dialog.close()
    dialog = ExportDialog(window.library, "pdf", article.headline, window)
    dialog.target.setText(str(tmp_path / "bai.pdf"))
    dialog.start(article.id)
    qtbot.waitUntil(lambda: not dialog.running and dialog.error is not None, timeout=20000)
    assert dialog.status.text().startswith(pending_text(6))  # and how to print them marked
    assert not (tmp_path / "bai.pdf").exists()
    dialog.close()

    review = Review(window.library)
    review.transition(article.id, "submit")
    review.transition(article.id, "start_review")
    window.open_article(window.library.get(article.id))
    window.side.set_current_tab("review")
    bar = window.side.review_tab.widget.workflow
    qtbot.waitUntil(lambda: bar.status == Status.IN_REVIEW and bool(bar.buttons), timeout=5000)
    approve = next(b for a, b in bar.buttons.items() if a.value == "approve")
    failures: list[str] = []
    bar.failed.connect(failures.append)
    approve.click()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert failures == [pending_text(6, export=False)]  # what approval waits for
    assert bar.message.isVisible() and bar.message.text() == failures[0]
    assert window.library.get(article.id).status == Status.IN_REVIEW
