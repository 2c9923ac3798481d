"""Progress and cancellation of a render, counted in client sections (no reportlab here)."""

from __future__ import annotations

from collections.abc import Callable

from jbn_selfscan.report.errors import RenderCancelled

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class RenderMonitor:
    """Reports `(done, total)` client sections and stops the render when asked to."""

    def __init__(
        self, total: int, progress: ProgressCallback | None, is_cancelled: CancelCheck | None
    ) -> None:
        self.total = total
        self._progress = progress
        self._is_cancelled = is_cancelled

    def check(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise RenderCancelled()

    def report(self, done: int) -> None:
        if self._progress is not None:
            self._progress(done, self.total)
