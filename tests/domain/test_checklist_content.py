"""The shipped zelfscan covers what the inspection and the user asked for."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from jbn_selfscan.domain.checklist import (
    CURRENT_CHECKLIST_FILE,
    DEADLINE_STEPS,
    Checklist,
    archived_checklist_filename,
    load_shipped_file,
    shipped_checklist,
    shipped_checklist_files,
)
from jbn_selfscan.domain.types import Bron, ItemStatus, Maatregel, Theme, Unit

# The norms of the inspection framework that concern a single dossier (DOMAIN.md).
SINGLE_DOSSIER_NORMS = (
    "1a.1", "1a.2", "1a.3", "1b.1", "1b.2", "1b.3", "2.1", "2.2",
    "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
)  # fmt: skip

# Version 1 is released: scans store answers under these ids with these answer types and
# choice values. Changing any of it needs a new version (see docs/checklist-format.md).
VERSION_1_FINGERPRINT = {
    "wensen_en_mogelijkheden_in_beeld": "keuze:ja,deels,nee",
    "actueel_beeld": "keuze:ja,deels,nee",
    "verslagen_bijgewerkt": "keuze:ja,deels,nee",
    "afspraken_wie_doet_wat": "keuze:ja,deels,nee",
    "kernbesluiten_onderbouwd": "keuze:ja,deels,nee,nvt",
    "overzicht_hulp_en_regie": "keuze:ja,deels,nee",
    "intern_overleg_vastgelegd": "keuze:ja,deels,nee",
    "overleg_ketenpartners_vastgelegd": "keuze:ja,deels,nee,nvt",
    "veiligheidsoordeel_navolgbaar": "keuze:ja,deels,nee",
    "eerste_veiligheidsinschatting": "keuze:ja,deels,nee",
    "risicos_breed_in_kaart": "keuze:ja,deels,nee",
    "datum_eerste_risicotaxatie": "datum",
    "datum_laatste_arij": "datum",
    "arij_toegelicht": "keuze:ja,deels,nee",
    "datum_laatste_lij": "datum",
    "lij_toegelicht": "keuze:ja,deels,nee",
    "veiligheid_besproken_met_jeugdige": "keuze:ja,deels,nee,nvt",
    "afspraken_zicht_op_veiligheid": "keuze:ja,deels,nee",
    "gehandeld_op_signalen": "keuze:geen_signalen,gehandeld,niet_vastgelegd,niet_gehandeld",
    "veiligheidsafspraken": "keuze:ja,niet_nodig,nee",
    "veiligheidsafspraken_nagekomen": "keuze:ja,deels,nee",
    "vaste_jeugdzorgwerker": "keuze:vast,contactpersoon,geen",
    "aanspreekpunt_bekend": "keuze:ja,deels,nee",
    "datum_eerste_f2f": "datum",
    "contactfrequentie_in_kernbesluit": "keuze:ja,deels,nee",
    "contactfrequentie_nagekomen": "keuze:ja,deels,nee",
    "laatste_contact_jeugdige_voogdij": "datum",
    "laatste_contact_jeugdige": "datum",
    "jeugdige_alleen_gesproken": "keuze:ja,nee,niet_mogelijk",
    "datum_jeugdige_alleen_gesproken": "datum",
    "laatste_contact_ouders": "datum",
    "datum_eerste_pva": "datum",
    "pva_samen_opgesteld": "keuze:ja,deels,nee",
    "reactie_op_pva_vastgelegd": "keuze:ja,deels,nee",
    "afwijkende_keuze_uitgelegd": "keuze:ja,nee,geen_verschil",
    "pva_volgt_uit_analyse": "keuze:ja,deels,nee",
    "doelen_concreet_en_actueel": "keuze:ja,deels,nee",
    "datum_laatste_pva_evaluatie": "datum",
    "evaluatie_met_betrokkenen": "keuze:ja,deels,nee",
    "hulp_past_bij_plan": "keuze:ja,deels,nee,geen_hulp_nodig",
    "datum_start_hulp": "datum",
    "opgeschaald_bij_geen_hulp": "keuze:niet_nodig,opgeschaald,niet_opgeschaald",
}


@pytest.fixture(scope="module")
def zelfscan() -> Checklist:
    return shipped_checklist()


def fingerprint(checklist: Checklist) -> dict[str, str]:
    return {
        item.id: item.answer_type
        + (":" + ",".join(c.value for c in item.choices) if item.choices else "")
        for item in checklist.items
    }


def unconditional(checklist: Checklist, maatregel: Maatregel) -> list[str]:
    return [item.id for item in checklist.items_for(maatregel) if item.condition is None]


def test_identity(zelfscan: Checklist) -> None:
    assert (zelfscan.id, zelfscan.version, zelfscan.title) == (
        "jbn-dossier-zelfscan",
        2,
        "Dossier zelfscan",
    )


def test_released_version_1_keeps_its_ids_and_answers(zelfscan: Checklist) -> None:
    version_1 = load_shipped_file(archived_checklist_filename("jbn-dossier-zelfscan", 1))
    assert version_1.version == 1
    assert fingerprint(version_1) == VERSION_1_FINGERPRINT, (
        "Changed ids, answer types or choice values of released version 1: restore "
        "jbn-dossier-zelfscan-v1.yaml from its release."
    )
    # version 2 changed only texts: its answers stay comparable with version 1's
    assert fingerprint(zelfscan) == VERSION_1_FINGERPRINT, (
        "Changed ids, answer types or choice values of a released checklist: archive version 1 "
        "as jbn-dossier-zelfscan-v1.yaml and raise the version instead."
    )


@pytest.mark.parametrize("norm", SINGLE_DOSSIER_NORMS)
def test_every_single_dossier_norm_has_an_item(zelfscan: Checklist, norm: str) -> None:
    assert [item.id for item in zelfscan.items if norm in item.norms]


def test_items_refer_only_to_single_dossier_norms(zelfscan: Checklist) -> None:
    used = {norm for item in zelfscan.items for norm in item.norms}
    assert used <= set(SINGLE_DOSSIER_NORMS)
    assert all(item.norms for item in zelfscan.items)


@pytest.mark.parametrize("maatregel", list(Maatregel))
@pytest.mark.parametrize("theme", list(Theme))
def test_every_theme_has_questions_for_every_maatregel(
    zelfscan: Checklist, theme: Theme, maatregel: Maatregel
) -> None:
    shown = [
        item for item in zelfscan.items_for(maatregel) if item.theme is theme and not item.condition
    ]
    assert len(shown) >= 3


@pytest.mark.parametrize("maatregel", list(Maatregel))
def test_size_per_maatregel(zelfscan: Checklist, maatregel: Maatregel) -> None:
    assert 25 <= len(unconditional(zelfscan, maatregel)) <= 40
    assert len(zelfscan.items_for(maatregel)) <= 40


@pytest.mark.parametrize("maatregel", list(Maatregel))
def test_each_deadline_step_has_exactly_one_date_item_per_maatregel(
    zelfscan: Checklist, maatregel: Maatregel
) -> None:
    linked = Counter(item.stap for item in zelfscan.items_for(maatregel) if item.stap)
    expected = set(DEADLINE_STEPS) - (
        {"contact_voogdij"} if maatregel != Maatregel.VOOGDIJ else set()
    )
    assert set(linked) == expected
    assert all(count == 1 for count in linked.values())


def test_step_links(zelfscan: Checklist) -> None:
    links = {item.id: item.stap for item in zelfscan.items if item.stap}
    assert links == {
        "datum_eerste_risicotaxatie": "eerste_risicotaxatie",
        "datum_laatste_arij": "risicotaxatie_actueel",
        "datum_laatste_lij": "risicotaxatie_actueel",
        "datum_eerste_f2f": "eerste_f2f",
        "laatste_contact_jeugdige_voogdij": "contact_voogdij",
        "datum_eerste_pva": "eerste_pva",
        "datum_laatste_pva_evaluatie": "pva_evaluatie",
        "datum_start_hulp": "hulp_gestart",
    }
    assert zelfscan.item("datum_laatste_arij").maatregelen == (Maatregel.OTS, Maatregel.VOOGDIJ)
    assert zelfscan.item("datum_laatste_lij").maatregelen == (Maatregel.JR,)


def test_last_contact_outside_voogdij_uses_a_maximum_age(zelfscan: Checklist) -> None:
    item = zelfscan.item("laatste_contact_jeugdige")
    assert item.maatregelen == (Maatregel.OTS, Maatregel.JR)
    assert item.max_age_months is None  # the term lives in the checklist's `termijnen`
    assert item.termijn is not None
    assert (item.termijn.lengte, item.termijn.eenheid, item.termijn.bron) == (
        3,
        Unit.MAANDEN,
        Bron.JBN,
    )


def test_kernbesluit_on_contact_frequency_only_for_ots_and_jr(zelfscan: Checklist) -> None:
    item = zelfscan.item("contactfrequentie_in_kernbesluit")
    assert set(item.maatregelen) == {Maatregel.OTS, Maatregel.JR}
    follow_up = zelfscan.item("contactfrequentie_nagekomen").condition
    assert follow_up is not None and follow_up.item == item.id
    assert set(follow_up.choice_values) == {"ja", "deels"}


def test_topics_the_user_asked_for_are_there(zelfscan: Checklist) -> None:
    for item_id in (
        "jeugdige_alleen_gesproken",
        "veiligheid_besproken_met_jeugdige",
        "vaste_jeugdzorgwerker",
        "reactie_op_pva_vastgelegd",
        "arij_toegelicht",
        "lij_toegelicht",
    ):
        assert zelfscan.item(item_id)
    labels = " ".join(c.label for c in zelfscan.item("vaste_jeugdzorgwerker").choices or ())
    assert "CCP" in labels and "CRT" in labels


def test_an_explanation_is_asked_where_a_verdict_is_not_op_orde(zelfscan: Checklist) -> None:
    """The inspection criticised tick lists without explanation."""
    asking = [item for item in zelfscan.items if item.requires_toelichting_when]
    assert len(asking) >= len(zelfscan.items) * 2 // 3
    for item_id in ("arij_toegelicht", "lij_toegelicht", "datum_eerste_f2f", "datum_eerste_pva"):
        assert ItemStatus.NIET_OP_ORDE in zelfscan.item(item_id).requires_toelichting_when


def test_every_item_says_what_op_orde_means(zelfscan: Checklist) -> None:
    assert [item.id for item in zelfscan.items if "op orde" not in item.help.lower()] == []


def test_questions_are_short_questions_with_a_label(zelfscan: Checklist) -> None:
    for item in zelfscan.items:
        assert item.question.endswith("?"), item.id
        assert len(item.question) <= 200, item.id
        assert item.label, item.id


@pytest.mark.parametrize("maatregel", list(Maatregel))
def test_labels_are_unique_within_a_maatregel(zelfscan: Checklist, maatregel: Maatregel) -> None:
    labels = Counter(item.label for item in zelfscan.items_for(maatregel))
    assert [label for label, n in labels.items() if n > 1] == []


def test_every_item_id_fits_the_merged_file(zelfscan: Checklist) -> None:
    ref = zelfscan.as_ref()
    assert [item.id for item in ref.items] == list(zelfscan.item_ids)


def test_shipped_files_are_named_after_their_version() -> None:
    files = shipped_checklist_files()
    assert CURRENT_CHECKLIST_FILE in files
    seen: set[tuple[str, int]] = set()
    for name in files:
        loaded = load_shipped_file(name)
        key = (loaded.id, loaded.version)
        assert key not in seen, f"{name}: version shipped twice"
        seen.add(key)
        if name != CURRENT_CHECKLIST_FILE:
            assert name == archived_checklist_filename(*key)
            assert re.fullmatch(r"[a-z0-9-]+-v[0-9]+\.yaml", name)
