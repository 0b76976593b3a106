"""Figures in the real main window's body: an article with photos in the library, clicking on
a photo like a user, and what the editor shows compared with what the Markdown holds."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextBlock, QTextDocument

from gui_support import jpeg_bytes
from newsdesk.domain import Article
from newsdesk.qt.editor.document_bridge import markdown_to_document
from newsdesk.qt.editor.formats import FIGURE, LINE_SEPARATOR, OBJECT_CHAR, kind_of

PHOTO_MARK = "[ảnh]"


def photo_article(window, body: str, photos: tuple[str, ...]) -> Article:
    """Store an article whose body holds the photos ``photos`` (paths ``images/NAME``) and open
    it in the window, ready for typing in the body."""
    assets = {f"images/{name}": window.library.add_photo(jpeg_bytes(480, 300), name)
              for name in photos}
    article = window.library.save(Article(headline="Ảnh cảng", body=body, assets=assets))
    window.open_article(window.library.get(article.id))
    return article


def blocks_of(doc: QTextDocument, kind: str) -> list[QTextBlock]:
    out, b = [], doc.firstBlock()
    while b.isValid():
        if kind_of(b.blockFormat()) == kind:
            out.append(b)
        b = b.next()
    return out


def click_photo(qtbot, body, n: int = 0, side: str = "left") -> None:
    """Click the left or right half of photo ``n``: the caret goes before or after it."""
    block = blocks_of(body.document(), FIGURE)[n]
    line = block.layout().lineAt(0)
    rect = body.document().documentLayout().blockBoundingRect(block)
    left = rect.left() + line.x() + line.cursorToX(0)[0]
    right = rect.left() + line.x() + line.cursorToX(1)[0]
    x = left + (right - left) * (0.25 if side == "left" else 0.75)
    y = rect.top() + line.y() + line.height() / 2
    offset = QPoint(body.horizontalScrollBar().value(), body.verticalScrollBar().value())
    body.ensureCursorVisible()
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(int(x), int(y)) - offset)


def shown(doc: QTextDocument) -> list[tuple[str, str]]:
    """What a reader of the editor sees, block by block: (kind or heading level, text), a photo
    as ``[ảnh]``; empty paragraphs and spaces ending a line (invisible) left out."""
    out = []
    b = doc.firstBlock()
    while b.isValid():
        fmt = b.blockFormat()
        kind = kind_of(fmt) or (f"h{fmt.headingLevel()}" if fmt.headingLevel() else "")
        text = b.text().replace(OBJECT_CHAR, PHOTO_MARK).replace(LINE_SEPARATOR, "\n")
        text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
        if text or kind:
            out.append((kind, text))
        b = b.next()
    return out


def reopened(markdown: str) -> list[tuple[str, str]]:
    """What the editor shows after the body ``markdown`` is opened again."""
    return shown(markdown_to_document(markdown))
