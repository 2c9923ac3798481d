"""The "Caseload in cijfers" window: the worker's own figures and the team view."""

from jbn_selfscan.ui.cijfers.window import CijfersWindow

__all__ = ["CijfersWindow"]
