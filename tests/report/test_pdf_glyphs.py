"""Characters the embedded font cannot draw are shown visibly and reported, never dropped."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.report import render_pdf
from jbn_selfscan.report.fonts import (
    REPLACEMENT_CHARACTER,
    _covered,
    collecting_missing_glyphs,
    printable,
)

from .conftest import make_doc

TextOf = Callable[[Path], str]
CJK = "中文"
UNDRAWABLE_EMOJI = "\U0001f9d1\u200d\U0001f91d\u200d\U0001f9d1"  # people holding hands


def _with_opmerkingen(doc: MergedGesprek, text: str) -> MergedGesprek:
    gesprek = doc.gesprek.model_copy(update={"opmerkingen": text})
    return doc.model_copy(update={"gesprek": gesprek})


def test_missing_characters_are_replaced_visibly_and_reported(
    tmp_path: Path, pdftotext: TextOf
) -> None:
    doc = _with_opmerkingen(make_doc(3), f"Moeder spreekt {CJK}; zoon stuurde {UNDRAWABLE_EMOJI}.")
    target = tmp_path / "gesprek.pdf"
    result = render_pdf(doc, target)
    text = pdftotext(target)
    assert f"Moeder spreekt {REPLACEMENT_CHARACTER}; zoon stuurde {REPLACEMENT_CHARACTER}." in text
    assert "中" in result.missing_characters and "文" in result.missing_characters
    assert "\U0001f9d1" in result.missing_characters
    assert result.warning.startswith("Let op: het lettertype van de PDF kent ")
    assert "中 (U+4E2D)" in result.warning


def test_a_pdf_without_missing_characters_has_no_warning(tmp_path: Path) -> None:
    doc = _with_opmerkingen(make_doc(3), "Gewone tekst met ë, é, – en €.")
    result = render_pdf(doc, tmp_path / "gesprek.pdf")
    assert result.missing_characters == ()
    assert result.warning == ""


def test_outside_a_render_text_is_left_alone() -> None:
    assert printable(CJK) == CJK


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_printable_text_only_holds_drawable_characters(text: str) -> None:
    covered = _covered()
    with collecting_missing_glyphs() as missing:
        shown = printable(text)
    for ch in shown:
        assert ord(ch) in covered or ch in "\n\r\t"
    for ch in text:
        if ord(ch) not in covered and ch not in "\n\r\t":
            assert ch in missing
            assert REPLACEMENT_CHARACTER in shown
        elif unicodedata.category(ch) not in {"Cf", "Mn", "Me", "Sk"}:
            assert ch in shown  # only joiners and marks of a replaced run may go with it
