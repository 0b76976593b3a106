"""Serving a print document to Chromium without the network and without ``setHtml``.

``setHtml`` silently fails above 2 MB, and an article with photos is bigger, so the document,
its photos and the bundled fonts are a ``PrintDocument`` (path -> bytes + MIME type) that Chromium
loads by URL:

- through the ``newsdesk-print://print/…`` scheme handler when ``init_printing()`` registered
  the scheme before the application was created (nothing touches the disk), or
- from a private temporary folder through ``file://`` otherwise.

Either way a request interceptor blocks every URL that is not part of the document's origin:
no http(s), no other files. The profile is off the record (no cache, no cookies on disk).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlSchemeHandler,
)

from .prepared import PrintDocument
from .runtime import SCHEME

__all__ = ["DocumentServer", "FolderDocument", "OfflineInterceptor", "PrintDocument"]
ALLOWED_ALWAYS = {"data", "blob", "about"}
HOST = "print"


class DocumentServer(QWebEngineUrlSchemeHandler):
    """Answers ``newsdesk-print://<document>/<path>`` from the documents it is given."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._documents: dict[str, PrintDocument] = {}

    def publish(self, document: PrintDocument) -> QUrl:
        """The URL of the document's index page. Every document shares one origin and the font
        URLs, so Chromium keeps the fonts between prints; photos have per-document paths."""
        self._documents[document.name] = document
        return QUrl(f"{SCHEME.decode()}://{HOST}/index.html?{document.name}")

    def withdraw(self, document: PrintDocument) -> None:
        self._documents.pop(document.name, None)

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        path = url.path().lstrip("/")
        entry = None
        if url.host() == HOST and path == "index.html":
            document = self._documents.get(url.query())
            entry = document.files.get(path) if document else None
        elif url.host() == HOST:
            entry = next((b.files[path] for b in self._documents.values() if path in b.files), None)
        if entry is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        data, mime = entry
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode("ascii"), buffer)


class FolderDocument:
    """A document written to a private temporary folder, for when the scheme is unavailable."""

    def __init__(self, document: PrintDocument) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="newsdesk-print-"))
        for path, (data, _mime) in document.files.items():
            target = self.root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)

    @property
    def url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.root / "index.html"))

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request outside our scheme and the current document folder."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.folders: set[str] = set()
        self.blocked: list[str] = []

    def interceptRequest(self, info) -> None:
        url = info.requestUrl()
        scheme = url.scheme()
        if scheme == SCHEME.decode() or scheme in ALLOWED_ALWAYS:
            return
        if scheme == "file":
            local = url.toLocalFile()
            if any(local.startswith(folder + "/") for folder in self.folders):
                return
        self.blocked.append(url.toString())
        info.block(True)
