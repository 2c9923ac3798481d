"""Import rules: unchanged files change nothing; refused files leave the database as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from jbn_selfscan.exchange.merged_file import ChecksumMismatchError
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.workspace import Workspace


@pytest.fixture
def pair(gesprek_pair: Any) -> Any:
    return gesprek_pair


def test_importing_the_same_file_twice_changes_nothing(pair: Any) -> None:
    gesprek_id = pair.prepare()
    file = pair.export(pair.jb, gesprek_id, "voorbereiding.json")
    g.import_gesprek_file(pair.pb, file)

    outcome = pair.unchanged_by("pb", lambda ws: g.import_gesprek_file(ws, file))
    assert outcome.kind is g.ImportKind.ONGEWIJZIGD
    assert "ongewijzigd" in outcome.samenvatting
    outcome = pair.unchanged_by("jb", lambda ws: g.import_gesprek_file(ws, file))
    assert outcome.kind is g.ImportKind.ONGEWIJZIGD, "own export comes back unchanged"


def test_rejections_leave_the_database_exactly_as_it_was(pair: Any) -> None:
    env = pair.env
    gesprek_id = pair.prepare()
    unsigned = pair.export(pair.jb, gesprek_id, "voorbereiding.json")
    pb_gesprek = pair.coach_completes(unsigned)
    g.reopen_gesprek(pair.pb, pb_gesprek, "Actie aanpassen")
    version_two = pair.export(pair.pb, pb_gesprek, "versie2.json")
    g.import_gesprek_file(pair.jb, version_two)

    def rejected(file: Path, message: str, **kwargs: Any) -> None:
        def attempt(ws: Workspace) -> None:
            with pytest.raises(g.ImportRejected, match=message):
                g.import_gesprek_file(ws, file, **kwargs)

        pair.unchanged_by("jb", attempt)

    rejected(unsigned, "ouder dan wat je al hebt")
    rejected(version_two, "niet van Iemand Anders", expected_medewerker="Iemand Anders")

    damaged = pair.files / "beschadigd.json"
    damaged.write_text(
        version_two.read_text(encoding="utf-8").replace("Intervisie", "Intervisi"), encoding="utf-8"
    )

    def damaged_attempt(ws: Workspace) -> None:
        with pytest.raises(ChecksumMismatchError):
            g.import_gesprek_file(ws, damaged)

    pair.unchanged_by("jb", damaged_attempt)
    assert env.today  # the environment stays usable


def test_unknown_checklist_version_is_refused(pair: Any) -> None:
    from jbn_selfscan.exchange.merged_file import write_merged_file

    gesprek_id = pair.prepare()
    doc = g.build_merged(pair.jb, gesprek_id, today=pair.env.today)
    future = doc.model_copy(update={"checklist": doc.checklist.model_copy(update={"versie": 99})})
    file = pair.files / "toekomst.json"
    write_merged_file(future, file)

    def attempt(ws: Workspace) -> None:
        with pytest.raises(g.ImportRejected, match="versie 99, die deze installatie niet kent"):
            g.import_gesprek_file(ws, file)

    pair.unchanged_by("pb", attempt)


def test_a_worker_only_takes_in_own_gesprekken(pair: Any, gesprek_env: Any) -> None:
    gesprek_id = pair.prepare()
    file = pair.export(pair.jb, gesprek_id, "voorbereiding.json")
    colleague = gesprek_env.workspace("collega", "Kees Collega")
    with pytest.raises(g.ImportRejected, match="is van Sanne Testpersoon, niet van Kees Collega"):
        g.import_gesprek_file(colleague, file)
    assert g.list_gesprekken(colleague) == []


def test_a_gesprek_uid_of_another_worker_is_refused(pair: Any) -> None:
    gesprek_id = pair.prepare()
    doc = g.build_merged(pair.jb, gesprek_id, today=pair.env.today)
    other = doc.model_copy(
        update={
            "gesprek": doc.gesprek.model_copy(
                update={
                    "medewerker": doc.gesprek.medewerker.model_copy(update={"naam": "Kees Collega"})
                }
            )
        }
    )
    g.import_gesprek_document(pair.pb, doc)
    with pytest.raises(g.ImportRejected, match="andere medewerker"):
        g.import_gesprek_document(pair.pb, other)


def test_an_unsigned_newer_copy_replaces_ours_but_an_older_one_does_not(pair: Any) -> None:
    gesprek_id = pair.prepare()
    file = pair.export(pair.jb, gesprek_id, "voorbereiding.json")
    outcome = g.import_gesprek_file(pair.pb, file)
    g.add_afspraak(pair.pb, outcome.gesprek_id, "Alvast een afspraak")
    later = pair.export(pair.pb, outcome.gesprek_id, "met-afspraak.json")

    assert g.import_gesprek_file(pair.jb, later).kind is g.ImportKind.BIJGEWERKT
    assert [a.tekst for a in g.gesprek_view(pair.jb, gesprek_id).afspraken] == [
        "Alvast een afspraak"
    ]
    g.set_opmerkingen(pair.jb, gesprek_id, "Mijn eigen aanvulling")

    def attempt(ws: Workspace) -> None:
        with pytest.raises(g.ImportRejected, match="recenter dan dit bestand"):
            g.import_gesprek_file(ws, file)

    pair.unchanged_by("jb", attempt)


def test_export_of_a_cancelled_gesprek_is_refused(pair: Any) -> None:
    gesprek_id = pair.prepare()
    g.cancel_gesprek(pair.jb, gesprek_id, "Gaat niet door")
    with pytest.raises(g.GesprekError, match="geannuleerd"):
        pair.export(pair.jb, gesprek_id, "x.json")
    assert not (pair.files / "x.json").exists()


def test_a_code_already_used_by_another_gesprek_is_refused(pair: Any) -> None:
    gesprek_id = pair.prepare()
    g.add_actie(pair.jb, gesprek_id, "Eerste actie", "jeugdbeschermer")
    doc = g.build_merged(pair.jb, gesprek_id, today=pair.env.today)
    g.import_gesprek_document(pair.pb, doc)
    [actie] = doc.acties
    other_uid = "f" * 32
    clash = doc.model_copy(
        update={
            "gesprek": doc.gesprek.model_copy(update={"uid": other_uid}),
            "acties": (actie.model_copy(update={"uit_gesprek_uid": other_uid}),),
        }
    )

    def attempt(ws: Workspace) -> None:
        with pytest.raises(g.ImportRejected, match="dezelfde code"):
            g.import_gesprek_document(ws, clash)

    pair.unchanged_by("pb", attempt)


def test_an_impossible_date_is_refused(pair: Any) -> None:
    gesprek_id = pair.prepare()
    doc = g.build_merged(pair.jb, gesprek_id, today=pair.env.today)
    typo = doc.model_copy(
        update={
            "clients": (doc.clients[0].model_copy(update={"uitspraakdatum": dt.date(202, 3, 2)}),)
        }
    )
    with pytest.raises(g.ImportRejected, match="onmogelijke datum"):
        g.import_gesprek_document(pair.pb, typo)
    assert g.list_gesprekken(pair.pb) == []


def test_the_file_accepts_the_same_date_range_as_the_dialog_and_the_importer(pair: Any) -> None:
    """One range (domain.dates): 1985 is a real date, but no maatregel of today starts then."""
    gesprek_id = pair.prepare()
    doc = g.build_merged(pair.jb, gesprek_id, today=pair.env.today)
    first = doc.clients[0]
    early = doc.model_copy(
        update={"clients": (first.model_copy(update={"uitspraakdatum": dt.date(1985, 3, 2)}),)}
    )
    with pytest.raises(g.ImportRejected) as refused:
        g.import_gesprek_document(pair.pb, early)
    assert f"uitspraakdatum van {first.referentie}" in str(refused.value)
    assert "01-01-1990 tot en met 31-12-2100" in str(refused.value)
    assert g.list_gesprekken(pair.pb) == []
