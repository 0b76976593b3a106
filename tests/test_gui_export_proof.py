"""The proof from the window: File ▸ Export…, Print (PDF), "Include comments" (Alt+M), and the
print preview's "Comments" box: the same numbered passages and notes as the command line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui_support import close_window, open_window
from newsdesk.qt.export_dialog import ExportDialog
from proof_support import add_comments, check_proof, pdf_text, proof_article

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def test_export_dialog_prints_the_proof(qtbot, window, tmp_path):
    article = window.library.save(proof_article())
    expected = add_comments(window.library, article.id)
    window.open_article(window.library.get(article.id))
    target = tmp_path / "ban in thu.pdf"
    seen = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.format.setCurrentIndex(dialog.format.findData("html"))
        seen["with html"] = dialog.comments.isVisible()
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        seen["with pdf"] = dialog.comments.isVisible()
        dialog.target.setText(str(target))
        dialog.activateWindow()
        QTest.qWaitForWindowActive(dialog)
        dialog.target.setFocus()
        QTest.qWait(50)
        QTest.keyClick(dialog.target, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
        QTest.qWait(400)  # a button's mnemonic clicks it with a short animation
        seen["ticked"] = dialog.comments.isChecked()
        dialog.export_button.click()

    QTimer.singleShot(0, answer)
    window.actions_["export"].trigger()
    assert seen == {"with html": False, "with pdf": True, "ticked": True}
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: not dialog.running and bool(dialog.result_ or dialog.error),
                    timeout=60000)
    assert dialog.error is None, dialog.status.text()
    check_proof(pdf_text(target), expected)

    # the box is remembered; unticked, the PDF is the plain page again
    plain = tmp_path / "trang.pdf"

    def untick() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        assert dialog.comments.isChecked()
        dialog.comments.click()
        dialog.target.setText(str(plain))
        dialog.export_button.click()

    QTimer.singleShot(0, untick)
    window.actions_["export"].trigger()
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: not dialog.running and bool(dialog.result_ or dialog.error),
                    timeout=60000)
    text = pdf_text(plain)
    assert "GÓP Ý" not in text and expected[0].text not in text


def test_export_as_pdf_prints_the_plain_page_whatever_was_remembered(qtbot, window, tmp_path,
                                                                   monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    article = window.library.save(proof_article())
    add_comments(window.library, article.id)
    window.open_article(window.library.get(article.id))
    ExportDialog(window.library, None, "x", window)._settings().setValue(
        "export/pdf_comments", True)
    target = tmp_path / "trang.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_["export_pdf"].trigger()
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: not dialog.running and bool(dialog.result_ or dialog.error),
                    timeout=60000)
    assert dialog.error is None and "GÓP Ý" not in pdf_text(target)
    assert ExportDialog(window.library, None, "x", window).comments.isChecked()


def test_print_preview_shows_the_proof(qtbot, window):
    article = window.library.save(proof_article())
    expected = add_comments(window.library, article.id)
    window.open_article(window.library.get(article.id))
    window.side.set_current_tab("print")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: (p := window.side.preview("print")) is not None
                    and p.result is not None, timeout=60000)
    preview = window.side.preview("print")
    assert "GÓP Ý" not in pdf_text(preview.result.path)
    shown = preview.result
    preview.comments.click()
    qtbot.waitUntil(lambda: preview.result is not shown, timeout=60000)
    check_proof(pdf_text(preview.result.path), expected)
