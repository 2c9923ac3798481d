"""What SQLCipher costs: the same work on a plain and on an encrypted database, in one run.

Measured, interleaved (plain, encrypted, plain, ...) so a busy moment hits both alike:

- `autosave`: `save_answer_fast` on a file database (the scan screen's path on every edit);
  target: median below 10 ms encrypted.
- `open`: the database part of a start on the demo caseload: `open_workspace` (key, checks,
  engine; no daily backup) plus the caseload overview's query, then close; target: at most
  50 ms more than plain.
- `demo`: `open_workspace` on a new folder and `fill_demo`; target: at most 20 % more.
- `overview`: `list_overview` over 1,000 clients (200 with a scan); target: at most 20 % more.

"Plain" is the pre-encryption behaviour: no key on any connection and no conversion (the two
seams `store.cipher.key_for` and `services.backups.convert_plain_database` are replaced for
those rounds only). The key itself comes from a key file in the temporary folder.

Run: `.venv/bin/python benchmarks/bench_encryption.py [--rounds 6] [--saves 300] [--dir /tmp/x]`.
A first round warms up (imports, caches) and is not counted; the rounds alternate which mode
goes first.
The folder must be on a local disk; a tmpfs hides the fsync cost.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

TODAY = dt.date(2026, 11, 20)


@contextlib.contextmanager
def plain_mode(plain: bool) -> Iterator[None]:
    from jbn_selfscan.services import backups
    from jbn_selfscan.store import cipher

    if not plain:
        yield
        return
    saved = (cipher.key_for, backups.convert_plain_database)
    cipher.key_for = lambda _path: None  # type: ignore[assignment]
    backups.convert_plain_database = lambda *_a, **_k: None  # type: ignore[assignment]
    try:
        yield
    finally:
        cipher.key_for, backups.convert_plain_database = saved  # type: ignore[assignment]


def _ms(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


def autosave(base: Path, saves: int) -> list[float]:
    from bench_autosave import _prepare

    from jbn_selfscan.services import scans

    ws, _client, scan_id = _prepare(base / "autosave")
    typed = iter(range(10**9))

    def save() -> None:
        text = ("Netwerk verouderd, zie verslag " * 4)[: 20 + next(typed) % 100]
        scans.save_answer_fast(ws, scan_id, "actueel_beeld", "deels", text, today=TODAY)  # type: ignore[arg-type]

    try:
        return [_ms(save) for _ in range(saves)]
    finally:
        ws.close()


def demo_and_open(base: Path, opens: int) -> tuple[float, list[float]]:
    from jbn_selfscan.paths import AppPaths
    from jbn_selfscan.services.demo import fill_demo
    from jbn_selfscan.services.overview import list_overview
    from jbn_selfscan.services.workspace import open_workspace

    paths = AppPaths(base / "demo")

    def demo() -> None:
        ws = open_workspace(paths)
        fill_demo(ws, TODAY)
        ws.close()

    fill_ms = _ms(demo)

    def start() -> None:
        ws = open_workspace(paths, daily_backup=False)
        list_overview(ws, TODAY)
        ws.close()

    return fill_ms, [_ms(start) for _ in range(opens)]


def overview(base: Path, repeat: int) -> list[float]:
    from bench_overview import fill

    from jbn_selfscan.services.overview import list_overview

    ws = fill(base / "overview", 1000, 200)
    try:
        return [_ms(lambda: list_overview(ws, TODAY)) for _ in range(repeat)]
    finally:
        ws.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=None, help="parent of the temporary data")
    args = parser.parse_args(argv)

    results: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        os.environ["JBN_SELFSCAN_KEY_FILE"] = str(Path(tmp) / "databasesleutel")
        for number in range(args.rounds + 1):  # round 0 warms up (imports, caches): not counted
            for mode in ("plain", "encrypted") if number % 2 else ("encrypted", "plain"):
                base = Path(tmp) / f"{mode}-{number}"
                base.mkdir()
                store = results if number else {}
                with plain_mode(mode == "plain"):
                    store.setdefault((mode, "autosave"), []).extend(
                        autosave(base, args.saves // args.rounds)
                    )
                    fill_ms, opens = demo_and_open(base, 5)
                    store.setdefault((mode, "demo"), []).append(fill_ms)
                    store.setdefault((mode, "open"), []).extend(opens)
                    store.setdefault((mode, "overview"), []).extend(overview(base, 3))
                database = base / "demo" / "zelfscan.sqlite3"
                with database.open("rb") as handle:
                    plain_file = handle.read(16) == b"SQLite format 3\x00"
                assert plain_file == (mode == "plain"), f"{mode} round wrote the wrong format"

    print(f"{'measure':<10} {'plain':>12} {'encrypted':>12} {'difference':>18}")
    for measure in ("autosave", "open", "demo", "overview"):
        plain = statistics.median(results[("plain", measure)])
        enc = statistics.median(results[("encrypted", measure)])
        print(
            f"{measure:<10} {plain:9.2f} ms {enc:9.2f} ms {enc - plain:+8.2f} ms "
            f"({(enc / plain - 1) * 100:+5.1f} %)"
        )
    print(
        f"(medians over {args.rounds} rounds, alternating which mode goes first; autosave "
        f"n={len(results[('plain', 'autosave')])}, open n={len(results[('plain', 'open')])}, "
        f"demo n={len(results[('plain', 'demo')])} per mode)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
