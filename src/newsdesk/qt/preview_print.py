"""The print preview: the very PDF the ``pdf`` export writes, shown with QtPdf.

On each refresh ``newsdesk.printing.jobs.ArticlePrinter`` (the path the PDF export takes too)
builds the print bundle on the thread pool and prints it asynchronously (Chromium works in its
own processes; the UI never blocks) to a file in the cache folder, which the QPdfView shows. Paper, columns
and font size are controls above the page, with the zoom: fit width (the default), fit page
or fixed steps, from its box, its buttons, Ctrl+plus / Ctrl+minus or Ctrl+wheel (remembered in Settings, so the PDF export uses
the same); the copyfit line comes from the printer's measurement of the real layout. "Comments"
shows the proof the PDF export prints with its comments (the open review comments marked).
An article with pending suggestions is shown as the marked proof the PDF export prints with
"Print changes marked" (never as CriticMarkup), under a notice saying how many are pending;
accepting or rejecting them is an edit like any other, so the preview follows.
A refresh of the article shown keeps the reader's place in its pages; another article (each
opening has its own tag) is shown from the top of its first page. The page shown is always
the last one printed for the setup chosen: when that setup cannot be printed (four columns on
A5) or the print fails, the page is taken away (a print still under way with it) and the
reason is shown in its place, with no copyfit figure, until a print succeeds again.
Imported only when the preview is first shown.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain import Article, NewsdeskError
from newsdesk.domain.suggestions import pending

from .labels import pending_notice, whole_mnemonics

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI

PAPERS = ("A4", "A5", "A3", "Letter", "Tabloid")
ZOOMS = (0.25, 0.33, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)  # the fixed steps; fit width and fit page too


def extra_qr(settings: object) -> list[tuple[str, str]]:
    url = getattr(settings, "second_qr_url", "")
    return [(url, getattr(settings, "second_qr_label", ""))] if url else []


class PrintPreview(QWidget):
    copyfit_changed = Signal(str, object)  # the copyfit line, the tag of the print it is for
    rendered = Signal(object)  # PdfResult
    setup_changed = Signal()  # paper, orientation, columns or type size chosen in its boxes

    def __init__(self, library: LibraryAPI, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from newsdesk.printing.jobs import ArticlePrinter

        self.library = library
        self.settings = library.settings
        cache = Path(library.paths.cache)
        self.renditions = cache / "renditions"
        # the pages printed for the preview: removed by ``shutdown`` (the window closed), or
        # at exit when the app ends without it (the folder's own finalizer)
        try:
            cache.mkdir(parents=True, exist_ok=True)
            self._pages = tempfile.TemporaryDirectory(prefix="print-preview-", dir=cache,
                                                      ignore_cleanup_errors=True)
        except OSError:  # a cache folder this user may not write (a read-only data folder)
            self._pages = tempfile.TemporaryDirectory(prefix="newsdesk-print-preview-",
                                                      ignore_cleanup_errors=True)
        self.folder = Path(self._pages.name)
        self.printer = ArticlePrinter(self)
        self.printer.finished.connect(self._printed)
        self.printer.failed.connect(self._failed)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # no Tab stop: the page shows no focus and takes no typing, so Tab from the body (a
        # caption's credit typed next) must not land here; a click still gives it the keys
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # At fit width a page whose height is within a scrollbar's width of the viewport's sets
        # QPdfView fitting for ever: the scrollbar shows, the page narrows and no longer needs
        # it, the scrollbar hides, the page widens again... and the window stops answering. A
        # vertical scrollbar that is always there keeps the width to fit still.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.paper = QComboBox(self)
        self.paper.addItems(PAPERS)
        self.paper.setCurrentText(self.settings.paper)
        self.columns = QSpinBox(self)
        self.columns.setRange(1, 4)
        self.columns.setValue(self.settings.columns)
        self.font_size = QDoubleSpinBox(self)
        self.font_size.setRange(7.0, 16.0)
        self.font_size.setSingleStep(0.5)
        self.font_size.setDecimals(1)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(self.settings.font_size_pt)
        self.zoom = QComboBox(self)  # Fit width (the default), Fit page, then fixed steps
        self.zoom.addItem("", "width")
        self.zoom.addItem("", "page")
        for factor in ZOOMS:
            self.zoom.addItem(f"{factor:.0%}", factor)
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        self.zoom_out = QToolButton(self)
        self.zoom_out.setText("−")
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in = QToolButton(self)
        self.zoom_in.setText("+")
        self.zoom_in.clicked.connect(lambda: self.step_zoom(1))
        # the page's way up: a narrow toggle after the zoom, on the row of how the page is
        # shown (a box beside the paper would widen the row that sets the panel's narrowest
        # width); checked, the page is turned to landscape
        self.orientation = QToolButton(self)
        self.orientation.setCheckable(True)
        self.orientation.setChecked(self.settings.orientation == "landscape")
        for keys, step in ((QKeySequence.StandardKey.ZoomIn, 1), ("Ctrl+=", 1),
                           (QKeySequence.StandardKey.ZoomOut, -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step_zoom(s))
        self._wheel = _CtrlWheel(self)
        self.view.viewport().installEventFilter(self._wheel)
        self.copyfit = QLabel(self)
        self.copyfit.setWordWrap(True)
        self.message = QLabel(self)  # the warnings of the page shown (a photo's resolution)
        self.message.setWordWrap(True)
        self.message.hide()
        self.unprintable = QLabel(self)  # in the page's place: why no page can be shown
        self.unprintable.setWordWrap(True)
        self.unprintable.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unprintable.setMargin(24)
        self.unprintable.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.waiting = QLabel(self)  # in the page's place while another article prints
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setEnabled(False)  # greyed: a state, not a message
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.unprintable)
        self.pages.addWidget(self.waiting)
        self.notice = pending_notice(self)
        self._labels = [QLabel(self) for _ in range(3)]
        controls = QHBoxLayout()
        for label, widget in zip(self._labels, (self.paper, self.columns, self.font_size),
                                 strict=True):
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget)
        controls.addStretch(1)
        # the proof's check box on the zoom's row: one row of four controls would set the
        # panel's narrowest width, taking it from the body in a small window
        self.comments = QCheckBox(self)  # the proof: comments marked and listed
        zoom = QHBoxLayout()
        self.zoom_label = QLabel(self)
        self.zoom_label.setBuddy(self.zoom)
        for widget in (self.zoom_label, self.zoom_out, self.zoom, self.zoom_in, self.orientation):
            zoom.addWidget(widget)
        zoom.addSpacing(12)
        zoom.addWidget(self.comments)
        zoom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        layout.addLayout(zoom)
        layout.addWidget(self.copyfit)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        whole_mnemonics(self)
        layout.addWidget(self.pages, 1)
        self.article: Article | None = None
        self.result = None
        self.pdf_path: Path | None = None
        self._serial = 0
        self._tag: object = None  # of the article last asked for
        self._printing_tag: object = None  # of the print under way (the copyfit it gives)
        self._place: tuple[object, int] = (None, 0)  # the tag of the pages last shown, and
        # how far down them the reader was (kept while no page can be shown)
        self._error: tuple[BaseException, object] | None = None  # why no page is shown, for
        # which tag (None: a page is)
        self._shown = 0
        self.pending = 0  # the pending suggestions of the article the pages show
        self._printing = 0  # … of the one being printed
        self.paper.currentTextChanged.connect(self._setup_changed)
        self.orientation.toggled.connect(self._setup_changed)
        self.columns.valueChanged.connect(self._setup_changed)
        self.font_size.valueChanged.connect(self._setup_changed)
        self.comments.toggled.connect(self._refresh)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(self._labels, (self.tr("&Paper"), self.tr("&Columns"),
                                              self.tr("&Font size")), strict=True):
            label.setText(text)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self._show_orientation()
        self.columns.setAccessibleName(self.tr("Columns"))
        self.font_size.setAccessibleName(self.tr("Font size"))
        self.view.setAccessibleName(self.tr("Print preview"))
        self.unprintable.setAccessibleName(self.tr("Print preview"))
        self.waiting.setText(self.tr("Laying out the page…"))
        self.waiting.setAccessibleName(self.tr("Print preview"))
        self.zoom_label.setText(self.tr("&Zoom"))
        self.comments.setText(self.tr("Co&mments"))
        self.comments.setToolTip(self.tr(
            "Show the proof: commented passages numbered in the text, the open comments "
            "listed after the article (as File ▸ Export… ▸ PDF with Include comments)"))
        self.zoom.setItemText(0, self.tr("Fit width"))
        self.zoom.setItemText(1, self.tr("Fit page"))
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl++, Ctrl+wheel)"))
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-, Ctrl+wheel)"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        if self.result is not None:
            self._show_copyfit(self.result.copyfit)
        elif self._error is not None:
            self._show_unprintable(*self._error)
        self._show_notice()

    # -- zoom -----------------------------------------------------------------------------------
    def zoom_factor(self) -> float:
        """The scale the page is shown at now (whatever the mode)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        size = self.document.pagePointSize(0)
        viewport = self.view.viewport()
        if size.width() <= 0:
            return 1.0
        dpi = self.view.logicalDpiX() / 72.0
        width = (viewport.width() - 2 * self.view.documentMargins().left()) / (size.width() * dpi)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return width
        height = (viewport.height() - 2 * self.view.documentMargins().top()) / (
            size.height() * dpi)
        return min(width, height)

    def _zoom_chosen(self, _index: int) -> None:
        choice = self.zoom.currentData()
        if choice == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif choice is not None:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))

    def step_zoom(self, step: int) -> None:
        """One fixed step bigger (``step`` > 0) or smaller than the scale shown now; past the
        last step the page stays as it is (zooming out never makes it bigger)."""
        now = self.zoom_factor()
        if step > 0:
            factor = next((z for z in ZOOMS if z > now + 0.01), None)
        else:
            factor = next((z for z in reversed(ZOOMS) if z < now - 0.01), None)
        if factor is not None:
            self.zoom.setCurrentIndex(self.zoom.findData(factor))

    def _setup_changed(self, *_: object) -> None:
        self.settings.paper = self.paper.currentText()
        self.settings.orientation = "landscape" if self.orientation.isChecked() else "portrait"
        self._show_orientation()
        self.settings.columns = self.columns.value()
        self.settings.font_size_pt = float(self.font_size.value())
        # kept for the next start and the command line only when the page can take it: a
        # setup passed through on the way to another (four columns on A5, refused under the
        # preview) never becomes what a plain ``newsdesk export`` prints with
        from newsdesk.printing.setup import page_setup

        try:
            page_setup(self.settings)
        except NewsdeskError:
            pass
        else:
            try:
                self.settings.save(self.library.paths.settings_file)
            except OSError:
                pass
        self.setup_changed.emit()  # an Export dialog left open says it, and checks it
        self._refresh()

    def _show_orientation(self) -> None:
        """The toggle draws the page as it is now: upright (portrait) or lying (landscape)."""
        landscape = self.orientation.isChecked()
        self.orientation.setText("▭" if landscape else "▯")
        self.orientation.setAccessibleName(self.tr("Landscape"))
        self.orientation.setToolTip(
            self.tr("Landscape: the page is turned (click for portrait)") if landscape else
            self.tr("Portrait: click to turn the page to landscape"))

    def settings_changed(self) -> None:
        """The settings changed elsewhere (Preferences): the boxes show them, the page is
        printed again with them."""
        boxes = (self.paper, self.orientation, self.columns, self.font_size)
        for box in boxes:
            box.blockSignals(True)
        self.paper.setCurrentText(self.settings.paper)
        self.orientation.setChecked(self.settings.orientation == "landscape")
        self._show_orientation()
        self.columns.setValue(int(self.settings.columns))
        self.font_size.setValue(float(self.settings.font_size_pt))
        for box in boxes:
            box.blockSignals(False)
        self._refresh()

    def _refresh(self, *_: object) -> None:
        if self.article is not None:  # the same article: its copyfit line goes on as its own
            self.show_article(self.article, self._tag)

    # -- rendering ------------------------------------------------------------------------------
    def show_article(self, article: Article, tag: object = None) -> None:
        """Print ``article`` in the background; a newer call replaces an older one. ``tag``
        comes back with its copyfit line (``copyfit_changed``): whose article it measures;
        pages printed with another tag than the ones shown are shown from the top."""
        self.article = article
        if tag != self._place[0]:
            self.wait()  # the pages shown are another article's: never shown as this one's
        self._tag = tag
        try:
            from newsdesk.printing.setup import page_setup

            setup = page_setup(self.settings, article.language)
        except NewsdeskError as exc:  # (four columns on A5): no page of an earlier setup
            self._serial += 1  # a print under way, or its comments being read, is dropped
            self.printer.cancel()
            self._failed_error(exc, tag)
            return
        self._serial += 1
        if not self.comments.isChecked():
            self._print(article, setup, self._serial, None)
            return
        from newsdesk.services.proof import proof_notes

        from .workers import run_task

        serial = self._serial  # the comments are read on the thread pool, then printed
        run_task(proof_notes, self.library, article,
                 on_done=lambda notes: self._print(article, setup, serial, notes),
                 on_error=lambda exc: self._notes_failed(exc, serial, tag))

    def wait(self) -> None:
        """Another article is to be printed: the pages of the one before, its warnings and
        its suggestions notice are taken away until its own pages come."""
        if self.pages.currentWidget() is self.waiting:
            return
        if self.pdf_path is not None:
            self._place = (self._place[0], self.view.verticalScrollBar().value())
        self.pages.setCurrentWidget(self.waiting)
        self.copyfit.setText(self.tr("Copyfit: —"))  # (the status bar says so too)
        self.message.hide()
        self.notice.hide()

    def _notes_failed(self, exc: BaseException, serial: int, tag: object) -> None:
        if serial == self._serial:  # (never the failure of a refresh replaced since)
            self._failed_error(exc, tag)

    def _print(self, article: Article, setup, serial: int, notes) -> None:
        if serial != self._serial:
            return  # a newer refresh replaced this one while its comments were read
        from newsdesk.services.related import related_source

        library = self.library
        self._printing = len(pending(article.body))
        self._printing_tag = self._tag
        self.printer.print_article(
            article, lambda path: library.photo_for(article, path),
            self.folder / f"preview-{serial}.pdf", setup, cache_dir=self.renditions,
            extra_qr=extra_qr(self.settings), notes=notes,
            related=related_source(library, article), changes=self._printing > 0)

    def _printed(self, result) -> None:
        self.result = result
        self._error = None
        bar = self.view.verticalScrollBar()
        if self.pdf_path is not None:  # the reader's place in the pages shown
            self._place = (self._place[0], bar.value())
        shown, position = self._place
        another = shown != self._printing_tag  # another article: the top of its first page
        if another:
            position = 0
        self._place = (self._printing_tag, position)
        previous, self.pdf_path = self.pdf_path, Path(result.path)
        self.document.load(str(result.path))
        self.pages.setCurrentWidget(self.view)
        bar.setValue(position)
        if another:
            self.view.horizontalScrollBar().setValue(0)
        if previous is not None and previous != self.pdf_path:
            previous.unlink(missing_ok=True)
        self.message.setVisible(bool(result.warnings))
        from .error_messages import notice_lines

        self.message.setText("\n".join(notice_lines(result.warnings)))
        self._show_copyfit(result.copyfit)
        self.pending = self._printing
        self._show_notice()
        self._shown += 1
        self.rendered.emit(result)

    def _show_notice(self) -> None:
        self.notice.setText(self.tr(
            "%n suggestion(s) pending — shown marked; accept or reject them before printing",
            "", self.pending))
        self.notice.setVisible(self.pending > 0)

    def copyfit_text(self, copyfit: object) -> str:
        """``Copyfit: 217 lines over 2 pages, 75 lines a column``."""
        from .copyfit_line import copyfit_line

        return copyfit_line(copyfit)

    def _show_copyfit(self, copyfit) -> None:
        text = self.copyfit_text(copyfit)
        self.copyfit.setText(text)
        self.copyfit_changed.emit(text, self._printing_tag)

    def _failed(self, message: str) -> None:
        error = self.printer.last_error
        if error is not None and error.code == "print.cancelled":
            return
        self._failed_error(error or NewsdeskError(message), self._printing_tag)

    def _failed_error(self, exc: BaseException, tag: object) -> None:
        """Nothing can be printed for the article and setup asked for: the page shown (of an
        earlier setup or text) is taken away, and the reason shown in its place."""
        if self.pdf_path is not None:  # kept, for the same article printed again
            self._place = (self._place[0], self.view.verticalScrollBar().value())
            self.document.close()
            self.pdf_path.unlink(missing_ok=True)
            self.pdf_path = None
        self.result = None
        self._error = (exc, tag)
        self.message.hide()  # the warnings of the page taken away
        self.pending = 0
        self._show_notice()
        self._show_unprintable(exc, tag)

    def _show_unprintable(self, exc: BaseException, tag: object) -> None:
        from .errors import error_text

        self.unprintable.setText(error_text(exc))
        self.pages.setCurrentWidget(self.unprintable)
        text = self.tr("Copyfit: —")  # no figure: none is known for this setup
        self.copyfit.setText(text)
        self.copyfit_changed.emit(text, tag)

    def page_count(self) -> int:
        return self.document.pageCount()

    def shutdown(self) -> None:
        self.document.close()
        self.printer.dispose()
        self._pages.cleanup()


class _CtrlWheel(QObject):
    """Ctrl+wheel over the page zooms, as in every viewer; the plain wheel scrolls."""

    def __init__(self, preview: PrintPreview) -> None:
        super().__init__(preview)
        self.preview = preview

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Wheel
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):  # type: ignore[attr-defined]
            delta = event.angleDelta().y()  # type: ignore[attr-defined]
            if delta:
                self.preview.step_zoom(1 if delta > 0 else -1)
            return True
        return False
