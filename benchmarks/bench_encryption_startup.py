"""Start-up of the whole app before and after encryption at rest, interleaved in one run.

"Before" is a source tree of the version without encryption (e.g. `git archive 048ab31 | tar
-x -C /tmp/before`), started on a plain demo data directory; "after" is this tree on an
encrypted one. Both start `python -m jbn_selfscan --data-dir D --quit-when-ready` (the window
with the demo caseload, then exit), alternating, and the wall-clock medians are compared.
Target: at most 50 ms more.

The key comes from a key file (`JBN_SELFSCAN_KEY_FILE`). The key from a credential store is
measured by `bench_keyring_startup.py`; `--keyring` here times only the import and check of
this platform's store (`store/credentials.py`) in a fresh process.

Run: `.venv/bin/python benchmarks/bench_encryption_startup.py --before /tmp/before [--repeat 11]`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON_APP = (sys.executable, "-m", "jbn_selfscan")


def _start(tree: Path, data: Path, env: dict[str, str]) -> float:
    run_env = {**env, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(
        [*PYTHON_APP, "--data-dir", str(data), "--quit-when-ready"],
        env=run_env,
        check=True,
        capture_output=True,
        cwd=tree,
    )
    return (time.perf_counter() - start) * 1000


def _keyring_import_ms() -> float:
    code = (
        "import sqlalchemy.orm, time; t = time.perf_counter(); "
        "from jbn_selfscan.store import keys; keys.platform_backend(); "
        "print((time.perf_counter() - t) * 1000)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT
    )
    return float(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="source tree without encryption")
    parser.add_argument("--repeat", type=int, default=11)
    parser.add_argument(
        "--keyring", action="store_true", help="also time the credential store's import"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "JBN_SELFSCAN_KEY_FILE": str(Path(tmp) / "databasesleutel")}
        trees = {"before": args.before.resolve(), "after": ROOT}
        data = {name: Path(tmp) / name for name in trees}
        for name, tree in trees.items():
            subprocess.run(
                [*PYTHON_APP, "--data-dir", str(data[name]), "demo", "--no-gui"],
                env={**env, "PYTHONPATH": str(tree)},
                check=True,
                capture_output=True,
                cwd=tree,
            )
        with (data["before"] / "zelfscan.sqlite3").open("rb") as handle:
            assert handle.read(16) == b"SQLite format 3\x00", "the before tree encrypts"
        with (data["after"] / "zelfscan.sqlite3").open("rb") as handle:
            assert handle.read(16) != b"SQLite format 3\x00", "the after tree does not encrypt"
        for name in trees:  # warm-up: file cache, daily backup of today
            _start(trees[name], data[name], env)
        times: dict[str, list[float]] = {name: [] for name in trees}
        for number in range(args.repeat):
            order = ("before", "after") if number % 2 == 0 else ("after", "before")
            for name in order:
                times[name].append(_start(trees[name], data[name], env))
    before = statistics.median(times["before"])
    after = statistics.median(times["after"])
    print(f"start-up before {before:7.1f} ms   after {after:7.1f} ms   {after - before:+6.1f} ms")
    print(f"(medians of {args.repeat}, interleaved; key from a key file)")
    if args.keyring:
        samples = [_keyring_import_ms() for _ in range(5)]
        print(f"credential store import and check: median {statistics.median(samples):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
