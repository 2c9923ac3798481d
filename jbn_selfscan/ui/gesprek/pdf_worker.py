"""Rendering the PDF of a gesprek off the GUI thread, with progress and cancel.

`PdfJob` lives in the GUI thread. It starts a `QThread` running `_Renderer.run`, which calls the
service (the service opens its own session in that thread). The renderer reports through
signals, which Qt delivers queued, so every `PdfJob.sig_*` is emitted on the GUI thread.
Cancelling sets an event the renderer checks between clients; a cancelled render writes nothing.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from jbn_selfscan.services import gesprekken
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.service_call import service_call


class _Renderer(QObject):
    sig_progress = Signal(int, int)
    sig_done = Signal(str, str)  # path, Dutch warning ("" when none)
    sig_cancelled = Signal()
    sig_failed = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        gesprek_id: int,
        target: Path,
        werkversie: bool,
        cancel: threading.Event,
    ) -> None:
        super().__init__()
        self._ws = ws
        self._gesprek_id = gesprek_id
        self._target = target
        self._werkversie = werkversie
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        cancelled = False
        with service_call(  # a failure is reported to the user on the GUI thread
            self.sig_failed.emit, what=f"rendering the PDF of gesprek {self._gesprek_id}"
        ) as call:
            try:
                result = gesprekken.render_gesprek_pdf(
                    self._ws,
                    self._gesprek_id,
                    self._target,
                    werkversie=self._werkversie,
                    progress=lambda done, total: self.sig_progress.emit(done, total),
                    is_cancelled=self._cancel.is_set,
                )
            except gesprekken.RenderCancelled:
                cancelled = True
        if cancelled:
            self.sig_cancelled.emit()
        elif not call.failed:
            self.sig_done.emit(str(self._target), result.warning)


class PdfJob(QObject):
    """One PDF render. Exactly one of `sig_finished`, `sig_cancelled`, `sig_failed` follows."""

    sig_progress = Signal(int, int)  # clients done, clients in total
    sig_finished = Signal(str)  # the path of the PDF
    sig_cancelled = Signal()
    sig_failed = Signal(str)  # Dutch message

    def __init__(
        self,
        ws: Workspace,
        gesprek_id: int,
        target: Path,
        *,
        werkversie: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._thread.setObjectName("pdf-render")
        self._renderer = _Renderer(ws, gesprek_id, target, werkversie, self._cancel)
        self._renderer.moveToThread(self._thread)
        self._thread.started.connect(self._renderer.run)
        self._thread.finished.connect(self._renderer.deleteLater)
        self._renderer.sig_progress.connect(self.sig_progress)
        self._renderer.sig_done.connect(self._on_done)
        self._renderer.sig_cancelled.connect(self._on_cancelled)
        self._renderer.sig_failed.connect(self._on_failed)
        self._running = False
        self.warning = ""  # set before `sig_finished`: characters the PDF could not show

    def start(self) -> None:
        self._running = True
        self._thread.start()

    def cancel(self) -> None:
        """Ask the render to stop; `sig_cancelled` follows unless it had already finished."""
        self._cancel.set()

    def is_running(self) -> bool:
        return self._running

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the render thread has ended (used on quit and in tests)."""
        return self._thread.wait(msecs)

    def _finish(self) -> None:
        self._running = False
        self._thread.quit()
        self._thread.wait()

    def _on_done(self, path: str, warning: str) -> None:
        self.warning = warning
        self._finish()
        self.sig_finished.emit(path)

    def _on_cancelled(self) -> None:
        self._finish()
        self.sig_cancelled.emit()

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.sig_failed.emit(message)
