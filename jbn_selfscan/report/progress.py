"""A zero-size flowable that reports progress when its client section has been laid out."""

from __future__ import annotations

from reportlab.platypus import Flowable

from jbn_selfscan.report.monitor import RenderMonitor


class ClientDone(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """Placed after a client section; drawn exactly once, so it counts each client once."""

    def __init__(self, done: int, monitor: RenderMonitor) -> None:
        super().__init__()
        self._done = done
        self._monitor = monitor

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0.0, 0.0)

    def draw(self) -> None:
        self._monitor.check()
        self._monitor.report(self._done)
