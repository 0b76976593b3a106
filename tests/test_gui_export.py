"""The export dialog: choosing the format and target, progress, cancel — never a frozen UI."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gui_support import close_window, open_window
from newsdesk.domain import Article
from newsdesk.qt.export_dialog import ExportDialog

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def stored_article(window) -> Article:
    article = window.library.save(Article(
        headline="Chợ nổi Cái Răng vào mùa nước nổi",
        body="Ghe xuồng tấp nập từ sáng sớm.\n\nKhách du lịch thích thú với món hủ tiếu trên sông.",
        url="https://baomau.example.vn/du-lich/cho-noi.html"))
    window.open_article(article)
    return article


def test_choose_markdown_in_the_dialog_and_export(qtbot, window, tmp_path):
    stored_article(window)
    target = tmp_path / "cho-noi.md"

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        dialog.format.setCurrentIndex(dialog.format.findData("markdown"))
        dialog.target.setText(str(target))
        dialog.export_button.click()

    QTimer.singleShot(0, fill_in)
    window.actions_["export"].trigger()
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: dialog.result_ is not None or dialog.error is not None, timeout=20000)
    assert dialog.error is None
    text = target.read_text(encoding="utf-8")
    assert text.startswith("---\n") and "headline: " in text and "Chợ nổi Cái Răng" in text
    assert "hủ tiếu trên sông" in text
    assert dialog.cancel_button.text() == "Close"


def test_cms_export_writes_a_folder(qtbot, window, tmp_path):
    article = stored_article(window)
    dialog = ExportDialog(window.library, "cms", article.headline, window)
    dialog.target.setText(str(tmp_path / "cms"))
    dialog.start(article.id)
    qtbot.waitUntil(lambda: dialog.result_ is not None or dialog.error is not None, timeout=20000)
    assert dialog.error is None, dialog.status.text()
    files = {p.name for p in Path(dialog.result_.path).rglob("*") if p.is_file()}
    assert "article.json" in files
    assert dialog.progress.isHidden()


def test_review_bundle_exported_from_the_dialog_reads_back(qtbot, window, tmp_path):
    from newsdesk.interchange.bundle import read_bundle

    article = stored_article(window)
    dialog = ExportDialog(window.library, "bundle", article.headline, window)
    assert dialog.format.currentData() == "bundle"
    dialog.target.setText(str(tmp_path / "cho-noi"))
    dialog.start(article.id)
    qtbot.waitUntil(lambda: dialog.result_ is not None or dialog.error is not None, timeout=20000)
    assert dialog.error is None, dialog.status.text()
    path = Path(dialog.result_.path)
    assert path.suffix == ".newsdesk"
    loaded = read_bundle(path)
    assert loaded.manifest.article_id == article.id
    assert loaded.article.headline == "Chợ nổi Cái Răng vào mùa nước nổi"
    assert "hủ tiếu trên sông" in loaded.article.body


def test_cancel_stops_a_pdf_export_and_leaves_no_file(qtbot, window, tmp_path):
    article = stored_article(window)
    target = tmp_path / "huy.pdf"
    dialog = ExportDialog(window.library, "pdf", article.headline, window)
    dialog.target.setText(str(target))
    dialog.start(article.id)
    assert dialog.running and dialog.progress.isVisible()
    dialog.cancel_button.click()  # the UI answers at once
    assert dialog.status.text() == "Cancelling…"
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=20000)
    assert dialog.error.code in ("export.cancelled", "print.cancelled")
    assert dialog.status.text() == "The export was cancelled."
    assert not target.exists()
    assert not list(tmp_path.glob("*.part"))


def test_an_unwritable_target_is_a_clear_message(qtbot, window, tmp_path):
    article = stored_article(window)
    dialog = ExportDialog(window.library, "html", article.headline, window)
    blocker = tmp_path / "mot-tep"
    blocker.write_text("không phải thư mục", encoding="utf-8")
    dialog.target.setText(str(blocker / "bai.html"))  # a "folder" that is a file
    dialog.start(article.id)
    qtbot.waitUntil(lambda: dialog.error is not None or dialog.result_ is not None, timeout=20000)
    assert dialog.result_ is None
    message = dialog.status.text()
    assert message.startswith("The file could not be written or read")
    assert "mot-tep" in message and "Traceback" not in message
    assert dialog.cancel_button.text() == "Close" and not dialog.running


def test_an_export_error_shows_its_detail_under_the_sentence(qtbot, window, tmp_path):
    """The sentence in the UI's language, and under it what the command line says: the file
    and the cause."""
    from newsdesk.qt.errors import error_detail, error_text

    article = stored_article(window)
    dialog = ExportDialog(window.library, "html", article.headline, window)
    folder = tmp_path / "da-co"
    folder.mkdir()
    dialog.target.setText(str(folder))  # a folder, not a file
    dialog.start(article.id)
    qtbot.waitUntil(lambda: dialog.error is not None or dialog.result_ is not None, timeout=20000)
    assert dialog.result_ is None
    sentence, detail = error_text(dialog.error), error_detail(dialog.error)
    assert detail and detail != sentence
    assert dialog.status.text() == f"{sentence}\n{detail}"
    assert "da-co" in dialog.status.text() and "Traceback" not in dialog.status.text()
