"""The export dialog hands an article to layout and to agencies: ICML and NewsML-G2 chosen with
the keyboard (Ctrl+E, Alt+F, type the name, Alt+T, the path, Enter) in the real window."""

from __future__ import annotations

import pytest
from lxml import etree
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui_support import close_window, open_window
from newsdesk.domain import Article
from story_support import STRICT, icml_paragraphs

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def export_by_keyboard(qtbot, window, typed: str, target) -> str:
    chosen = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            dialog.activateWindow()
            QTest.qWaitForWindowActive(dialog)
            QTest.qWait(50)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F,
                           Qt.KeyboardModifier.AltModifier)
            combo = QApplication.focusWidget()
            assert combo is dialog.format
            QTest.keyClicks(combo, typed)  # a combo box jumps to the item typed
            chosen["format"] = dialog.fmt
            chosen["offered"] = [dialog.format.itemData(i) for i in range(dialog.format.count())]
            QTest.keyClick(combo, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
            field = QApplication.focusWidget()
            assert field is dialog.target
            field.selectAll()
            QTest.keyClicks(field, str(target))
            QTest.keyClick(field, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible() and dialog.isModal():
                dialog.reject()

    QTimer.singleShot(0, drive)
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: target.is_file(), timeout=20000)
    dialog = window.export_dialog
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20000)
    assert {"icml", "newsml"} <= set(chosen["offered"])
    return chosen["format"]


def stored(window) -> Article:
    article = window.library.save(Article(
        headline="Chợ nổi Cái Răng đón khách", sapo="Sáng **sớm** ghe xuồng tấp nập.",
        body="CẦN THƠ – Ghe xuồng *tấp nập* từ sáng sớm.\n\n## Giờ họp chợ\n\nTừ 5 giờ.",
        byline="Ngọc Trâm", section="Du lịch", tags=["chợ nổi"]))
    window.open_article(article)
    return article


def test_icml_chosen_and_exported_by_keyboard(qtbot, window, tmp_path):
    stored(window)
    target = tmp_path / "dan-trang" / "cho-noi.icml"
    target.parent.mkdir()
    assert export_by_keyboard(qtbot, window, "InD", target) == "icml"
    got = [(style, text) for style, text, _ in icml_paragraphs(target)]
    assert got == [("headline", "Chợ nổi Cái Răng đón khách"),
                   ("sapo", "Sáng sớm ghe xuồng tấp nập."),
                   ("body", "CẦN THƠ – Ghe xuồng tấp nập từ sáng sớm."),
                   ("heading", "Giờ họp chợ"), ("body", "Từ 5 giờ."),
                   ("byline", "Ngọc Trâm")]
    assert "Exported to" in window.export_dialog.status.text()


def test_newsml_chosen_and_exported_by_keyboard(qtbot, window, tmp_path):
    stored(window)
    target = tmp_path / "hang-tin" / "cho-noi.xml"
    target.parent.mkdir()
    assert export_by_keyboard(qtbot, window, "News", target) == "newsml"
    nar = "{http://iptc.org/std/nar/2006-10-01/}"
    meta = etree.parse(str(target), STRICT).getroot().find(
        f"{nar}itemSet/{nar}newsItem/{nar}contentMeta")
    assert meta.find(f"{nar}headline").text == "Chợ nổi Cái Răng đón khách"
    assert meta.find(f"{nar}located/{nar}name").text == "Cần Thơ"
    assert meta.find(f"{nar}creator/{nar}name").text == "Ngọc Trâm"
