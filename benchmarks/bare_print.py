"""The baseline the PDF benchmarks compare with: a bare QtWebEngine page printing a file.

    python benchmarks/bare_print.py INDEX_HTML OUT_PDF

As a program, it is "a bare QtWebEngine process printing the same HTML": it imports PySide6
and nothing else of newsdesk's, loads the page, waits for ``loadFinished``, prints A4 with
``printToPdf`` and writes the bytes, then ends as any Qt program does. ``bare_printer()``
is the same page for a process that is already running (``pdf_bench``'s warm comparison).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def bare_printer():
    """A plain QWebEnginePage on its own profile printing a file:// document to bytes."""
    from PySide6.QtCore import QEventLoop, QMarginsF, QUrl
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile

    profile = QWebEngineProfile()
    page = QWebEnginePage(profile)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()
    )

    def run(index_html: Path, target: Path) -> None:
        loop = QEventLoop()
        page.loadFinished.connect(loop.quit)
        page.load(QUrl.fromLocalFile(str(index_html)))
        loop.exec()
        page.loadFinished.disconnect(loop.quit)
        result = {}

        def done(data):
            result["data"] = bytes(data)
            loop.quit()

        page.printToPdf(done, layout)
        loop.exec()
        target.write_bytes(result["data"])

    return run, (page, profile)


def main(index_html: str, target: str) -> int:
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox --disable-gpu --log-level=3"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])
    run, keep = bare_printer()
    run(Path(index_html), Path(target))
    page, profile = keep
    del run, keep, page  # the page goes before its profile
    del profile
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:3]))
