"""Writes `jbn_selfscan/assets/holiday_table.json`: the holidays of every policy and year.

The calendar reads that file instead of importing `holidays` at start-up (importing the NL
calendar of `holidays` loads all of its ~250 country modules: 0.15-0.45 s). The table is only
used while the installed `holidays` version equals the one it was made with; otherwise the
calendar asks `holidays` itself. `tests/domain/test_holiday_table.py` fails while the file
differs from what this script renders, so the `holidays` package stays the source.

Regenerate after changing the pinned `holidays` version or the policy rules in `calendar.py`
(from the project root):

    .venv/bin/python tools/holiday_table_build.py
"""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path

from jbn_selfscan.domain.calendar import (
    FIRST_YEAR,
    HOLIDAY_TABLE_FILE,
    LAST_YEAR,
    TABLE_POLICIES,
    holidays_from_package,
)

TABLE_PATH = Path(__file__).resolve().parents[1] / "jbn_selfscan" / "assets" / HOLIDAY_TABLE_FILE


def render_holiday_table(version: str | None = None) -> str:
    """The text of the table for the installed (or the given) `holidays` version.

    One JSON object: `holidays_version`, `first_year`, `last_year` and per policy value a list
    of `[ISO date, Dutch name(s)]`, one day off a line (readable diffs after a regeneration).
    """
    header = {
        "holidays_version": version or importlib.metadata.version("holidays"),
        "first_year": FIRST_YEAR,
        "last_year": LAST_YEAR,
    }
    parts = [f"  {json.dumps(key)}: {json.dumps(value)},\n" for key, value in header.items()]
    for number, policy in enumerate(TABLE_POLICIES, start=1):
        days = [
            f"    {json.dumps([day.isoformat(), name], ensure_ascii=False)}"
            for year in range(FIRST_YEAR, LAST_YEAR + 1)
            for day, name in holidays_from_package(policy, year)
        ]
        end = "\n" if number == len(TABLE_POLICIES) else ",\n"
        parts.append(f"  {json.dumps(policy.value)}: [\n" + ",\n".join(days) + f"\n  ]{end}")
    return "{\n" + "".join(parts) + "}\n"


def main() -> int:
    TABLE_PATH.write_text(render_holiday_table(), encoding="utf-8")
    print(f"written: {TABLE_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
