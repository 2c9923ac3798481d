"""Errors raised while rendering the caseloadgesprek PDF."""

from __future__ import annotations


class RenderCancelled(Exception):
    """The user cancelled the PDF; nothing was written to the target path."""

    def __init__(self) -> None:
        super().__init__("Het maken van de PDF is afgebroken.")
