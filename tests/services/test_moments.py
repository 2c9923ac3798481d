"""One rule for stored moments: stored as UTC, shown in Dutch time everywhere.

A gesprek signed at both daylight-saving changes shows the same local time on the screen, in
both PDFs, in the exported file and in the history, whatever the time zone of the process.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jbn_selfscan.domain.dutch_dates import moment_text
from jbn_selfscan.domain.types import GesprekStatus, Role
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.history import gesprek_history
from jbn_selfscan.store import cipher
from jbn_selfscan.store.models import Akkoord, ChangeLog
from jbn_selfscan.ui.gesprek.texts import banner_text

# 29 March 2026 01:00 UTC: clocks jump from 02:00 to 03:00 (first moment of summer time).
SPRING = dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC)
# 25 October 2026 01:30 UTC: 02:30 for the second time, now winter time (+01:00).
AUTUMN = dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC)


@pytest.fixture(params=["UTC", "Europe/Amsterdam", "America/Sao_Paulo"])
def process_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run the test with the process in another time zone (the result must not change)."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-raw", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")


def _signed(pair: Any) -> int:
    gesprek_id = pair.prepare()
    g.sign_gesprek(
        pair.jb,
        gesprek_id,
        Role.JEUGDBESCHERMER,
        pair.env.worker,
        at=SPRING,
        today=pair.env.gesprek_date,
    )
    status = g.sign_gesprek(
        pair.jb,
        gesprek_id,
        Role.PRAKTIJKBEGELEIDER,
        pair.env.coach,
        at=AUTUMN,
        today=pair.env.gesprek_date,
    )
    assert status is GesprekStatus.GETEKEND
    return int(gesprek_id)


def test_signed_gesprek_shows_one_local_time_everywhere(
    gesprek_pair: Any, process_zone: str
) -> None:
    pair = gesprek_pair
    gesprek_id = _signed(pair)

    screen = banner_text(g.gesprek_view(pair.jb, gesprek_id, today=pair.env.today))
    assert "(29-03-2026 03:00)" in screen and "(25-10-2026 02:30)" in screen, screen

    for werkversie in (False, True):
        pdf = pair.files / f"gesprek-{werkversie}.pdf"
        g.render_gesprek_pdf(pair.jb, gesprek_id, pdf, werkversie=werkversie)
        text = " ".join(_pdf_text(pdf).split())
        assert "zondag 29 maart 2026 om 03:00" in text
        assert "zondag 25 oktober 2026 om 02:30" in text

    exported = json.loads(pair.export(pair.jb, gesprek_id, "getekend.json").read_text("utf-8"))
    assert sorted(a["op"] for a in exported["akkoord"]) == [
        "2026-03-29T03:00:00+02:00",
        "2026-10-25T02:30:00+01:00",
    ]

    history = [row.nieuw for row in gesprek_history(pair.jb, gesprek_id) if "(" in row.nieuw]
    assert any("29-03-2026 03:00" in text for text in history), history
    assert any("25-10-2026 02:30" in text for text in history), history


def test_the_other_installation_shows_the_same_times(gesprek_pair: Any, process_zone: str) -> None:
    pair = gesprek_pair
    gesprek_id = _signed(pair)
    outcome = g.import_gesprek_file(pair.pb, pair.export(pair.jb, gesprek_id, "getekend.json"))
    screen = banner_text(g.gesprek_view(pair.pb, outcome.gesprek_id, today=pair.env.today))
    assert "(29-03-2026 03:00)" in screen and "(25-10-2026 02:30)" in screen, screen
    with pair.pb.db.session() as session:
        assert sorted(row.op for row in session.scalars(select(Akkoord))) == [SPRING, AUTUMN]


def test_moments_are_stored_as_naive_utc_text_and_read_back_aware(gesprek_pair: Any) -> None:
    pair = gesprek_pair
    gesprek_id = _signed(pair)
    summer_local = dt.datetime(2026, 3, 29, 3, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    with pair.jb.db.session() as session, session.begin():
        row = session.scalars(select(Akkoord).where(Akkoord.rol == "jeugdbeschermer")).one()
        row.op = summer_local  # an aware moment in another zone is stored as its UTC
    with contextlib.closing(cipher.connect(pair.jb.paths.database)) as conn:
        raw = sorted(r[0] for r in conn.execute("SELECT op FROM akkoord"))
    assert raw == ["2026-03-29 01:00:00.000000", "2026-10-25 01:30:00.000000"]
    with pair.jb.db.session() as session:
        ops = sorted(row.op for row in session.scalars(select(Akkoord)))
        assert ops == [SPRING, AUTUMN] and all(op.tzinfo is dt.UTC for op in ops)
        at = session.scalars(select(ChangeLog.at)).first()
        assert at is not None and at.tzinfo is dt.UTC
    assert gesprek_id


def test_naive_values_of_existing_databases_are_read_as_utc(gesprek_pair: Any) -> None:
    """Databases made before the rule hold naive UTC text; they need no migration."""
    pair = gesprek_pair
    gesprek_id = pair.prepare()
    g.sign_gesprek(
        pair.jb,
        gesprek_id,
        Role.JEUGDBESCHERMER,
        pair.env.worker,
        at=SPRING,
        today=pair.env.gesprek_date,
    )
    pair.jb.close()
    with contextlib.closing(cipher.connect(pair.jb.paths.database)) as conn, conn:
        conn.execute("UPDATE akkoord SET op = '2026-10-25 00:30:00.000000'")
    ws = pair.env.workspace("jb", profile=False)
    [signed] = g.gesprek_view(ws, gesprek_id, today=pair.env.today).akkoorden
    # 00:30 UTC on 25 October is 02:30 summer time, the first time that night.
    assert moment_text(signed.op) == "25-10-2026 02:30"
    doc = g.build_merged(ws, gesprek_id, today=pair.env.today)
    assert doc.akkoord[0].op.isoformat() == "2026-10-25T02:30:00+02:00"


def test_the_demo_gesprek_was_signed_at_two_in_the_afternoon_dutch_time(tmp_path: Path) -> None:
    from jbn_selfscan.paths import AppPaths
    from jbn_selfscan.services.demo import fill_demo
    from jbn_selfscan.services.workspace import open_workspace

    ws = open_workspace(AppPaths(tmp_path / "demo"))
    try:
        demo = fill_demo(ws, dt.date(2026, 11, 20))
        view = g.gesprek_view(ws, demo.signed_gesprek_id, today=dt.date(2026, 11, 20))
        assert [moment_text(s.op)[-5:] for s in view.akkoorden] == ["14:00", "14:05"]
    finally:
        ws.close()
