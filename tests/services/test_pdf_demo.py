"""Both PDFs of the demo read well: Dutch dates and the checklist's answer texts in the
werkversie, the agreements before the clients, no status notes in the personeelsdossier
(text from pdftotext, as a reader gets it)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from jbn_selfscan.domain.checklist import shipped_checklist_version
from jbn_selfscan.domain.dutch_dates import short_date
from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.domain.types import ItemStatus
from jbn_selfscan.report import render_pdf

TODAY = dt.date(2026, 11, 20)
ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
SHOWN = (ItemStatus.NIET_OP_ORDE, ItemStatus.AANDACHT, ItemStatus.NOG_NIET_INGEVULD)


@dataclass(frozen=True)
class DemoPdf:
    doc: MergedGesprek
    werkversie: str
    dossier: str
    werkversie_pages: list[str]
    dossier_pages: list[str]


def squashed(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def demo_pdfs(
    tmp_path_factory: pytest.TempPathFactory, required_tool: Callable[[str, str], str]
) -> Iterator[dict[str, DemoPdf]]:
    """The signed and the planned gesprek of the demo, each in both versions."""
    from jbn_selfscan.paths import AppPaths
    from jbn_selfscan.services.demo import fill_demo
    from jbn_selfscan.services.gesprek_build import build_merged
    from jbn_selfscan.services.workspace import open_workspace

    tool = required_tool("pdftotext", "poppler-utils")
    folder = tmp_path_factory.mktemp("demo-pdf")
    ws = open_workspace(AppPaths(folder / "data"))
    try:
        summary = fill_demo(ws, TODAY)
        gesprekken = {
            "getekend": summary.signed_gesprek_id,
            "voorbereiding": summary.preparation_gesprek_id,
        }
        result: dict[str, DemoPdf] = {}
        for name, gesprek_id in gesprekken.items():
            doc = build_merged(ws, gesprek_id, today=TODAY)
            pages: dict[bool, list[str]] = {}
            for werkversie in (True, False):
                target = folder / f"{name}-{werkversie}.pdf"
                render_pdf(doc, target, werkversie=werkversie)
                raw = subprocess.run(
                    [tool, "-enc", "UTF-8", "-raw", str(target), "-"],
                    check=True,
                    capture_output=True,
                ).stdout.decode("utf-8")
                pages[werkversie] = raw.split("\f")[:-1]
            result[name] = DemoPdf(
                doc, "\f".join(pages[True]), "\f".join(pages[False]), pages[True], pages[False]
            )
        yield result
    finally:
        ws.close()


def _answers_shown(doc: MergedGesprek) -> Iterator[tuple[str, str, str]]:
    """(item id, answer type, stored value) of every answer beside a shown verdict."""
    types = {item.id: item.antwoordtype for item in doc.checklist.items}
    for client in doc.clients:
        if client.scan is None:
            continue
        values = {a.item_id: a.waarde for a in client.scan.antwoorden if a.waarde}
        for verdict in client.scan.item_oordelen:
            value = values.get(verdict.item_id)
            if verdict.status in SHOWN and value:
                yield verdict.item_id, types[verdict.item_id], value


@pytest.mark.parametrize("name", ["getekend", "voorbereiding"])
def test_werkversie_shows_dutch_dates_and_the_answer_texts_of_the_checklist(
    demo_pdfs: dict[str, DemoPdf], name: str
) -> None:
    pdf = demo_pdfs[name]
    assert ISO_DATE.findall(pdf.werkversie) == []
    flat = squashed(pdf.werkversie)
    assert "Beoordeling:antwoord" not in flat
    assert "Beoordeling:nognietingevuld" not in flat  # the Oordeel column says it already
    checklist = shipped_checklist_version(pdf.doc.checklist.id, pdf.doc.checklist.versie)
    assert checklist is not None
    kinds: set[str] = set()
    for item_id, kind, value in _answers_shown(pdf.doc):
        kinds.add(kind)
        if kind == "keuze":
            choice = checklist.item(item_id).choice(value)
            assert choice is not None
            assert squashed(f"Antwoord: {choice.label}") in flat, choice.label
            assert squashed(f"Antwoord: {value}") not in flat  # "Antwoord: nee"
        elif kind == "datum":
            assert squashed(f"Antwoord: {short_date(dt.date.fromisoformat(value))}") in flat
    assert kinds >= {"keuze", "datum"}, "the demo must show both kinds of answer"


@pytest.mark.parametrize("name", ["getekend", "voorbereiding"])
def test_agreements_come_before_the_first_client_in_both_versions(
    demo_pdfs: dict[str, DemoPdf], name: str
) -> None:
    pdf = demo_pdfs[name]
    for pages in (pdf.werkversie_pages, pdf.dossier_pages):

        def page_of(line: str, pages: list[str] = pages) -> int:
            return next(
                n
                for n, page in enumerate(pages, start=1)
                if line in (text.strip() for text in page.splitlines())
            )

        assert page_of("Afspraken") < page_of("Per cliënt")
        assert page_of("Acties") < page_of("Per cliënt")
        assert page_of("Akkoord") == len(pages)


def test_status_notes_of_demo_acties_stay_out_of_the_personeelsdossier(
    demo_pdfs: dict[str, DemoPdf],
) -> None:
    notes = [
        actie.status_toelichting
        for pdf in demo_pdfs.values()
        for actie in pdf.doc.acties
        if actie.status_toelichting.strip()
    ]
    assert notes, "the demo has acties with a status note"
    for pdf in demo_pdfs.values():
        for actie in pdf.doc.acties:
            note = squashed(actie.status_toelichting)
            if note:
                assert note not in squashed(pdf.dossier)
                assert note in squashed(pdf.werkversie)
