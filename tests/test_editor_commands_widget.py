"""BodyEditor driven as a user would: Vietnamese typing, shortcuts, IME, paste, figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QInputMethodEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from newsdesk.qt.editor.body_editor import BodyEditor

pytestmark = pytest.mark.qt


def type_text(widget, text: str) -> None:
    """Type ``text`` as key events carrying it (QTest.keyClicks stops outside Latin-1)."""
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch == "\n":
            key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        else:
            key = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(widget, key)


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, ""))


@pytest.fixture
def window(qtbot):
    host = QWidget()
    layout = QVBoxLayout(host)
    editor = BodyEditor()
    other = QLineEdit()
    layout.addWidget(editor)
    layout.addWidget(other)
    qtbot.addWidget(host)
    host.resize(700, 500)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    editor.setFocus()
    return host, editor, other


def test_typing_vietnamese_gives_markdown(window):
    _, editor, _ = window
    editor.set_markdown("")
    type_text(editor, "Người dân Đà Nẵng đón Tết.\nChợ hoa xuân rực rỡ.")
    assert editor.markdown() == "Người dân Đà Nẵng đón Tết.\n\nChợ hoa xuân rực rỡ.\n"
    assert editor.accessibleName()


def test_decomposed_input_is_saved_composed(window):
    import unicodedata

    _, editor, _ = window
    editor.set_markdown("")
    commit = QInputMethodEvent("", [])
    commit.setCommitString(unicodedata.normalize("NFD", "Thừa Thiên Huế"))
    editor.inputMethodEvent(commit)
    assert editor.markdown() == "Thừa Thiên Huế\n"
    assert unicodedata.is_normalized("NFC", editor.markdown())


def test_shortcuts_bold_italic_heading_lists_and_undo(window, qtbot):
    _, editor, _ = window
    editor.set_markdown("")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, "Nóng")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, " và ")
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, "ẩm")
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.markdown() == "**Nóng** và *ẩm*\n"
    type_text(editor, "\nMục lớn")
    qtbot.keyClick(editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    assert editor.markdown() == "**Nóng** và *ẩm*\n\n## Mục lớn\n"
    type_text(editor, "\nmột")
    qtbot.keyClick(editor, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    type_text(editor, "\nhai")
    assert editor.markdown().endswith("## Mục lớn\n\n- một\n- hai\n")
    editor.undo()
    assert "hai" not in editor.markdown()


def test_select_and_bold_with_the_action(window):
    _, editor, _ = window
    editor.set_markdown("Giá xăng giảm mạnh.\n")
    cursor = editor.document().find("xăng")
    editor.setTextCursor(cursor)
    editor.action("bold").trigger()
    assert editor.markdown() == "Giá **xăng** giảm mạnh.\n"


def test_apply_format_hook_used_by_the_window_menus(window):
    _, editor, _ = window
    editor.set_markdown("Tin nóng\n\nXem thêm\n")
    editor.setTextCursor(editor.document().find("Tin nóng"))
    editor.apply_format("heading2")
    editor.setTextCursor(editor.document().find("thêm"))
    editor.apply_format("link", "https://example.vn/tin")
    editor.apply_format("italic")
    assert editor.markdown() == "## Tin nóng\n\nXem *[thêm](https://example.vn/tin)*\n"
    with pytest.raises(ValueError):
        editor.apply_format("blink")


def test_typing_after_a_link_or_a_heading_is_plain_text(window):
    _, editor, _ = window
    editor.set_markdown("## Tin nhanh\n\nXem [đây](https://a.vn)\n")
    editor.setTextCursor(editor.document().find("nhanh"))
    cursor = editor.textCursor()
    cursor.clearSelection()
    editor.setTextCursor(cursor)
    type_text(editor, "\nNội dung")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " nhé")
    assert editor.markdown() == "## Tin nhanh\n\nNội dung\n\nXem [đây](https://a.vn) nhé\n"


def test_copy_and_paste_inside_the_editor_keeps_figures_whole(window):
    _, editor, _ = window
    editor.set_markdown('Mở.\n\n![Chú thích](images/a.jpg "Ảnh: A")\n\nĐoạn **đậm**.\n')
    cursor = editor.document().find("Mở.")
    cursor.setPosition(cursor.selectionEnd() + 1)
    end = editor.document().find("đậm").selectionEnd() + 1
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    mime = editor.createMimeDataFromSelection()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, "\n")
    editor.insertFromMimeData(mime)
    assert editor.markdown() == ('Mở.\n\n![Chú thích](images/a.jpg "Ảnh: A")\n\nĐoạn **đậm**.'
                                 '\n\n![Chú thích](images/a.jpg "Ảnh: A")\n\nĐoạn **đậm**.\n')


def test_enter_on_an_empty_item_ends_the_list(window):
    _, editor, _ = window
    editor.set_markdown("- một\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, "\nhai\n\nSau danh sách.")
    assert editor.markdown() == "- một\n- hai\n\nSau danh sách.\n"
    editor.set_markdown("> Trích\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, "\n\nHết trích.")
    assert editor.markdown() == "> Trích\n\nHết trích.\n"


def test_photos_appear_once_decoded_off_the_gui_thread(window, qtbot):
    _, editor, _ = window
    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("green"))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    changes = []
    editor.changed.connect(lambda: changes.append(1))
    editor.set_markdown("![Xanh](images/xanh.jpg)\n", lambda path: bytes(data.data()))
    fmt = next(iter(editor.document().firstBlock())).fragment().charFormat().toImageFormat()

    def shown():
        return editor.document().resource(QTextDocument.ResourceType.ImageResource, fmt.name())

    assert shown().width() > 0  # a same-sized stand-in right away
    def green() -> bool:
        color = QColor(shown().pixel(5, 5))
        return color.green() > 90 and color.red() < 60 and color.blue() < 60

    qtbot.waitUntil(green, timeout=5000)
    assert changes == []  # showing the photo is no edit: no autosave
    assert not editor.document().isModified()


def test_photos_follow_the_editor_width(window, qtbot):
    host, editor, _ = window
    image = QImage(1600, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    editor.set_markdown('Chữ.\n\n![Ảnh](a.png "Ảnh: X")\n', lambda path: bytes(data.data()))
    layout = editor.document().documentLayout()

    def photo_size():
        return layout.blockBoundingRect(editor.document().firstBlock().next()).size()

    wide = photo_size()
    assert wide.width() <= editor.viewport().width()
    host.resize(360, 500)
    qtbot.waitUntil(lambda: photo_size().width() < wide.width())
    narrow = photo_size()
    assert narrow.width() <= editor.viewport().width()
    assert abs(narrow.height() / narrow.width() - 0.5) < 0.05  # proportions kept


def test_changed_signal_on_edits_not_on_load(window, qtbot):
    _, editor, _ = window
    seen = []
    editor.changed.connect(lambda: seen.append(1))
    editor.set_markdown("Một bài viết.\n")
    assert seen == []
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, "ạ")
    assert seen


def test_preedit_is_committed_when_focus_moves(window, qtbot):
    _, editor, other = window
    editor.set_markdown("Xin chào\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " ")
    commit = QInputMethodEvent("", [])
    commit.setCommitString("Việt")
    editor.inputMethodEvent(commit)
    editor.inputMethodEvent(QInputMethodEvent("Na", []))  # Telex still composing "Nam"
    assert editor.document().toPlainText() == "Xin chào Việt"  # preedit is not text yet
    other.setFocus()
    qtbot.waitUntil(lambda: other.hasFocus())
    assert editor.document().toPlainText() == "Xin chào ViệtNa"
    assert editor.markdown() == "Xin chào ViệtNa\n"


def test_markdown_read_during_composition_includes_the_preedit(window):
    _, editor, _ = window
    editor.set_markdown("")
    editor.inputMethodEvent(QInputMethodEvent("Hà Nộ", []))
    assert editor.markdown() == "Hà Nộ\n"
    assert editor.toPlainText() == ""  # read, not committed: the word is still composed
    editor.inputMethodEvent(QInputMethodEvent("Hà Nội", []))
    commit = QInputMethodEvent("", [])
    commit.setCommitString("Hà Nội")
    editor.inputMethodEvent(commit)  # the input method ends the word: nothing doubled
    assert editor.markdown() == "Hà Nội\n"


def test_paste_word_html_is_cleaned(window):
    _, editor, _ = window
    editor.set_markdown("Trước.\n")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    mime = QMimeData()
    mime.setHtml('<p class=MsoNormal><span style="color:red;font-family:Arial">'
                 '<b>Khẩn:</b> mưa <i>to</i></span></p><script>x()</script>')
    mime.setText("Khẩn: mưa to")
    editor.insertFromMimeData(mime)
    assert editor.markdown() == "Trước.**Khẩn:** mưa *to*\n"


def test_paste_plain_text_stays_plain(window):
    _, editor, _ = window
    editor.set_markdown("")
    mime = QMimeData()
    mime.setText("**không đậm** dòng một\ndòng hai")
    editor.insertFromMimeData(mime)
    assert editor.markdown() == "\\*\\*không đậm\\*\\* dòng một\n\ndòng hai\n"


def test_pasted_or_dropped_photos_are_handed_to_the_window(window, qtbot, tmp_path: Path):
    _, editor, _ = window
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    mime = QMimeData()
    mime.setImageData(image)
    with qtbot.waitSignal(editor.photo_dropped) as blocker:
        editor.insertFromMimeData(mime)
    data, name = blocker.args
    assert data.startswith(b"\x89PNG") and name == ""
    photo = tmp_path / "ảnh hiện trường.jpg"
    image.save(str(photo))
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(photo))])
    with qtbot.waitSignal(editor.photo_dropped) as blocker:
        editor.insertFromMimeData(dropped)
    assert blocker.args == [photo.read_bytes(), "ảnh hiện trường.jpg"]


def test_figure_caption_and_credit_are_typed_in_place_and_kept_together(window):
    _, editor, _ = window
    editor.set_markdown("Mở bài.\n", lambda path: None)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.insert_figure("images/hien-truong.jpg")
    type_text(editor, "Hiện trường vụ cháy")
    type_text(editor, "\n")  # Enter in the caption goes to the credit
    type_text(editor, "Ảnh: Hồng Phúc")
    type_text(editor, "\n")  # Enter in the credit leaves the figure
    type_text(editor, "Thân bài.")
    assert editor.markdown() == ('Mở bài.\n\n![Hiện trường vụ cháy](images/hien-truong.jpg '
                                 '"Ảnh: Hồng Phúc")\n\nThân bài.\n')
    # Backspace at the start of the paragraph after a figure never merges into the credit
    cursor = editor.document().find("Thân bài.")
    cursor.setPosition(cursor.selectionStart())
    editor.setTextCursor(cursor)
    press(editor, Qt.Key.Key_Backspace)
    assert "Thân bài." in editor.markdown().split("\n\n")[-1]
    assert '"Ảnh: Hồng Phúc")' in editor.markdown()


def test_deleting_a_selection_through_a_photo_removes_the_whole_figure(window):
    _, editor, _ = window
    editor.set_markdown('Một.\n\n![Chú thích](images/a.jpg "Ảnh: A")\n\nHai.\n')
    cursor = editor.document().find("Một.")
    start = cursor.selectionEnd() - 1
    cursor.setPosition(start)
    cursor.setPosition(start + 3, QTextCursor.MoveMode.KeepAnchor)  # ".", break, photo
    editor.setTextCursor(cursor)
    press(editor, Qt.Key.Key_Delete)
    md = editor.markdown()
    assert "images/a.jpg" not in md and "Chú thích" not in md and "Ảnh: A" not in md
    assert md.startswith("Một") and md.endswith("Hai.\n")


def _credit_with_word_composing(editor) -> None:
    editor.set_markdown('![Cầu mới](images/cau.jpg "Ảnh: Lê")\n\nĐoạn sau.\n')
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    for _ in range(2):  # photo → caption → credit
        cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.inputMethodEvent(QInputMethodEvent(" Minh", []))  # VNI/Telex still composing


def test_enter_in_the_credit_waits_for_the_word_the_input_method_commits_after_it(window, qtbot):
    """ibus may deliver the Enter before the commit of the word it ends: the word stays in
    the credit and the cursor then leaves the figure, as when the commit came first."""
    _, editor, _ = window
    _credit_with_word_composing(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the key, before its commit
    commit = QInputMethodEvent("", [])
    commit.setCommitString(" Minh")
    editor.inputMethodEvent(commit)
    type_text(editor, "Mới")
    assert editor.markdown() == '![Cầu mới](images/cau.jpg "Ảnh: Lê Minh")\n\nMớiĐoạn sau.\n'


def test_enter_with_a_word_composing_and_no_commit_commits_it_itself(window, qtbot):
    _, editor, _ = window
    _credit_with_word_composing(editor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText().count("Minh") == 0  # waiting for the input method
    qtbot.waitUntil(lambda: "Minh" in editor.toPlainText(), timeout=2000)
    type_text(editor, "Mới")
    assert editor.markdown() == '![Cầu mới](images/cau.jpg "Ảnh: Lê Minh")\n\nMớiĐoạn sau.\n'
