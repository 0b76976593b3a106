"""The body's reading layout: paragraph spacing, line height, heading margins and figure
alignment are shown in the editor, survive typing, and never change the Markdown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from newsdesk.bodymodel.md_reader import parse_blocks
from newsdesk.qt.editor.body_editor import BodyEditor
from newsdesk.qt.editor.doc_build import build_document
from newsdesk.qt.editor.document_bridge import document_to_markdown
from newsdesk.qt.editor.formats import CAPTION, CREDIT, FIGURE, LINE_HEIGHT, kind_of

pytestmark = pytest.mark.qt

BODY = (
    "Đoạn mở đầu về thư viện phường.\n\n"
    "## Giờ mở cửa mới\n\n"
    "Thư viện mở đến 22 giờ.\n\n"
    "![Bạn đọc ngồi kín bàn.](photos/thu-vien.jpg \"Ảnh: Minh Khoa\")\n\n"
    "- sách thiếu nhi\n- sách nấu ăn\n\n"
    "```\nmã nguồn\n```\n"
)
PROPORTIONAL = int(QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)


def blocks(doc: QTextDocument):
    b = doc.firstBlock()
    while b.isValid():
        yield b
        b = b.next()


def key(editor, k, text="") -> None:
    QApplication.sendEvent(editor, QKeyEvent(QEvent.Type.KeyPress, k,
                                             Qt.KeyboardModifier.NoModifier, text))


def test_paragraphs_headings_and_figures_have_a_reading_layout(qapp):
    doc = build_document(parse_blocks(BODY))
    by_text = {b.text(): b.blockFormat() for b in blocks(doc)}
    para = by_text["Đoạn mở đầu về thư viện phường."]
    assert para.bottomMargin() > 4
    assert para.lineHeightType() == PROPORTIONAL and para.lineHeight() == LINE_HEIGHT
    heading = by_text["Giờ mở cửa mới"]
    assert heading.headingLevel() == 2 and heading.topMargin() > para.topMargin()
    kinds = {kind_of(b.blockFormat()): b.blockFormat() for b in blocks(doc)}
    assert kinds[FIGURE].alignment() & Qt.AlignmentFlag.AlignHCenter
    assert kinds[FIGURE].lineHeightType() != PROPORTIONAL  # no extra leading under a photo
    assert kinds[CAPTION].alignment() & Qt.AlignmentFlag.AlignHCenter
    assert kinds[CREDIT].alignment() & Qt.AlignmentFlag.AlignHCenter  # centred under the photo like the caption
    caption = next(b for b in blocks(doc) if kind_of(b.blockFormat()) == CAPTION)
    assert QTextCursor(caption).charFormat().foreground().color().name() != "#000000"
    code = by_text["mã nguồn"]
    assert code.bottomMargin() == 0  # code lines stay together


def test_the_layout_is_not_read_back_as_structure(qapp):
    doc = build_document(parse_blocks(BODY))
    markdown = document_to_markdown(doc)
    for block in blocks(doc):  # strip every look: the Markdown must not change
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.setTopMargin(0)
        fmt.setBottomMargin(0)
        fmt.setLineHeight(0, int(QTextBlockFormat.LineHeightTypes.SingleHeight.value))
        QTextCursor(block).setBlockFormat(fmt)
    assert document_to_markdown(doc) == markdown
    assert document_to_markdown(build_document(parse_blocks(markdown))) == markdown


def test_typed_paragraphs_keep_the_layout(qtbot):
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.set_markdown("")
    editor.setFocus()
    for ch in "Mở đầu":
        key(editor, 0, ch)
    editor.action("heading2").trigger()
    key(editor, Qt.Key.Key_Return, "\r")  # after a heading: body text again
    for ch in "Thân bài":
        key(editor, 0, ch)
    key(editor, Qt.Key.Key_Return, "\r")
    for ch in "Đoạn hai":
        key(editor, 0, ch)
    assert editor.markdown() == "## Mở đầu\n\nThân bài\n\nĐoạn hai\n"
    fmts = [b.blockFormat() for b in blocks(editor.document())]
    assert fmts[0].headingLevel() == 2 and fmts[0].topMargin() > 0
    for fmt in fmts[1:]:
        assert fmt.headingLevel() == 0 and fmt.topMargin() == 0
        assert fmt.bottomMargin() > 4 and fmt.lineHeight() == LINE_HEIGHT


def test_list_items_sit_closer_and_leaving_the_list_restores_paragraph_spacing(qtbot):
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.set_markdown("Những thay đổi:\n\n- sách thiếu nhi\n- sách nấu ăn\n")
    para, item = [b.blockFormat() for b in blocks(editor.document())][:2]
    assert 0 < item.bottomMargin() < para.bottomMargin()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    key(editor, Qt.Key.Key_Return, "\r")  # a new, empty item
    key(editor, Qt.Key.Key_Return, "\r")  # Enter on it ends the list
    for ch in "Hết.":
        key(editor, 0, ch)
    assert editor.markdown() == "Những thay đổi:\n\n- sách thiếu nhi\n- sách nấu ăn\n\nHết.\n"
    last = editor.document().lastBlock().blockFormat()
    assert last.bottomMargin() == para.bottomMargin()
