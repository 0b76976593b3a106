"""A shared newsroom: someone else saves the article open in the window. Neither the explicit
save nor autosave overwrites their version; the user's text is kept as a revision and the
two-versions dialog lets them choose, losing neither text."""

from __future__ import annotations

import pytest

from gui_support import close_window, commit_text, open_window, type_text
from newsdesk.domain import Article
from newsdesk.domain.revision import RevisionKind
from newsdesk.services.library import Library
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

BODY = "Mưa lớn kéo dài khiến nhiều tuyến phố ở Huế ngập sâu."
THEIRS = "\n\nBiên tập viên: đã có 3 phường phải sơ tán dân."
MINE = " Phóng viên ghi nhận nước lên nhanh."


@pytest.fixture
def colleague():
    """A second user on the same database (another machine of the newsroom)."""
    library = Library.open()
    library.settings.user_name, library.settings.user_initials = "Trần Thu Hà", "TTH"
    yield library
    library.close()


def open_in_window(qtbot, window, article_id: str):
    window.open_article_id(article_id)
    qtbot.waitUntil(lambda: window._has_article() and window.article_view.base.id == article_id,
                    timeout=5000)
    return window.article_view


def type_at_end_of_body(view, text: str) -> None:
    body = view.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    commit_text(body, text)


def revision_bodies(library, article_id: str) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for revision in Review(library).history(article_id):
        kinds.setdefault(str(revision.kind), []).append(revision.snapshot.body.strip())
    return kinds


def test_save_after_someone_else_saved_keeps_both_texts(qtbot, colleague):
    base = colleague.save(Article(headline="Mưa lớn ở Huế", section="Thời sự", body=BODY))
    window = open_window(qtbot, autosave_seconds=60)
    try:
        view = open_in_window(qtbot, window, base.id)
        theirs = colleague.save(base.copy(body=BODY + THEIRS), expected_version=base.version)
        type_at_end_of_body(view, MINE)
        window.save_article()
        qtbot.waitUntil(lambda: window.version_dialog is not None, timeout=5000)
        dialog = window.version_dialog
        qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
        assert "phóng viên" in dialog.diff.toPlainText().lower()
        # nothing was overwritten: the colleague's version is the article, mine a revision
        assert colleague.get(base.id).body == theirs.body
        bodies = revision_bodies(colleague, base.id)
        assert theirs.body in bodies[str(RevisionKind.SAVE)]
        assert BODY + MINE in bodies[str(RevisionKind.CONFLICT)]
        assert window.status.save_state.text() in ("Not saved", "Chưa lưu")
        dialog.keep_current.click()
        qtbot.waitUntil(lambda: window.version_dialog is None and view.has_article
                        and THEIRS.strip() in view.body.toPlainText(), timeout=5000)
        assert MINE.strip() not in view.body.toPlainText()  # kept as a revision, not on screen
        # the editor now builds on the colleague's version: saving again is no conflict
        type_at_end_of_body(view, " Cập nhật lúc 17 giờ.")
        window.save_article()
        qtbot.waitUntil(lambda: colleague.get(base.id).body.strip().endswith("Cập nhật lúc 17 giờ."),
                        timeout=5000)
        assert THEIRS.strip() in colleague.get(base.id).body
        assert window.version_dialog is None
    finally:
        close_window(window)


def test_autosave_never_overwrites_a_newer_version_and_mine_can_be_chosen(qtbot, colleague):
    base = colleague.save(Article(headline="Mưa lớn ở Huế", section="Thời sự", body=BODY))
    window = open_window(qtbot, autosave_seconds=0.2)
    try:
        view = open_in_window(qtbot, window, base.id)
        theirs = colleague.save(base.copy(body=BODY + THEIRS), expected_version=base.version)
        type_at_end_of_body(view, MINE)
        qtbot.waitUntil(lambda: window.version_dialog is not None, timeout=5000)
        assert colleague.get(base.id).body == theirs.body  # autosave refused, not overwriting
        assert BODY + MINE in revision_bodies(colleague, base.id)[str(RevisionKind.CONFLICT)]
        qtbot.wait(600)  # autosave does not retry (and pile up conflict revisions) meanwhile
        assert len(revision_bodies(colleague, base.id)[str(RevisionKind.CONFLICT)]) == 1
        dialog = window.version_dialog
        qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
        dialog.use_other.click()
        qtbot.waitUntil(lambda: window.version_dialog is None, timeout=5000)
        qtbot.waitUntil(lambda: MINE.strip() in view.body.toPlainText(), timeout=5000)
        assert colleague.get(base.id).body.strip() == BODY + MINE
        assert theirs.body in revision_bodies(colleague, base.id)[str(RevisionKind.SAVE)]
        type_at_end_of_body(view, " Thêm một câu.")
        qtbot.waitUntil(lambda: colleague.get(base.id).body.strip().endswith("Thêm một câu."),
                        timeout=5000)
    finally:
        close_window(window)


def test_my_own_saves_and_autosaves_never_conflict(qtbot):
    window = open_window(qtbot, autosave_seconds=0.05)
    try:
        window.new_article()
        view = window.article_view
        type_text(view.form.headline, "Giá xăng giảm")
        for word in ("Một", " hai", " ba", " bốn", " năm"):
            type_at_end_of_body(view, word)
            window.save_article()  # explicit saves racing the autosaves
            qtbot.wait(30)
        qtbot.waitUntil(lambda: not view.saving and not view.autosave.dirty, timeout=5000)
        assert window.version_dialog is None
        stored = window.library.get(view.base.id)
        assert stored.body.strip() == "Một hai ba bốn năm" and stored.version == view.base.version
        kinds = revision_bodies(window.library, stored.id)
        assert str(RevisionKind.CONFLICT) not in kinds
    finally:
        close_window(window)


def test_a_review_bundle_of_a_changed_article_shows_the_reviewers_changes(qtbot, colleague,
                                                                        tmp_path):
    base = colleague.save(Article(headline="Mưa lớn ở Huế", section="Thời sự", body=BODY))
    bundle = colleague.export(base.id, "bundle", tmp_path / "gui-duyet.newsdesk").path
    with Library.open(data_dir=tmp_path / "bien-tap") as reviewer:
        copy = reviewer.import_file(bundle).article
        reviewer.save(copy.copy(headline="Mưa lớn, Huế ngập sâu"), expected_version=copy.version)
        back = reviewer.export(base.id, "bundle", tmp_path / "da-duyet.newsdesk").path
    colleague.save(base.copy(body=BODY + THEIRS), expected_version=base.version)
    window = open_window(qtbot, autosave_seconds=60)
    try:
        window.open_file(back)
        qtbot.waitUntil(lambda: window.version_dialog is not None, timeout=10000)
        dialog = window.version_dialog
        assert dialog.incoming and not dialog.choices  # merged: nothing to choose
        shown = dialog.changes.toPlainText()
        assert "Huế ngập sâu" in shown and "sơ tán" not in shown  # only the reviewer's change
        stored = colleague.get(base.id)
        assert stored.headline == "Mưa lớn, Huế ngập sâu" and THEIRS.strip() in stored.body
        dialog.close_button.click()
        qtbot.waitUntil(lambda: window.version_dialog is None, timeout=5000)
        view = window.article_view
        qtbot.waitUntil(lambda: view.form.headline.text() == "Mưa lớn, Huế ngập sâu",
                        timeout=5000)
        assert THEIRS.strip() in revision_bodies(colleague, base.id)[str(RevisionKind.SAVE)][-1]
    finally:
        close_window(window)
