"""Kill an autosaving process at random moments: nothing acknowledged may be lost.

CI runs 50 rounds; `benchmarks/soak_crash.py` runs 500.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.domain.types import Maatregel
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import checklists
from jbn_selfscan.services.clients import add_client
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.store import cipher

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("JBN_CRASH_ROUNDS", "50"))


def prepare(data_dir: Path) -> tuple[int, str]:
    ws = open_workspace(AppPaths(data_dir), daily_backup=False)
    client_id = add_client(
        ws,
        ClientData(
            referentie="OTS-CRASH-1",
            initialen="K.",
            maatregel=Maatregel.OTS,
            uitspraakdatum=dt.date(2026, 1, 5),
        ),
    )
    ws.close()
    item = next(i for i in checklists.current().items_for(Maatregel.OTS) if i.condition is None)
    return client_id, item.id


@dataclass(frozen=True)
class Kill:
    """Where one kill landed: the last write acknowledged and whether the next was in flight."""

    last_acknowledged: int
    in_flight: int | None


def run_and_kill(
    data_dir: Path, client_id: int, item_id: str, tag: str, rng: random.Random
) -> Kill:
    """Start the child, wait for its first acknowledged write, kill it a random moment later."""
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.crash.autosave_child",
            str(data_dir),
            str(client_id),
            item_id,
            tag,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    seen: list[str] = []
    for line in child.stdout:
        seen.append(line.strip())
        if line.startswith("committed "):
            break
    else:
        child.wait()
        pytest.fail(f"the child acknowledged no write before it stopped: {seen[-3:]}")
    time.sleep(rng.uniform(0.0, 0.25))
    child.send_signal(signal.SIGKILL)
    output, _ = child.communicate()
    lines = seen + [line.strip() for line in output.splitlines() if line.strip()]
    acknowledged = [int(line.split()[1]) for line in lines if line.startswith("committed ")]
    last_line = lines[-1]
    in_flight = int(last_line.split()[1]) if last_line.startswith("writing ") else None
    return Kill(max(acknowledged), in_flight)


def stored_writes(db: Path, tag: str) -> set[int]:
    with contextlib.closing(cipher.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = conn.execute(
            "SELECT new FROM change_log WHERE entity = 'antwoord' AND field = 'toelichting'"
        ).fetchall()
    return {int(text.split()[1]) for (text,) in rows if text and text.split()[0] == tag}


@pytest.mark.slow
def test_sigkill_during_autosave_loses_no_acknowledged_write(tmp_path: Path) -> None:
    """Every round acknowledges writes and most kills land while a write is in flight.

    Planted bug: `save_answer` raising on entry. Before, this test still passed (the kills
    found nothing to lose); now it fails, because a round must acknowledge at least one write.
    Replay a failure with JBN_CRASH_SEED set to the printed seed.
    """
    data_dir = tmp_path / "data"
    client_id, item_id = prepare(data_dir)
    seed = int(os.environ.get("JBN_CRASH_SEED") or random.randrange(1 << 32))
    print(f"crash seed: JBN_CRASH_SEED={seed}")
    rng = random.Random(seed)
    landings: list[str] = []
    for round_number in range(ROUNDS):
        tag = f"ronde-{round_number}"
        kill = run_and_kill(data_dir, client_id, item_id, tag, rng)
        last = kill.last_acknowledged
        landings.append(
            f"na {last}, tijdens {kill.in_flight}" if kill.in_flight else f"na {last}, tussen"
        )
        assert last >= 1, f"round {round_number}: no write acknowledged (seed {seed})"
        stored = stored_writes(data_dir / "zelfscan.sqlite3", tag)
        missing = [n for n in range(1, last + 1) if n not in stored]
        assert missing == [], (
            f"round {round_number}: acknowledged writes lost: {missing[:5]} (seed {seed})"
        )
        assert latest_answer_counter(data_dir / "zelfscan.sqlite3", tag) >= last
        if kill.in_flight is not None:
            # The write in flight is either wholly there or wholly absent, never half.
            assert stored <= set(range(1, kill.in_flight + 1))
    print("kills landed:", "; ".join(landings))
    in_flight = sum("tijdens" in landing for landing in landings)
    assert in_flight >= ROUNDS // 2, (
        f"only {in_flight} of {ROUNDS} kills landed while a write was in flight (seed {seed})"
    )


def latest_answer_counter(db: Path, tag: str) -> int:
    with contextlib.closing(cipher.connect(db)) as conn:
        (text,) = conn.execute("SELECT toelichting FROM answer").fetchone()
    word, number = text.split()
    assert word == tag
    return int(number)
