"""The merged file is the record between two people: what it carries survives an import.

For every state a gesprek can be exported in, export → import into a fresh data directory →
export gives the same file, including last time's acties with their reported status and the
comparison with the previous gesprek, which the fresh installation does not hold itself.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from jbn_selfscan.domain.types import ActieStatus, GesprekStatus, Role
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.demo import DemoSummary, fill_demo
from jbn_selfscan.services.demo_data import DEMO_COACH, DEMO_WORKER
from jbn_selfscan.services.history import gesprek_history
from jbn_selfscan.services.profile import save_profile
from jbn_selfscan.services.workspace import Workspace, open_workspace

TODAY = dt.date(2026, 11, 20)


class Installations:
    """The worker's demo data dir and fresh ones (a new praktijkbegeleider, a new laptop)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.opened: list[Workspace] = []
        self.worker = self.open("worker")
        self.demo: DemoSummary = fill_demo(self.worker, TODAY)

    def open(self, name: str) -> Workspace:
        ws = open_workspace(AppPaths(self.root / name))
        self.opened.append(ws)
        return ws

    def fresh(self, name: str, rol: Role = Role.PRAKTIJKBEGELEIDER) -> Workspace:
        ws = self.open(name)
        save_profile(ws, DEMO_COACH if rol is Role.PRAKTIJKBEGELEIDER else DEMO_WORKER, rol)
        return ws

    def export(self, ws: Workspace, gesprek_id: int, name: str) -> Path:
        return g.export_gesprek(ws, gesprek_id, self.root / name, today=TODAY)


@pytest.fixture
def inst(tmp_path: Path) -> Iterator[Installations]:
    installations = Installations(tmp_path)
    yield installations
    for ws in installations.opened:
        ws.close()


def _in_preparation(inst: Installations) -> int:
    return inst.demo.preparation_gesprek_id


def _signed_by_one(inst: Installations) -> int:
    gesprek_id = inst.demo.preparation_gesprek_id
    moment = dt.datetime(2026, 11, 30, 10, 15, tzinfo=dt.UTC)
    g.sign_gesprek(
        inst.worker,
        gesprek_id,
        Role.JEUGDBESCHERMER,
        DEMO_WORKER,
        at=moment,
        today=inst.demo.preparation_datum,
    )
    return gesprek_id


def _signed_by_both(inst: Installations) -> int:
    gesprek_id = _signed_by_one(inst)
    moment = dt.datetime(2026, 11, 30, 10, 20, tzinfo=dt.UTC)
    status = g.sign_gesprek(
        inst.worker,
        gesprek_id,
        Role.PRAKTIJKBEGELEIDER,
        DEMO_COACH,
        at=moment,
        today=inst.demo.preparation_datum,
    )
    assert status is GesprekStatus.GETEKEND
    return gesprek_id


def _new_version_after_sign_off(inst: Installations) -> int:
    gesprek_id = _signed_by_both(inst)
    assert g.reopen_gesprek(inst.worker, gesprek_id, "Afspraak over intervisie aangevuld") == 2
    g.add_afspraak(inst.worker, gesprek_id, "Intervisie elke maand.")
    return gesprek_id


def _moved(inst: Installations) -> int:
    gesprek_id = inst.demo.preparation_gesprek_id
    new_date = inst.demo.preparation_datum + dt.timedelta(days=7)
    g.move_gesprek(inst.worker, gesprek_id, new_date, "Praktijkbegeleider ziek", today=TODAY)
    return gesprek_id


STATES: dict[str, Callable[[Installations], int]] = {
    "in voorbereiding": _in_preparation,
    "getekend door één": _signed_by_one,
    "getekend door beiden": _signed_by_both,
    "nieuwe versie na ondertekening": _new_version_after_sign_off,
    "verplaatst": _moved,
}


def _content(path: Path) -> dict[str, Any]:
    """The document without export metadata (the checksum; `app_versie` is the same here)."""
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    doc.pop("checksum")
    return doc


@pytest.mark.parametrize("state", list(STATES))
def test_export_import_export_gives_the_same_document(inst: Installations, state: str) -> None:
    gesprek_id = STATES[state](inst)
    first = inst.export(inst.worker, gesprek_id, "eerste.json")
    carried = _content(first)
    earlier = [a for a in carried["acties"] if a["uit_gesprek_uid"] != carried["gesprek"]["uid"]]
    assert len(earlier) >= 5 and carried["vorig_gesprek"] is not None, "the demo carries both"
    assert {a["status"] for a in earlier} > {ActieStatus.OPEN.value}, "reported statuses"

    laptop = inst.fresh("laptop")
    outcome = g.import_gesprek_file(laptop, first)
    assert outcome.kind is g.ImportKind.NIEUW
    assert "niet overgenomen" not in outcome.samenvatting
    second = inst.export(laptop, outcome.gesprek_id, "tweede.json")

    assert _content(second) == carried
    assert second.read_bytes() == first.read_bytes()

    view = g.gesprek_view(laptop, outcome.gesprek_id, today=TODAY)
    on_screen = [
        *view.previous_general_acties,
        *(a for c in view.clients for a in c.previous_acties),
    ]
    assert sorted(a.uid for a in on_screen) == sorted(a["uid"] for a in earlier)
    assert view.vorig is not None and view.summary, "the comparison with last time is shown"


@pytest.mark.parametrize("state", list(STATES))
def test_the_copy_that_came_back_changes_nothing_for_the_worker(
    inst: Installations, state: str
) -> None:
    """Back at the worker's, the praktijkbegeleider's unchanged export is 'ongewijzigd'."""
    gesprek_id = STATES[state](inst)
    laptop = inst.fresh("laptop")
    outcome = g.import_gesprek_file(laptop, inst.export(inst.worker, gesprek_id, "heen.json"))
    back = g.import_gesprek_file(inst.worker, inst.export(laptop, outcome.gesprek_id, "terug.json"))
    assert back.kind is g.ImportKind.ONGEWIJZIGD, back.samenvatting


def test_a_third_installation_receives_the_same_record(inst: Installations) -> None:
    """Worker → praktijkbegeleider → a new laptop of the worker: nothing gets lost on the way."""
    gesprek_id = inst.demo.preparation_gesprek_id
    first = inst.export(inst.worker, gesprek_id, "eerste.json")
    coach = inst.fresh("coach")
    via_coach = inst.export(coach, g.import_gesprek_file(coach, first).gesprek_id, "coach.json")
    laptop = inst.fresh("laptop", Role.JEUGDBESCHERMER)
    outcome = g.import_gesprek_file(laptop, via_coach)
    assert inst.export(laptop, outcome.gesprek_id, "laptop.json").read_bytes() == first.read_bytes()


def test_what_the_coach_adds_travels_with_last_times_acties(inst: Installations) -> None:
    gesprek_id = inst.demo.preparation_gesprek_id
    coach = inst.fresh("coach")
    outcome = g.import_gesprek_file(coach, inst.export(inst.worker, gesprek_id, "heen.json"))
    g.add_actie(
        coach, outcome.gesprek_id, "Dossier OTS bespreken in het team", "praktijkbegeleider"
    )
    day = inst.demo.preparation_datum  # signing needs the day of the gesprek
    g.sign_gesprek(coach, outcome.gesprek_id, Role.JEUGDBESCHERMER, DEMO_WORKER, today=day)
    g.sign_gesprek(coach, outcome.gesprek_id, Role.PRAKTIJKBEGELEIDER, DEMO_COACH, today=day)
    signed = inst.export(coach, outcome.gesprek_id, "getekend.json")

    back = g.import_gesprek_file(inst.worker, signed)
    assert back.kind is g.ImportKind.BIJGEWERKT
    ours = g.build_merged(inst.worker, gesprek_id)
    theirs = g.build_merged(coach, outcome.gesprek_id)
    assert ours == theirs
    assert ours.vorig_gesprek is not None
    assert sum(a.uit_gesprek_uid != ours.gesprek.uid for a in ours.acties) >= 5


def test_a_cancelled_gesprek_is_not_exported(inst: Installations) -> None:
    gesprek_id = inst.demo.preparation_gesprek_id
    g.cancel_gesprek(inst.worker, gesprek_id, "Gaat niet door")
    with pytest.raises(g.GesprekError, match="geannuleerd"):
        inst.export(inst.worker, gesprek_id, "geannuleerd.json")
    assert not (inst.root / "geannuleerd.json").exists()


def test_the_summary_and_the_history_say_what_was_kept(inst: Installations) -> None:
    first = inst.export(inst.worker, inst.demo.preparation_gesprek_id, "eerste.json")
    laptop = inst.fresh("laptop")
    outcome = g.import_gesprek_file(laptop, first)
    assert outcome.onbekende_acties == 5
    assert "5 acties uit een eerder caseloadgesprek" in outcome.samenvatting
    assert "zijn meegenomen zoals ze in het bestand staan" in outcome.samenvatting
    [row] = [r for r in gesprek_history(laptop, outcome.gesprek_id) if "meegenomen" in r.wat]
    vorig = inst.demo.signed_datum
    assert row.nieuw == (
        f"5 acties van vorige keer, vergelijking met het gesprek van {vorig:%d-%m-%Y}"
    )
    again = g.import_gesprek_file(laptop, first)
    assert again.kind is g.ImportKind.ONGEWIJZIGD
