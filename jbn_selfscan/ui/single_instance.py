"""One running app per data directory.

A `QLockFile` in the data directory guards the database (a lock left by a killed process is
reclaimed, because the process named in it no longer runs). The first instance also listens on
a local socket named after a hash of the data directory; a second start knocks there, so the
first window comes to the front, and then gives up without touching the database.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from jbn_selfscan.paths import AppPaths

ALREADY_RUNNING_MESSAGE = "JBN Zelfscan is al geopend met deze gegevensmap."
ACTIVATE = b"activate\n"


def server_name(paths: AppPaths) -> str:
    digest = hashlib.sha256(str(paths.data_dir).encode("utf-8")).hexdigest()[:20]
    return f"jbn-selfscan-{digest}"


class SingleInstance(QObject):
    """Holds the lock of one data directory for the lifetime of the app."""

    sig_activate_requested = Signal()

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = QLockFile(str(paths.lock_file))
        # Never treat a live lock as stale by age; a dead owner is still detected.
        self._lock.setStaleLockTime(0)
        self._name = server_name(paths)
        self._server: QLocalServer | None = None

    def try_acquire(self) -> bool:
        """Take the lock; False when another running process holds it."""
        if not self._lock.tryLock(0):
            return False
        self._listen()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.newConnection.disconnect(self.on_server_new_connection)
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def notify_running_instance(self, timeout_ms: int = 500) -> bool:
        """Ask the instance holding the lock to bring its window forward."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(ACTIVATE)
        socket.flush()
        written = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return written

    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._name):
            # A socket file left by a crashed instance: we hold the lock, so it is ours to clear.
            QLocalServer.removeServer(self._name)
            if not server.listen(self._name):
                return  # bringing the window forward is a nicety; the lock is what counts
        server.newConnection.connect(self.on_server_new_connection)
        self._server = server

    def on_server_new_connection(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(self.on_client_ready_read)
            socket.disconnected.connect(socket.deleteLater)

    def on_client_ready_read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            self.sig_activate_requested.emit()
