"""Entry point: render a merged caseloadgesprek to PDF.

Importing this module is cheap; reportlab is imported when a PDF is actually made.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.paths import atomic_write
from jbn_selfscan.report.errors import RenderCancelled
from jbn_selfscan.report.monitor import CancelCheck, ProgressCallback, RenderMonitor

__all__ = ["RenderCancelled", "RenderResult", "render_pdf"]
_MISSING_SHOWN = 8


@dataclass(frozen=True)
class RenderResult:
    """What the user should know about a PDF that was made."""

    missing_characters: tuple[str, ...] = ()

    @property
    def warning(self) -> str:
        """Dutch warning when characters could not be drawn, else ""."""
        if not self.missing_characters:
            return ""
        count = len(self.missing_characters)
        shown = ", ".join(
            f"{ch} (U+{ord(ch):04X})" for ch in self.missing_characters[:_MISSING_SHOWN]
        )
        if count > _MISSING_SHOWN:
            shown += f" en nog {count - _MISSING_SHOWN}"
        noun = "teken" if count == 1 else "tekens"
        return (
            f"Let op: het lettertype van de PDF kent {count} {noun} uit de tekst niet: {shown}. "
            "Die staan in de PDF als \ufffd. Gebruik gewone letters als de tekst volledig "
            "in de PDF moet staan."
        )


def render_pdf(
    doc: MergedGesprek,
    out: Path | BinaryIO,
    *,
    werkversie: bool = False,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> RenderResult:
    """Render `doc` as PDF to a path (replaced atomically) or to an open binary stream.

    The default is the personeelsdossier version (clients only as pseudonyms, free text
    guarded); `werkversie=True` adds case references, initials and toelichtingen for the meeting.
    `progress(done, total)` is called with (0, total) first and once after each part: a client
    section, an afspraak, an actie; `is_cancelled()` is checked after each part as well.

    Characters the embedded font cannot draw (CJK, most emoji) are shown as U+FFFD and listed
    in the returned `RenderResult` (with a Dutch warning), never dropped silently.

    Raises:
        RenderCancelled: `is_cancelled()` returned True; nothing was written to `out`.
        OSError: the file could not be written (the previous file at `out`, if any, is kept).
    """
    from jbn_selfscan.report.document import build_pdf
    from jbn_selfscan.report.fonts import collecting_missing_glyphs
    from jbn_selfscan.report.privacy import Disclosure, load_redactor

    parts = len(doc.clients) + len(doc.afspraken) + len(doc.acties)
    monitor = RenderMonitor(parts, progress, is_cancelled)
    monitor.check()
    disclosure = Disclosure(doc, werkversie=werkversie, redact=load_redactor())
    buffer = io.BytesIO()
    with collecting_missing_glyphs() as missing:
        build_pdf(doc, buffer, disclosure, monitor)
    monitor.check()
    if isinstance(out, (str, os.PathLike)):
        atomic_write(Path(out), buffer.getvalue())
    else:
        out.write(buffer.getvalue())
    return RenderResult(tuple(missing))
