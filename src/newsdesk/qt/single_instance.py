"""One running app per user and data folder: opening a file while the app runs (a double click
in the file manager, ``newsdesk FILE.md`` in a terminal) hands the file to the window that is
already open instead of starting a second app on the same library.

The first app listens on a QLocalServer named after the user and the data folder. A later
start connects, sends the absolute paths as one JSON line, waits for ``ok`` and exits; the
first window imports and opens the files and comes to the front. If nobody answers (no app
running, or one that hangs), the new start simply opens its own window.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = ""
    key = f"{user}\n{Path(data_dir).absolute()}".encode()
    return f"newsdesk-{hashlib.sha256(key).hexdigest()[:16]}"


def send_to_running(name: str, files: list[Path], timeout_ms: int = TIMEOUT_MS) -> bool:
    """Hand ``files`` to the app listening on ``name``; True when it took them. Blocking (a
    start-up step, before any window exists; safe on a worker thread)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    payload = json.dumps([str(Path(f).absolute()) for f in files], ensure_ascii=False)
    socket.write((payload + "\n").encode("utf-8"))
    socket.flush()
    answer = b""
    while b"\n" not in answer:
        if not socket.waitForReadyRead(timeout_ms):
            break
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for later starts; ``files_received(list[str])`` on the UI thread."""

    files_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a socket file left by an app that crashed
            if not self.server.listen(name):
                log.info("cannot listen for other starts: %s", self.server.errorString())
        self.server.newConnection.connect(self._accept)

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        try:
            files = [str(f) for f in json.loads(line.decode("utf-8"))]
        except (ValueError, TypeError):
            socket.disconnectFromServer()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.files_received.emit(files)
