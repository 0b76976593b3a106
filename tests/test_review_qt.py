"""The review widgets driven as a user would: workflow buttons, history diff and restore,
comments on a selection, and the two-versions dialog after a conflict or an import."""

from __future__ import annotations

import pytest

from newsdesk.domain import Article, ConflictError, Status
from newsdesk.domain.revision import RevisionKind
from newsdesk.domain.status import Action
from newsdesk.services.library import Library
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

BODY = "Sáng nay, mưa lớn kéo dài khiến nhiều tuyến phố ở Huế ngập sâu.\n\nNhà chức trách khuyến cáo người dân hạn chế ra đường."


@pytest.fixture
def lib(data_dir):
    from newsdesk.qt.workers import wait_for_pool

    library = Library.open(data_dir=data_dir)
    library.settings.user_name, library.settings.user_initials = "Phan Thanh Bình", "PTB"
    yield library
    wait_for_pool()
    library.close()


def test_workflow_bar_offers_only_allowed_actions_and_applies_them(qtbot, lib):
    from newsdesk.qt.review import WorkflowBar

    article = lib.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    bar = WorkflowBar(lib)
    qtbot.addWidget(bar)
    bar.set_article(article.id)
    qtbot.waitUntil(lambda: bar.status == Status.DRAFT)
    assert set(bar.buttons) == {Action.SUBMIT, Action.ARCHIVE}
    bar.note.setText("gửi thư ký tòa soạn")
    with qtbot.waitSignal(bar.transitioned, timeout=10000) as signal:
        bar.buttons[Action.SUBMIT].click()
    assert signal.args[0].status == Status.SUBMITTED
    assert set(bar.buttons) == {Action.START_REVIEW, Action.REQUEST_CHANGES}
    assert lib.get(article.id).status == Status.SUBMITTED
    [transition] = Review(lib).transitions(article.id)
    assert transition.note == "gửi thư ký tòa soạn" and transition.author == "Phan Thanh Bình"


def test_history_panel_shows_a_word_diff_and_restores(qtbot, lib):
    from newsdesk.qt.review import HistoryPanel

    v1 = lib.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    lib.save(v1.copy(body=BODY.replace("ngập sâu", "ngập nửa mét")), expected_version=v1.version)
    panel = HistoryPanel(lib)
    qtbot.addWidget(panel)
    panel.set_article(v1.id)
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    panel.list.item(0).setSelected(True)  # newest: revision 2, compared with revision 1
    qtbot.waitUntil(lambda: "nửa mét" in panel.diff.toPlainText())
    html = panel.diff.toHtml()
    assert "sâu" in panel.diff.toPlainText()
    assert "line-through" in html or "<del" in html
    panel.list.clearSelection()
    panel.list.item(1).setSelected(True)  # revision 1
    with qtbot.waitSignal(panel.restored, timeout=10000) as signal:
        panel.restore.click()
    assert signal.args[0].body == BODY
    qtbot.waitUntil(lambda: panel.list.count() == 3)
    assert Review(lib).history(v1.id)[-1].kind == RevisionKind.RESTORE


def test_comment_on_selection_then_resolve(qtbot, lib):
    from newsdesk.qt.review import CommentsPanel

    article = lib.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    panel = CommentsPanel(lib)
    qtbot.addWidget(panel)
    panel.set_article(article.id)
    assert not panel.add.isEnabled()
    start = BODY.index("nhiều tuyến phố")
    panel.set_selection(start, start + len("nhiều tuyến phố"))
    panel.editor.setPlainText("Những phố nào?")
    assert panel.add.isEnabled()
    panel.add.click()
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    assert "“nhiều tuyến phố”" in panel.list.item(0).text()
    with qtbot.waitSignal(panel.passage_requested) as signal:
        panel.list.itemClicked.emit(panel.list.item(0))
    assert signal.args[0].quote == "nhiều tuyến phố"
    panel.list.item(0).setSelected(True)
    assert panel.resolve.text() == "Resolve"
    panel.resolve.click()
    qtbot.waitUntil(lambda: panel.list.count() == 1 and panel.list.item(0).text().startswith("✓"))
    assert Review(lib).comments(article.id)[0].comment.resolved


@pytest.mark.parametrize("panel_name, query", [("CommentsPanel", "comments"),
                                               ("HistoryPanel", "history")])
def test_an_answer_for_an_article_no_longer_shown_is_dropped(qtbot, lib, monkeypatch,
                                                             panel_name, query):
    import threading

    from newsdesk.qt import review as widgets
    from newsdesk.qt.workers import wait_for_pool

    first = lib.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    second = lib.save(Article(headline="Bão số 3", body="Bão số 3 đổ bộ vào Quảng Ninh."))
    second = lib.save(second.copy(body=second.body + " Gió giật cấp 12."),
                      expected_version=second.version)
    Review(lib).add_comment_on(first.id, "nhiều tuyến phố", "Những phố nào?")
    Review(lib).add_comment_on(second.id, "Quảng Ninh", "Thành phố nào?")
    gate = threading.Event()
    real = getattr(Review, query)

    def late_for_the_first(self, article_id):
        answer = real(self, article_id)
        if article_id == first.id:
            gate.wait(10)  # answers after the user has moved on to the second article
        return answer

    monkeypatch.setattr(Review, query, late_for_the_first)
    panel = getattr(widgets, panel_name)(lib)
    qtbot.addWidget(panel)

    def shown() -> list[str]:
        if query == "comments":
            return [view.comment.text for view in panel.views]
        return [revision.snapshot.headline for revision in panel.revisions]

    second_answer = ["Thành phố nào?"] if query == "comments" else ["Bão số 3", "Bão số 3"]
    try:
        panel.set_article(first.id)
        panel.set_article(second.id)
        qtbot.waitUntil(lambda: shown() == second_answer, timeout=10000)
    finally:
        gate.set()
    assert wait_for_pool()
    qtbot.wait(200)  # the first article's answer is delivered to the UI thread by now
    assert shown() == second_answer
    assert panel.list.count() == len(second_answer)


def test_conflict_dialog_shows_both_versions_and_can_use_mine(qtbot, lib):
    from newsdesk.qt.review import VersionChoiceDialog

    base = lib.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    lib.save(base.copy(body=BODY + "\n\nTin của biên tập."), expected_version=base.version)
    with pytest.raises(ConflictError) as info:
        lib.save(base.copy(body=BODY + "\n\nTin của phóng viên."), expected_version=base.version)
    dialog = VersionChoiceDialog.for_conflict(lib, info.value)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert "phóng viên" in dialog.diff.toPlainText() and "biên tập" in dialog.diff.toPlainText()
    dialog.use_other.click()
    qtbot.waitUntil(lambda: dialog.chosen == "other")
    assert lib.get(base.id).body.endswith("Tin của phóng viên.")


def test_review_widgets_speak_vietnamese(qtbot, lib, data_dir):
    from newsdesk.qt.i18n import Translations
    from newsdesk.qt.review import ReviewPanel

    translations = Translations(data_dir / "cache")
    translations.switch("vi")
    try:
        article = lib.save(Article(headline="Mưa lớn ở Huế", body=BODY))
        panel = ReviewPanel(lib)
        qtbot.addWidget(panel)
        panel.set_article(article.id)
        qtbot.waitUntil(lambda: panel.workflow.status == Status.DRAFT)
        assert panel.workflow.status_text.text() == "Trạng thái: Bản nháp"
        assert panel.workflow.buttons[Action.SUBMIT].text() == "Gửi duyệt"
        assert panel.tabs.tabText(0) == "Lịch sử" and panel.tabs.tabText(1) == "Góp ý"
        assert panel.history.restore.text() == "Khôi phục phiên bản này"
    finally:
        translations.switch("en")


def test_diff_names_fields_in_vietnamese(qtbot, lib, data_dir):
    from newsdesk.qt.i18n import Translations
    from newsdesk.qt.review import HistoryPanel

    translations = Translations(data_dir / "cache")
    translations.switch("vi")
    try:
        v1 = lib.save(Article(headline="Mưa lớn ở Huế", body=BODY))
        lib.save(v1.copy(headline="Mưa rất lớn ở Huế"), expected_version=v1.version)
        panel = HistoryPanel(lib)
        qtbot.addWidget(panel)
        panel.set_article(v1.id)
        qtbot.waitUntil(lambda: panel.list.count() == 2)
        panel.list.item(0).setSelected(True)
        qtbot.waitUntil(lambda: "Tiêu đề" in panel.diff.toPlainText())
        assert "rất" in panel.diff.toPlainText()
    finally:
        translations.switch("en")


def unknown_base(path, target):
    """``path`` as a format 1 bundle whose base is no version the library knows."""
    import json
    import zipfile

    with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "history.json":
                continue
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest.update(format_version=1, base_sha256="0" * 64)
                data = json.dumps(manifest).encode()
            dst.writestr(info.filename, data)
    return target


def test_reviewed_bundle_with_both_sides_changed_lets_the_user_take_theirs(qtbot, lib, tmp_path):
    from newsdesk.qt.review import VersionChoiceDialog

    article = lib.save(Article(headline="Mưa lớn ở Huế", body=BODY))
    bundle = lib.export(article.id, "bundle", tmp_path / "gui.newsdesk").path
    with Library.open(data_dir=tmp_path / "reviewer") as reviewer:
        copy = reviewer.import_file(bundle).article
        reviewer.save(copy.copy(headline="Huế ngập sâu sau mưa lớn"), expected_version=copy.version)
        back = unknown_base(reviewer.export(article.id, "bundle", tmp_path / "b.newsdesk").path,
                            tmp_path / "back.newsdesk")
    lib.save(article.copy(sapo="Cập nhật lúc 9 giờ."), expected_version=article.version)
    result = lib.import_file(back)
    assert result.outcome == "both_changed"  # no common version to merge from
    dialog = VersionChoiceDialog.for_import(lib, result)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert "Huế ngập sâu" in dialog.diff.toPlainText()
    assert dialog.use_other.text() == "Use the reviewer's version"
    dialog.use_other.click()
    qtbot.waitUntil(lambda: dialog.chosen == "other")
    assert lib.get(article.id).headline == "Huế ngập sâu sau mưa lớn"
    assert dialog.article is not None and dialog.article.headline == "Huế ngập sâu sau mưa lớn"
