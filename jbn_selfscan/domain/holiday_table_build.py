"""Writes `holiday_table.py`: the holidays of every policy and year, computed by `holidays`.

The calendar reads that table instead of importing `holidays` at start-up (importing the NL
calendar of `holidays` loads all of its ~250 country modules: 0.15-0.45 s). The table is only
used while the installed `holidays` version equals the one it was made with; otherwise the
calendar asks `holidays` itself. `tests/domain/test_holiday_table.py` fails while the file
differs from what this module renders, so the `holidays` package stays the source.

Regenerate after changing the pinned `holidays` version or the policy rules in `calendar.py`:

    .venv/bin/python -m jbn_selfscan.domain.holiday_table_build
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

from jbn_selfscan.domain.calendar import (
    FIRST_YEAR,
    LAST_YEAR,
    TABLE_POLICIES,
    HolidayPolicy,
    holidays_from_package,
)

TABLE_PATH = Path(__file__).with_name("holiday_table.py")

_HEADER = '''"""Dutch holidays per policy and year, made from the `holidays` package: do not edit.

Made by `python -m jbn_selfscan.domain.holiday_table_build` (see that module). One line per
day off: ISO date, a space, the Dutch name(s).
"""

HOLIDAYS_VERSION = "{version}"
'''


def render_holiday_table(version: str | None = None) -> str:
    """The text of `holiday_table.py` for the installed (or the given) `holidays` version."""
    parts = [_HEADER.format(version=version or importlib.metadata.version("holidays"))]
    for policy in TABLE_POLICIES:
        lines = [
            f"{day.isoformat()} {name}\n"
            for year in range(FIRST_YEAR, LAST_YEAR + 1)
            for day, name in holidays_from_package(policy, year)
        ]
        parts.append(f'{_constant_name(policy)} = """\\\n{"".join(lines)}"""\n')
    return "\n".join(parts)


def _constant_name(policy: HolidayPolicy) -> str:
    return policy.name


def main() -> int:
    TABLE_PATH.write_text(render_holiday_table(), encoding="utf-8")
    print(f"written: {TABLE_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
