"""An article with pending suggestions in the real window: File ▸ Export… prints the marked proof
(Print (PDF), "Print changes marked", Alt+K) exactly as ``newsdesk export --format pdf --changes
marked`` does, and refuses a web page saying how many suggestions wait and how to decide them;
the print and web previews show the suggestions marked under a notice, never as CriticMarkup,
and follow when they are accepted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from cli_support import run_newsdesk
from gui_support import close_window, open_window
from newsdesk.domain import Article
from newsdesk.qt.export_dialog import ExportDialog
from proof_support import pdf_text

pytestmark = pytest.mark.qt

A = '{#a1b2c3d4 by="Lê Minh" initials="LM" at="2026-12-06T08:30:00+00:00"}'
B = '{#e5f6a7b8 by="Trần Thu Hà" initials="TTH" at="2026-12-06T09:00:00+00:00"}'
BODY = (f"Giá vé xe buýt điện là {{~~7.000~>8.000~~}}{A} đồng mỗi lượt.\n\n"
        f"{{++Tuyến mới nối trung tâm với sân bay Cát Bi.++}}{B}\n\n"
        f"Hành khách {{--rất--}}{B} hài lòng với chuyến xe đầu tiên.\n")
RAW = ("{++", "{--", "{~~", "~>", "{#", "by=", "initials=", "a1b2c3d4")


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def opened(window) -> Article:
    article = window.library.save(Article(headline="Xe buýt điện ở Hải Phòng", body=BODY,
                                          url="https://baomau.example.vn/xe-buyt.html"))
    window.open_article(window.library.get(article.id))
    return article


def answering(steps):
    """``steps(dialog)`` run on the export dialog once it shows; when a step fails the dialog
    is closed (the test then fails on what was seen, never waits on a modal dialog)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            steps(dialog)
        except Exception:
            dialog.reject()
            raise

    return run


def finished(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.running and bool(dialog.result_ or dialog.error),
                    timeout=60000)


def test_the_export_dialog_prints_the_marked_proof_as_the_command_line_does(
        qtbot, window, tmp_path):
    article = opened(window)
    target = tmp_path / "ban danh dau.pdf"
    seen: dict[str, object] = {}

    def answer(dialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("html"))
        seen["html"] = (dialog.changes.isVisible(), dialog.status.text())
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        seen["pdf"] = (dialog.changes.isVisible(), dialog.changes.isEnabled(),
                       dialog.changes.isChecked(), dialog.status.text())
        dialog.target.setText(str(target))
        dialog.activateWindow()
        QTest.qWaitForWindowActive(dialog)
        dialog.target.setFocus()
        QTest.qWait(50)
        QTest.keyClick(dialog.target, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
        for _ in range(100):  # a button's mnemonic clicks it after a short animation
            if dialog.changes.isChecked():
                break
            QTest.qWait(50)
        seen["ticked"] = (dialog.changes.isChecked(), dialog.status.text())
        dialog.export_button.click()

    QTimer.singleShot(0, answering(answer))
    window.actions_["export"].trigger()
    assert "ticked" in seen, seen
    visible, told = seen["html"]
    assert not visible and "(3)" in told and "Review ▸ Accept change" in told
    visible, enabled, checked, told = seen["pdf"]
    assert visible and enabled and not checked  # offered, off by default
    assert "(3)" in told and "Print changes marked (proof)" in told
    assert seen["ticked"] == (True, "")
    dialog = window.export_dialog
    finished(qtbot, dialog)
    assert dialog.error is None, dialog.status.text()
    text = pdf_text(target)
    assert not [raw for raw in RAW if raw in text], text
    for words in ("7.000", "8.000", "Tuyến mới nối trung tâm", "rất", "Sửa đổi đề xuất",
                  "Lê Minh: 1 đề xuất", "Trần Thu Hà: 2 đề xuất"):
        assert words in text, (words, text)

    # the very proof `newsdesk export --format pdf --changes marked` prints
    by_cli = tmp_path / "cli.pdf"
    done = run_newsdesk(Path(os.environ["NEWSDESK_DATA_DIR"]), "export", article.id,
                        "--format", "pdf", "--changes", "marked", "-o", str(by_cli))
    assert done.returncode == 0, done.stderr
    assert pdf_text(by_cli) == text

    # remembered: the next export from the dialog starts with the box ticked
    again = ExportDialog(window.library, None, "x", window, pending=3)
    assert again.changes.isChecked()
    again.deleteLater()
    # an article without suggestions: the box is not offered, whatever was remembered
    plain = ExportDialog(window.library, None, "x", window, pending=0)
    assert not plain.changes.isEnabled() and not plain.changes.isChecked()
    plain.deleteLater()


def test_a_web_page_is_refused_with_how_many_and_what_to_do(qtbot, window, tmp_path):
    """Choosing HTML says at once why it cannot be exported, and Export stays off."""
    opened(window)
    target = tmp_path / "bai.html"
    seen: dict[str, object] = {}

    def answer(dialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData("html"))
        dialog.target.setText(str(target))
        seen["told"] = dialog.status.text()
        seen["enabled"] = dialog.export_button.isEnabled()
        dialog.export_button.click()  # nothing happens: the button is off
        dialog.reject()

    QTimer.singleShot(0, answering(answer))
    window.actions_["export"].trigger()
    told = str(seen["told"])
    assert seen["enabled"] is False
    assert "(3)" in told and "Review ▸ Accept change or Reject change" in told
    assert "Traceback" not in told and not target.exists()


def test_export_as_pdf_is_refused_then_prints_the_proof_once_ticked(qtbot, window, tmp_path,
                                                                  monkeypatch):
    """File ▸ Export as PDF… says first why a plain PDF is refused and offers the proof; taking
    it opens the dialog on PDF with the box ticked, and the proof is written."""
    from PySide6.QtWidgets import QFileDialog

    opened(window)
    target = tmp_path / "trang.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    seen: dict[str, object] = {}

    def take_the_proof() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not up yet: ask again in a moment
            QTimer.singleShot(50, take_the_proof)
            return
        seen["told"] = box.text()
        proof = next((b for b in box.buttons() if "proof" in b.text().replace("&", "")), None)
        if proof is None:
            box.reject()
            return

        def choose(dialog) -> None:  # the dialog, on PDF with the box ticked: where to
            seen["ticked"] = dialog.changes.isChecked()
            dialog.target.setText(str(target))
            dialog.export_button.click()

        QTimer.singleShot(0, answering(choose))
        proof.click()

    QTimer.singleShot(0, take_the_proof)
    window.actions_["export_pdf"].trigger()
    dialog = window.export_dialog
    assert "(3)" in str(seen["told"]) and seen["ticked"] is True
    finished(qtbot, dialog)
    assert dialog.result_ is not None, dialog.status.text()
    text = pdf_text(target)
    assert "Sửa đổi đề xuất" in text and not [raw for raw in RAW if raw in text]


def test_the_print_preview_shows_the_marked_proof_and_follows_decisions(qtbot, window):
    opened(window)
    window.side.set_current_tab("print")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: (p := window.side.preview("print")) is not None
                    and p.result is not None, timeout=60000)
    preview = window.side.preview("print")
    text = pdf_text(preview.result.path)
    assert not [raw for raw in RAW if raw in text], text
    assert "Sửa đổi đề xuất" in text and "7.000" in text and "8.000" in text
    assert preview.notice.isVisible()
    assert preview.notice.text() == ("3 suggestions pending — shown marked; accept or reject "
                                     "them before printing")

    shown = preview.result
    window.actions_["accept_all_changes"].trigger()
    qtbot.waitUntil(lambda: preview.result is not shown and preview.pending == 0,
                    timeout=60000)
    text = pdf_text(preview.result.path)
    assert "Sửa đổi đề xuất" not in text and "7.000" not in text and "8.000" in text
    assert not preview.notice.isVisible()


def test_the_web_preview_shows_suggestions_marked_never_raw(qtbot, window):
    opened(window)
    window.side.set_current_tab("web")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: (w := window.side.preview("web")) is not None and w.loads >= 1,
                    timeout=30000)
    web = window.side.preview("web")
    assert not [raw for raw in RAW if raw in web.html]
    assert '<del class="nd-change-del nd-by-' in web.html and '>7.000</del>' in web.html
    assert '<ins class="nd-change-ins nd-by-' in web.html and '>8.000</ins>' in web.html
    assert 'title="Trần Thu Hà">Tuyến mới nối trung tâm với sân bay Cát Bi.</ins>' in web.html
    assert "Sửa đổi đề xuất" in web.html
    assert web.notice.isVisible() and web.notice.text().startswith("3 suggestions pending")

    window.translations.switch("vi")
    try:
        window.retranslate()
        assert web.notice.text().startswith("3 đề xuất đang chờ")
    finally:
        window.translations.switch("en")
        window.retranslate()

    loads = web.loads
    window.actions_["reject_all_changes"].trigger()
    qtbot.waitUntil(lambda: web.loads > loads and web.pending == 0, timeout=30000)
    assert "nd-change" not in web.html and "7.000" in web.html and "8.000" not in web.html
    assert not web.notice.isVisible()


def test_the_recovery_question_quotes_the_text_without_marks():
    from newsdesk.qt.recovery import as_read, excerpt

    quoted = excerpt(as_read(BODY))
    assert quoted == "Hành khách hài lòng với chuyến xe đầu tiên."
    assert not [raw for raw in RAW if raw in quoted]
