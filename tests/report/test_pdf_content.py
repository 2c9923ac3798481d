"""What a reader finds in each version of the caseloadgesprek PDF (text taken from the PDF)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from jbn_selfscan.report.privacy import UNKNOWN_CLIENT

if TYPE_CHECKING:
    from .conftest import Planted, RenderedPair

TextOf = Callable[[Path], str]


def squashed(text: str) -> str:
    """Text without any whitespace, so a word wrapped over two lines is still found."""
    return "".join(text.split())


def contains_word(text: str, word: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text) is not None


def test_personeelsdossier_names_every_client_only_by_pseudonym(
    rendered: RenderedPair, pdftotext: TextOf
) -> None:
    text = pdftotext(rendered.dossier)
    flat = squashed(text)
    for client in rendered.doc.clients:
        assert client.pseudoniem in text
        assert squashed(client.referentie) not in flat, client.referentie
        assert not contains_word(text, client.initialen), client.initialen
    assert "Cliënt" in text  # the ë survives the embedded font


def test_personeelsdossier_has_no_toelichting_bespreekpunten_or_bsn(
    rendered: RenderedPair, pdftotext: TextOf, planted: Planted
) -> None:
    flat = squashed(pdftotext(rendered.dossier))
    assert squashed(planted.toelichting) not in flat
    assert squashed(planted.bespreekpunt) not in flat
    assert planted.bsn not in flat
    assert "contactpersoon" not in flat
    assert "Bespreekpunten" not in flat


def test_personeelsdossier_keeps_afspraken_and_acties_with_pseudonyms(
    rendered: RenderedPair, pdftotext: TextOf
) -> None:
    flat = squashed(pdftotext(rendered.dossier))
    # Afspraak typed as "Voor OTS-2025-0412 (J.B.) een MDO ...": both identifiers replaced.
    assert squashed("Voor Cliënt A (Cliënt A) een MDO met de gedragswetenschapper") in flat
    assert squashed("Kernbesluit contactfrequentie Cliënt C vastleggen") in flat
    assert squashed("Zaak Cliënt C blijft zorgelijk") in flat  # opmerkingen
    assert squashed("uit een eerder caseloadgesprek") in flat


def test_werkversie_shows_identifiers_and_toelichting_but_never_the_bsn(
    rendered: RenderedPair, pdftotext: TextOf, planted: Planted
) -> None:
    text = pdftotext(rendered.werkversie)
    flat = squashed(text)
    for client in rendered.doc.clients:
        assert squashed(client.referentie) in flat
        assert contains_word(text, client.initialen)
    assert squashed(planted.toelichting) in flat
    assert squashed(planted.bespreekpunt) in flat
    assert squashed("Werkversie — niet voor het personeelsdossier") in flat
    assert planted.bsn not in flat


def test_every_page_says_pagina_x_van_y(
    rendered: RenderedPair, pdftotext: TextOf, pdfinfo: Callable[[Path], dict[str, str]]
) -> None:
    for path in (rendered.dossier, rendered.werkversie):
        pages = int(pdfinfo(path)["Pages"])
        text = pdftotext(path)
        assert pages > 1
        for number in range(1, pages + 1):
            assert f"pagina {number} van {pages}" in text


def test_cover_block_reads_dutch(rendered: RenderedPair, pdftotext: TextOf) -> None:
    text = pdftotext(rendered.dossier)
    for expected in (
        "Caseloadgesprek",
        "Sanne de Vries (vaste jeugdzorgwerker)",
        "Karin Bosma",
        "maandag 16 november 2026",
        "1 augustus 2026 t/m 31 oktober 2026",
        "getekend",
    ):
        assert expected in text


def test_summary_compares_with_previous_gesprek(rendered: RenderedPair, pdftotext: TextOf) -> None:
    text = pdftotext(rendered.dossier)
    assert "naast het vorige caseloadgesprek van 17-08-2026" in text
    assert "vorig (17-08-2026)" in text  # bar label in the chart
    assert "(vorig 5)" in text  # counts table: op orde, Navolgbaarheid, previous gesprek


def test_sign_off_shows_who_agreed_and_when(rendered: RenderedPair, pdftotext: TextOf) -> None:
    text = pdftotext(rendered.dossier)
    assert "maandag 16 november 2026 om 15:32" in text
    assert "nog niet getekend" not in text


@pytest.mark.parametrize("path_attr", ["dossier", "werkversie"])
def test_only_the_embedded_font_is_used(
    rendered: RenderedPair,
    pdffonts: Callable[[Path], list[dict[str, str]]],
    path_attr: str,
) -> None:
    fonts = pdffonts(getattr(rendered, path_attr))
    assert fonts, "no fonts found"
    for font in fonts:
        assert font["emb"] == "yes", font["line"]
        assert "Helvetica" not in font["name"], font["line"]
        assert "DejaVuSans" in font["name"], font["line"]


def test_metadata_names_the_worker_and_no_client(
    rendered: RenderedPair, pdfinfo: Callable[[Path], dict[str, str]]
) -> None:
    dossier = pdfinfo(rendered.dossier)
    assert dossier["Title"] == "Caseloadgesprek Sanne de Vries 16 november 2026"
    assert dossier["Author"] == "JBN Zelfscan"
    assert dossier["Subject"] == "Personeelsdossier"
    assert pdfinfo(rendered.werkversie)["Subject"].startswith("Werkversie")
    metadata = " ".join(dossier.values())
    for client in rendered.doc.clients:
        assert client.referentie not in metadata
        assert client.pseudoniem not in metadata


def test_unknown_client_in_an_actie_is_not_named(
    rendered: RenderedPair, pdftotext: TextOf, tmp_path: Path
) -> None:
    from jbn_selfscan.report import render_pdf

    actie = rendered.doc.acties[0].model_copy(update={"client_referentie": "OTS-1999-0001"})
    doc = rendered.doc.model_copy(update={"acties": (actie,)})
    render_pdf(doc, tmp_path / "out.pdf")
    flat = squashed(pdftotext(tmp_path / "out.pdf"))
    assert "OTS-1999-0001" not in flat
    assert squashed(UNKNOWN_CLIENT) in flat


def test_both_versions_have_the_caseload_in_cijfers_section(
    rendered: RenderedPair, pdftotext: TextOf
) -> None:
    from jbn_selfscan.domain.cijfers import document_facts, figures_of
    from jbn_selfscan.domain.deadlines import default_calendar

    facts, norms = document_facts(rendered.doc.model_dump(mode="json"), default_calendar())
    figures = figures_of(facts, norms)
    first = figures.normen[0]
    for path in (rendered.dossier, rendered.werkversie):
        text = pdftotext(path)
        assert "Caseload in cijfers" in text
        assert "Tijdigheid van de startstappen" in text
        assert f"{first.op_orde} van {first.totaal}" in text
        assert f"Dossiers: {figures.dossiers}." in text
