"""What may be said about clients, per version of the PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jbn_selfscan.domain.merged import Client, MergedGesprek
from jbn_selfscan.report.privacy import AMBIGUOUS_CLIENT, UNKNOWN_CLIENT, Disclosure, load_redactor

if TYPE_CHECKING:
    from .conftest import Planted


def _keep(text: str) -> str:
    return text


def _with_clients(doc: MergedGesprek, *clients: Client) -> MergedGesprek:
    return doc.model_copy(update={"clients": clients})


def _client(referentie: str, initialen: str, pseudoniem: str, template: Client) -> Client:
    return template.model_copy(
        update={"referentie": referentie, "initialen": initialen, "pseudoniem": pseudoniem}
    )


@pytest.fixture
def dossier(caseload_doc: MergedGesprek) -> Disclosure:
    return Disclosure(caseload_doc, werkversie=False, redact=_keep)


def test_case_reference_in_free_text_becomes_the_pseudonym(dossier: Disclosure) -> None:
    text = "Voor OTS-2025-0412 en vg-2023-0131: MDO plannen."
    assert dossier.free_text(text) == "Voor Cliënt A en Cliënt C: MDO plannen."


def test_reference_inside_a_longer_code_is_not_a_match(dossier: Disclosure) -> None:
    assert dossier.free_text("nummer OTS-2025-04125") == "nummer OTS-2025-04125"


@pytest.mark.parametrize("written", ["M.K.", "MK", "M. K.", "M.K"])
def test_initials_are_recognised_with_or_without_dots(dossier: Disclosure, written: str) -> None:
    assert dossier.free_text(f"Gesprek met {written} gepland") == "Gesprek met Cliënt B gepland"


def test_bare_jb_keeps_meaning_jeugdbeschermer_but_dotted_jb_is_a_client(
    dossier: Disclosure,
) -> None:
    assert dossier.free_text("JB belt J.B. en J. B.") == "JB belt Cliënt A en Cliënt A"


def test_initials_inside_a_word_are_left_alone(dossier: Disclosure) -> None:
    assert dossier.free_text("JBN en Jb.") == "JBN en Jb."


def test_jr_stays_jeugdreclassering_when_a_client_has_initials_jr(
    caseload_doc: MergedGesprek,
) -> None:
    template = caseload_doc.clients[0]
    doc = _with_clients(caseload_doc, _client("JR-2026-0001", "J.R.", "Cliënt A", template))
    dossier = Disclosure(doc, werkversie=False, redact=_keep)
    assert dossier.free_text("J.R. heeft een JR-maatregel") == "Cliënt A heeft een JR-maatregel"


def test_shared_initials_do_not_point_at_one_client(caseload_doc: MergedGesprek) -> None:
    template = caseload_doc.clients[0]
    doc = _with_clients(
        caseload_doc,
        _client("OTS-1", "A.B.", "Cliënt A", template),
        _client("OTS-2", "A.B.", "Cliënt B", template),
    )
    dossier = Disclosure(doc, werkversie=False, redact=_keep)
    assert dossier.free_text("A.B. belde") == f"{AMBIGUOUS_CLIENT} belde"


def test_unknown_client_reference_is_not_printed_in_the_personeelsdossier(
    dossier: Disclosure,
) -> None:
    assert dossier.client_by_reference("OTS-1999-0001") == UNKNOWN_CLIENT
    assert dossier.client_by_reference("OTS-2025-0412") == "Cliënt A"
    assert dossier.client_by_reference(None) == ""


def test_werkversie_keeps_identifiers_but_the_guard_still_removes_a_bsn(
    caseload_doc: MergedGesprek, planted: Planted
) -> None:
    werkversie = Disclosure(caseload_doc, werkversie=True, redact=load_redactor())
    shown = werkversie.free_text(f"J.B. (OTS-2025-0412), BSN {planted.bsn}")
    assert shown.startswith("J.B. (OTS-2025-0412), BSN ")
    assert planted.bsn not in shown
    assert werkversie.client_name(caseload_doc.clients[0]) == "Cliënt A (OTS-2025-0412 · J.B.)"


def test_control_characters_are_dropped(dossier: Disclosure) -> None:
    assert dossier.free_text("regel\x00 een\x1b\nregel twee") == "regel een\nregel twee"


@pytest.mark.parametrize(
    "written",
    [
        "OTS 2025 0412",
        "ots20250412",
        "OTS\u20132025\u20130412",
        "OTS 2025-0412",
        "OTS_2025_0412",
        "OTS.2025.0412",
        "OTS - 2025 - 0412",
        "OTS2025-0412",
        "ots-2025-0412",
    ],
)
def test_case_reference_variants_become_the_pseudonym(dossier: Disclosure, written: str) -> None:
    assert dossier.free_text(f"Zaak {written} besproken.") == "Zaak Cliënt A besproken."


_GAPS = st.lists(
    st.sampled_from([" ", "-", "\u2013", "\u2014", ".", "/", "_", "\u00a0"]), max_size=3
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=_GAPS.map("".join), second=_GAPS.map("".join), lower=st.booleans())
def test_any_spelling_of_a_case_reference_becomes_the_pseudonym(
    caseload_doc: MergedGesprek, first: str, second: str, lower: bool
) -> None:
    dossier = Disclosure(caseload_doc, werkversie=False, redact=_keep)
    written = f"OTS{first}2025{second}0412"
    written = written.lower() if lower else written
    assert dossier.free_text(f"({written})") == "(Cliënt A)"


def test_a_longer_number_after_a_reference_variant_is_not_a_match(dossier: Disclosure) -> None:
    assert dossier.free_text("nummer OTS 2025 04125") == "nummer OTS 2025 04125"
