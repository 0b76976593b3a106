"""Small things a reporter notices: the exported PDF carries the headline as its Title, a
saved QR code is confirmed in the status bar with its path, and the QR pane shows the code
centred with its URL and the save buttons."""

from __future__ import annotations

import pypdfium2
import pytest
from PySide6.QtWidgets import QFileDialog

from gui_support import close_window, open_window, type_text
from newsdesk.domain import Article
from newsdesk.printing.pdf_info import with_title

pytestmark = pytest.mark.qt

HEADLINE = "Cầu mới nối hai bờ sông “Vàm Cống”"
URL = "https://baomau.example.vn/xa-hoi/cau-moi.html"


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def test_the_exported_pdf_is_titled_with_the_headline(qtbot, window, tmp_path, monkeypatch):
    article = window.library.save(Article(headline=HEADLINE, body="Sáng nay cầu thông xe.",
                                          url=URL))
    window.open_article(article)
    target = tmp_path / "cau.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_["export_pdf"].trigger()
    qtbot.waitUntil(lambda: window.export_dialog.result_ is not None
                    or window.export_dialog.error is not None, timeout=60000)
    assert window.export_dialog.error is None
    document = pypdfium2.PdfDocument(str(target))
    assert document.get_metadata_dict()["Title"] == HEADLINE
    assert len(document) == window.export_dialog.result_.pages  # the pages are intact
    assert "cầu thông xe." in document[0].get_textpage().get_text_range()


def test_with_title_leaves_a_pdf_it_does_not_understand_alone():
    assert with_title(b"%PDF-1.7\nnot a real file", "Tít") == b"%PDF-1.7\nnot a real file"


def test_a_saved_qr_code_is_confirmed_and_the_pane_is_laid_out(qtbot, window, tmp_path,
                                                              monkeypatch):
    window.resize(1400, 900)
    window.new_article()
    window.side.set_current_tab("qr")
    qr = window.side.qr
    assert qr.message.isVisible() and not qr.code.isVisible()  # the hint, centred, alone
    type_text(window.article_view.form.url, URL)
    qtbot.waitUntil(lambda: qr.svg.startswith("<svg"), timeout=3000)
    qtbot.wait(50)
    code, address = qr.code.geometry(), qr.address.geometry()
    assert code.width() >= 200 and abs(code.center().x() - qr.width() / 2) <= 3
    assert qr.address.isVisible() and qr.address.text() == URL
    assert address.top() >= code.bottom() and qr.save_svg.geometry().top() >= address.bottom()
    assert code.top() > 20  # centred as a block, not stuck to the top with a line at the foot
    target = tmp_path / "qr.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qr.save_svg.click()
    assert target.is_file()
    assert window.status.currentMessage() == f"QR code saved to {target}"
