"""Rendering behaviour: identical bytes, progress, cancelling, odd and large input."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.domain.types import Role
from jbn_selfscan.report import RenderCancelled, pseudonym_for, render_pdf

if TYPE_CHECKING:
    from .conftest import RenderedPair

TextOf = Callable[[Path], str]


def _bytes(doc: MergedGesprek, *, werkversie: bool = False) -> bytes:
    buffer = io.BytesIO()
    render_pdf(doc, buffer, werkversie=werkversie)
    return buffer.getvalue()


def test_same_gesprek_gives_identical_bytes(caseload_doc: MergedGesprek) -> None:
    first = _bytes(caseload_doc)
    assert first.startswith(b"%PDF-")
    assert _bytes(caseload_doc) == first


def test_file_output_equals_stream_output(rendered: RenderedPair) -> None:
    assert rendered.dossier.read_bytes() == _bytes(rendered.doc)
    assert rendered.werkversie.read_bytes() == _bytes(rendered.doc, werkversie=True)


def test_document_date_comes_from_the_gesprek(
    rendered: RenderedPair, pdfinfo: Callable[[Path], dict[str, str]]
) -> None:
    assert pdfinfo(rendered.dossier)["CreationDate"] == "2026-11-16T15:42:00Z"


def test_progress_is_reported_once_per_client_afspraak_and_actie(
    caseload_doc: MergedGesprek,
) -> None:
    calls: list[tuple[int, int]] = []
    render_pdf(caseload_doc, io.BytesIO(), progress=lambda done, total: calls.append((done, total)))
    total = len(caseload_doc.clients) + len(caseload_doc.afspraken) + len(caseload_doc.acties)
    assert len(caseload_doc.acties) < 20  # one table: its acties count at once
    afspraken = len(caseload_doc.afspraken)
    # The order of the PDF: afspraken one by one, the acties table at once, then the clients.
    after_acties = afspraken + len(caseload_doc.acties)
    expected = [(done, total) for done in range(afspraken + 1)]
    expected += [(done, total) for done in range(after_acties, total + 1)]
    assert calls == expected


def test_cancel_between_clients_leaves_no_file(caseload_doc: MergedGesprek, tmp_path: Path) -> None:
    target = tmp_path / "gesprek.pdf"
    reported: list[int] = []

    def cancelled() -> bool:
        return len(reported) > 3  # the user presses Annuleren after the third client

    with pytest.raises(RenderCancelled):
        render_pdf(
            caseload_doc,
            target,
            progress=lambda done, _total: reported.append(done),
            is_cancelled=cancelled,
        )
    assert list(tmp_path.iterdir()) == []
    assert max(reported) == 3


def test_cancel_keeps_the_previous_pdf(caseload_doc: MergedGesprek, tmp_path: Path) -> None:
    target = tmp_path / "gesprek.pdf"
    target.write_bytes(b"previous pdf")
    with pytest.raises(RenderCancelled):
        render_pdf(caseload_doc, target, is_cancelled=lambda: True)
    assert target.read_bytes() == b"previous pdf"
    assert [p.name for p in tmp_path.iterdir()] == ["gesprek.pdf"]


def test_render_replaces_an_existing_file(caseload_doc: MergedGesprek, tmp_path: Path) -> None:
    target = tmp_path / "gesprek.pdf"
    target.write_bytes(b"old")
    render_pdf(caseload_doc, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["gesprek.pdf"]


def test_missing_sign_off_says_nog_niet_getekend(
    caseload_doc: MergedGesprek, tmp_path: Path, pdftotext: TextOf
) -> None:
    only_worker = tuple(a for a in caseload_doc.akkoord if a.rol is Role.JEUGDBESCHERMER)
    doc = caseload_doc.model_copy(update={"akkoord": only_worker})
    render_pdf(doc, tmp_path / "out.pdf")
    text = pdftotext(tmp_path / "out.pdf")
    assert text.count("nog niet getekend") == 1
    assert "nog niet door beide deelnemers akkoord gegeven" in text


def test_first_gesprek_has_nothing_to_compare_with(
    caseload_doc: MergedGesprek, tmp_path: Path, pdftotext: TextOf
) -> None:
    doc = caseload_doc.model_copy(update={"vorig_gesprek": None})
    render_pdf(doc, tmp_path / "out.pdf")
    text = pdftotext(tmp_path / "out.pdf")
    assert "geen vorig caseloadgesprek" in text
    assert "vorig (" not in text


def test_empty_caseload_still_renders(
    caseload_doc: MergedGesprek, tmp_path: Path, pdftotext: TextOf
) -> None:
    doc = caseload_doc.model_copy(update={"clients": (), "afspraken": (), "acties": ()})
    calls: list[tuple[int, int]] = []
    render_pdf(doc, tmp_path / "out.pdf", progress=lambda d, t: calls.append((d, t)))
    text = pdftotext(tmp_path / "out.pdf")
    assert "Er staan geen cliënten in dit caseloadgesprek." in text
    assert "Er zijn geen afspraken vastgelegd." in text
    assert calls == [(0, 0)]


def test_very_long_text_with_markup_characters_is_printed_as_typed(
    caseload_doc: MergedGesprek, tmp_path: Path, pdftotext: TextOf
) -> None:
    long_text = "Zie <b>notitie</b> & afspraak; " + "lange toelichting zonder einde " * 200
    actie = caseload_doc.acties[0].model_copy(update={"omschrijving": long_text})
    client = caseload_doc.clients[0]
    assert client.scan is not None
    first, *others = client.scan.antwoorden
    long_answer = first.model_copy(update={"toelichting": long_text})
    scan = client.scan.model_copy(update={"antwoorden": (long_answer, *others)})
    doc = caseload_doc.model_copy(
        update={
            "acties": (actie,),
            "clients": (client.model_copy(update={"scan": scan}), *caseload_doc.clients[1:]),
        }
    )
    render_pdf(doc, tmp_path / "out.pdf", werkversie=True)
    text = pdftotext(tmp_path / "out.pdf")
    assert "Zie <b>notitie</b> & afspraak;" in text


@pytest.mark.slow
def test_caseload_of_300_clients_renders(
    make_caseload: Callable[[int], MergedGesprek],
    tmp_path: Path,
    pdfinfo: Callable[[Path], dict[str, str]],
    pdftotext: TextOf,
) -> None:
    doc = make_caseload(300)
    calls: list[int] = []
    started = time.perf_counter()
    render_pdf(doc, tmp_path / "groot.pdf", progress=lambda done, _total: calls.append(done))
    seconds = time.perf_counter() - started
    pages = int(pdfinfo(tmp_path / "groot.pdf")["Pages"])
    assert calls[-1] == 300 + len(doc.afspraken) + len(doc.acties)
    assert pages > 50
    text = pdftotext(tmp_path / "groot.pdf")
    assert pseudonym_for(299) in text
    assert f"pagina {pages} van {pages}" in text
    print(f"300 clients: {pages} pages in {seconds:.1f} s")


def test_pdf_says_which_akkoorden_carry_whose_verified_signature(
    caseload_doc: MergedGesprek, tmp_path: Path, pdftotext: TextOf
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from jbn_selfscan.exchange.signing import InstallationKey, sign_akkoord

    laptop, own = (InstallationKey(Ed25519PrivateKey.generate()) for _ in range(2))

    def signed_with(keys: dict[Role, InstallationKey]) -> MergedGesprek:
        akkoorden = tuple(
            sign_akkoord(keys[a.rol], caseload_doc, rol=a.rol.value, naam=a.naam, op=a.op)
            for a in caseload_doc.akkoord
        )
        return caseload_doc.model_copy(update={"akkoord": akkoorden})

    def text_of(doc: MergedGesprek) -> str:
        render_pdf(doc, tmp_path / "out.pdf")
        return " ".join(pdftotext(tmp_path / "out.pdf").split())

    unsigned = text_of(caseload_doc)
    assert unsigned.count("niet ondertekend met sleutel") == 2
    assert "vingerafdruk" not in unsigned

    shared = text_of(signed_with({Role.JEUGDBESCHERMER: laptop, Role.PRAKTIJKBEGELEIDER: laptop}))
    assert shared.count(f"vingerafdruk {laptop.fingerprint}") == 2
    assert shared.count("beide akkoorden zijn op dezelfde installatie gegeven") == 2

    apart = text_of(signed_with({Role.JEUGDBESCHERMER: laptop, Role.PRAKTIJKBEGELEIDER: own}))
    assert (
        f"Akkoord vaste jeugdzorgwerker: ondertekend op de installatie met vingerafdruk "
        f"{laptop.fingerprint}" in apart
    )
    assert "Akkoord praktijkbegeleider: ondertekend op de installatie met vingerafdruk " in apart
    assert own.fingerprint in apart and "dezelfde installatie" not in apart

    changed = signed_with({Role.JEUGDBESCHERMER: laptop, Role.PRAKTIJKBEGELEIDER: own})
    changed = changed.model_copy(
        update={"gesprek": changed.gesprek.model_copy(update={"opmerkingen": "Later erbij."})}
    )
    assert text_of(changed).count("handtekening klopt niet bij de inhoud") == 2
