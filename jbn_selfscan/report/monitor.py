"""Progress and cancellation of a render, counted in parts (no reportlab here).

The parts are the client sections, the afspraken and the acties: each takes bounded work, so
progress moves and a cancel takes effect within a part, also in a gesprek of few clients with
very long afspraken."""

from __future__ import annotations

from collections.abc import Callable

from jbn_selfscan.report.errors import RenderCancelled

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class RenderMonitor:
    """Reports `(done, total)` parts and stops the render when asked to."""

    def __init__(
        self, total: int, progress: ProgressCallback | None, is_cancelled: CancelCheck | None
    ) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._is_cancelled = is_cancelled

    def check(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise RenderCancelled()

    def report(self, done: int) -> None:
        self.done = done
        if self._progress is not None:
            self._progress(done, self.total)
