"""The review round trip in the real window: what an imported bundle does to comments, what
the import says, the export dialog's memory and refusals, and the window's shortcuts from
every field of the article."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui_support import close_window, open_window, type_text
from newsdesk.domain import Article
from newsdesk.services.library import Library
from newsdesk.services.review import Review

pytestmark = pytest.mark.qt

BODY = "Đà Nẵng — Cầu Rồng phun lửa 9 lần vào 21 giờ tối thứ Bảy.\n"


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot, autosave_seconds=60)
    w.library.settings.user_name, w.library.settings.user_initials = "Trần Văn Hải", "TVH"
    yield w
    close_window(w)


def import_through_the_menu(qtbot, window, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions_["import"].trigger()


def the_comment(library, article_id):
    (view,) = Review(library).comments(article_id)
    return view.comment


def test_a_stale_bundle_never_reopens_a_resolved_comment(qtbot, window, tmp_path, monkeypatch):
    editor = window.library
    article = editor.save(Article(headline="Cầu Rồng phun lửa", body=BODY))
    Review(editor).add_comment_on(article.id, "9 lần", "Mấy lần? Kiểm tra lại.")
    sent = editor.export(article.id, "bundle", tmp_path / "vong1.newsdesk").path
    with Library.open(data_dir=tmp_path / "phong-vien") as reporter:
        reporter.settings.user_name, reporter.settings.user_initials = "Nguyễn Minh Châu", "NMC"
        reporter.import_file(sent)
        Review(reporter).add_reply(the_comment(reporter, article.id).id, "Đúng 9 lần.")
        stale = reporter.export(article.id, "bundle", tmp_path / "vong2.newsdesk").path

    # the editor resolves the comment with the Resolve button, after the bundle was made
    window.open_article(editor.get(article.id))
    panel = window.side.review_tab.ensure().comments
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    rect = panel.list.visualItemRect(panel.list.item(0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(panel.resolve.isEnabled, timeout=2000)
    qtbot.mouseClick(panel.resolve, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: the_comment(editor, article.id).resolved, timeout=5000)

    import_through_the_menu(qtbot, window, monkeypatch, stale)
    qtbot.waitUntil(lambda: len(the_comment(editor, article.id).replies) == 1, timeout=10000)
    comment = the_comment(editor, article.id)
    assert comment.resolved and comment.resolved_by == "Trần Văn Hải"  # not reopened
    assert comment.replies[0].text == "Đúng 9 lần."  # the reply came in all the same

    # the reporter takes the resolved copy, reopens it later: that reopening wins here
    back = editor.export(article.id, "bundle", tmp_path / "vong3.newsdesk").path
    with Library.open(data_dir=tmp_path / "phong-vien") as reporter:
        reporter.import_file(back)
        assert the_comment(reporter, article.id).resolved
        Review(reporter).reopen_comment(the_comment(reporter, article.id).id)
        again = reporter.export(article.id, "bundle", tmp_path / "vong4.newsdesk").path
    if window.import_message is not None:
        window.import_message.done(0)
    import_through_the_menu(qtbot, window, monkeypatch, again)
    qtbot.waitUntil(lambda: not the_comment(editor, article.id).resolved, timeout=10000)
    # and importing the stale one once more changes nothing
    editor.import_file(stale)
    assert not the_comment(editor, article.id).resolved
    assert len(the_comment(editor, article.id).replies) == 1


P1 = "Đà Nẵng — Cầu Rồng phun lửa 9 lần vào 21 giờ tối thứ Bảy."
P2 = "Lượng khách tăng gấp đôi so với năm ngoái."
P3 = "Cầu Rồng dài 666 mét, khánh thành năm 2013."


def body(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def test_a_bundle_that_descends_from_the_text_here_is_applied_not_merged(
        qtbot, window, tmp_path, monkeypatch):
    """The reporter merged our round (they had edited meanwhile) and sent it back; we had not
    touched the article since sending: the import is a plain "applied", never "also changed
    here", and the reporter's revision is credited with their edits only."""
    editor = window.library
    with Library.open(data_dir=tmp_path / "phong-vien") as reporter:
        reporter.settings.user_name, reporter.settings.user_initials = "Nguyễn Minh Châu", "NMC"
        first = reporter.save(Article(headline="Cầu Rồng phun lửa", body=body(P1, P2, P3)))
        r1 = reporter.export(first.id, "bundle", tmp_path / "vong1.newsdesk").path
        copy = editor.import_file(r1).article
        mine = reporter.get(first.id)
        reporter.save(mine.copy(body=body(P1, P2, P3.replace("666", "666,5"))),
                      expected_version=mine.version)  # the reporter edits meanwhile
        edited = editor.save(copy.copy(body=body(P1.replace("9 lần", "chín lần"), P2, P3)),
                             expected_version=copy.version)
        r3 = editor.export(edited.id, "bundle", tmp_path / "vong3.newsdesk").path
        merged = reporter.import_file(r3)
        assert merged.outcome == "merged"
        now = reporter.get(first.id)
        reporter.save(now.copy(body=now.body.replace("gấp đôi", "gần gấp đôi")),
                      expected_version=now.version)
        r4 = reporter.export(first.id, "bundle", tmp_path / "vong4.newsdesk").path

    window.open_article(editor.get(first.id))
    import_through_the_menu(qtbot, window, monkeypatch, r4)
    # descending from the text here, the reviewed copy may come in as suggestions: apply it
    qtbot.waitUntil(lambda: window.suggest_offer is not None or window.version_dialog
                    is not None, timeout=10000)
    assert window.version_dialog is None
    (apply,) = [b for b in window.suggest_offer.buttons()
                if window.suggest_offer.buttonRole(b) == QMessageBox.ButtonRole.ApplyRole]
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_message is not None or window.version_dialog
                    is not None, timeout=10000)
    assert window.version_dialog is None  # no merge dialog: nothing was changed here
    text = window.import_message.text()
    assert "were applied" in text and "also changed" not in text
    stored = editor.get(first.id)
    assert "chín lần" in stored.body and "666,5" in stored.body and "gần gấp đôi" in stored.body
    # the last revision received, the reporter's, differs from the one before by their edit
    review = Review(editor)
    last = review.history(first.id)[-1]
    assert last.author == "Nguyễn Minh Châu"
    changes = review.diff(first.id, last.number - 1, last.number)
    shown = " ".join(op.text for change in changes for op in change.ops if op.kind != "equal")
    assert "gần" in shown and "chín" not in shown


class LinuxLineKeys(QObject):
    def eventFilter(self, _watched, event):
        if event.type() == QEvent.Type.ShortcutOverride and \
                event.modifiers() == Qt.KeyboardModifier.ControlModifier and \
                event.key() in (Qt.Key.Key_E, Qt.Key.Key_K):
            event.accept()
            return True
        return False


def test_the_windows_shortcuts_work_from_every_field(qtbot, window, monkeypatch):
    from PySide6.QtTest import QTest

    from newsdesk.qt.export_dialog import ExportDialog

    asked: list[str] = []
    monkeypatch.setattr(ExportDialog, "choose_target",
                        lambda dialog: asked.append(dialog.fmt) or False)
    article = window.library.save(Article(headline="Cầu Rồng phun lửa", body=BODY))
    window.open_article(article)
    form = window.article_view.form
    # Linux's line fields claim Ctrl+E (end of line) and Ctrl+K before any shortcut; the
    # offscreen platform does not, so the fields here are made to claim them the same way
    claims = LinuxLineKeys(form)
    for field in form.findChildren(QWidget):
        field.installEventFilter(claims)
    window.window_keys.watch(form)  # the window's filter, as it is made, runs first
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    for field in (form.tags, form.byline, form.headline, form.source, form.url, form.sapo):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus, timeout=2000)
        before = len(asked)
        QTest.keyClick(field, Qt.Key.Key_E, ctrl)  # Export…
        assert len(asked) == before + 1, field.objectName() or type(field).__name__
    form.tags.setFocus()
    type_text(form.tags, "Đà Nẵng")
    QTest.keyClick(form.tags, Qt.Key.Key_S, ctrl)  # Save
    qtbot.waitUntil(lambda: "Đà Nẵng" in window.library.get(article.id).tags, timeout=5000)
    form.byline.setFocus()
    QTest.keyClick(form.byline, Qt.Key.Key_E, ctrl | shift)  # Suggest changes
    assert window.actions_["suggest_mode"].isChecked()
    type_text(form.byline, "Minh Châu")
    QTest.keyClick(form.byline, Qt.Key.Key_A, ctrl)  # the field's own keys stay its own
    QTest.keyClick(form.byline, Qt.Key.Key_C, ctrl)
    assert form.byline.selectedText() == "Minh Châu"


def test_the_windows_shortcuts_work_from_the_print_previews_boxes(qtbot, window, monkeypatch):
    """The print preview is built when first shown: its type size, columns and zoom boxes
    give the window's keys (Ctrl+E, Export…) to the window as the form's fields do."""
    from PySide6.QtTest import QTest

    from newsdesk.qt.export_dialog import ExportDialog

    asked: list[str] = []
    monkeypatch.setattr(ExportDialog, "choose_target",
                        lambda dialog: asked.append(dialog.fmt) or False)
    article = window.library.save(Article(headline="Cầu Rồng phun lửa", body=BODY))
    window.open_article(article)
    assert window.side.preview("print") is None
    # the boxes claim Ctrl+E as Linux's line fields do (the offscreen platform does not),
    # from the moment they are made, before anything else may watch their keys
    claims = LinuxLineKeys(window)
    told = window.side.print_tab._made

    def made(widget):
        for field in widget.findChildren(QWidget):
            field.installEventFilter(claims)
        told(widget)

    monkeypatch.setattr(window.side.print_tab, "_made", made)
    window.side.set_current_tab("print")
    window.side.refresh_now()
    qtbot.waitUntil(lambda: window.side.preview("print") is not None, timeout=5000)
    preview = window.side.preview("print")
    ctrl = Qt.KeyboardModifier.ControlModifier
    for box in (preview.font_size, preview.columns, preview.zoom):
        box.setFocus()
        qtbot.waitUntil(box.hasFocus, timeout=2000)
        before = len(asked)
        QTest.keyClick(box, Qt.Key.Key_E, ctrl)
        assert len(asked) == before + 1, type(box).__name__


def test_export_remembers_the_format_and_folder(qtbot, window, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    article = window.library.save(Article(headline="Cầu Rồng phun lửa", body=BODY))
    window.open_article(article)
    folder = tmp_path / "xuat"
    folder.mkdir()
    seen = {}

    def first() -> None:
        dialog = QApplication.activeModalWidget()
        seen["first"] = dialog.fmt
        dialog.format.setCurrentIndex(dialog.format.findData("markdown"))
        dialog.target.setText(str(folder / "cau-rong.md"))
        dialog.export_button.click()

    QTimer.singleShot(0, first)
    window.actions_["export"].trigger()
    qtbot.waitUntil(lambda: (folder / "cau-rong.md").is_file(), timeout=20000)
    qtbot.waitUntil(lambda: window.export_dialog.result_ is not None, timeout=20000)
    window.export_dialog.close()

    def second() -> None:
        dialog = QApplication.activeModalWidget()
        seen["second"], seen["target"] = dialog.fmt, dialog.target.text()
        dialog.reject()

    QTimer.singleShot(0, second)
    window.actions_["export"].trigger()
    assert seen["first"] == "html"  # nothing exported yet: the web page
    assert seen["second"] == "markdown" and Path(seen["target"]).parent == folder


def test_a_format_refused_for_pending_suggestions_says_so_before_the_file_name(
        qtbot, window, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (asked.append(a[1]), ("", ""))[1])
    body = 'Cầu Rồng phun lửa {~~9~>chín~~}{#s1 by="NMC"} lần vào tối thứ Bảy.\n'
    article = window.library.save(Article(headline="Cầu Rồng phun lửa", body=body))
    window.open_article(article)
    said = {}

    def refused() -> None:
        box = QApplication.activeModalWidget()
        said["html"] = box.text()
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, refused)
    window.actions_["export_html"].trigger()
    assert "pending suggestions (1)" in said["html"] and asked == []  # no file name asked

    def the_proof_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        said["dialog"] = (dialog.fmt, dialog.changes.isChecked(), dialog.changes.isVisible(),
                          dialog.export_button.isEnabled())
        dialog.reject()

    def refused_pdf() -> None:
        box = QApplication.activeModalWidget()
        said["pdf"] = box.informativeText()
        (proof,) = [b for b in box.buttons() if "proof" in b.text()]
        QTimer.singleShot(0, the_proof_dialog)
        proof.click()

    QTimer.singleShot(0, refused_pdf)
    window.actions_["export_pdf"].trigger()
    assert "proof" in said["pdf"] and asked == []
    assert said["dialog"] == ("pdf", True, True, True)  # the way out: a proof, box ticked


def test_the_history_names_the_review_bundle_in_vietnamese(qtbot, window, tmp_path):
    editor = window.library
    with Library.open(data_dir=tmp_path / "phong-vien") as reporter:
        reporter.settings.user_name = "Nguyễn Minh Châu"
        first = reporter.save(Article(headline="Cầu Rồng phun lửa", body=BODY))
        sent = reporter.export(first.id, "bundle", tmp_path / "round1.newsdesk").path
    editor.import_file(sent)
    window.translations.switch("vi")
    try:
        window.open_article(editor.get(first.id))
        history = window.side.review_tab.ensure().history
        qtbot.waitUntil(lambda: history.list.count() >= 1, timeout=5000)
        item = history.list.item(history.list.count() - 1)
        assert item.text().endswith("— từ gói duyệt round1.newsdesk")
        assert "from review bundle" not in item.toolTip()
    finally:
        window.translations.switch("en")


def test_a_suggestion_reads_as_it_stands_in_a_comparison(qtbot, window):
    """Selecting a revision compares it with the one before: a pending replacement reads
    "[9 → chín]", never "9chín" run together."""
    article = window.library.save(Article(headline="Cầu Rồng phun lửa", body=BODY))
    Review(window.library).save(article.copy(body=BODY.replace(
        "9 lần", '{~~9~>chín~~}{#s1 by="NMC"} lần')), expected_version=article.version)
    window.open_article(window.library.get(article.id))
    history = window.side.review_tab.ensure().history
    qtbot.waitUntil(lambda: history.list.count() >= 2, timeout=5000)
    history.list.setCurrentRow(0)  # the newest
    qtbot.waitUntil(lambda: "→" in history.diff.toPlainText(), timeout=5000)
    shown = history.diff.toPlainText()
    assert "[9 → chín]" in shown and "9chín" not in shown
