"""A photo in a pending suggestion in the real window's print preview: set in its column as
any figure, with its caption and credit, marked with its author's initials (added: framed;
removed: crossed out), counted by the copyfit as the same photo accepted; a figure whose
caption alone was edited prints once, the old words struck and the new underlined."""

from __future__ import annotations

import pypdfium2
import pytest

from figure_support import photo_article
from gui_support import close_window, open_window
from layout_support import page_pieces
from newsdesk.domain.suggestions import pending
from proof_support import pdf_text

pytestmark = pytest.mark.qt

BY = '{#a1b2c3d4 by="Trần Văn Hải" initials="TVH" at="2026-12-06T09:54:00+00:00"}'
TEXT = ("Khoảng 21 giờ tối thứ Bảy, cầu Rồng bắt đầu phun lửa chín lần rồi phun nước, khiến "
        "người xem hai bên bờ sông Hàn reo hò. ")
BODY = (f"{TEXT * 3}\n\n![Cầu Rồng về đêm.](images/cau.jpg \"Ảnh: Minh Châu\")\n\n{TEXT * 2}\n\n"
        f"{{++![Người dân xem rồng phun lửa.](images/dan.jpg \"Ảnh: Hải\")++}}{BY}\n\n"
        f"{TEXT * 4}\n")


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def _printed(qtbot, window, previous=None):
    window.side.set_current_tab("print")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: (p := window.side.preview("print")) is not None
                    and p.result is not None and p.result is not previous, timeout=60000)
    return window.side.preview("print").result


def _photos(path) -> tuple[float, list]:
    """The page width and every photo of the PDF (its box)."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        width = document[0].get_width()
        found = [p for n in range(len(document)) for p in page_pieces(document[n])[0]
                 if p.kind == "image"]
    finally:
        document.close()
    return width, found


def test_a_suggested_photo_prints_in_its_column_with_caption_and_counts_as_a_figure(
        qtbot, window):
    article = photo_article(window, BODY, ("cau.jpg", "dan.jpg"))
    result = _printed(qtbot, window)
    width, photos = _photos(result.path)
    assert len(photos) == 2
    for photo in photos:  # each in one column of the two, never across the page
        assert photo.right - photo.left < width / 2 - 20, (photo, width)
    text = " ".join(pdf_text(result.path).split())
    assert "Người dân xem rồng phun lửa." in text and "Ảnh: Hải" in text
    assert "TVH" in text and "Sửa đổi đề xuất" in text
    marked = result.copyfit

    window.actions_["accept_all_changes"].trigger()
    qtbot.waitUntil(lambda: not pending(window.library.get(article.id).body), timeout=10000)
    accepted = _printed(qtbot, window, result)
    assert (marked.columns, marked.lines_total) == (accepted.copyfit.columns,
                                                     accepted.copyfit.lines_total)
    assert marked.columns <= 2


def test_a_caption_edit_prints_the_photo_once_with_old_and_new_words(qtbot, window):
    body = BODY.replace(
        f"{{++![Người dân xem rồng phun lửa.](images/dan.jpg \"Ảnh: Hải\")++}}{BY}",
        f"{{~~![Người dân xem.](images/dan.jpg)~>![Người dân xem rồng phun lửa.]"
        f"(images/dan.jpg \"Ảnh: Hải\")~~}}{BY}")
    photo_article(window, body, ("cau.jpg", "dan.jpg"))
    result = _printed(qtbot, window)
    width, photos = _photos(result.path)
    assert len(photos) == 2
    assert all(p.right - p.left < width / 2 - 20 for p in photos)
    text = " ".join(pdf_text(result.path).split())
    assert "Người dân xem. Người dân xem rồng phun lửa. Ảnh: Hải" in text, text


def test_a_caption_edit_compared_as_suggestions_prints_the_photo_once(qtbot, window):
    from newsdesk.domain.suggest_compare import compare_as_suggestions

    current = BODY.replace(f"{{++![Người dân xem rồng phun lửa.](images/dan.jpg \"Ảnh: Hải\")"
                           f"++}}{BY}\n\n", "")
    reviewed = current.replace("![Cầu Rồng về đêm.](images/cau.jpg \"Ảnh: Minh Châu\")",
                               "![Cầu Rồng phun lửa.](images/cau.jpg \"Ảnh: Hải\")")
    body, _count = compare_as_suggestions(current, reviewed, author="Nguyễn Minh Châu")
    assert "{--![" in body and "{++![" in body  # the photo removed and added on the next line
    photo_article(window, body, ("cau.jpg",))
    result = _printed(qtbot, window)
    width, photos = _photos(result.path)
    assert len(photos) == 1 and photos[0].right - photos[0].left < width / 2 - 20
    text = " ".join(pdf_text(result.path).split())
    assert "Cầu Rồng về đêm. Ảnh: Minh Châu Cầu Rồng phun lửa. Ảnh: Hải" in text, text


def test_a_photo_suggested_for_removal_prints_in_its_column_crossed_out(qtbot, window):
    body = BODY.replace("{++![Người dân xem rồng phun lửa.](images/dan.jpg \"Ảnh: Hải\")++}",
                        "{--![Người dân xem rồng phun lửa.](images/dan.jpg \"Ảnh: Hải\")--}")
    photo_article(window, body, ("cau.jpg", "dan.jpg"))
    result = _printed(qtbot, window)
    width, photos = _photos(result.path)
    assert len(photos) == 2 and all(p.right - p.left < width / 2 - 20 for p in photos)
    text = " ".join(pdf_text(result.path).split())
    assert "Người dân xem rồng phun lửa. Ảnh: Hải TVH" in text, text
