"""A zero-size flowable that reports progress when the part before it has been laid out."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from jbn_selfscan.report.monitor import RenderMonitor


class Checkpoint(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """Placed after a client section, an afspraak or an actie; drawn exactly once, so it counts
    each part once. Cancelling is checked here too, so it takes effect inside long sections."""

    def __init__(self, monitor: RenderMonitor, parts: int = 1) -> None:
        super().__init__()
        self._monitor = monitor
        self._parts = parts

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0.0, 0.0)

    def draw(self) -> None:
        self._monitor.check()
        if self._parts:
            self._monitor.report(self._monitor.done + self._parts)


class Deferred(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """Stands in the story for flowables that are built only when layout reaches them, so
    the work of building them (the identifier guard over long texts) happens while progress
    is reported, not all before the first page. `document.StoryTemplate` replaces it."""

    def __init__(self, build: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.build = build

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0.0, 0.0)  # pragma: no cover - replaced before layout

    def draw(self) -> None:  # pragma: no cover - replaced before layout
        pass
