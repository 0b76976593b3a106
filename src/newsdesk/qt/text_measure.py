"""The measure of the body text: lines of at most MEASURE_CHARS characters, centred.

On a wide window a body editor as wide as the pane runs far too many characters a line to
read comfortably. ``TextMeasure`` narrows the editor's viewport to a column of MEASURE_CHARS
average characters of the document's font, centred by equal viewport margins (the scroll bar
stays at the pane's edge, as in word processors), and keeps the metadata form above it at the
same width (or what the form needs to show its fields two pairs a row). The margins belong to the editor: the wheel scrolls there, and a click there
places the cursor at the nearest point of the text, as in the text itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF
from PySide6.QtGui import QFontMetricsF, QMouseEvent, QPalette
from PySide6.QtWidgets import QStyle, QTextEdit, QWidget

MEASURE_CHARS = 75

_MOUSE = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
          QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove)


class TextMeasure(QObject):
    def __init__(self, editor: QTextEdit, header: QWidget | None = None,
                 chars: int = MEASURE_CHARS) -> None:
        super().__init__(editor)
        self.editor = editor
        self.header = header
        self.chars = chars
        self._forwarding = False
        editor.setAutoFillBackground(True)  # the margins look like the page, not the desk
        editor.setBackgroundRole(QPalette.ColorRole.Base)
        editor.installEventFilter(self)
        self.update()

    def column_width(self) -> int:
        """The text column in pixels: the measure plus the document's own margins."""
        document = self.editor.document()
        metrics = QFontMetricsF(document.defaultFont())
        return round(metrics.averageCharWidth() * self.chars + 2 * document.documentMargin())

    def update(self) -> None:
        editor = self.editor
        column = self.column_width()
        bar = editor.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, editor)
        spare = editor.contentsRect().width() - bar - column
        side = max(0, spare // 2)
        margins = editor.viewportMargins()
        if margins.left() != side or margins.right() != side:
            editor.setViewportMargins(side, 0, side, 0)
        if self.header is not None:
            wanted = getattr(self.header, "two_column_width", None)  # the form's own need
            least = max(self.header.minimumSizeHint().width(), wanted() if wanted else 0)
            self.header.setMaximumWidth(max(column, least))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.update()
        elif kind == QEvent.Type.Wheel and not self._forwarding:  # over a margin: scroll
            viewport = self.editor.viewport()
            if viewport.geometry().contains(event.position().toPoint()):  # type: ignore[attr-defined]
                return False  # came up from the text itself: not ours
            self._forwarding = True
            try:
                QCoreApplication.sendEvent(viewport, event)
            finally:
                self._forwarding = False
            return True
        elif kind in _MOUSE and not self._forwarding:
            return self._margin_mouse(event)  # type: ignore[arg-type]
        return False

    def _margin_mouse(self, event: QMouseEvent) -> bool:
        """A press, release or move over a margin goes to the text at the nearest point. One
        the text itself did not take (a right-button press: the menu comes with the context
        menu event) propagates up to the editor: it is left alone, never sent back down."""
        viewport = self.editor.viewport()
        if viewport.geometry().contains(event.position().toPoint()):
            return False  # came up from the text itself: not ours
        where = viewport.mapFrom(self.editor, event.position().toPoint())
        x = min(max(where.x(), 0), viewport.width() - 1)
        y = min(max(where.y(), 0), viewport.height() - 1)
        moved = QMouseEvent(event.type(), QPointF(x, y), event.globalPosition(), event.button(),
                            event.buttons(), event.modifiers())
        self._forwarding = True
        try:
            QCoreApplication.sendEvent(viewport, moved)
        finally:
            self._forwarding = False
        return True
