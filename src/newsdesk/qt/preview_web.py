"""The web preview: the article as the HTML export makes it, with scripts off and no network.

The page is the very text the ``html`` export writes (``standalone_html``: photos as data:
URIs, styles inline), made on the thread pool, written to a private file in the cache folder
(``setHtml`` fails above 2 MB) and shown by a QWebEngineView whose profile is off the record,
runs no page JavaScript (only the app's own scroll restore, in its separate world, which keeps
the reader's place across refreshes) and blocks every request except that one file and data: URIs.
An article with pending suggestions is shown marked, as an editor reads a marked-up copy and
as the body editor shows it (never as CriticMarkup): inserted text underlined, deleted text
struck, both in the author's colour with the author's initials after them and the authors listed
after the article (``render.changes``), under a notice saying how many are pending. The HTML
export refuses such an article, so no page with them goes out by mistake; the preview shows
what is proposed rather than the text as it stands, because deciding needs both texts.
This module is imported only when the preview is first shown: QtWebEngine is heavy.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from newsdesk.domain import Article
from newsdesk.domain.suggestions import pending
from newsdesk.printing.runtime import register_scheme

from .labels import pending_notice
from .workers import run_task

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI

ALLOWED_SCHEMES = {"data", "about", "blob"}


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Lets through data: URIs and the one preview file; blocks everything else."""

    def __init__(self, allowed_file: Path, parent=None) -> None:
        super().__init__(parent)
        self.allowed_file = str(allowed_file)
        self.blocked: list[str] = []

    def interceptRequest(self, info) -> None:
        url = info.requestUrl()
        if url.scheme() in ALLOWED_SCHEMES:
            return
        if url.scheme() == "file" and url.toLocalFile() == self.allowed_file:
            return
        self.blocked.append(url.toString())
        info.block(True)


def render_page(article: Article, library: LibraryAPI, cache_dir: Path) -> str:
    """The standalone HTML of ``article``, its pending suggestions marked (worker thread)."""
    from newsdesk.export.base import ExportOptions
    from newsdesk.export.html import standalone_html

    settings = getattr(library, "settings", None)
    extra_qr = []
    if settings is not None and settings.second_qr_url:
        extra_qr.append((settings.second_qr_url, settings.second_qr_label))
    from newsdesk.services.related import related_source

    options = ExportOptions(cache_dir=cache_dir / "renditions", extra_qr=extra_qr,
                            publication=getattr(settings, "publication_name", ""),
                            related=related_source(library, article))
    return standalone_html(
        article, lambda path: library.photo_for(article, path),
        options, changes=bool(pending(article.body)))


class WebPreview(QWidget):
    def __init__(self, library: LibraryAPI, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        cache = Path(library.paths.cache)
        cache.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix="web-preview-", dir=cache))
        self.page_file = self.folder / "preview.html"
        register_scheme()  # the print preview's scheme: only before QtWebEngine's first profile
        self.profile = QWebEngineProfile(self)  # off the record: nothing kept on disk
        self.interceptor = OfflineInterceptor(self.page_file, self.profile)
        self.profile.setUrlRequestInterceptor(self.interceptor)
        settings = self.profile.settings()
        for attribute, on in (
            (QWebEngineSettings.WebAttribute.JavascriptEnabled, False),
            (QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False),
            (QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False),
            (QWebEngineSettings.WebAttribute.PluginsEnabled, False),
            (QWebEngineSettings.WebAttribute.AutoLoadIconsForPage, False),
        ):
            settings.setAttribute(attribute, on)
        self.view = QWebEngineView(self)
        self.page = QWebEnginePage(self.profile, self.view)
        self.view.setPage(self.page)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.notice = pending_notice(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        self._serial = 0
        self._scroll = QPointF()
        self.html = ""
        self.loads = 0
        self.pending = 0  # the pending suggestions of the article shown
        self.page.loadFinished.connect(self._loaded)
        self._no_tab_stop()
        self.retranslate()

    def _no_tab_stop(self) -> None:
        """The page shows no focus and takes no typing: Tab from the body must not land in
        it (what was typed next was lost); a click still gives it the keys, to scroll."""
        for widget in (self.view, *self.view.findChildren(QWidget)):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Web preview"))
        self._show_notice()

    def show_article(self, article: Article) -> None:
        self._serial += 1
        serial = self._serial
        count = len(pending(article.body))
        run_task(render_page, article, self.library, Path(self.library.paths.cache),
                 on_done=lambda html: self._show(html, serial, count), on_error=self._failed)

    def _show_notice(self) -> None:
        self.notice.setText(self.tr(
            "%n suggestion(s) pending — shown marked; accept or reject them before publishing",
            "", self.pending))
        self.notice.setVisible(self.pending > 0)

    def _show(self, html: str, serial: int, count: int = 0) -> None:
        if serial != self._serial:
            return
        self.pending = count
        self._show_notice()
        self.html = html
        from newsdesk.config.atomic import atomic_write

        try:
            atomic_write(self.page_file, html, make_parents=False, sync=False)
        except OSError as exc:
            self._failed(exc)
            return
        self.message.hide()
        self._scroll = self.page.scrollPosition()  # where the reader was: kept across refreshes
        self.view.load(QUrl.fromLocalFile(str(self.page_file)))

    def _loaded(self, ok: bool) -> None:
        self.loads += 1
        self._no_tab_stop()  # the page's own widget comes with its first load
        x, y = int(self._scroll.x()), int(self._scroll.y())
        if ok and (x or y):  # the page's own scripts are off; this runs in the app's world
            self.page.runJavaScript(f"window.scrollTo({x}, {y});",
                                    QWebEngineScript.ScriptWorldId.ApplicationWorld)

    def _failed(self, exc: BaseException) -> None:
        from .errors import error_text

        self.message.setText(error_text(exc))
        self.message.show()

    def shutdown(self) -> None:
        import shutil

        self.view.setPage(None)  # type: ignore[arg-type]  # Qt takes nullptr; the stubs do not say
        self.page.deleteLater()
        shutil.rmtree(self.folder, ignore_errors=True)
