"""The PDF reads well: the werkversie mark hides nothing, the agreements come first, and the
personeelsdossier leaves the status notes of acties out (text and word boxes from pdftotext)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.report import render_pdf
from jbn_selfscan.report.numbered_canvas import WERKVERSIE_HEADER

from .test_pdf_content import squashed

if TYPE_CHECKING:
    from .conftest import RenderedPair, Word

WordsOf = Callable[[Path], list[list["Word"]]]
PagesOf = Callable[[Path], list[str]]
HEADER_BOTTOM = 50.0  # points from the top: the header line sits at 13 mm (37 pt)
LONG_NAME = "Maria Johanna van der Heijden-Oosterhuis"


def header_words(page: list[Word]) -> list[Word]:
    return [word for word in page if word.y_max < HEADER_BOTTOM]


def with_worker(doc: MergedGesprek, name: str) -> MergedGesprek:
    gesprek = doc.gesprek
    medewerker = gesprek.medewerker.model_copy(update={"naam": name})
    return doc.model_copy(update={"gesprek": gesprek.model_copy(update={"medewerker": medewerker})})


def first_page_with(pages: list[str], line: str) -> int:
    """Number (from 1) of the first page with `line` as a whole line of its own."""
    for number, page in enumerate(pages, start=1):
        if line in (text.strip() for text in page.splitlines()):
            return number
    raise AssertionError(f"{line!r} is on no page")


@pytest.mark.parametrize(
    "name", [LONG_NAME, "Anna " + "Verlengde-Achternaam " * 9 + "Zijlstra"], ids=["long", "absurd"]
)
def test_werkversie_mark_overlaps_nothing_in_the_header(
    caseload_doc: MergedGesprek, tmp_path: Path, pdf_words: WordsOf, name: str
) -> None:
    target = tmp_path / "werkversie.pdf"
    render_pdf(with_worker(caseload_doc, name), target, werkversie=True)
    pages = pdf_words(target)
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        header = header_words(page)
        marks = [word for word in header if word.text == WERKVERSIE_HEADER]
        assert len(marks) == 1, f"page {number}: {[w.text for w in header]}"
        for index, word in enumerate(header):
            for other in header[index + 1 :]:
                assert not word.overlaps(other), f"page {number}: {word} overlaps {other}"
        shown = " ".join(word.text for word in header)
        assert "november 2026" in shown, shown  # the date is never cut off


def test_a_long_name_is_shown_whole_when_it_fits_and_shortened_when_not(
    caseload_doc: MergedGesprek, tmp_path: Path, pdf_words: WordsOf
) -> None:
    fits, too_long = tmp_path / "past.pdf", tmp_path / "te-lang.pdf"
    render_pdf(with_worker(caseload_doc, LONG_NAME), fits, werkversie=True)
    render_pdf(with_worker(caseload_doc, "Anna " + "Achternaam " * 20), too_long)
    shown = " ".join(word.text for word in header_words(pdf_words(fits)[0]))
    assert f"{LONG_NAME} · maandag 16 november 2026" in shown
    shortened = " ".join(word.text for word in header_words(pdf_words(too_long)[0]))
    assert "… · maandag 16 november 2026" in shortened
    assert shortened.startswith("Caseloadgesprek Anna Achternaam")


@pytest.mark.parametrize("version", ["dossier", "werkversie"])
def test_afspraken_and_acties_come_before_the_clients_and_the_akkoord_last(
    rendered: RenderedPair, pdf_pages: PagesOf, version: str
) -> None:
    pages = pdf_pages(getattr(rendered, version))
    first_client = first_page_with(pages, "Per cliënt")
    assert first_page_with(pages, "Afspraken") < first_client
    assert first_page_with(pages, "Acties") < first_client
    assert first_page_with(pages, "Opmerkingen") < first_client
    assert first_page_with(pages, "Overzicht caseload") == 1
    assert first_page_with(pages, "Akkoord") == len(pages)
    assert first_client > 1  # the test would prove nothing with everything on one page


def test_afspraken_follow_the_overview_in_a_caseload_of_forty(
    make_caseload: Callable[[int], MergedGesprek], tmp_path: Path, pdf_pages: PagesOf
) -> None:
    target = tmp_path / "veertig.pdf"
    render_pdf(make_caseload(40), target)
    pages = pdf_pages(target)
    overview_ends = first_page_with(pages, "Afspraken")
    assert overview_ends <= 3  # right after the 40-row table, not after 40 client sections
    assert first_page_with(pages, "Acties") < first_page_with(pages, "Per cliënt")
    assert len(pages) > 15


def test_status_notes_of_acties_are_toelichting_left_out_of_the_personeelsdossier(
    rendered: RenderedPair, pdftotext: Callable[[Path], str]
) -> None:
    notes = [a.status_toelichting for a in rendered.doc.acties if a.status_toelichting.strip()]
    assert notes
    dossier = squashed(pdftotext(rendered.dossier))
    werkversie = squashed(pdftotext(rendered.werkversie))
    for note in notes:
        assert squashed(note) not in dossier
        assert squashed(note) in werkversie
    # The actie itself stays, and so does the fact that it comes from an earlier gesprek.
    assert squashed("Kernbesluit contactfrequentie Cliënt C vastleggen") in dossier
    assert squashed("uit een eerder caseloadgesprek") in dossier
