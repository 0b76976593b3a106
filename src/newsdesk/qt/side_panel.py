"""The side area: Print preview, Web preview and QR code, as tabs.

The previews are heavy (QtWebEngine, QtPdf), so each tab's widget is made the first time the
tab is shown with an article open, never at start-up. (The review tab also needs the open
library: it is made once an article stored in the library is shown, never while the library
is still opening, even when the window was closed with that tab showing.) Edits poke a debouncer; ~1 s after the
last one the panel asks for the current article (``wants_article``) and hands it to the
visible preview. A hidden web preview is refreshed when its tab is next shown; the print
preview prints the article even while hidden (made then, with the first article), since the
status bar's copyfit line comes from it: ``copyfit_changed`` gives only the open article's
line (``opened`` counts the articles opened; a print of an earlier one says nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedLayout, QTabWidget, QWidget

from newsdesk.domain import Article

from .qr_panel import QrPanel
from .workers import Debouncer

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI

    from .preview_print import PrintPreview
    from .preview_web import WebPreview
    from .review.review_panel import ReviewPanel

W = TypeVar("W", bound=QWidget)

PREVIEW_DELAY_MS = 1000
TABS = ("print", "web", "qr", "review")


class LazyTab(QWidget, Generic[W]):
    """A tab that builds its real widget on first use."""

    def __init__(self, factory: Callable[[QWidget], W], parent: QWidget | None = None,
                 made: Callable[[QWidget], None] | None = None):
        super().__init__(parent)
        self._factory = factory
        self._made = made  # told of the widget once it is built
        self.widget: W | None = None
        self._layout = QStackedLayout(self)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._layout.addWidget(self.placeholder)

    def ensure(self) -> W:
        if self.widget is None:
            self.widget = self._factory(self)
            self._layout.addWidget(self.widget)
            if self._made is not None:
                self._made(self.widget)
        self._layout.setCurrentWidget(self.widget)
        return self.widget

    def show_placeholder(self) -> None:
        self._layout.setCurrentWidget(self.placeholder)


class SidePanel(QTabWidget):
    copyfit_changed = Signal(str)
    wants_article = Signal()
    review_changed = Signal(object)  # Article after a workflow step or a restore
    passage_requested = Signal(object)  # a comment's Anchor, clicked in the review tab
    comments_changed = Signal()
    review_made = Signal(object)  # the ReviewPanel, once it is built
    made = Signal(object)  # the widget of a tab (previews, review), once it is built
    page_setup_changed = Signal()  # the page set anew in the print preview's boxes

    def __init__(self, library: LibraryAPI, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setDocumentMode(True)
        self.print_tab = LazyTab(self._make_print, self, self.made.emit)
        self.web_tab = LazyTab(self._make_web, self, self.made.emit)
        self.qr = QrPanel(self)
        self.qr.config = Path(library.paths.config)
        self.review_tab = LazyTab(self._make_review, self, self.made.emit)
        self.article_id: str | None = None
        self.comment_anchor: Callable[[], object] | None = None  # where new comments go
        self.addTab(self.print_tab, "")
        self.addTab(self.web_tab, "")
        self.addTab(self.qr, "")
        self.addTab(self.review_tab, "")
        self._article: Article | None = None
        self._stale: set[str] = {"print", "web"}
        self._opened = 0
        self._debounce = Debouncer(PREVIEW_DELAY_MS, self.wants_article.emit, self)
        self.currentChanged.connect(self._tab_shown)
        self.retranslate()

    def _make_print(self, parent: QWidget) -> PrintPreview:
        from .preview_print import PrintPreview

        preview = PrintPreview(self.library, parent)
        preview.copyfit_changed.connect(self._copyfit_printed)
        preview.setup_changed.connect(self.page_setup_changed)
        return preview

    def _copyfit_printed(self, text: str, tag: object) -> None:
        if tag == self._opened:  # never the line of an article no longer open
            self.copyfit_changed.emit(text)

    def opened(self) -> None:
        """Another article is open (or none): what is printed for the one before is not its,
        and its pages are no longer shown (the print preview says it is laying out the page)."""
        self._opened += 1
        if self.print_tab.widget is not None:
            self.print_tab.widget.wait()

    def _make_web(self, parent: QWidget) -> WebPreview:
        from .preview_web import WebPreview

        return WebPreview(self.library, parent)

    def _make_review(self, parent: QWidget) -> ReviewPanel:
        from .review.review_panel import ReviewPanel

        panel = ReviewPanel(self.library, parent)
        panel.article_changed.connect(self.review_changed)
        panel.passage_requested.connect(self.passage_requested)
        panel.comments_changed.connect(self.comments_changed)
        if self.comment_anchor is not None:
            panel.set_anchor_source(self.comment_anchor)
        panel.set_article(self.article_id)
        self.review_made.emit(panel)
        return panel

    def set_article_id(self, article_id: str | None) -> None:
        """The article the review tab follows (None until the library stored it)."""
        if article_id == self.article_id:
            return
        self.article_id = article_id
        if self.review_tab.widget is not None:
            self.review_tab.widget.set_article(article_id)
        elif article_id and self.current_tab() == "review" and self.isVisible():
            self.review_tab.ensure()

    def review_refresh(self) -> None:
        if self.review_tab.widget is not None:
            self.review_tab.widget.refresh()

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("Print preview"))
        self.setTabText(1, self.tr("Web preview"))
        self.setTabText(2, self.tr("QR code"))
        self.setTabText(3, self.tr("Review"))
        for tab in (self.print_tab, self.web_tab, self.review_tab):
            tab.placeholder.setText(self.tr("Open an article to see it here."))
            if tab.widget is not None:
                tab.widget.retranslate()
        self.qr.retranslate()

    # -- tabs -----------------------------------------------------------------------------------
    def current_tab(self) -> str:
        return TABS[max(0, self.currentIndex())]

    def set_current_tab(self, name: str) -> None:
        if name in TABS:
            self.setCurrentIndex(TABS.index(name))

    def preview(self, name: str) -> QWidget | None:
        if name == "print":
            return self.print_tab.widget
        return self.web_tab.widget if name == "web" else None

    def _tab_shown(self, _index: int) -> None:
        name = self.current_tab()
        if name == "review" and self.article_id:
            self.review_tab.ensure()
        if name in self._stale and self._article is not None:
            self.wants_article.emit()

    # -- articles -------------------------------------------------------------------------------
    def article_changed(self) -> None:
        """The article was edited (or another one opened): refresh soon."""
        self._stale.add("print")
        self._stale.add("web")
        self._debounce.poke()

    def refresh_now(self) -> None:
        self._debounce.cancel()
        self.wants_article.emit()

    def show_article(self, article: Article) -> None:
        self._article = article
        name = self.current_tab()
        if name == "web" and self.isVisible():
            self.web_tab.ensure().show_article(article)
            self._stale.discard(name)
        # printed whether or not its tab is shown: the status bar's copyfit is the open article's
        self.print_tab.ensure().show_article(article, self._opened)
        self._stale.discard("print")

    def clear_article(self) -> None:
        """The article is gone (deleted): the previews and the QR code stop showing it."""
        self._debounce.cancel()
        self._article = None
        self.opened()
        self._stale = {"print", "web"}
        for tab in (self.print_tab, self.web_tab):
            tab.show_placeholder()
        self.qr.set_url("")
        self.set_article_id(None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.current_tab() == "review" and self.article_id:
            self.review_tab.ensure()
        if self._article is not None and self.current_tab() in self._stale:
            self.wants_article.emit()

    def shutdown(self) -> None:
        self._debounce.cancel()
        for tab in (self.print_tab, self.web_tab):
            if tab.widget is not None:
                tab.widget.shutdown()
