"""The reading text comments are anchored to: the same from the saved Markdown and from the
body editor's document, and the editor's positions map to it and back."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtGui import QTextCursor

from newsdesk.bodymodel.reading import body_reading_text
from newsdesk.qt.editor.doc_reading import document_reading
from newsdesk.qt.editor.document_bridge import markdown_to_document

pytestmark = pytest.mark.qt

SAMPLES = [
    "Một **hai** *ba* [bốn](https://a.vn \"t\") ~~năm~~ `sáu`.\n",
    "Trước\n\n![Chú thích\\\ndòng hai](images/a.jpg \"Tác giả\")\n\nSau *ảnh*.\n",
    "- một **đậm**\n- hai\n  1. lồng\n\n> Trích *dẫn*\n>\n> đoạn hai\n",
    "## Tiêu đề\n\nCứng\\\nmềm\nnối.\n\n***\n\n```\nmã x\ny\n```\n\nẢnh ![alt](b.png) giữa.\n",
    "| a | b |\n| --- | --- |\n| c *d* | e |\n\nSau bảng.\n",
    "Ký hiệu \\* và \\_gạch\\_ &amp; &#42;.\n",
]


@pytest.mark.parametrize("markdown", SAMPLES)
def test_the_editor_reads_the_same_text_as_the_markdown(qapp, markdown):
    reading = document_reading(markdown_to_document(markdown))
    assert reading.text == body_reading_text(markdown)
    assert len(reading.starts) == len(reading.ends) == len(reading.text)


@pytest.mark.parametrize("markdown", SAMPLES)
def test_every_word_maps_to_the_document_and_back(qapp, markdown):
    doc = markdown_to_document(markdown)
    reading = document_reading(doc)
    for word in reading.text.split():
        start = reading.text.index(word)
        a, b = reading.to_document(start, start + len(word))
        cursor = QTextCursor(doc)
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText().replace("\ufffc", "") == word
        assert reading.to_reading(a, b) == (start, start + len(word))


def test_decomposed_text_reads_as_nfc_with_positions_in_the_document(qapp):
    doc = markdown_to_document("Mở đầu.\n")
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    typed = unicodedata.normalize("NFD", "Chủ tịch tỉnh")
    cursor.insertText(" " + typed)
    reading = document_reading(doc)
    assert reading.text == "Mở đầu. Chủ tịch tỉnh"
    start = reading.text.index("tịch")
    a, b = reading.to_document(start, start + 4)
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    assert unicodedata.normalize("NFC", cursor.selectedText()) == "tịch"
