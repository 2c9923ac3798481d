"""The deadline engine over a caseload of 1,000 clients: cold and from the cache.

Cold: the engine's caches (`_compute`, `explain_term`) are cleared before the run, so every
client's terms are worked out anew (the first view of a caseload); the holiday tables are
built beforehand. Warm: the same caseload again, which the caseload overview does on each edit
(cache hits). No target of its own: both are part of the overview's build (< 300 ms, see
`bench_overview.py`). This replaces a timed test that measured cache hits only.

Run: `.venv/bin/python benchmarks/bench_deadlines.py [--clients 1000] [--repeat 7]`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time

from jbn_selfscan.domain import deadlines
from jbn_selfscan.domain.deadlines import StepDates, compute_deadlines
from jbn_selfscan.domain.types import Maatregel


def caseload(clients: int, today: dt.date) -> list[tuple[Maatregel, dt.date, StepDates]]:
    rng = random.Random(20260301)

    def maybe(base: dt.date) -> dt.date | None:
        return base + dt.timedelta(days=rng.randint(1, 200)) if rng.random() < 0.7 else None

    result = []
    for _ in range(clients):
        uitspraak = today - dt.timedelta(days=rng.randint(0, 900))
        steps = StepDates(*(maybe(uitspraak) for _ in range(7)))
        result.append((rng.choice(list(Maatregel)), uitspraak, steps))
    return result


def run_once(cases: list[tuple[Maatregel, dt.date, StepDates]], today: dt.date) -> float:
    started = time.perf_counter()
    total = sum(len(compute_deadlines(m, u, s, today)) for m, u, s in cases)
    elapsed = time.perf_counter() - started
    assert total > 6 * len(cases) * 0.9
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    today = dt.date(2026, 3, 1)
    cases = caseload(args.clients, today)
    calendar = deadlines.default_calendar()
    for year in range(2023, 2028):
        calendar.holidays_in_year(year)
    cold, warm = [], []
    for _ in range(args.repeat):
        deadlines._compute.cache_clear()
        deadlines.explain_term.cache_clear()
        cold.append(run_once(cases, today))
        warm.append(run_once(cases, today))
    print(f"{args.clients} clients, {args.repeat} runs")
    print(f"cold: median {statistics.median(cold):.1f} ms, max {max(cold):.1f} ms")
    print(f"warm: median {statistics.median(warm):.1f} ms, max {max(warm):.1f} ms")


if __name__ == "__main__":
    main()
