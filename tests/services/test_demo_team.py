"""The team demo goes through export and import, and the praktijkbegeleider sees per worker the
figures each worker sees at home."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from jbn_selfscan.domain.types import GesprekStatus, Role
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.cijfers import team_report, worker_report
from jbn_selfscan.services.demo_data import DEMO_COACH
from jbn_selfscan.services.demo_team import TEAM, _worker_gesprekken, fill_team_demo
from jbn_selfscan.services.gesprekken import list_gesprekken
from jbn_selfscan.services.profile import save_profile
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.store.models import Client

TODAY = dt.date(2026, 11, 20)


def test_three_workers_at_home_and_in_the_team_view_agree(tmp_path: Path) -> None:
    coach = open_workspace(AppPaths(tmp_path / "pb"), daily_backup=False)
    save_profile(coach, DEMO_COACH, Role.PRAKTIJKBEGELEIDER)
    homes = []
    try:
        for index, (name, kept, timely) in enumerate(TEAM[:3]):
            home = open_workspace(AppPaths(tmp_path / f"w{index}"), daily_backup=False)
            homes.append(home)
            files = _worker_gesprekken(home, index, name, kept, timely, TODAY, tmp_path)
            for file in files:
                assert g.import_gesprek_file(coach, file).kind is g.ImportKind.NIEUW
        team = team_report(coach, TODAY)
        assert [w.naam for w in team.medewerkers] == sorted(n for n, _k, _t in TEAM[:3])
        for home, (name, _kept, _timely) in zip(homes, TEAM[:3], strict=True):
            at_home = worker_report(home, TODAY)
            [seen] = [w for w in team.medewerkers if w.naam == name]
            assert len(at_home.trend) == len(seen.trend) == 4
            assert [p.figures for p in at_home.trend] == [p.figures for p in seen.trend]
            assert seen.figures == at_home.trend[-1].figures
        assert team.figures.dossiers == sum(w.figures.dossiers for w in team.medewerkers)
        assert len({w.figures.normen for w in team.medewerkers}) == 3, "the workers differ"
    finally:
        for home in homes:
            home.close()
        coach.close()


def test_fill_team_demo_imports_every_quarter_of_every_worker(tmp_path: Path) -> None:
    ws = open_workspace(AppPaths(tmp_path / "pb"), daily_backup=False)
    try:
        summary = fill_team_demo(ws, TODAY, workers=2)
        assert summary.gesprekken == 8 and summary.medewerkers == tuple(n for n, *_ in TEAM[:2])
        gesprekken = list_gesprekken(ws)
        assert len(gesprekken) == 8 and all(s.status is GesprekStatus.GETEKEND for s in gesprekken)
        with ws.db.session() as session:
            references = [c.referentie for c in session.query(Client)]
        assert len(references) == len(set(references)) == summary.clients
        assert {r.rsplit("-", 1)[1] for r in references} == {"1", "2"}
    finally:
        ws.close()
