"""A suggested photo in the real window's body: after a caption edit compared as suggestions
(the photo deleted and added again on the next line), Reject all and Accept all show the photo
that stays as a figure again, its caption and credit under it, at once."""

from __future__ import annotations

import pytest

from figure_support import blocks_of, photo_article
from gui_support import close_window, open_window
from newsdesk.domain.suggest_compare import compare_as_suggestions
from newsdesk.domain.suggestions import pending
from newsdesk.qt.editor.formats import CAPTION, CREDIT, FIGURE

pytestmark = pytest.mark.qt

CURRENT = ('Cầu phun lửa 9 lần.\n\n![Cầu Rồng về đêm.](images/cau.jpg "Ảnh: Minh Châu")\n\n'
           'Rất nhiều du khách. Cầu Rồng dài 666 mét.\n')
REVIEWED = ('Cầu phun lửa chín lần.\n\n![Người dân xem rồng phun lửa.](images/cau.jpg '
            '"Ảnh: Hải")\n\nNhiều du khách.\n')


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
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
