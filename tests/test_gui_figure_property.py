"""Property: whatever a reporter does around photos in the real main window's body — types,
presses Delete or Backspace at a figure's edges, selects a stretch over figures and deletes
or types over it, presses Enter in a caption or credit, undoes — the editor shows exactly
what its Markdown holds: the body opened again from that Markdown shows the same text and
the same figures, and the library stores that Markdown. Undoing a deletion gives the body
back as it was, figures whole.

CI explores the same examples on every run (tests/conftest.py, profile "ci");
NEWSDESK_FIGURE_EXAMPLES=300 explores further when working on the editor.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from body_walk import save_and_read
from figure_support import reopened, shown
from gui_support import close_window, jpeg_bytes, open_window, type_text
from newsdesk.domain import Article
from newsdesk.qt.editor.formats import FIGURE, FIGURE_KINDS, kind_of

pytestmark = pytest.mark.qt

EXAMPLES = int(os.environ.get("NEWSDESK_FIGURE_EXAMPLES", "40"))
BODY = ("Mở đầu: cảng Lạch Huyện.\n\n"
        "![Tàu cập cảng](images/tau.jpg \"Ảnh: Lê Hoa\")\n\n"
        "Đoạn giữa có *chữ nghiêng*.\n\n"
        "![Bến mới](images/ben.jpg)\n\n"
        "- Kết bài: số 3.\n")
EDGES = ("![Bến mới](images/ben.jpg)\n\n"  # photos first and last, a heading between
         "## Tiêu đề giữa\n\n"
         "![Tàu cập cảng](images/tau.jpg \"Ảnh: Lê Hoa\")\n")
WORDS = ["Hải", " Phòng", "ệ", " ", "2026", "đã "]
KEYS = {"Delete": Qt.Key.Key_Delete, "Backspace": Qt.Key.Key_Backspace,
        "Enter": Qt.Key.Key_Return}

# A step: where the caret goes (just before or after a photo, an edge of a block near a photo,
# or anywhere), what is selected from there, and what is done.
places = st.tuples(st.sampled_from(["photo", "photo", "edge", "any"]), st.integers(0, 400))
steps = st.one_of(
    st.tuples(st.just("caret"), places),
    st.tuples(st.just("select"), places, places),
    st.tuples(st.just("type"), st.sampled_from(WORDS)),
    st.tuples(st.just("key"), st.sampled_from(sorted(KEYS))),
    st.tuples(st.just("undo")),
    st.tuples(st.just("select-all")),
    st.tuples(st.just("delete-undo"), places, places, st.sampled_from(["Delete", "Backspace"])),
)


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    w.activateWindow()
    yield w
    close_window(w)


def edges(doc) -> list[int]:
    """Block starts and ends of the figures' blocks and of the blocks next to them."""
    out = set()
    b = doc.firstBlock()
    while b.isValid():
        near = [b.previous(), b, b.next()]
        if any(x.isValid() and kind_of(x.blockFormat()) in FIGURE_KINDS for x in near):
            out.update((b.position(), b.position() + b.length() - 1))
        b = b.next()
    return sorted(out)


def photos(doc) -> list[int]:
    """The positions just before and just after each photo."""
    out = []
    b = doc.firstBlock()
    while b.isValid():
        if kind_of(b.blockFormat()) == FIGURE:
            out += [b.position(), b.position() + b.length() - 1]
        b = b.next()
    return out


def position(doc, place: tuple[str, int]) -> int:
    where, n = place
    found = photos(doc) if where == "photo" else edges(doc) if where == "edge" else []
    return found[n % len(found)] if found else n % doc.characterCount()


def put(body, start: int, end: int | None = None) -> None:
    cursor = body.textCursor()
    cursor.setPosition(start)
    if end is not None:
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)


def press(body, name: str) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(body, KEYS[name])


def agree(body) -> None:
    markdown = body.markdown()
    assert shown(body.document()) == reopened(markdown), markdown


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.sampled_from([BODY, EDGES]), st.lists(steps, min_size=1, max_size=10))
def test_the_editor_shows_what_its_markdown_holds(qtbot, window, start, actions):
    library = window.library
    if not hasattr(window, "_photos"):
        window._photos = {f"images/{n}": library.add_photo(jpeg_bytes(320, 200), n)
                          for n in ("tau.jpg", "ben.jpg")}
    article = library.save(Article(headline="Cảng", body=start, assets=window._photos))
    window.open_article(library.get(article.id))
    body = window.article_view.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    doc = body.document()
    for step in actions:
        kind = step[0]
        if kind == "caret":
            put(body, position(doc, step[1]))
        elif kind == "select":
            put(body, position(doc, step[1]), position(doc, step[2]))
        elif kind == "type":
            type_text(body, step[1])
        elif kind == "key":
            press(body, step[1])
        elif kind == "undo":
            window.actions_["undo"].trigger()
        elif kind == "select-all":
            body.selectAll()
        else:
            before = body.markdown()
            put(body, position(doc, step[1]), position(doc, step[2]))
            steps_before = doc.availableUndoSteps()
            press(body, step[3])
            if doc.availableUndoSteps() > steps_before:  # deleted: one Undo brings it back
                window.actions_["undo"].trigger()
                assert body.markdown() == before
        agree(body)
    assert save_and_read(qtbot, window) == body.markdown()
    assert shown(body.document()) == reopened(library.get(article.id).body)
