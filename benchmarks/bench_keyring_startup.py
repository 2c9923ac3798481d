"""Start-up with the database key in the operating system's credential store, against the same
start with the key read from a key file (the floor), interleaved in one run.

Run inside a session that has a credential store, e.g. on Linux:
`tools/secret_service_session.sh .venv/bin/python benchmarks/bench_keyring_startup.py`
(a private D-Bus session with an unlocked gnome-keyring). The demo data directory is made with
the key in the store; the key is then also written to a key file, so both sides open the same
encrypted folder with the same key. `--before DIR` adds the app from another source tree (e.g.
`git archive <commit> | tar -x -C DIR`) with the key in the store, in the same run; give it
more than once as `--before NAME=DIR` to compare several trees.

Every side is `python -m jbn_selfscan --data-dir D --quit-when-ready` (the window with the demo
caseload, then exit); the medians of the wall-clock time and of the CPU time (user + system of
the app's process) are compared. The whole encryption may add at most 50 ms to the start.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON_APP = (sys.executable, "-m", "jbn_selfscan")


def _start(tree: Path, data: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds of one start."""
    run_env = {**env, "PYTHONPATH": str(tree)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [*PYTHON_APP, "--data-dir", str(data), "--quit-when-ready"],
        env=run_env,
        check=True,
        capture_output=True,
        cwd=tree,
    )
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
    return wall, cpu


def _key_from_store(env: dict[str, str]) -> str:
    code = (
        "from jbn_selfscan.store.keys import KeyStore\n"
        "key = KeyStore(None).load()\n"
        "assert key is not None, 'no key in the credential store'\n"
        "print(key.hex())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    return out.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument(
        "--before",
        action="append",
        default=[],
        metavar="[NAME=]DIR",
        help="also this source tree, key in the store (repeatable)",
    )
    args = parser.parse_args(argv)

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("JBN_SELFSCAN_KEY_FILE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the warm-up run writes .pyc files, as an install
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "demo"
        made = subprocess.run(
            [*PYTHON_APP, "--data-dir", str(data), "demo", "--no-gui"],
            env={**env, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            check=False,
        )
        if made.returncode != 0:
            raise SystemExit(f"demo failed:\n{made.stderr}")
        if "sleutelbeheer" in made.stderr and "bestand" in made.stderr:
            raise SystemExit(f"no credential store in this session:\n{made.stderr}")
        key_file = Path(tmp) / "databasesleutel"
        key_file.write_text(_key_from_store({**env, "PYTHONPATH": str(ROOT)}) + "\n")
        key_file.chmod(0o600)
        sides: dict[str, tuple[Path, dict[str, str]]] = {
            "key file": (ROOT, {**env, "JBN_SELFSCAN_KEY_FILE": str(key_file)}),
            "credential store": (ROOT, env),
        }
        for entry in args.before:
            name, _, folder = entry.rpartition("=")
            sides[f"credential store, {name or 'before'}"] = (Path(folder).resolve(), env)
        for tree, side_env in sides.values():  # warm-up: file cache, .pyc files, daily backup
            _start(tree, data, side_env)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
        names = list(sides)
        for number in range(args.repeat):
            shift = number % len(names)
            for name in names[shift:] + names[:shift]:
                tree, side_env = sides[name]
                times[name].append(_start(tree, data, side_env))
    floor = [statistics.median(run[i] for run in times["key file"]) for i in (0, 1)]
    print(f"whole start-up, medians of {args.repeat} interleaved runs (over the key file):")
    for name, samples in times.items():
        wall, cpu = (statistics.median(run[i] for run in samples) for i in (0, 1))
        print(
            f"  {name:<36} wall {wall:7.1f} ms ({wall - floor[0]:+6.1f})   "
            f"CPU {cpu:7.1f} ms ({cpu - floor[1]:+6.1f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
