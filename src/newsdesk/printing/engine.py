"""The print engine: a PrintDocument (HTML + photos + fonts) to a PDF file with QtWebEngine.

``PdfPrinter`` is a QObject for the GUI thread. ``print_document()`` returns at once; the work
runs on Qt's event loop (Chromium lays out and prints in its own processes) and ends with
``finished(PdfResult)`` or ``failed(message)`` (the NewsdeskError is kept in ``last_error``).
``cancel()`` stops a job; a timeout fails it. Steps: load the document through the scheme (or a
private folder), wait until every web font and image has loaded (polling ``document.fonts`` and
``img.complete``), make up the page (``makeup.py``: a brief across the page, unused soft
hyphens out, the line grid, photos floated past the text that fills their gap), measure the
copyfit from the laid-out DOM, ``printToPdf`` to bytes, name the PDF after the page title (the headline), write the
file atomically (temp file in the same folder + ``os.replace``) and count its pages (QtPdf).
Nothing is fetched from the network: see ``scheme.py``.

A job that stops (cancelled, failed) while Chromium is turning its page into PDF leaves that
page to finish: it is neither stopped nor deleted before the PDF comes back, and is then
thrown away (Chromium aborts on a page stopped mid-print, QtWebEngine crashes on one deleted
mid-print). ``printing`` says such a print is still out, ``settled`` comes once none is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QSizeF, QTimer, QUrl, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWebEngineCore import (
    QWebEngineLoadingInfo,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
)

from newsdesk.domain import NewsdeskError, Notice

from . import runtime
from .brief import BRIEF_JS
from .copyfit import MEASURE_JS, compute_copyfit
from .fonts import FONTS, add_fonts, font_css
from .grid import GRID_JS
from .hyphenate import UNUSED_SOFT_HYPHENS_JS
from .makeup import MAKEUP_JS, fitted_notices
from .output import PrintError, count_pages, write_atomic
from .pdf_info import page_count, with_title
from .prepared import PdfResult, PrintDocument
from .scheme import DocumentServer, FolderDocument, OfflineInterceptor
from .setup import PageSetup

READY_JS = r"""
(() => {
  if (!window.__ndFonts) {  // the running header and footer use these faces too
    window.__ndFonts = true;
    ['400', '700'].forEach(w => document.fonts.load(`${w} 10px "Newsdesk Sans"`));
  }
  const imgs = Array.from(document.images);
  return JSON.stringify({fonts: document.fonts.status, pending: imgs.filter(i => !i.complete).length,
          broken: imgs.filter(i => i.complete && !i.naturalWidth).map(i => i.getAttribute('src'))});
})()
"""
# One round trip: the state of fonts and images and, once all are in, the copyfit measures.
READY_AND_MEASURE_JS = f"""
(() => {{
  const state = JSON.parse({READY_JS.strip()});
  if (state.fonts === 'loaded' && !state.pending) {{
    try {{
      {BRIEF_JS.strip()};
      {UNUSED_SOFT_HYPHENS_JS.strip()};
      {GRID_JS.strip()};
      {MAKEUP_JS.strip()};
      state.metrics = JSON.parse({MEASURE_JS.strip()});
      state.metrics.makeup = window.__ndMakeup;
      // measured: from here on the page is only printed (print.css, html.nd-made-up)
      document.documentElement.classList.add('nd-made-up');
    }} catch (e) {{  // said at once, not waited for until the print times out
      state.failed = String(e && e.stack || e);
    }}
  }}
  return JSON.stringify(state);
}})()
"""
_QT_SIZES = {
    "A3": QPageSize.PageSizeId.A3,
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
    "Letter": QPageSize.PageSizeId.Letter,
    "Tabloid": QPageSize.PageSizeId.Tabloid,
}


def _json(answer) -> dict:
    """A JSON answer of runJavaScript (objects do not cross the bridge; strings do)."""
    try:
        value = json.loads(answer) if isinstance(answer, str) and answer else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def page_layout(setup: PageSetup) -> QPageLayout:
    """The QPageLayout of a setup (the print stylesheet carries the same values)."""
    size = QPageSize(_QT_SIZES[setup.paper])
    if not size.isValid():  # pragma: no cover - every Qt build knows these sizes
        size = QPageSize(QSizeF(*setup.page_size_mm), QPageSize.Unit.Millimeter)
    orientation = (
        QPageLayout.Orientation.Landscape
        if setup.orientation == "landscape"
        else QPageLayout.Orientation.Portrait
    )
    top, right, bottom, left = setup.margins_mm
    return QPageLayout(
        size, orientation, QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter
    )


_shared: dict[str, object] = {}
_LOADED = (
    QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus,
    QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus,
    QWebEngineLoadingInfo.LoadStatus.LoadStoppedStatus,
)
WARM_UP_WAIT_MS = 3000  # the longest a document waits for the warm-up page to load


def warm_up_document() -> PrintDocument:
    """A page with a line in each print font, served like a print document (``prewarm``)."""
    document = PrintDocument(name="warm-up")
    faces = "".join(
        f'<p style="font: {style} {weight} 10px \'{family}\'">Aá Ệ</p>'
        for family, _name, weight, style in FONTS
    )
    html = (f"<!doctype html><meta charset=utf-8><title>newsdesk</title>"
            f"<style>{font_css()}</style>{faces}")
    document.add("index.html", html.encode("utf-8"), "text/html;charset=utf-8")
    add_fonts(document)
    return document


def shared_profile() -> tuple[QWebEngineProfile, DocumentServer | None, OfflineInterceptor]:
    """One off-the-record profile per process, with the scheme handler and the network block."""
    if "profile" not in _shared:
        app = runtime.ensure_app()
        runtime.configure_environment()  # Chromium's flags (--no-sandbox as root), whoever made the app
        runtime.register_scheme()  # before the first profile, or Qt ignores it
        profile = QWebEngineProfile(app)  # no storage name: off the record
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        settings = profile.settings()
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
        )
        settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
        interceptor = OfflineInterceptor(profile)
        profile.setUrlRequestInterceptor(interceptor)
        server = None
        if runtime.scheme_registered():
            server = DocumentServer(profile)
            profile.installUrlSchemeHandler(runtime.SCHEME, server)
        _shared.update(profile=profile, server=server, interceptor=interceptor)
    return _shared["profile"], _shared["server"], _shared["interceptor"]  # type: ignore[return-value]


@dataclass
class _Job:
    document: PrintDocument
    target: Path
    setup: PageSetup
    target_lines: int | None
    warnings: list[str]
    folder: FolderDocument | None = None
    metrics: dict | None = None
    url: QUrl | None = None


class PdfPrinter(QObject):
    """Prints documents to PDF one at a time, asynchronously. Signals: finished, failed."""

    finished = Signal(object)  # PdfResult
    failed = Signal(str)  # a readable message; the error itself is in last_error
    settled = Signal()  # the last print of a stopped page is back: nothing is out in Chromium

    def __init__(self, parent: QObject | None = None, *, timeout_s: float = 60.0) -> None:
        super().__init__(parent)
        self._profile, self._server, self._interceptor = shared_profile()
        self._page: QWebEnginePage | None = None
        self._printing: list[QWebEnginePage] = []  # pages Chromium is printing (printToPdf)
        self._job: _Job | None = None
        self._generation = 0
        self.last_error: NewsdeskError | None = None
        self._timeout = QTimer(self, singleShot=True, interval=int(timeout_s * 1000))
        self._timeout.timeout.connect(self._on_timeout)
        # The warm-up page while it loads (``prewarm``): a job's document is loaded after it.
        self._warm_up: QUrl | None = None
        self._warm_up_limit = QTimer(self, singleShot=True, interval=WARM_UP_WAIT_MS)
        self._warm_up_limit.timeout.connect(self._warmed_up)

    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def printing(self) -> bool:
        """Whether Chromium is still printing a page, perhaps one of a stopped job."""
        return bool(self._printing)

    def set_timeout(self, seconds: float) -> None:
        """How long one print may take before it fails with ``print.timeout``."""
        self._timeout.setInterval(max(1, int(seconds * 1000)))

    def _ensure_page(self) -> QWebEnginePage:
        if self._page is None:
            self._page = QWebEnginePage(self._profile, self)
            self._page.loadingChanged.connect(self._on_loading)
        return self._page

    def print_document(
        self,
        document: PrintDocument,
        target: Path,
        setup: PageSetup,
        *,
        warnings: list[str] | None = None,
        target_lines: int | None = None,
    ) -> None:
        if self.busy:
            raise PrintError("a PDF is already being printed; wait or cancel it", code="print.busy")
        self._generation += 1
        self.last_error = None
        job = _Job(document, Path(target), setup, target_lines, list(warnings or []))
        self._job = job
        if self._server is not None:
            url = self._server.publish(document)
        else:
            job.folder = FolderDocument(document)
            self._interceptor.folders.add(str(job.folder.root))
            url = job.folder.url
        job.url = url
        self._timeout.start()
        if self._warm_up is None:
            self._ensure_page().load(url)
        # else loaded once the warm-up page has loaded (``_warmed_up``): a load asked for while
        # Chromium commits that page can go unreported, and the print would wait for nothing

    def cancel(self) -> None:
        if self._job is not None:
            self._fail(PrintError("printing was cancelled", code="print.cancelled"))

    # -- steps ---------------------------------------------------------------------------------
    def _on_loading(self, info: QWebEngineLoadingInfo) -> None:
        """Only the job's own document counts (not a warm-up page or an aborted earlier load)."""
        job = self._job
        status = info.status()
        if self._warm_up is not None and info.url() == self._warm_up and status in _LOADED:
            self._warmed_up()
            return
        if job is None or info.url() != job.url:
            return
        if status == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus:
            self._poll_ready(self._generation)
        elif status in (
            QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus,
            QWebEngineLoadingInfo.LoadStatus.LoadStoppedStatus,
        ):
            detail = info.errorString() or "unknown error"
            self._fail(
                PrintError(f"the print document could not be loaded ({detail})", code="print.load")
            )

    def prewarm(self) -> None:
        """Start Chromium's page and renderer now (e.g. while the document is being built),
        on a page of the print documents' origin that uses every print font: the document
        then finds the fonts in Chromium's memory cache instead of loading them itself."""
        if self._job is None and self._page is None:
            page = self._ensure_page()
            if self._server is not None:
                self._warm_up = self._server.publish(warm_up_document())
                self._warm_up_limit.start()
                page.load(self._warm_up)
            else:
                page.setHtml("<!doctype html><title>newsdesk</title>")

    def _warmed_up(self) -> None:
        """The warm-up page has loaded (or taken too long): load the waiting job's document."""
        self._warm_up_limit.stop()
        if self._warm_up is None:
            return
        self._warm_up = None
        job = self._job
        if job is not None and job.url is not None and self._page is not None:
            self._page.load(job.url)

    def _poll_ready(self, generation: int) -> None:
        if generation != self._generation or self._page is None:
            return  # cancelled or disposed while a poll was pending

        def check(answer) -> None:
            state = _json(answer)
            if generation != self._generation or self._job is None:
                return
            if state.get("failed"):
                self._fail(PrintError(f"the page could not be made up for print: "
                                      f"{state['failed'].splitlines()[0]}", code="print.makeup"))
                return
            if not state or state.get("fonts") != "loaded" or state.get("pending"):
                QTimer.singleShot(5, lambda: self._poll_ready(generation))
                return
            for src in state.get("broken") or []:
                self._job.warnings.append(Notice(f"the photo {src} could not be shown",
                                                 "print.photo_not_shown", src))
            self._measured(generation, state.get("metrics") or {})

        self._page.runJavaScript(READY_AND_MEASURE_JS, 0, check)

    def _measured(self, generation: int, metrics: dict) -> None:
        if generation != self._generation or self._job is None:
            return
        self._job.metrics = metrics
        self._job.warnings.extend(fitted_notices((metrics.get("makeup") or {}).get("fitted"),
                                                 self._job.document.photos))
        layout = page_layout(self._job.setup)
        page = self._ensure_page()
        self._printing.append(page)
        page.printToPdf(lambda data: self._printed(generation, page, data), layout)

    def _printed(self, generation: int, page: QWebEnginePage, data) -> None:
        self._printing.remove(page)
        if page is not self._page:  # stopped while Chromium printed it: it can go now
            page.deleteLater()
            if not self._printing:
                self.settled.emit()
        if generation != self._generation or self._job is None:
            return
        job = self._job
        try:
            payload = bytes(data) if data is not None else b""
            if not payload:
                raise PrintError("Chromium produced an empty PDF", code="print.empty")
            payload = with_title(payload, self._document_title())
            write_atomic(job.target, payload)
            pages = page_count(payload) or count_pages(job.target)
            copyfit = compute_copyfit(job.metrics or {}, job.setup, pages, job.target_lines)
        except NewsdeskError as exc:
            self._fail(exc)
            return
        result = PdfResult(job.target, pages, copyfit, job.warnings)
        self._finish_job()
        self.finished.emit(result)

    def _document_title(self) -> str:
        """The printed page's ``<title>`` (the headline), not the address shown without one."""
        if self._page is None:
            return ""
        title = self._page.title()
        return "" if title == self._page.url().toString() or "://" in title else title

    def _on_timeout(self) -> None:
        if self._job is not None:
            seconds = self._timeout.interval() / 1000
            self._fail(
                PrintError(
                    f"printing took longer than {seconds:g} s and was stopped", code="print.timeout"
                )
            )

    def _fail(self, error: NewsdeskError) -> None:
        self.last_error = error
        self._warm_up = None  # the page goes: nothing to wait for
        self._warm_up_limit.stop()
        if self._page is not None:  # a stopped load reports late: never reuse that page
            page, self._page = self._page, None
            page.loadingChanged.disconnect(self._on_loading)
            if page not in self._printing:  # else left to print, then deleted (``_printed``)
                page.triggerAction(QWebEnginePage.WebAction.Stop)
                page.deleteLater()
        self._finish_job()
        self.failed.emit(error.message)

    def _finish_job(self) -> None:
        job, self._job = self._job, None
        self._generation += 1
        self._timeout.stop()
        if job is None:
            return
        if self._server is not None:
            self._server.withdraw(job.document)
        if job.folder is not None:
            self._interceptor.folders.discard(str(job.folder.root))
            job.folder.remove()

    def dispose(self) -> None:
        """Release the web page now (before the profile goes away at exit)."""
        self.cancel()
        if self._page is not None:
            self._page.deleteLater()
            self._page = None
