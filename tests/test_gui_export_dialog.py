"""The export dialog as a user meets it: mnemonics that work, a retry after a failure, a
question before creating a folder, Open / Show in folder after success, the last folder
remembered per format, file types named in words."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from gui_support import close_window, open_window
from newsdesk.domain import Article
from newsdesk.qt.export_dialog import ExportDialog

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def stored(window) -> Article:
    article = window.library.save(Article(
        headline="Chợ nổi Cái Răng", body="Ghe xuồng tấp nập từ sáng sớm.",
        url="https://baomau.example.vn/du-lich/cho-noi.html"))
    window.open_article(article)
    return article


def finished(dialog) -> bool:
    return not dialog.running and (dialog.result_ is not None or dialog.error is not None)


def test_the_to_label_is_a_working_mnemonic_and_types_are_named(qtbot, window):
    stored(window)
    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            labels = [label for label in dialog.findChildren(QLabel)
                      if label.buddy() is dialog.target]
            seen["labels"] = [label.text() for label in labels]
            seen["types"] = dialog.file_types()
        finally:
            dialog.reject()

    QTimer.singleShot(0, look)
    window.actions_["export"].trigger()
    assert seen["labels"] == ["&To"]  # a label with a buddy: shown "To", Alt+T goes there
    assert seen["types"]["pdf"] == "PDF document (*.pdf)"
    assert seen["types"]["html"] == "Web page (*.html)"


def test_after_a_failure_the_options_change_and_export_again(qtbot, window, tmp_path):
    article = stored(window)
    blocker = tmp_path / "mot-tep"
    blocker.write_text("x", encoding="utf-8")
    dialog = ExportDialog(window.library, "html", article.headline, window)
    dialog.target.setText(str(blocker / "bai.html"))
    dialog.start(article.id)
    qtbot.waitUntil(lambda: finished(dialog), timeout=20000)
    assert dialog.error is not None
    assert dialog.export_button.isVisible() and dialog.target.isEnabled()
    assert dialog.format.isEnabled()
    assert dialog.status.text()  # what went wrong
    dialog.format.setCurrentIndex(dialog.format.findData("markdown"))
    # the name typed is kept with the new extension; the old failure no longer applies
    assert dialog.target.text() == str(blocker / "bai.md")
    assert dialog.status.text() == "" and dialog.export_button.text() == "Export"
    dialog.target.setText(str(tmp_path / "bai.md"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: finished(dialog) and dialog.result_ is not None, timeout=20000)
    assert (tmp_path / "bai.md").read_text(encoding="utf-8").startswith("---")


def test_a_missing_folder_is_created_only_when_the_user_agrees(qtbot, window, tmp_path):
    article = stored(window)
    target = tmp_path / "moi" / "bai.html"
    dialog = ExportDialog(window.library, "html", article.headline, window)
    dialog.target.setText(str(target))
    answers = []

    def answer(button) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "moi" in box.text()
        answers.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    dialog.start(article.id)
    assert answers and not target.parent.exists() and dialog.result_ is None
    assert "does not exist" in dialog.status.text() and dialog.export_button.isVisible()
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: finished(dialog), timeout=20000)
    assert dialog.error is None and target.is_file()


class Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_and_show_in_folder_and_the_folder_is_remembered(qtbot, window, tmp_path,
                                                              monkeypatch):
    article = stored(window)
    folder = tmp_path / "xuat"
    folder.mkdir()
    dialog = ExportDialog(window.library, "html", article.headline, window)
    assert dialog.last_folder() == Path.home()
    dialog.target.setText(str(folder / "bai.html"))
    dialog.start(article.id)
    qtbot.waitUntil(lambda: finished(dialog), timeout=20000)
    assert dialog.open_button.isVisible() and dialog.show_button.isVisible()
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")  # what the system would be asked
    try:
        dialog.open_button.click()
        dialog.show_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in opened.urls] == [folder / "bai.html", folder]
    # the next HTML export starts in that folder, and so does a format not exported yet
    asked = {}

    def save_name(_parent, _title, start, kinds):
        asked["start"], asked["kinds"] = start, kinds
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    again = ExportDialog(window.library, "html", article.headline, window)
    again.choose_target()
    assert Path(asked["start"]).parent == folder and asked["kinds"] == "Web page (*.html)"
    pdf = ExportDialog(window.library, "pdf", "x", window)
    assert pdf.last_folder() == folder and Path(pdf._suggested()).parent == folder
    other = tmp_path / "bao-in"
    other.mkdir()
    settings = pdf._settings()
    settings.setValue("export/pdf", str(other))  # a PDF exported elsewhere before: kept apart
    settings.sync()
    assert ExportDialog(window.library, "pdf", "x", window).last_folder() == other
    assert ExportDialog(window.library, "html", "x", window).last_folder() == folder


def test_a_long_result_is_shown_whole(qtbot, window, tmp_path):
    """The result with its warnings wraps to several lines: the dialog grows to show them all,
    the first line never under the form and the last never under the buttons."""
    article = window.library.save(Article(
        headline="Chợ nổi Cái Răng", body="Ghe xuồng tấp nập từ sáng sớm."))  # no URL: a warning
    window.open_article(article)
    folder = tmp_path
    for part in ("bao-cao-chuyen-de-cho-noi-mien-tay", "ban-in-thu-bay-tuan-nay-da-duyet",
                 "trang-du-lich-va-van-hoa-dia-phuong"):
        folder = folder / part
    folder.mkdir(parents=True)
    dialog = ExportDialog(window.library, "pdf", article.headline, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.target.setText(str(folder / "cho-noi-cai-rang-ban-in.pdf"))
    dialog.start(article.id)
    qtbot.waitUntil(lambda: finished(dialog), timeout=60000)
    assert dialog.result_ is not None and "QR" in dialog.status.text()
    QApplication.processEvents()
    label = dialog.status
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().top() >= dialog.target.geometry().bottom()
    assert label.geometry().bottom() <= dialog.buttons.geometry().top()
    dialog.close()


def test_an_ended_export_closes_when_another_article_opens_or_is_exported(qtbot, window,
                                                                         tmp_path, monkeypatch):
    """The result of an export names its article: opening another article closes it, and
    so does exporting again, never one dialog left under the next."""
    article = stored(window)
    other = window.library.save(Article(headline="Cầu Rồng phun lửa", body="Tối 2/9."))
    targets = iter([tmp_path / "cho-noi.html", tmp_path / "cau-rong.html",
                    tmp_path / "cau-rong-2.html"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(next(targets)), ""))
    window.export_article("html")
    first = window.export_dialog
    qtbot.waitUntil(lambda: finished(first), timeout=20000)
    assert first.isVisible() and "cho-noi.html" in first.status.text()
    window.library_panel.article_chosen.emit(other.id)  # as a click in the list
    qtbot.waitUntil(lambda: window.article_view.base.id == other.id, timeout=10000)
    assert not first.isVisible()
    window.export_article("html")
    second = window.export_dialog
    qtbot.waitUntil(lambda: finished(second), timeout=20000)
    window.export_article("html")
    assert not second.isVisible() and window.export_dialog is not second
    qtbot.waitUntil(lambda: finished(window.export_dialog), timeout=20000)
    assert article.id != other.id


def test_the_pdf_export_says_which_page_it_prints_on(qtbot, window):
    """The page set in the print preview (or Preferences) is what File ▸ Export… prints on:
    the dialog says it for the PDF, and not for the other formats."""
    stored(window)
    settings = window.library.settings
    settings.paper, settings.orientation, settings.columns, settings.font_size_pt = (
        "Letter", "landscape", 3, 12.0)
    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
            seen["pdf"] = (dialog.page.text(), dialog.page.isVisibleTo(dialog))
            dialog.format.setCurrentIndex(dialog.format.findData("html"))
            seen["html"] = dialog.page.isVisibleTo(dialog)
        finally:
            dialog.reject()

    QTimer.singleShot(0, look)
    window.actions_["export"].trigger()
    assert seen["pdf"] == ("Page: Letter landscape, 3 columns, 12 pt (as in the print preview)",
                           True)
    assert seen["html"] is False


def _exported_pdf(qtbot, window, target: Path, monkeypatch) -> ExportDialog:
    """File ▸ Export as PDF… to ``target`` (the file dialog answered), done."""
    stored(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_["export_pdf"].trigger()
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: finished(dialog), timeout=60000)
    assert dialog.error is None and target.exists()
    return dialog


def test_a_pdf_exported_from_the_dialog_says_its_copyfit(qtbot, window, tmp_path, monkeypatch):
    """File ▸ Export as PDF…: under "Exported to …" the copyfit of the PDF, as the command
    line and the print preview say it (it said the file alone), its pages those of the PDF."""
    target = tmp_path / "trang.pdf"
    dialog = _exported_pdf(qtbot, window, target, monkeypatch)
    document = pypdfium2.PdfDocument(str(target))
    pages = len(document)
    document.close()
    said = dialog.status.text().splitlines()
    assert said[0] == f"Exported to {target}"
    found = re.fullmatch(r"Copyfit: (\d+) lines? over (\d+) pages?, (\d+) lines? a column",
                         said[1])
    assert found and int(found[2]) == pages and int(found[1]) > 0, said


def test_export_opens_on_the_format_last_exported(qtbot, window, tmp_path, monkeypatch):
    """File ▸ Export as PDF…, then File ▸ Export… (Ctrl+E): the dialog opens on PDF."""
    _exported_pdf(qtbot, window, tmp_path / "trang.pdf", monkeypatch).close()
    seen = {}

    def look() -> None:
        shown = QApplication.activeModalWidget()
        try:
            seen["format"] = shown.format.currentData()
        finally:
            shown.reject()

    QTimer.singleShot(0, look)
    window.actions_["export"].trigger()
    assert seen["format"] == "pdf"


def test_a_page_the_pdf_cannot_be_printed_on_is_said_before_export(qtbot, window,
                                                                   monkeypatch):
    """Four columns on A5, left so in the print preview: the Export dialog says why on the
    PDF and offers no Export that can only fail; another format exports. File ▸ Export as PDF…
    says so before asking for a file name."""
    article = stored(window)
    settings = window.library.settings
    settings.paper, settings.columns = "A5", 4
    dialog = ExportDialog(window.library, None, article.headline, window)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert not dialog.export_button.isEnabled()
    assert "Too many columns" in dialog.status.text()
    assert "print preview" in dialog.status.text()
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert dialog.export_button.isEnabled() and dialog.status.text() == ""
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_a: warned.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: pytest.fail("a file name asked for a PDF that cannot print"))
    assert not ExportDialog(window.library, "pdf", article.headline, window).choose_target()
    assert len(warned) == 1 and "Too many columns" in warned[0]
    settings.columns = 2  # a page it can take: the PDF is offered again
    again = ExportDialog(window.library, None, article.headline, window)
    again.format.setCurrentIndex(again.format.findData("pdf"))
    assert again.export_button.isEnabled()


def test_an_export_dialog_left_open_follows_the_page_set_in_the_print_preview(
        qtbot, window, tmp_path, monkeypatch):
    """File ▸ Export as PDF… fails (a file where its folder should be) and the dialog stays
    open to try again, while the page is changed in the print preview beside it: the dialog
    says the new page, offers no Try again on a page the preview refuses (four columns on A5),
    and prints on the page it says."""
    import pypdfium2 as pdfium

    stored(window)
    window.side.set_current_tab("print")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: window.side.preview("print") is not None, timeout=5000)
    preview = window.side.preview("print")
    blocker = tmp_path / "mot-tep"
    blocker.write_text("không phải thư mục", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(blocker / "trang.pdf"), "")))
    window.actions_["export_pdf"].trigger()
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: finished(dialog), timeout=60000)
    assert dialog.error is not None and dialog.isVisible() and not dialog.isModal()
    failure = dialog.status.text()
    assert dialog.page.text() == "Page: A4 portrait, 2 columns, 10 pt (as in the print preview)"
    preview.columns.setValue(3)
    preview.font_size.setValue(9.5)
    assert dialog.page.text() == "Page: A4 portrait, 3 columns, 9.5 pt (as in the print preview)"
    preview.paper.setCurrentText("A5")
    preview.columns.setValue(4)  # refused under the preview: no Try again that can only fail
    assert not dialog.export_button.isEnabled()
    assert "Too many columns" in dialog.status.text()
    preview.columns.setValue(2)  # a page it takes: Try again, under what went wrong before
    assert dialog.page.text() == "Page: A5 portrait, 2 columns, 9.5 pt (as in the print preview)"
    assert dialog.export_button.isEnabled() and dialog.export_button.text() == "&Try again"
    assert dialog.status.text() == failure
    target = tmp_path / "trang.pdf"
    dialog.target.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: finished(dialog) and dialog.result_ is not None, timeout=60000)
    with pdfium.PdfDocument(target) as pdf:
        width = pdf[0].get_size()[0]
    assert width == pytest.approx(148 / 25.4 * 72, abs=2)  # an A5 page, as the dialog said
    preview.columns.setValue(1)  # the result names the page it was printed on
    assert dialog.page.text() == "Page: A5 portrait, 2 columns, 9.5 pt (as in the print preview)"
    dialog.close()
