"""The zelfscan service: open, autosave answers, conditions, deadlines, "ongewijzigd", locking."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import select

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.checklist import Checklist
from jbn_selfscan.domain.types import (
    DeadlineState,
    GesprekStatus,
    ItemStatus,
    Maatregel,
    ScanStatus,
)
from jbn_selfscan.services import checklists, scans
from jbn_selfscan.services.clients import add_client, get_client
from jbn_selfscan.services.scans import AnswerError, ScanLockedError
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.store.models import Answer, Caseloadgesprek, ChangeLog, Zelfscan

TODAY = dt.date(2026, 11, 20)
UITSPRAAK = dt.date(2026, 3, 2)
_uids = itertools.count(1)


def add(ws: Workspace, maatregel: Maatregel = Maatregel.OTS, **dates: dt.date) -> int:
    data = ClientData(
        referentie=f"{maatregel.value}-2026-{next(_uids):03d}",
        initialen="A.B.",
        maatregel=maatregel,
        uitspraakdatum=UITSPRAAK,
        **dates,  # type: ignore[arg-type]
    )
    return add_client(ws, data, today=TODAY)


def sign(ws: Workspace, scan_id: int) -> None:
    """Make `scan_id` part of a signed caseloadgesprek (as the gesprek module will)."""
    with ws.db.session() as session, session.begin():
        gesprek = Caseloadgesprek(
            uid=f"g-{next(_uids)}",
            datum=TODAY,
            status=GesprekStatus.GETEKEND.value,
            medewerker_naam="Sanne de Vries",
        )
        session.add(gesprek)
        session.flush()
        session.get_one(Zelfscan, scan_id).gesprek_id = gesprek.id


def changes(ws: Workspace, entity: str) -> list[tuple[str, str | None, str | None, str]]:
    with ws.db.session() as session:
        rows = session.scalars(
            select(ChangeLog).where(ChangeLog.entity == entity).order_by(ChangeLog.id)
        )
        return [(c.field, c.old, c.new, c.context) for c in rows]


def test_open_scan_makes_one_concept_scan_per_client_and_reuses_it(ws: Workspace) -> None:
    client = add(ws)

    first = scans.open_scan(ws, client, today=TODAY)
    again = scans.open_scan(ws, client, today=TODAY)

    assert again.scan_id == first.scan_id
    assert first.status is ScanStatus.CONCEPT
    assert first.checklist.id == checklists.current().id
    assert first.answers == {} and first.previous == {} and first.previous_date is None
    assert first.locked is False
    assert [c[0] for c in changes(ws, "zelfscan")] == ["aangemaakt"]


def test_only_items_of_the_clients_maatregel_are_visible(ws: Workspace) -> None:
    ots = scans.open_scan(ws, add(ws, Maatregel.OTS), today=TODAY)
    jr = scans.open_scan(ws, add(ws, Maatregel.JR), today=TODAY)

    assert "datum_laatste_arij" in ots.evaluation.visible_item_ids
    assert "datum_laatste_lij" not in ots.evaluation.visible_item_ids
    assert "datum_laatste_lij" in jr.evaluation.visible_item_ids
    assert "datum_laatste_arij" not in jr.evaluation.visible_item_ids


def test_save_answer_stores_value_and_toelichting_and_re_evaluates(ws: Workspace) -> None:
    scan = scans.open_scan(ws, add(ws), today=TODAY)

    saved = scans.save_answer(
        ws, scan.scan_id, "actueel_beeld", "deels", "netwerk verouderd", today=TODAY
    )

    answer = saved.answers["actueel_beeld"]
    assert (answer.waarde, answer.toelichting, answer.answered_by) == (
        "deels",
        "netwerk verouderd",
        "Sanne de Vries",
    )
    assert saved.evaluation.items["actueel_beeld"].status is ItemStatus.AANDACHT
    assert saved.evaluation.progress.answered == scan.evaluation.progress.answered + 1
    ref = saved.referentie
    assert changes(ws, "antwoord") == [
        ("waarde", None, "deels", ref),
        ("toelichting", "", "netwerk verouderd", ref),
    ]


def test_saving_the_same_answer_twice_logs_it_once(ws: Workspace) -> None:
    scan = scans.open_scan(ws, add(ws), today=TODAY)
    scans.save_answer(ws, scan.scan_id, "actueel_beeld", "ja", "", today=TODAY)
    scans.save_answer(ws, scan.scan_id, "actueel_beeld", "ja", "", today=TODAY)

    assert [c[0] for c in changes(ws, "antwoord")] == ["waarde"]


@pytest.mark.parametrize(
    ("item_id", "value", "message"),
    [
        ("actueel_beeld", "misschien", "Kies een van: ja, deels, nee"),
        ("datum_eerste_f2f", "2026-02-30", "geen geldige datum"),
        ("datum_eerste_f2f", "2026-11-21", "in de toekomst"),
        ("actueel_beeld", "x" * 2001, "te lang"),
        ("bestaat_niet", "ja", "Onbekende vraag 'bestaat_niet'"),
    ],
)
def test_invalid_answers_are_refused_in_dutch_and_nothing_is_stored(
    ws: Workspace, item_id: str, value: str, message: str
) -> None:
    scan = scans.open_scan(ws, add(ws), today=TODAY)

    with pytest.raises(AnswerError, match=message):
        scans.save_answer(ws, scan.scan_id, item_id, value, "tekst", today=TODAY)

    assert scans.get_scan(ws, scan.scan_id, today=TODAY).answers == {}


def test_a_too_long_toelichting_is_refused(ws: Workspace) -> None:
    scan = scans.open_scan(ws, add(ws), today=TODAY)
    with pytest.raises(AnswerError, match="toelichting is te lang"):
        scans.save_answer(ws, scan.scan_id, "actueel_beeld", "ja", "x" * 20_001, today=TODAY)


def test_a_follow_up_question_appears_with_its_condition(ws: Workspace) -> None:
    scan = scans.open_scan(ws, add(ws), today=TODAY)
    follow_up = "veiligheidsafspraken_nagekomen"
    assert follow_up not in scan.evaluation.visible_item_ids

    shown = scans.save_answer(ws, scan.scan_id, "veiligheidsafspraken", "ja", today=TODAY)
    hidden = scans.save_answer(ws, scan.scan_id, "veiligheidsafspraken", "nee", today=TODAY)

    assert follow_up in shown.evaluation.visible_item_ids
    assert follow_up not in hidden.evaluation.visible_item_ids


def test_a_step_date_updates_the_client_and_its_deadline(ws: Workspace) -> None:
    client = add(ws)
    scan = scans.open_scan(ws, client, today=TODAY)
    before = {d.stap: d for d in scan.deadlines}["eerste_f2f"]
    assert before.state is DeadlineState.VERLOPEN

    saved = scans.save_answer(ws, scan.scan_id, "datum_eerste_f2f", "2026-03-04", today=TODAY)

    after = {d.stap: d for d in saved.deadlines}["eerste_f2f"]
    assert after.state is DeadlineState.OP_TIJD
    assert after.gedaan_op == dt.date(2026, 3, 4)
    assert get_client(ws, client).data.eerste_f2f == dt.date(2026, 3, 4)
    assert saved.evaluation.items["datum_eerste_f2f"].status is ItemStatus.OP_ORDE


def test_a_toelichting_on_an_empty_step_item_keeps_the_recorded_date(ws: Workspace) -> None:
    """Typing a note must not wipe the 1e F2F date that came with the caseload import."""
    client = add(ws, eerste_f2f=dt.date(2026, 3, 5))
    scan = scans.open_scan(ws, client, today=TODAY)

    scans.save_answer(ws, scan.scan_id, "datum_eerste_f2f", None, "zie verslag", today=TODAY)

    assert get_client(ws, client).data.eerste_f2f == dt.date(2026, 3, 5)


def test_clearing_an_entered_step_date_clears_the_client_date(ws: Workspace) -> None:
    client = add(ws)
    scan = scans.open_scan(ws, client, today=TODAY)
    scans.save_answer(ws, scan.scan_id, "datum_eerste_f2f", "2026-03-04", today=TODAY)

    scans.save_answer(ws, scan.scan_id, "datum_eerste_f2f", None, today=TODAY)

    assert get_client(ws, client).data.eerste_f2f is None


def test_a_signed_scan_is_locked_and_the_next_one_shows_it_as_previous(ws: Workspace) -> None:
    client = add(ws)
    first = scans.open_scan(ws, client, today=TODAY)
    scans.save_answer(ws, first.scan_id, "actueel_beeld", "ja", "vorig kwartaal", today=TODAY)
    sign(ws, first.scan_id)

    with pytest.raises(ScanLockedError, match="getekend caseloadgesprek"):
        scans.save_answer(ws, first.scan_id, "actueel_beeld", "nee", today=TODAY)
    with pytest.raises(ScanLockedError):
        scans.set_bespreekpunten(ws, first.scan_id, "x")
    second = scans.open_scan(ws, client, today=TODAY)

    assert scans.get_scan(ws, first.scan_id, today=TODAY).locked is True
    assert second.scan_id != first.scan_id
    assert second.answers == {}  # never copied silently
    assert second.previous["actueel_beeld"].waarde == "ja"
    assert second.previous_date is not None


def _second_scan_with_previous(ws: Workspace) -> tuple[int, int]:
    client = add(ws)
    first = scans.open_scan(ws, client, today=TODAY)
    for item_id, value in (("actueel_beeld", "deels"), ("verslagen_bijgewerkt", "ja")):
        scans.save_answer(ws, first.scan_id, item_id, value, f"vorige {item_id}", today=TODAY)
    sign(ws, first.scan_id)
    return client, scans.open_scan(ws, client, today=TODAY).scan_id


def test_confirm_unchanged_takes_over_only_the_named_items(ws: Workspace) -> None:
    _client, scan_id = _second_scan_with_previous(ws)

    confirmed = scans.confirm_unchanged(ws, scan_id, ["actueel_beeld"], today=TODAY)

    taken = confirmed.answers["actueel_beeld"]
    assert (taken.waarde, taken.toelichting, taken.ongewijzigd_bevestigd) == (
        "deels",
        "vorige actueel_beeld",
        True,
    )
    assert "verslagen_bijgewerkt" not in confirmed.answers


def test_confirm_unchanged_leaves_answers_given_now_alone(ws: Workspace) -> None:
    _client, scan_id = _second_scan_with_previous(ws)
    scans.save_answer(ws, scan_id, "actueel_beeld", "nee", "nu anders", today=TODAY)

    confirmed = scans.confirm_unchanged(
        ws, scan_id, ["actueel_beeld", "afspraken_wie_doet_wat"], today=TODAY
    )

    assert confirmed.answers["actueel_beeld"].waarde == "nee"
    assert confirmed.answers["actueel_beeld"].ongewijzigd_bevestigd is False
    assert "afspraken_wie_doet_wat" not in confirmed.answers  # nothing to take over


def test_confirm_unchanged_keeps_a_toelichting_typed_now(ws: Workspace) -> None:
    _client, scan_id = _second_scan_with_previous(ws)
    scans.save_answer(ws, scan_id, "actueel_beeld", None, "nieuwe notitie", today=TODAY)

    confirmed = scans.confirm_unchanged(ws, scan_id, ["actueel_beeld"], today=TODAY)

    assert confirmed.answers["actueel_beeld"].waarde == "deels"
    assert confirmed.answers["actueel_beeld"].toelichting == "nieuwe notitie"


def test_editing_a_confirmed_answer_clears_the_confirmation(ws: Workspace) -> None:
    _client, scan_id = _second_scan_with_previous(ws)
    scans.confirm_unchanged(ws, scan_id, ["actueel_beeld"], today=TODAY)

    edited = scans.save_answer(ws, scan_id, "actueel_beeld", "ja", "", today=TODAY)

    assert edited.answers["actueel_beeld"].ongewijzigd_bevestigd is False


def test_confirm_unchanged_refuses_an_unknown_item(ws: Workspace) -> None:
    _client, scan_id = _second_scan_with_previous(ws)
    with pytest.raises(AnswerError, match="Onbekende vraag"):
        scans.confirm_unchanged(ws, scan_id, ["bestaat_niet"], today=TODAY)


def test_bespreekpunten_and_status_are_stored_and_logged(ws: Workspace) -> None:
    scan = scans.open_scan(ws, add(ws), today=TODAY)

    scans.set_bespreekpunten(ws, scan.scan_id, "frequentie contact bespreken")
    scans.set_scan_status(ws, scan.scan_id, ScanStatus.AFGEROND)

    reopened = scans.get_scan(ws, scan.scan_id, today=TODAY)
    assert reopened.bespreekpunten == "frequentie contact bespreken"
    assert reopened.status is ScanStatus.AFGEROND
    logged = changes(ws, "zelfscan")
    assert logged[1:] == [
        ("bespreekpunten", "", "frequentie contact bespreken", reopened.referentie),
        ("status", "concept", "afgerond", reopened.referentie),
    ]
    with pytest.raises(AnswerError, match="te lang"):
        scans.set_bespreekpunten(ws, scan.scan_id, "x" * 20_001)


# --------------------------------------------------------------------------- getal and tekst


@pytest.mark.parametrize(("typed", "stored"), [("12", "12"), ("3,5", "3.5"), (" 0 ", "0")])
def test_numbers_accept_a_decimal_comma(
    ws: Workspace, number_checklist: Checklist, typed: str, stored: str
) -> None:
    scan = scans.open_scan(ws, add(ws), today=TODAY)
    saved = scans.save_answer(ws, scan.scan_id, "aantal_contacten", typed, today=TODAY)
    assert saved.answers["aantal_contacten"].waarde == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("twaalf", "'twaalf' is geen getal"),
        ("-", "'-' is geen getal"),
        ("nan", "'nan' is geen getal"),
        ("inf", "'inf' is geen getal"),
        ("53", "hoogstens 52"),
        ("-1", "minstens 0"),
    ],
)
def test_bad_numbers_are_refused(
    ws: Workspace, number_checklist: Checklist, typed: str, message: str
) -> None:
    scan = scans.open_scan(ws, add(ws), today=TODAY)
    with pytest.raises(AnswerError, match=message):
        scans.save_answer(ws, scan.scan_id, "aantal_contacten", typed, today=TODAY)


def test_text_answers_are_stored(ws: Workspace, number_checklist: Checklist) -> None:
    scan = scans.open_scan(ws, add(ws), today=TODAY)
    saved = scans.save_answer(ws, scan.scan_id, "notitie", "Zoë vertelt veel", today=TODAY)
    assert saved.answers["notitie"].waarde == "Zoë vertelt veel"
    assert saved.evaluation.items["notitie"].status is ItemStatus.OP_ORDE
    with ws.db.session() as session:
        assert session.scalars(select(Answer.waarde)).all() == ["Zoë vertelt veel"]


def test_the_fast_autosave_gives_the_same_result_as_a_full_save(ws: Workspace) -> None:
    client = add(ws)
    scan = scans.open_scan(ws, client, today=TODAY)
    scans.save_answer(ws, scan.scan_id, "veiligheidsafspraken", "nee", "", today=TODAY)

    update = scans.save_answer_fast(
        ws, scan.scan_id, "veiligheidsafspraken", "ja", "plan van 2-2", today=TODAY
    )

    merged = update.applied_to(scan)
    full = scans.get_scan(ws, scan.scan_id, today=TODAY)
    assert merged.answers == full.answers
    assert merged.evaluation == full.evaluation
    assert merged.deadlines == full.deadlines
    assert "veiligheidsafspraken_nagekomen" in merged.evaluation.visible_item_ids
    other = scans.open_scan(ws, add(ws), today=TODAY)
    with pytest.raises(ValueError):
        update.applied_to(other)


def test_the_fast_autosave_validates_and_respects_the_lock(ws: Workspace) -> None:
    scan = scans.open_scan(ws, add(ws), today=TODAY)
    with pytest.raises(AnswerError, match="Kies een van"):
        scans.save_answer_fast(ws, scan.scan_id, "actueel_beeld", "misschien", today=TODAY)
    sign(ws, scan.scan_id)
    with pytest.raises(ScanLockedError):
        scans.save_answer_fast(ws, scan.scan_id, "actueel_beeld", "ja", today=TODAY)


def test_confirm_unchanged_copes_with_an_item_named_twice(ws: Workspace) -> None:
    _client, scan_id = _second_scan_with_previous(ws)

    confirmed = scans.confirm_unchanged(ws, scan_id, ["actueel_beeld", "actueel_beeld"])

    assert confirmed.answers["actueel_beeld"].waarde == "deels"


def test_editing_a_scan_withdraws_an_akkoord_already_given(gesprek_pair) -> None:  # type: ignore[no-untyped-def]
    """An akkoord covers the content as it was; a later answer in the gesprek voids it."""
    from jbn_selfscan.domain.types import Role
    from jbn_selfscan.services import gesprekken as g

    pair = gesprek_pair
    env = pair.env
    gesprek_id = pair.prepare()
    g.sign_gesprek(pair.jb, gesprek_id, Role.JEUGDBESCHERMER, env.worker, today=env.gesprek_date)
    assert len(g.gesprek_view(pair.jb, gesprek_id, today=env.today).akkoorden) == 1

    env.answer(pair.jb, pair.clients["OTS-2026-0101"], "actueel_beeld", "ja", "Nu compleet.")

    assert g.gesprek_view(pair.jb, gesprek_id, today=env.today).akkoorden == ()
