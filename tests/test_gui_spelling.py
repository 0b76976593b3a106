"""Spelling in the real window: words typed in the body, the sapo and the headline are
underlined once the worker has checked them, and the right-click menu replaces a word with a
suggestion, adds it to the newsroom's dictionary (read back from the library) or ignores it.
A missing dictionary is said in the status bar and nothing is underlined; Preferences turn
checking off; underlining never makes an article look edited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from gui_support import close_window, open_window, press, type_text
from newsdesk.domain import Article
from newsdesk.services.spelling import ENV_DICTIONARIES

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def new_article(qtbot, window):
    window.actions_["new"].trigger()
    view = window.article_view
    qtbot.waitUntil(lambda: window.spelling.service.checker is not None, timeout=10000)
    return view


def marked_words(marks) -> list[str]:
    return [word for _start, _end, word in marks.marked]


def red_under(edit, word: str) -> int:
    """How many red pixels the viewport, as drawn, shows in the band under ``word``."""
    viewport = edit.viewport()  # the editor drawn with the waves over its viewport
    image = edit.grab(viewport.geometry()).toImage()
    found = edit.document().find(word)
    probe = QTextCursor(edit.document())
    probe.setPosition(found.selectionStart())
    left = edit.cursorRect(probe)
    probe.setPosition(found.selectionEnd())
    right = edit.cursorRect(probe)
    ratio = image.devicePixelRatio()
    count = 0
    for y in range(int((left.bottom() - 4) * ratio), int((left.bottom() + 2) * ratio)):
        for x in range(int(left.left() * ratio), int(right.left() * ratio)):
            color = image.pixelColor(x, y)
            count += color.red() > 150 and color.green() < 110 and color.blue() < 110
    return count


def right_click(qtbot, window, widget, pos: QPoint):
    window.comment_menus.menu = None
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                     widget.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: window.comment_menus.menu is not None
                    and window.comment_menus.menu.isVisible(), timeout=3000)
    return window.comment_menus.menu


def word_position(edit, word: str) -> QPoint:
    found = edit.document().find(word)
    inside = QTextCursor(edit.document())
    inside.setPosition(found.selectionStart() + 1)
    return edit.cursorRect(inside).center()


def choose(qtbot, menu, text: str) -> None:
    """Walk the menu with the Down key to the entry ``text`` and press Return."""
    for _ in range(len(menu.actions()) + 1):
        press(menu, Qt.Key.Key_Down)
        if menu.activeAction() is not None and menu.activeAction().text() == text:
            break
    assert menu.activeAction().text() == text
    press(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)


def test_type_a_misspelt_word_and_pick_a_suggestion(qtbot, window):
    view = new_article(qtbot, window)
    view.form.headline.setFocus()
    type_text(view.form.headline, "Hòa bình và thủy lợi")
    body = view.body
    body.setFocus()
    type_text(body, "Phóng viên viêt bài về ông Thoại và Google. ")
    marks = window.spelling.body
    qtbot.waitUntil(lambda: marked_words(marks) == ["viêt"], timeout=10000)
    assert red_under(body, "viêt") > 4  # the red wave, as drawn on the screen
    assert red_under(body, "Phóng") == red_under(body, "Thoại") == 0
    assert body.extraSelections() == []  # painted over the text, the editor's marks untouched
    assert window.spelling.headline.edit.marks == []  # both tone placements are right

    menu = right_click(qtbot, window, body.viewport(), word_position(body, "viêt"))
    entries = [a.text() for a in menu.actions()]
    assert entries[:2] == ["viết", "việt"]  # the suggestions lead the menu
    assert {"Add to My Dictionary", "Add to Newsroom Dictionary", "Ignore"} <= set(entries)
    assert entries[-1].startswith("Comment…")  # the usual menu follows
    choose(qtbot, menu, "viết")
    assert body.toPlainText() == "Phóng viên viết bài về ông Thoại và Google. "
    qtbot.waitUntil(lambda: marked_words(marks) == [], timeout=10000)

    window.activateWindow()
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: bool(view.base.id) and not view.saving, timeout=10000)
    stored = window.library.get(view.base.id)
    assert stored.body == "Phóng viên viết bài về ông Thoại và Google.\n"
    body.setFocus()
    press(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo brings it back
    assert "viêt bài" in body.toPlainText()


def test_add_a_name_to_the_newsroom_dictionary_from_the_sapo(qtbot, window):
    view = new_article(qtbot, window)
    sapo = view.form.sapo
    sapo.setFocus()
    type_text(sapo, "Ông Zelenskyy đến thăm.")
    marks = window.spelling.sapo
    qtbot.waitUntil(lambda: marked_words(marks) == ["Zelenskyy"], timeout=10000)
    menu = right_click(qtbot, window, sapo.viewport(), word_position(sapo, "Zelenskyy"))
    choose(qtbot, menu, "Add to Newsroom Dictionary")
    assert marked_words(marks) == []
    assert sapo.toPlainText() == "Ông Zelenskyy đến thăm."
    qtbot.waitUntil(lambda: window.library.dictionary_words() == ["Zelenskyy"], timeout=5000)


def test_ignore_a_word_in_the_headline(qtbot, window):
    view = new_article(qtbot, window)
    headline = view.form.headline
    headline.setFocus()
    type_text(headline, "Khách sạn Vinpearll mở cửa")
    qtbot.waitUntil(lambda: headline.marks == [(10, 19)], timeout=10000)
    headline.setCursorPosition(12)
    menu = right_click(qtbot, window, headline, headline.cursorRect().center())
    assert menu.actions()[0].text() in window.spelling.service.suggestions("Vinpearll")
    choose(qtbot, menu, "Ignore")
    assert headline.marks == []
    assert headline.text() == "Khách sạn Vinpearll mở cửa"
    # checking turned off and on again (Preferences): the ignored word stays ignored
    window.spelling.set_enabled(False)
    window.spelling.set_enabled(True)
    headline.end(False)
    type_text(headline, " viêt")  # a word that is wrong: the checker is back at work
    qtbot.waitUntil(lambda: len(headline.marks) == 1, timeout=10000)
    assert headline.text()[slice(*headline.marks[0])] == "viêt"


def test_underlining_never_makes_a_stored_article_look_edited(qtbot, window):
    article = window.library.save(Article(headline="Tin nàyy", body="Chữ sai viêt ở đây.\n"))
    window.open_article(article)
    view = window.article_view
    qtbot.waitUntil(lambda: marked_words(window.spelling.body) == ["viêt"], timeout=10000)
    qtbot.waitUntil(lambda: view.form.headline.marks == [(4, 8)], timeout=10000)
    qtbot.wait(300)
    assert not view.autosave.dirty
    assert window.library.get(article.id).version == article.version


def test_a_missing_dictionary_is_said_and_nothing_is_underlined(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_DICTIONARIES, str(tmp_path))
    window = open_window(qtbot)
    try:
        view = new_article(qtbot, window)
        label = window.status.spelling
        qtbot.waitUntil(label.isVisible, timeout=5000)
        assert label.text() == "Spelling is not checked: no Vietnamese dictionary was found."
        view.body.setFocus()
        type_text(view.body, "viêt sai hết cả")
        qtbot.wait(600)
        assert marked_words(window.spelling.body) == []
    finally:
        close_window(window)


def test_preferences_turn_checking_off(qtbot, window):
    view = new_article(qtbot, window)
    view.body.setFocus()
    type_text(view.body, "Chữ viêt sai.")
    qtbot.waitUntil(lambda: marked_words(window.spelling.body) == ["viêt"], timeout=10000)

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.spell_check.setChecked(False)
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.actions_["preferences"].trigger()
    assert window.settings.spell_check is False
    assert marked_words(window.spelling.body) == []
    assert red_under(view.body, "viêt") == 0


def test_pick_a_suggestion_in_the_headline_and_it_is_saved(qtbot, window):
    view = new_article(qtbot, window)
    headline = view.form.headline
    headline.setFocus()
    type_text(headline, "Tin nóngg hôm nay")
    qtbot.waitUntil(lambda: headline.marks == [(4, 9)], timeout=10000)
    headline.setCursorPosition(6)
    menu = right_click(qtbot, window, headline, headline.cursorRect().center())
    first = menu.actions()[0].text()
    assert first == "nóng"
    choose(qtbot, menu, first)
    assert headline.text() == "Tin nóng hôm nay"
    qtbot.waitUntil(lambda: headline.marks == [], timeout=10000)
    qtbot.waitUntil(lambda: bool(view.base.id) and not view.saving, timeout=10000)
    qtbot.waitUntil(lambda: window.library.get(view.base.id).headline == "Tin nóng hôm nay",
                    timeout=10000)


def test_captions_are_checked_with_the_body(qtbot, window):
    from gui_support import jpeg_bytes

    sha = window.library.add_photo(jpeg_bytes(), "anh.jpg")
    article = window.library.save(Article(
        headline="Ảnh", body='Đoạn đầu.\n\n![Chú thíchh của ảnh](images/anh.jpg "Ảnh: Minh Khoa")\n',
        assets={"images/anh.jpg": sha}))
    window.open_article(article)
    marks = window.spelling.body
    qtbot.waitUntil(lambda: marked_words(marks) == ["thíchh"], timeout=10000)
    block = window.article_view.body.document().findBlock(marks.marked[0][0])
    assert block.text() == "Chú thíchh của ảnh"  # the caption's own paragraph


def test_only_the_waves_in_view_are_painted(qtbot, window):
    """A long article with many misspellings: every one is known (``marked``), but a paint
    draws only those in the region repainted; scrolling brings the others."""
    paragraph = ("Chữ sai viêt ở đầu đoạn, rồi những câu đúng chính tả về giao thông, "
                 "trường học và chợ búa của thành phố. " * 3)
    body = "\n\n".join(f"{paragraph}Đoạn {n}." for n in range(120)) + "\n"
    article = window.library.save(Article(headline="Bài dài", body=body))
    window.resize(1400, 900)
    window.open_article(article)
    view = window.article_view
    marks = window.spelling.body
    qtbot.waitUntil(lambda: len(marks.marked) == 360, timeout=20000)

    def painted() -> list[int]:
        view.body.grab()  # draws the viewport and the waves over it
        return [start for start, _end in marks.drawing.painted]

    shown = painted()
    assert 0 < len(shown) < 360
    assert shown[0] == marks.marked[0][0] and marks.marked[-1][0] not in shown
    view.body.verticalScrollBar().setValue(view.body.verticalScrollBar().maximum())
    shown = painted()
    assert marks.marked[-1][0] in shown and marks.marked[0][0] not in shown



def test_undo_and_redo_bring_the_underlines_back_with_the_words(qtbot, window):
    """A suggestion taken, then undone: the misspelt word is back and so is its wave (the
    paragraph's text was checked before, so nothing is queued: it is shown again at once)."""
    view = new_article(qtbot, window)
    body = view.body
    body.setFocus()
    type_text(body, "Dự án đươc khởi công. ")
    marks = window.spelling.body
    qtbot.waitUntil(lambda: marked_words(marks) == ["đươc"], timeout=10000)
    menu = right_click(qtbot, window, body.viewport(), word_position(body, "đươc"))
    choose(qtbot, menu, "được")
    qtbot.waitUntil(lambda: marked_words(marks) == [], timeout=10000)
    press(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    assert "đươc" in body.toPlainText()
    qtbot.waitUntil(lambda: marked_words(marks) == ["đươc"], timeout=10000)
    assert red_under(body, "đươc") > 4
    press(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)  # Ctrl+Shift+Z
    assert "được" in body.toPlainText()
    qtbot.waitUntil(lambda: marked_words(marks) == [], timeout=10000)
    assert red_under(body, "được") == 0
