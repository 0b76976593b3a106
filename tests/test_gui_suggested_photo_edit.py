"""A suggested photo in the real window's body. Inserted in Suggest mode it is a figure like
any other: the caret goes to its caption, Enter to its credit, and what is typed there is part
of the suggestion (accepting keeps it all, rejecting removes photo, caption and credit). After
a caption edit compared as suggestions (the photo deleted and added again on the next line),
Reject all and Accept all show the photo that stays as a figure again, its caption and credit
under it, at once."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog

from figure_support import blocks_of, photo_article
from gui_support import close_window, jpeg_bytes, open_window, type_text
from newsdesk.domain import Article
from newsdesk.domain.suggest_compare import compare_as_suggestions
from newsdesk.domain.suggestions import pending
from newsdesk.qt.editor.formats import CAPTION, CREDIT, FIGURE, kind_of

pytestmark = pytest.mark.qt

CURRENT = ('Cầu phun lửa 9 lần.\n\n![Cầu Rồng về đêm.](images/cau.jpg "Ảnh: Minh Châu")\n\n'
           'Rất nhiều du khách. Cầu Rồng dài 666 mét.\n')
REVIEWED = ('Cầu phun lửa chín lần.\n\n![Người dân xem rồng phun lửa.](images/cau.jpg '
            '"Ảnh: Hải")\n\nNhiều du khách.\n')


BODY = "Xe buýt điện chạy thử từ sáng nay.\n\nHành khách được đi miễn phí một tháng.\n"


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    w.library.settings.user_name, w.library.settings.user_initials = "Trần Thu Hà", "TTH"
    yield w
    close_window(w)


def _figure(window) -> tuple[int, str, str]:
    doc = window.article_view.body.document()
    caption, credit = blocks_of(doc, CAPTION), blocks_of(doc, CREDIT)
    return (len(blocks_of(doc, FIGURE)), caption[0].text() if caption else "",
            credit[0].text() if credit else "")


@pytest.mark.parametrize(("action", "kept"), [
    ("reject_all_changes", ("Cầu Rồng về đêm.", "Ảnh: Minh Châu")),
    ("accept_all_changes", ("Người dân xem rồng phun lửa.", "Ảnh: Hải")),
])
def test_a_compared_caption_edit_decided_shows_the_figure_again(qtbot, window, action, kept):
    body, count = compare_as_suggestions(CURRENT, REVIEWED, author="Nguyễn Minh Châu")
    assert count == 5 and "{--![" in body and "{++![" in body
    article = photo_article(window, body, ("cau.jpg",))
    window.actions_[action].trigger()
    editor = window.article_view.body
    qtbot.waitUntil(lambda: not pending(editor.markdown()), timeout=10000)
    assert _figure(window) == (1, *kept)
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: not pending(window.library.get(article.id).body), timeout=10000)
    stored = window.library.get(article.id).body
    assert stored.rstrip("\n") == (CURRENT if action.startswith("reject") else
                                   REVIEWED).rstrip("\n")
    assert editor.markdown().rstrip("\n") == stored.rstrip("\n")


def _caret_in(body) -> str:
    return kind_of(body.textCursor().block().blockFormat())


def _photo_typed_in_suggest_mode(qtbot, window, tmp_path, monkeypatch) -> tuple[Article, str]:
    """Suggest mode on, Insert › Photo…, the caption and credit typed, Enter, and on."""
    article = window.library.save(Article(headline="Xe buýt điện", body=BODY))
    window.open_article(article)
    body = window.article_view.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)
    window.actions_["suggest_mode"].trigger()
    photo = tmp_path / "xe-buyt.jpg"
    photo.write_bytes(jpeg_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    window.actions_["insert_photo"].trigger()
    qtbot.waitUntil(lambda: _caret_in(body) == CAPTION, timeout=5000)
    type_text(body, "Xe buýt ở bến Cầu Rào.")
    type_text(body, "\n")
    qtbot.waitUntil(lambda: _caret_in(body) == CREDIT, timeout=5000)
    type_text(body, "Ảnh: Hải")
    type_text(body, "\n")
    qtbot.waitUntil(lambda: body.textCursor().block().text().startswith("Hành khách"),
                    timeout=5000)
    window.actions_["save"].trigger()
    qtbot.waitUntil(lambda: "Ảnh: Hải" in window.library.get(article.id).body, timeout=10000)
    stored = window.library.get(article.id).body
    src = re.search(r"\]\((images/[^ )]+)", stored).group(1)
    return article, src


def test_a_photo_suggested_gets_its_caption_and_credit_typed_and_kept_when_accepted(
        qtbot, window, tmp_path, monkeypatch):
    article, src = _photo_typed_in_suggest_mode(qtbot, window, tmp_path, monkeypatch)
    stored = window.library.get(article.id).body
    first, figure, after = stored.rstrip("\n").split("\n\n")
    assert (first, after) == ("Xe buýt điện chạy thử từ sáng nay.",
                              "Hành khách được đi miễn phí một tháng.")
    assert re.fullmatch(r'\{\+\+!\[Xe buýt ở bến Cầu Rào\.\]\(images/[^ )]+ "Ảnh: Hải"\)\+\+\}'
                        r'\{#\w+ by="Trần Thu Hà" initials="TTH" at="[^"]+"\}', figure), figure
    assert len(pending(stored)) == 1
    window.actions_["show_side"].setChecked(True)
    window.side.set_current_tab("review")
    qtbot.waitUntil(lambda: window.side.review_tab.widget is not None, timeout=5000)
    review = window.side.review_tab.widget
    review.show_changes()
    panel = review.changes
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    assert "[Photo] Xe buýt ở bến Cầu Rào. Ảnh: Hải" in panel.list.item(0).text()
    window.actions_["accept_all_changes"].trigger()
    qtbot.waitUntil(lambda: not pending(window.library.get(article.id).body), timeout=10000)
    kept = window.library.get(article.id).body
    assert kept == BODY.replace("\n\n", f'\n\n![Xe buýt ở bến Cầu Rào.]({src} "Ảnh: Hải")\n\n')
    qtbot.waitUntil(lambda: not pending(window.article_view.body.markdown()), timeout=5000)
    assert _figure(window) == (1, "Xe buýt ở bến Cầu Rào.", "Ảnh: Hải")
    assert window.article_view.body.markdown().rstrip("\n") == kept.rstrip("\n")


def test_a_photo_suggested_is_gone_with_its_caption_and_credit_when_rejected(
        qtbot, window, tmp_path, monkeypatch):
    article, _src = _photo_typed_in_suggest_mode(qtbot, window, tmp_path, monkeypatch)
    window.actions_["reject_all_changes"].trigger()
    qtbot.waitUntil(lambda: not pending(window.library.get(article.id).body), timeout=10000)
    assert window.library.get(article.id).body == BODY
    body = window.article_view.body
    qtbot.waitUntil(lambda: not pending(body.markdown()), timeout=5000)
    assert _figure(window) == (0, "", "")
    assert body.document().blockCount() == 2  # no empty caption or credit left behind
    assert body.markdown().rstrip("\n") == BODY.rstrip("\n")
