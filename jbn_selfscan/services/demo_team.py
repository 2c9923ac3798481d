"""`jbn-selfscan demo --team`: a praktijkbegeleider's data directory with a team to look at.

Six fictitious workers each get their own (temporary) installation with the demo caseload under
their own case references, and four quarterly caseloadgesprekken, each signed by the worker and
"Demo Praktijkbegeleider". Every signed gesprek is exported to a merged file and imported here,
exactly as a praktijkbegeleider receives them; nothing is written into this database directly.
Workers differ in how well their dossiers are kept and how timely their start steps are, and
most improve a little each quarter, so the team view and the trend have something to show.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.dutch_dates import dutch_moment
from jbn_selfscan.domain.types import Role
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import checklists
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.clients import add_client, update_client
from jbn_selfscan.services.demo import (
    QUARTER,
    demo_client_data,
    fill_scan,
    nearest_weekday,
    refuse_when_filled,
)
from jbn_selfscan.services.demo_data import CLIENTS, DEMO_COACH, DemoClient
from jbn_selfscan.services.profile import save_profile
from jbn_selfscan.services.workspace import Workspace, open_workspace

# (name, share of dossiers kept well, share of start steps on time) per fictitious worker.
TEAM: tuple[tuple[str, float, float], ...] = (
    ("Anouk Visser", 0.8, 0.9),
    ("Bas Meijer", 0.5, 0.6),
    ("Chantal de Boer", 0.3, 0.4),
    ("Daan Smit", 0.65, 0.75),
    ("Esra Yilmaz", 0.45, 0.85),
    ("Freek Mulder", 0.2, 0.5),
)
QUARTERS = 4
_GOOD_STEPS = {"f2f_after": 4, "pva_after": 38, "rt_after": 35, "hulp_after": 70}


@dataclass(frozen=True)
class TeamDemoSummary:
    praktijkbegeleider: str
    medewerkers: tuple[str, ...]
    gesprekken: int
    clients: int

    def text(self) -> str:
        return (
            f"Teamdemo gemaakt voor {self.praktijkbegeleider}: {len(self.medewerkers)} "
            f"medewerkers ({', '.join(self.medewerkers)}), {self.gesprekken} getekende "
            f"caseloadgesprekken in {QUARTERS} kwartalen, samen {self.clients} cliënten. "
            "Alles is via export en import binnengekomen."
        )


def _worker_clients(index: int, name: str, kept: float, timely: float) -> list[DemoClient]:
    """The demo caseload under this worker's own references, with its own quality and timing."""
    rng = random.Random(f"team/{index}")
    clients = []
    for client in CLIENTS:
        changes: dict[str, object] = {"referentie": f"{client.referentie}-{index + 1}"}
        if client.contactpersoon and client.contact_type == "jeugdbeschermer":
            changes["contactpersoon"] = name
        if rng.random() < kept:
            changes["quality"] = "goed"
        elif rng.random() < 0.5:
            changes["quality"] = "zwak"
        for field, good in _GOOD_STEPS.items():
            current = getattr(client, field)
            if current is not None and rng.random() < timely:
                changes[field] = min(current, good)
        clients.append(dataclasses.replace(client, **changes))  # type: ignore[arg-type]
    return clients


def _as_of(client: DemoClient, today: dt.date, datum: dt.date) -> ClientData | None:
    """The client as it stood on a gesprek date (None: the maatregel had not started yet)."""
    uitspraak = today - dt.timedelta(days=client.uitspraak_ago)
    if uitspraak > datum:
        return None

    def recent(days_ago: int | None, _now_days_ago: int | None) -> dt.date | None:
        # The demo's "previous" dates are at least 100 days before today; here they are
        # taken relative to this gesprek, and never before the uitspraak.
        if days_ago is None:
            return None
        return max(uitspraak, datum - dt.timedelta(days=max(days_ago - 91, 5)))

    return demo_client_data(client, uitspraak, cutoff=datum, last=recent)


def _improved(client: DemoClient, quarter: int, rng: random.Random) -> DemoClient:
    """Most workers get a little better each quarter."""
    if client.quality != "goed" and rng.random() < 0.15 * quarter:
        return dataclasses.replace(client, quality="goed")
    return client


def _worker_gesprekken(
    worker_ws: Workspace,
    index: int,
    name: str,
    kept: float,
    timely: float,
    today: dt.date,
    folder: Path,
) -> list[Path]:
    """Four signed quarterly gesprekken in the worker's installation, exported to files."""
    save_profile(worker_ws, name, Role.JEUGDBESCHERMER)
    clients = _worker_clients(index, name, kept, timely)
    checklist = checklists.current()
    ids: dict[str, int] = {}
    files = []
    rng = random.Random(f"team/{index}/trend")
    for quarter in range(QUARTERS):
        datum = nearest_weekday(
            today - (QUARTERS - quarter) * QUARTER + dt.timedelta(days=index), step=-1
        )
        for client in clients:
            data = _as_of(client, today, datum)
            if data is None:
                continue
            if client.referentie in ids:
                update_client(worker_ws, ids[client.referentie], data, today=datum)
            else:
                ids[client.referentie] = add_client(worker_ws, data, today=datum)
        gesprek_id = g.start_gesprek(
            worker_ws, datum, DEMO_COACH, datum - QUARTER, datum, today=datum
        )
        by_reference = {client.referentie: client for client in clients}
        for point in g.gesprek_view(worker_ws, gesprek_id, today=datum).clients:
            assert point.scan_id is not None
            client = _improved(by_reference[point.referentie], quarter, rng)
            fill_scan(
                worker_ws,
                point.scan_id,
                client,
                checklist,
                datum,
                "compleet",
                current=False,
                today=today,
                worker=name,
                data=_as_of(client, today, datum),
            )
        signed_at = dutch_moment(datum, dt.time(14, 0))
        g.sign_gesprek(worker_ws, gesprek_id, Role.JEUGDBESCHERMER, name, at=signed_at)
        g.sign_gesprek(
            worker_ws,
            gesprek_id,
            Role.PRAKTIJKBEGELEIDER,
            DEMO_COACH,
            at=signed_at + dt.timedelta(minutes=5),
        )
        files.append(g.export_gesprek(worker_ws, gesprek_id, folder / f"{index}-{quarter}.json"))
    return files


def fill_team_demo(
    ws: Workspace,
    today: dt.date,
    *,
    workers: int = len(TEAM),
    progress: Callable[[str], None] | None = None,
) -> TeamDemoSummary:
    """Fill an empty data directory as the praktijkbegeleider of a demo team (see above)."""
    refuse_when_filled(ws)
    save_profile(ws, DEMO_COACH, Role.PRAKTIJKBEGELEIDER)
    team = TEAM[:workers]
    imported = 0
    with tempfile.TemporaryDirectory(prefix="jbn-teamdemo-") as temp:
        root = Path(temp)
        for index, (name, kept, timely) in enumerate(team):
            if progress is not None:
                progress(f"Medewerker {index + 1} van {len(team)}: {name}")
            worker_ws = open_workspace(AppPaths(root / f"medewerker-{index}"), daily_backup=False)
            worker_ws.user = name
            try:
                files = _worker_gesprekken(
                    worker_ws, index, name, kept, timely, today, root / f"medewerker-{index}"
                )
            finally:
                worker_ws.close()
            for file in files:
                g.import_gesprek_file(ws, file)
                imported += 1
    from jbn_selfscan.services.clients import list_clients

    return TeamDemoSummary(
        praktijkbegeleider=DEMO_COACH,
        medewerkers=tuple(name for name, _kept, _timely in team),
        gesprekken=imported,
        clients=len(list_clients(ws)),
    )
