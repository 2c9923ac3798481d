"""Time and peak memory of refusing small hostile XLSX files (target: seconds, well < 500 MB).

Each file is written by hand as a zip (the helpers of tests/services/xlsx_handmade.py) and read
by `read_caseload_file` in a fresh child process, so the peak resident memory (ru_maxrss) is
that of one import alone, interpreter included. `--before` also runs openpyxl the way the
import did before the streaming check (read-only, dimensions reset), in a child limited to
`--limit-mb` of address space and `--timeout` seconds, to show what the check prevents.

Run: `.venv/bin/python benchmarks/bench_hostile_xlsx.py [--before] [--timeout 60]`.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "services"))

from xlsx_handmade import (  # noqa: E402  (the helpers live with the tests)
    HEADER,
    client_row,
    shared_cell,
    shared_strings_xml,
    sheet_xml,
    text_cell,
    write_xlsx,
)

CHILD_AFTER = """
import json, resource, sys, time
from pathlib import Path
from jbn_selfscan.services.caseload_files import CaseloadImportError, read_caseload_file
started = time.perf_counter()
try:
    read_caseload_file(Path(sys.argv[1]))
    outcome = "gelezen"
except CaseloadImportError as exc:
    outcome = "geweigerd: " + str(exc)[:90]
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": elapsed, "peak_mb": peak / 1024, "outcome": outcome}))
"""

CHILD_BEFORE = """
import io, json, resource, sys, time
limit = int(sys.argv[2]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
import openpyxl
started = time.perf_counter()
try:
    data = open(sys.argv[1], "rb").read()
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    sheet = book.worksheets[0]
    sheet.reset_dimensions()
    rows = 0
    for row in sheet.iter_rows(values_only=True):
        cells = [str(v).strip() for v in row if v is not None]
        rows += 1
    outcome = f"gelezen ({rows} rijen)"
except MemoryError:
    outcome = "geheugen op"
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": elapsed, "peak_mb": peak / 1024, "outcome": outcome}))
"""


def _ninety_megabytes() -> Iterator[bytes]:
    block = b"A" * (1024 * 1024)
    for _ in range(90):
        yield block


def far_row(path: Path) -> Path:
    rows = [(1, HEADER), client_row(2), (999_999_999, [text_cell("A999999999", "x")])]
    return write_xlsx(path, sheet_xml(rows))


def huge_shared_string(path: Path) -> Path:
    rows = [(1, HEADER)] + [
        (n, [shared_cell(f"A{n}", 0), shared_cell(f"B{n}", 0)]) for n in range(2, 3_002)
    ]
    return write_xlsx(path, sheet_xml(rows), shared_strings_xml([_ninety_megabytes()], 1))


def last_column(path: Path) -> Path:
    rows = [(1, HEADER)] + [(n, [text_cell(f"XFD{n}", "x")]) for n in range(2, 20_002)]
    return write_xlsx(path, sheet_xml(rows))


def valid_20000_rows(path: Path) -> Path:
    return write_xlsx(path, sheet_xml([(1, HEADER)] + [client_row(n) for n in range(2, 20_002)]))


CASES: dict[str, Callable[[Path], Path]] = {
    "rij 999.999.999": far_row,
    "gedeelde tekst van 90 MB, 6.000 keer gebruikt": huge_shared_string,
    "20.000 cellen in kolom XFD": last_column,
    "geldig: 20.000 cliëntrijen (ter vergelijking)": valid_20000_rows,
}


def _child(code: str, args: list[str], timeout: float) -> dict[str, object]:
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": time.perf_counter() - started, "peak_mb": float("nan"),
                "outcome": f"na {timeout:.0f} s afgebroken"}  # fmt: skip
    if done.returncode != 0 or not done.stdout.strip():
        tail = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"seconds": time.perf_counter() - started, "peak_mb": float("nan"),
                "outcome": f"fout: {tail[:80]}"}  # fmt: skip
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", action="store_true", help="also run the old openpyxl path")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--limit-mb", type=int, default=1500)
    options = parser.parse_args()
    print(f"{platform.platform()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as folder:
        for name, build in CASES.items():
            path = build(Path(folder) / "f.xlsx")
            size = path.stat().st_size
            after = _child(CHILD_AFTER, [str(path)], options.timeout)
            print(
                f"{name}: {size / 1024:.0f} KB; "
                f"nu {after['seconds']:.2f} s, piek {after['peak_mb']:.0f} MB, {after['outcome']}"
            )
            if options.before:
                before = _child(CHILD_BEFORE, [str(path), str(options.limit_mb)], options.timeout)
                print(
                    f"    zonder controle: {before['seconds']:.2f} s, "
                    f"piek {before['peak_mb']:.0f} MB, {before['outcome']}"
                )


if __name__ == "__main__":
    main()
