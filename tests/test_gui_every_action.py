"""Every command the main window's menus and toolbar reach, triggered one after another on an
open article (Vietnamese text, a photo with caption and credit), each modal dialog answered:
none may end in an error box, an exception in the event loop, or an error in the log file.
Quit, tested apart, closes the window cleanly."""

from __future__ import annotations

import pypdfium2
import pytest
from PySide6.QtWidgets import QApplication

from action_walk import DialogAnswerer, Problems, reachable_actions, stored_article
from gui_support import close_window, open_window
from newsdesk.qt.workers import wait_for_pool

pytestmark = [pytest.mark.qt, pytest.mark.webengine, pytest.mark.slow]


@pytest.fixture
def window(qtbot):
    w = open_window(qtbot)
    yield w
    close_window(w)


def settled(qtbot, window) -> None:
    """Wait for the work a command started in the background: exports, prints, saves."""
    def idle() -> bool:
        export = getattr(window, "export_dialog", None)
        if export is not None and export.running:
            return False
        printing = window.side.print_tab.widget
        if printing is not None and printing.printer.busy:
            return False
        view = window._view
        return not (view is not None and view.saving) and wait_for_pool(10)

    qtbot.waitUntil(idle, timeout=60000)
    QApplication.processEvents()


def export_outcome(window) -> str | None:
    """What the export dialog last said when it failed (None: no export, or it worked);
    the dialog is then closed as a user would."""
    export = getattr(window, "export_dialog", None)
    if export is None:
        return None
    window.export_dialog = None
    failed = None if export.error is None else f"export failed: {export.status.text()}"
    export.close()
    return failed


def test_every_menu_and_toolbar_command_works_on_an_open_article(qtbot, window, tmp_path):
    article = stored_article(window.library)
    window.open_article(window.library.get(article.id))
    window.side.set_current_tab("print")
    problems = Problems(window.library.paths.log_file)
    answerer = DialogAnswerer(tmp_path, problems)
    actions = reachable_actions(window)
    quit_action = window.actions_["quit"]
    names = {a.objectName() for a in actions}
    assert {"action-export", "action-preferences", "action-link", "action-about"} <= names
    try:
        for action in actions:
            if action is quit_action:
                continue
            if not window._has_article():  # a command closed it (Delete): made again
                article = stored_article(window.library)
            if not window._has_article() or window.article_view.base.id != article.id:
                window.open_article(window.library.get(article.id))  # (New, Import: back)
            before = len(problems.items)
            window.article_view.body.setFocus()
            action.trigger()
            if action.isCheckable():
                action.trigger()  # and back: the window as it was
            settled(qtbot, window)
            failure = export_outcome(window)
            if failure:
                problems.items.append(failure)
            for item in problems.items[before:]:
                problems.items[problems.items.index(item)] = f"{action.objectName()}: {item}"
        problems.items.extend(f"log: {line}" for line in problems.log_lines())
    finally:
        answerer.stop()
        problems.restore()
    assert not problems.items, "\n".join(problems.items)
    kinds = {seen.split(":")[0] for seen in answerer.seen}
    assert {"ExportDialog", "PreferencesDialog", "LinkDialog", "QFileDialog"} <= kinds
    exported = {p.suffix for p in tmp_path.glob("luu-*")} | {p.suffix for p in tmp_path.glob("xuat-*")}
    assert {".html", ".pdf"} <= exported  # the exports ran to the end
    pdf = next(tmp_path.glob("luu-*.pdf"))
    assert len(pypdfium2.PdfDocument(str(pdf))) >= 1


def test_quit_closes_the_window_without_an_error(qtbot, window, tmp_path):
    article = stored_article(window.library)
    window.open_article(window.library.get(article.id))
    problems = Problems(window.library.paths.log_file)
    answerer = DialogAnswerer(tmp_path, problems)
    try:
        window.actions_["quit"].trigger()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
        problems.items.extend(f"log: {line}" for line in problems.log_lines())
    finally:
        answerer.stop()
        problems.restore()
    assert not problems.items, "\n".join(problems.items)
    assert window.library.get(article.id).body == article.body  # nothing lost on the way out
