"""The embedded TrueType font family used for every piece of text in the PDF.

Base-14 fonts (Helvetica) are never embedded, so every style, table and chart label names
these fonts, and the canvas starts with `initialFontName` set to the regular face.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jbn_selfscan.resources import resource_path

FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FONT_FILES = {FONT_REGULAR: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
# Shown instead of a character the embedded font has no glyph for (reportlab would draw
# nothing, silently). DejaVu Sans has this glyph, in both faces.
REPLACEMENT_CHARACTER = "\ufffd"
_LAYOUT_CHARACTERS = frozenset("\n\r\t")
_JOINING_CATEGORIES = frozenset({"Cf", "Mn", "Me", "Sk"})
_coverage: frozenset[int] | None = None
_missing: ContextVar[dict[str, None] | None] = ContextVar("missing_glyphs", default=None)


def register_fonts() -> None:
    """Register the family once per process (italic falls back to the upright faces)."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FONT_FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        addMapping(FONT_REGULAR, 0, 0, FONT_REGULAR)
        addMapping(FONT_REGULAR, 1, 0, FONT_BOLD)
        addMapping(FONT_REGULAR, 0, 1, FONT_REGULAR)
        addMapping(FONT_REGULAR, 1, 1, FONT_BOLD)


def _covered() -> frozenset[int]:
    """Code points both faces can draw (registers the fonts on first use)."""
    global _coverage
    if _coverage is None:
        register_fonts()
        faces = [pdfmetrics.getFont(name).face.charToGlyph for name in _FONT_FILES]
        _coverage = frozenset(faces[0]).intersection(*faces[1:])
    return _coverage


@contextmanager
def collecting_missing_glyphs() -> Iterator[dict[str, None]]:
    """While active, `printable` records the characters it replaced (in order, once each)."""
    found: dict[str, None] = {}
    token = _missing.set(found)
    try:
        yield found
    finally:
        _missing.reset(token)


def printable(text: str) -> str:
    """`text` with each run of characters the font cannot draw replaced by one visible
    `REPLACEMENT_CHARACTER` (an emoji with its joiners is one run). Outside
    `collecting_missing_glyphs` the text is returned unchanged."""
    found = _missing.get()
    if found is None:
        return text
    covered = _covered()
    if all(ord(ch) in covered or ch in _LAYOUT_CHARACTERS for ch in text):
        return text
    parts: list[str] = []
    in_run = False
    for ch in text:
        if in_run and unicodedata.category(ch) in _JOINING_CATEGORIES:
            if ord(ch) not in covered:
                found[ch] = None
            continue  # a joiner, variation selector or modifier of the replaced run
        if ord(ch) in covered or ch in _LAYOUT_CHARACTERS:
            parts.append(ch)
            in_run = False
            continue
        found[ch] = None
        if not in_run:
            parts.append(REPLACEMENT_CHARACTER)
        in_run = True
    return "".join(parts)
