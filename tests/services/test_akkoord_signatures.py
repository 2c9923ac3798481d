"""Signed akkoorden between installations: forged files, swapped keys, trust on first use,
the shared laptop and its later confirmation, and `--medewerker` narrowing the import."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.domain.types import GesprekStatus, Role
from jbn_selfscan.exchange.merged_file import compute_checksum, parse_merged_bytes
from jbn_selfscan.exchange.signing import InstallationKey, key_path, sign_akkoord
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.workspace import Workspace

DAY_AFTER = dt.date(2026, 11, 27)


@pytest.fixture
def pair(gesprek_pair: Any) -> Any:
    return gesprek_pair


def _sign(pair: Any, ws: Workspace, gesprek_id: int, role: Role) -> GesprekStatus:
    naam = pair.env.worker if role is Role.JEUGDBESCHERMER else pair.env.coach
    return g.sign_gesprek(ws, gesprek_id, role, naam, today=pair.env.gesprek_date)


def _laptop_signed_file(pair: Any, name: str = "laptop.json") -> Path:
    """Both akkoorden given on the worker's installation (one shared laptop)."""
    gesprek_id = pair.prepare()
    _sign(pair, pair.jb, gesprek_id, Role.JEUGDBESCHERMER)
    assert _sign(pair, pair.jb, gesprek_id, Role.PRAKTIJKBEGELEIDER) is GesprekStatus.GETEKEND
    return pair.export(pair.jb, gesprek_id, name)  # type: ignore[no-any-return]


def _edited(file: Path, edit: Any, name: str) -> Path:
    """`file` changed by `edit(document)` with its checksum recomputed, as a forger would."""
    document = json.loads(file.read_text(encoding="utf-8"))
    edit(document)
    document["checksum"]["value"] = compute_checksum(document)
    target = file.with_name(name)
    target.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return target


def _forge_content(document: dict[str, Any]) -> None:
    document["afspraken"].append({"uid": "vals-1", "tekst": "Nooit afgesproken."})
    document["gesprek"]["opmerkingen"] = "Alles is op orde."
    document["gesprek"]["versie"] += 1


def _strip_signatures(document: dict[str, Any]) -> None:
    for akkoord in document["akkoord"]:
        akkoord.update(sleutel=None, handtekening=None, installatie=None)


def _states(ws: Workspace, gesprek_id: int) -> dict[Role, Any]:
    return {state.rol: state for state in g.akkoord_states(ws, gesprek_id)}


# --------------------------------------------------------------------------- the signature


def test_signing_makes_a_private_key_file_once(pair: Any) -> None:
    _laptop_signed_file(pair)
    path = key_path(pair.jb.paths.data_dir)
    assert path.is_file()
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    first = g.own_fingerprint(pair.jb)
    assert first is not None and len(first.split()) == 5
    assert g.own_fingerprint(pair.pb) is None  # made on first need only
    assert "PRIVATE KEY" in path.read_text(encoding="ascii")


def test_exported_akkoorden_carry_role_name_moment_key_signature_and_installation(
    pair: Any,
) -> None:
    file = _laptop_signed_file(pair)
    document = json.loads(file.read_text(encoding="utf-8"))
    assert document["format_version"] == 2
    fingerprint = g.own_fingerprint(pair.jb)
    for akkoord in document["akkoord"]:
        assert set(akkoord) == {"rol", "naam", "op", "sleutel", "handtekening", "installatie"}
        assert akkoord["installatie"] == fingerprint
        assert len(base64.b64decode(akkoord["handtekening"])) == 64


# --------------------------------------------------------------------------- forged files


def test_forged_file_with_recomputed_checksum_and_higher_version_is_refused(pair: Any) -> None:
    file = _laptop_signed_file(pair)
    assert g.import_gesprek_file(pair.pb, file).kind is g.ImportKind.NIEUW
    forged = _edited(file, _forge_content, "vals.json")
    parse_merged_bytes(forged.read_bytes())  # the file itself is well-formed

    def attempt(ws: Workspace) -> str:
        with pytest.raises(g.AkkoordRejected) as refused:
            g.import_gesprek_file(ws, forged)
        return refused.value.message_nl

    message = pair.unchanged_by("pb", attempt)
    assert "handtekening klopt niet bij de inhoud" in message
    assert "Er is niets veranderd." in message


def test_forged_file_is_refused_also_where_no_key_was_pinned_yet(pair: Any) -> None:
    file = _laptop_signed_file(pair)
    forged = _edited(file, _forge_content, "vals.json")
    with pytest.raises(g.AkkoordRejected, match="klopt niet bij de inhoud"):
        g.import_gesprek_file(pair.pb, forged)
    assert g.pinned_keys(pair.pb) == []  # a refused file pins nothing


def test_forged_file_may_be_read_as_unsigned_when_the_user_chooses(pair: Any) -> None:
    file = _laptop_signed_file(pair)
    forged = _edited(file, _forge_content, "vals.json")
    outcome = g.import_gesprek_file(pair.pb, forged, accept_unsigned=True)
    view = g.gesprek_view(pair.pb, outcome.gesprek_id, today=DAY_AFTER)
    assert view.status is GesprekStatus.IN_VOORBEREIDING
    assert view.akkoorden == ()
    assert any("geweigerd" in line for line in outcome.akkoorden)


def test_stripped_signatures_are_refused_once_the_key_is_known(pair: Any) -> None:
    file = _laptop_signed_file(pair)
    g.import_gesprek_file(pair.pb, file)

    def edit(document: dict[str, Any]) -> None:
        _forge_content(document)
        _strip_signatures(document)

    stripped = _edited(file, edit, "zonder.json")
    with pytest.raises(g.AkkoordRejected, match="niet ondertekend"):
        g.import_gesprek_file(pair.pb, stripped)


def test_unsigned_akkoorden_are_read_but_never_shown_as_verified(pair: Any) -> None:
    """An older file (format 1, no signatures) is still read; its akkoorden stay unverified."""
    file = _laptop_signed_file(pair)

    def as_format_1(document: dict[str, Any]) -> None:
        document["format_version"] = 1
        for akkoord in document["akkoord"]:
            for key in ("sleutel", "handtekening", "installatie"):
                del akkoord[key]

    old = _edited(file, as_format_1, "oud.json")
    outcome = g.import_gesprek_file(pair.pb, old)
    assert all("niet ondertekend met sleutel" in line for line in outcome.akkoorden)
    states = _states(pair.pb, outcome.gesprek_id)
    assert not any(state.ondertekend for state in states.values())
    assert all("niet ondertekend met sleutel" in state.text for state in states.values())
    assert g.pinned_keys(pair.pb) == []


def test_a_swapped_key_is_refused(pair: Any) -> None:
    """Someone re-signs a changed file with their own key in the worker's name."""
    file = _laptop_signed_file(pair)
    g.import_gesprek_file(pair.pb, file)
    thief = InstallationKey(Ed25519PrivateKey.generate())

    def resign(document: dict[str, Any]) -> None:
        _forge_content(document)
        doc = MergedGesprek.model_validate({k: v for k, v in document.items() if k != "checksum"})
        document["akkoord"] = [
            sign_akkoord(thief, doc, rol=a.rol.value, naam=a.naam, op=a.op).model_dump(mode="json")
            for a in doc.akkoord
        ]

    swapped = _edited(file, resign, "andere-sleutel.json")
    with pytest.raises(g.AkkoordRejected) as refused:
        g.import_gesprek_file(pair.pb, swapped)
    message = refused.value.message_nl
    assert f"De sleutel van {pair.env.worker} is veranderd" in message
    assert thief.fingerprint in message and str(g.own_fingerprint(pair.jb)) in message


def test_a_forgotten_key_lets_the_next_file_pin_a_new_one(pair: Any) -> None:
    file = _laptop_signed_file(pair)
    g.import_gesprek_file(pair.pb, file)
    assert [k.naam for k in g.pinned_keys(pair.pb)] == [pair.env.worker]
    assert g.forget_pinned_key(pair.pb, pair.env.worker.upper())
    assert g.pinned_keys(pair.pb) == []
    assert not g.forget_pinned_key(pair.pb, pair.env.worker)


def test_akkoorden_of_one_version_cannot_be_carried_to_the_next(pair: Any) -> None:
    file = _laptop_signed_file(pair)
    signed = json.loads(file.read_text(encoding="utf-8"))
    gesprek_id = g.import_gesprek_file(pair.pb, file).gesprek_id
    g.reopen_gesprek(pair.pb, gesprek_id, "Afspraak klopt niet")
    assert g.gesprek_view(pair.pb, gesprek_id, today=DAY_AFTER).akkoorden == ()
    reopened = pair.export(pair.pb, gesprek_id, "versie2.json")

    def carry(document: dict[str, Any]) -> None:
        document["akkoord"] = signed["akkoord"]
        document["gesprek"]["status"] = "getekend"

    carried = _edited(reopened, carry, "meegenomen.json")
    with pytest.raises(g.AkkoordRejected, match="klopt niet bij de inhoud"):
        g.import_gesprek_file(pair.jb, carried)


# --------------------------------------------------------------------------- round trips


def test_round_trip_worker_coach_worker_verifies_on_both_sides(pair: Any) -> None:
    gesprek_id = pair.prepare()
    _sign(pair, pair.jb, gesprek_id, Role.JEUGDBESCHERMER)
    heen = pair.export(pair.jb, gesprek_id, "heen.json")

    there = g.import_gesprek_file(pair.pb, heen)
    assert any("eerste sleutel" in line for line in there.akkoorden)
    jb_print = g.own_fingerprint(pair.jb)
    assert [(k.naam, k.vingerafdruk) for k in g.pinned_keys(pair.pb)] == [
        (pair.env.worker, jb_print)
    ]
    assert _sign(pair, pair.pb, there.gesprek_id, Role.PRAKTIJKBEGELEIDER) is (
        GesprekStatus.GETEKEND
    )
    terug = pair.export(pair.pb, there.gesprek_id, "terug.json")

    back = g.import_gesprek_file(pair.jb, terug)
    assert back.kind is g.ImportKind.BIJGEWERKT
    assert any("ondertekend op deze installatie" in line for line in back.akkoorden)
    assert g.gesprek_view(pair.jb, gesprek_id, today=DAY_AFTER).status is GesprekStatus.GETEKEND
    states = _states(pair.jb, gesprek_id)
    assert states[Role.JEUGDBESCHERMER].vingerafdruk == jb_print
    assert states[Role.PRAKTIJKBEGELEIDER].vingerafdruk == g.own_fingerprint(pair.pb)
    assert all(s.ondertekend and not s.zelfde_installatie for s in states.values())
    # the same file again changes nothing and is still accepted
    assert g.import_gesprek_file(pair.jb, terug).kind is g.ImportKind.ONGEWIJZIGD


def test_an_exported_akkoord_still_verifies_days_later(pair: Any) -> None:
    """Deadline statuses are computed as on the gesprek's day once an akkoord was given."""
    gesprek_id = pair.prepare()
    _sign(pair, pair.jb, gesprek_id, Role.JEUGDBESCHERMER)
    later = pair.export(pair.jb, gesprek_id, "later.json", today=dt.date(2027, 3, 1))
    outcome = g.import_gesprek_file(pair.pb, later)
    assert _states(pair.pb, outcome.gesprek_id)[Role.JEUGDBESCHERMER].ondertekend


def test_shared_laptop_is_recorded_and_confirmed_later_by_the_coach(pair: Any) -> None:
    file = _laptop_signed_file(pair)
    states = _states(
        pair.jb, g.find_gesprek_id(pair.jb, json.loads(file.read_text())["gesprek"]["uid"])
    )
    assert all(s.zelfde_installatie for s in states.values())
    assert "dezelfde installatie" in states[Role.PRAKTIJKBEGELEIDER].text

    outcome = g.import_gesprek_file(pair.pb, file)
    coach_line = next(line for line in outcome.akkoorden if "praktijkbegeleider" in line)
    assert "andere installatie" in coach_line
    assert [k.naam for k in g.pinned_keys(pair.pb)] == [pair.env.worker]  # not the coach

    with pytest.raises(g.GesprekError, match="eigen akkoord"):
        g.confirm_akkoord(pair.pb, outcome.gesprek_id, Role.PRAKTIJKBEGELEIDER, "Iemand Anders")
    fingerprint = g.confirm_akkoord(
        pair.pb, outcome.gesprek_id, Role.PRAKTIJKBEGELEIDER, pair.env.coach
    )
    assert fingerprint == g.own_fingerprint(pair.pb)
    confirmed = pair.export(pair.pb, outcome.gesprek_id, "bevestigd.json")

    back = g.import_gesprek_file(pair.jb, confirmed)
    assert "akkoorden uit het bestand zijn overgenomen" in back.samenvatting
    states = _states(pair.jb, back.gesprek_id)
    assert states[Role.PRAKTIJKBEGELEIDER].vingerafdruk == fingerprint
    assert states[Role.JEUGDBESCHERMER].vingerafdruk == g.own_fingerprint(pair.jb)
    assert not any(s.zelfde_installatie for s in states.values())
    # the frozen copy carries the confirmation too: the next export has it
    again = json.loads(pair.export(pair.jb, back.gesprek_id, "opnieuw.json").read_text())
    assert {a["installatie"] for a in again["akkoord"]} == {
        g.own_fingerprint(pair.jb),
        fingerprint,
    }


# --------------------------------------------------------------------------- rules


def test_medewerker_option_narrows_and_never_widens(pair: Any) -> None:
    other = pair.env.workspace("ander", "Kees Ander")
    pair.env.add_caseload(other)
    gesprek_id = g.start_gesprek(other, pair.env.gesprek_date, pair.env.coach, today=pair.env.today)
    file = pair.export(other, gesprek_id, "ander.json")
    # the worker's own installation takes only their own gesprekken, whatever the option says
    with pytest.raises(g.ImportRejected, match="van Kees Ander, niet van Sanne Testpersoon"):
        g.import_gesprek_file(pair.jb, file, expected_medewerker="Kees Ander")
    # the coach accepts anyone's file, unless narrowed
    with pytest.raises(g.ImportRejected, match="niet van Iemand Anders"):
        g.import_gesprek_file(pair.pb, file, expected_medewerker="Iemand Anders")
    assert g.import_gesprek_file(pair.pb, file, expected_medewerker="kees  ander").kind is (
        g.ImportKind.NIEUW
    )


def test_a_gesprek_dated_later_cannot_be_signed_yet(pair: Any) -> None:
    gesprek_id = pair.prepare()
    day_before = pair.env.gesprek_date - dt.timedelta(days=1)
    with pytest.raises(g.GesprekError, match="pas vanaf die dag tekenen"):
        g.sign_gesprek(pair.jb, gesprek_id, Role.JEUGDBESCHERMER, pair.env.worker, today=day_before)
    evening_before = dt.datetime(2026, 11, 25, 22, 30, tzinfo=dt.UTC)  # 23:30 Dutch time
    with pytest.raises(g.GesprekError, match="pas vanaf die dag"):
        g.sign_gesprek(pair.jb, gesprek_id, Role.JEUGDBESCHERMER, "x", at=evening_before)
    just_after_midnight = dt.datetime(2026, 11, 25, 23, 5, tzinfo=dt.UTC)  # 00:05 on the 26th
    status = g.sign_gesprek(
        pair.jb, gesprek_id, Role.JEUGDBESCHERMER, pair.env.worker, at=just_after_midnight
    )
    assert status is GesprekStatus.IN_VOORBEREIDING
    assert g.gesprek_view(pair.jb, gesprek_id, today=DAY_AFTER).akkoorden


def test_an_akkoord_whose_content_changed_lapses_at_the_next_signature(pair: Any) -> None:
    """A change that does not go through the gesprek (client data) breaks the signature; the
    other role's akkoord then lapses instead of being frozen as valid."""
    from jbn_selfscan.services.clients import get_client, update_client

    gesprek_id = pair.prepare()
    _sign(pair, pair.jb, gesprek_id, Role.JEUGDBESCHERMER)
    record = get_client(pair.jb, pair.clients["OTS-2026-0101"])
    update_client(
        pair.jb,
        record.id,
        record.data.__class__(**{**record.data.__dict__, "regio": "Elders"}),
        today=pair.env.today,
    )
    if not g.gesprek_view(pair.jb, gesprek_id, today=DAY_AFTER).akkoorden:
        pytest.skip("the client edit already withdrew the akkoord")
    status = _sign(pair, pair.jb, gesprek_id, Role.PRAKTIJKBEGELEIDER)
    assert status is GesprekStatus.IN_VOORBEREIDING
    roles = {s.rol for s in g.gesprek_view(pair.jb, gesprek_id, today=DAY_AFTER).akkoorden}
    assert roles == {Role.PRAKTIJKBEGELEIDER}


def test_an_older_unsigned_copy_of_a_version_signed_here_says_so(pair: Any) -> None:
    """The same version, exported by an older app without signatures: nothing changes, and the
    message says why instead of calling it another signed version."""
    file = _laptop_signed_file(pair)

    def as_format_1(document: dict[str, Any]) -> None:
        document["format_version"] = 1
        for akkoord in document["akkoord"]:
            for key in ("sleutel", "handtekening", "installatie"):
                del akkoord[key]

    old = _edited(file, as_format_1, "oud.json")
    with pytest.raises(g.ImportRejected) as refused:
        g.import_gesprek_file(pair.jb, old)
    message = str(refused.value)
    assert "andere getekende versie" not in message
    assert "niet met een sleutel ondertekend" in message and "al getekend" in message
