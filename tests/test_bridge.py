"""Markdown ⇄ QTextDocument bridge: byte-exact for canonical bodies, same HTML for any."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from PySide6.QtGui import QTextCursor, QTextDocument, QTextImageFormat

from newsdesk.bodymodel.ir import Block, Run
from newsdesk.bodymodel.md_reader import parse_blocks
from newsdesk.bodymodel.md_writer import write_blocks
from newsdesk.qt.editor.document_bridge import document_to_markdown, markdown_to_document
from newsdesk.qt.editor.formats import CAPTION, CREDIT, FIGURE, P_FIG_ID, P_FIG_SRC, kind_of
from newsdesk.qt.editor.photo_resources import DEFAULT_IMAGE_WIDTH as PHOTO_WIDTH
from newsdesk.render.markdown import create_parser

pytestmark = pytest.mark.qt

CORPUS = Path(__file__).parent / "fixtures" / "bridge"
CANONICAL = sorted((CORPUS / "canonical").glob("*.md"))
EXAMPLES = (CORPUS / "examples.txt").read_text(encoding="utf-8").split("\n%%%%\n")


def plain_parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])


def round_trip(markdown: str) -> str:
    return document_to_markdown(markdown_to_document(markdown))


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


@pytest.mark.parametrize("path", CANONICAL, ids=lambda p: p.name)
def test_canonical_bodies_come_back_byte_for_byte(path: Path):
    text = path.read_text(encoding="utf-8")
    assert round_trip(text) == text


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"ex{i:02d}" for i in range(len(EXAMPLES))])
def test_examples_render_the_same_html(example: str):
    out = round_trip(example)
    for parser in (create_parser(), plain_parser()):
        assert parser.render(out) == parser.render(example), out
    # what the editor writes is canonical: a second round trip changes nothing
    assert round_trip(out) == out


def test_corpus_is_large_enough_and_varied():
    assert len(EXAMPLES) >= 60
    html = "".join(plain_parser().render(e) for e in EXAMPLES)
    for tag in ("<em>", "<strong>", "<s>", "<code>", "<a href", "<img", "<h2>", "<h3>",
                "<blockquote>", "<ul>", "<ol start=", "<pre>", "<hr />", "<table>", "<br />"):
        assert tag in html, tag


def test_vietnamese_is_kept_in_nfc():
    text = "Thừa Thiên Huế, Đà Nẵng, Quảng Ngãi: người dân đón mưa.\n"
    assert round_trip(text) == text
    decomposed = unicodedata.normalize("NFD", text)
    assert round_trip(decomposed) == text


@pytest.mark.parametrize("text", [
    "a * b", "dấu _ gạch", "[ngoặc]", "# thăng", "> lớn", "- gạch", "+ cộng", "1. số",
    "2024) năm", "`", "\\", "<x>", "&amp;", "~~", "a|b", "!", "=", "   thụt", "cuối  ",
])
def test_text_that_looks_like_markup_round_trips(text: str):
    doc = QTextDocument()
    doc.setPlainText(text)
    md = document_to_markdown(doc)
    assert document_to_markdown(markdown_to_document(md)) == md
    back = markdown_to_document(md)
    assert back.toPlainText() == text.rstrip(" ")  # spaces ending a paragraph are not kept


@pytest.mark.parametrize("last", ["|x", "x|", "|", "ế | ệ", "x\\|", "`|` |"])
def test_a_heading_line_with_a_pipe_above_its_underline_stays_a_heading(last: str):
    """A subheading of two lines (Shift+Enter) is written with ``---`` under it; a pipe on its
    last line must not turn the two lines into a table."""
    block = Block("heading", runs=[Run("text", "Hà Nội"), Run("hardbreak"), Run("text", last)],
                  level=2)
    markdown = write_blocks([block])
    back = parse_blocks(markdown)
    assert [b.kind for b in back] == ["heading"], markdown
    assert back[0].level == 2
    assert "".join(r.text for r in back[0].runs) == "Hà Nội" + last
    assert write_blocks(back) == markdown


def test_spaces_ending_a_paragraph_are_dropped_not_escaped():
    doc = markdown_to_document("Câu một. Câu hai.\n\n## Tiêu đề *nghiêng*\n")
    cursor = QTextCursor(doc)
    cursor.setPosition(len("Câu một. "))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()  # the last sentence deleted, its space left behind
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText("  ")
    md = document_to_markdown(doc)
    assert md == "Câu một.\n\n## Tiêu đề *nghiêng*\n"
    # a body saved before (with the space written as a reference) loses it on its next save
    assert document_to_markdown(markdown_to_document("Câu một.&#32;\n")) == "Câu một.\n"
    # a space inside the text, before a line break or in a link's text is kept
    kept = "Một&#32;\\\nhai [liên kết ](https://a.vn)\n"
    assert document_to_markdown(markdown_to_document(kept)) == kept


def test_figure_is_one_unit_of_photo_caption_and_credit():
    requested = []

    def loader(path: str) -> bytes | None:
        requested.append(path)
        return None  # missing photo: a placeholder is shown

    md = 'Trước.\n\n![Quang cảnh hội nghị.](images/hoi-nghi.jpg "Ảnh: Lê Hoa")\n\nSau.\n'
    doc = markdown_to_document(md, loader)
    blocks = []
    block = doc.firstBlock()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    kinds = [kind_of(b.blockFormat()) for b in blocks]
    assert kinds == ["", FIGURE, CAPTION, CREDIT, ""]
    photo, caption, credit = blocks[1:4]
    assert len({b.blockFormat().property(P_FIG_ID) for b in (photo, caption, credit)}) == 1
    assert photo.blockFormat().property(P_FIG_SRC) == "images/hoi-nghi.jpg"
    assert caption.text() == "Quang cảnh hội nghị."
    assert credit.text() == "Ảnh: Lê Hoa"
    assert requested == ["images/hoi-nghi.jpg"]
    fmt = next(iter(photo)).fragment().charFormat()
    assert fmt.isImageFormat()
    name = QTextImageFormat(fmt.toImageFormat()).name()
    image = doc.resource(QTextDocument.ResourceType.ImageResource, name)
    assert image is not None and not image.isNull()
    assert document_to_markdown(doc) == md


def test_figure_photo_is_loaded_from_the_loader(tmp_path: Path):
    from PySide6.QtGui import QColor, QImage

    img = QImage(800, 400, QImage.Format.Format_RGB32)
    img.fill(QColor("red"))
    png = tmp_path / "a.png"
    img.save(str(png))
    doc = markdown_to_document("![Ảnh đỏ](images/a.png)\n",
                               lambda p: png.read_bytes() if p == "images/a.png" else None)
    fmt = next(iter(doc.firstBlock())).fragment().charFormat().toImageFormat()
    shown = doc.resource(QTextDocument.ResourceType.ImageResource, fmt.name())
    assert shown.width() == round(PHOTO_WIDTH * shown.devicePixelRatio())  # decoded to show
    assert shown.pixel(10, 10) == QColor("red").rgb()
    assert fmt.width() == PHOTO_WIDTH  # shown at most a reading column wide, whatever the window


def test_photo_paths_are_kept_as_written():
    md = '![Ảnh](<images/ảnh có dấu cách.jpg> "Ảnh: A")\n'
    doc = markdown_to_document(md)
    assert doc.firstBlock().blockFormat().property(P_FIG_SRC) == "images/ảnh có dấu cách.jpg"
    assert document_to_markdown(doc) == md


def test_empty_body():
    assert round_trip("") == ""
    assert round_trip("\n\n   \n") == ""


def test_bridge_keeps_every_example_where_qts_own_markdown_support_does_not():
    """The reason for the bridge: Qt's setMarkdown/toMarkdown loses many of these."""
    parser = create_parser()
    corpus = EXAMPLES + [p.read_text(encoding="utf-8") for p in CANONICAL]
    kept_by_qt = 0
    for text in corpus:
        doc = QTextDocument()
        doc.setMarkdown(text)
        kept_by_qt += parser.render(doc.toMarkdown()) == parser.render(text)
        assert parser.render(round_trip(text)) == parser.render(text)
    assert kept_by_qt < len(corpus)


def test_photos_are_shown_upright_and_decoded_at_screen_size():
    import io

    from PIL import Image

    photo = Image.new("RGB", (4000, 1000), "red")
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: the camera was turned
    data = io.BytesIO()
    photo.save(data, "JPEG", exif=exif)
    doc = markdown_to_document("![Đứng](images/dung.jpg)\n", lambda p: data.getvalue())
    fmt = next(iter(doc.firstBlock())).fragment().charFormat().toImageFormat()
    shown = doc.resource(QTextDocument.ResourceType.ImageResource, fmt.name())
    assert shown.height() > shown.width()  # upright
    assert shown.width() <= PHOTO_WIDTH * shown.devicePixelRatio()  # never 4000 px in memory
    assert fmt.width() <= PHOTO_WIDTH
