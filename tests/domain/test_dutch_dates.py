"""Dutch dates and the rule for stored moments, in one module; a guard keeps it that way."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

import jbn_selfscan
from jbn_selfscan.domain import dutch_dates as d

PACKAGE = Path(jbn_selfscan.__file__).parent
HOME = PACKAGE / "domain" / "dutch_dates.py"


# --------------------------------------------------------------------------- the rule


@pytest.mark.parametrize(
    ("utc", "shown"),
    [
        # last Sunday of March: 02:00 winter time becomes 03:00 summer time (01:00 UTC)
        (dt.datetime(2026, 3, 29, 0, 59, 59), "29-03-2026 01:59"),
        (dt.datetime(2026, 3, 29, 1, 0), "29-03-2026 03:00"),
        (dt.datetime(2027, 3, 28, 1, 0), "28-03-2027 03:00"),
        # last Sunday of October: 03:00 summer time becomes 02:00 winter time (01:00 UTC)
        (dt.datetime(2026, 10, 25, 0, 30), "25-10-2026 02:30"),
        (dt.datetime(2026, 10, 25, 0, 59), "25-10-2026 02:59"),
        (dt.datetime(2026, 10, 25, 1, 0), "25-10-2026 02:00"),
        (dt.datetime(2026, 10, 25, 1, 30), "25-10-2026 02:30"),
        # the day changes in Dutch time, not in UTC
        (dt.datetime(2026, 12, 31, 23, 30), "01-01-2027 00:30"),
        (dt.datetime(2026, 6, 30, 22, 15), "01-07-2026 00:15"),
    ],
)
def test_stored_moments_are_shown_in_dutch_time(utc: dt.datetime, shown: str) -> None:
    assert d.moment_text(utc) == shown, "a naive moment is UTC"
    assert d.moment_text(utc.replace(tzinfo=dt.UTC)) == shown
    new_york = utc.replace(tzinfo=dt.UTC).astimezone(dt.timezone(dt.timedelta(hours=-5)))
    assert d.moment_text(new_york) == shown, "the same instant in another zone"


def test_offsets_at_both_changes() -> None:
    before_spring = d.local(dt.datetime(2026, 3, 29, 0, 59))
    after_spring = d.local(dt.datetime(2026, 3, 29, 1, 0))
    assert (before_spring.utcoffset(), after_spring.utcoffset()) == (
        dt.timedelta(hours=1),
        dt.timedelta(hours=2),
    )
    first, second = (
        d.local(dt.datetime(2026, 10, 25, 0, 30)),
        d.local(dt.datetime(2026, 10, 25, 1, 30)),
    )
    assert first.isoformat() == "2026-10-25T02:30:00+02:00"
    assert second.isoformat() == "2026-10-25T02:30:00+01:00"


def test_moment_wording() -> None:
    spring = dt.datetime(2026, 3, 29, 1, 0, 5, tzinfo=dt.UTC)
    assert d.long_moment(spring) == "zondag 29 maart 2026 om 03:00"
    assert d.clock_text(spring) == "03:00:05"
    assert d.local_date(dt.datetime(2026, 12, 31, 23, 30)) == dt.date(2027, 1, 1)
    assert d.as_utc(dt.datetime(2026, 1, 1, 12)) == dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)
    assert d.utc_now().tzinfo is dt.UTC
    # a backup's time comes from its (local) file name and is shown as it is
    assert d.wall_clock_text(dt.datetime(2026, 3, 29, 2, 30)) == "29-03-2026 02:30"


def test_dates_and_durations() -> None:
    assert d.short_date(dt.date(2026, 3, 7)) == "07-03-2026"
    assert d.short_date(None) == "—"
    assert d.long_date(dt.date(2026, 11, 16)) == "maandag 16 november 2026"
    assert d.abbreviated_date(dt.date(2024, 5, 6)) == "ma 6 mei 2024"
    assert d.period(dt.date(2026, 8, 1), dt.date(2026, 10, 31)) == (
        "1 augustus 2026 t/m 31 oktober 2026"
    )
    assert [d.month_name(m) for m in (1, 5, 12)] == ["januari", "mei", "december"]
    assert [d.months_text(n) for n in (1, 3)] == ["1 maand", "3 maanden"]
    assert [d.days_left_text(n) for n in (5, 1, 0, -1, -3)] == [
        "nog 5 dagen",
        "nog 1 dag",
        "vandaag",
        "verlopen sinds 1 dag",
        "verlopen sinds 3 dagen",
    ]


# --------------------------------------------------------------------------- the guard

_MONTHS = set(d.MONTH_NAMES)
_DUTCH_FORMAT = re.compile(r"%d[-/ .]%m|%H:%M")
_DAY_MONTH_FSTRING = re.compile(r"\.day:02d\}[-/.]\{[^}]*\.month:02d")


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p != HOME)


def _problems(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    found = []
    if _DAY_MONTH_FSTRING.search(source):
        found.append("formats day-month itself")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and str(node.value).casefold() in _MONTHS:
            found.append(f"Dutch month name {node.value!r}")
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        if name in {"astimezone", "ZoneInfo", "utcoffset"}:
            found.append(f"converts time zones itself ({name})")
        if name == "strftime" and any(
            isinstance(a, ast.Constant) and _DUTCH_FORMAT.search(str(a.value)) for a in node.args
        ):
            found.append("formats a date or time for the user with strftime")
        for keyword in node.keywords:
            is_none = isinstance(keyword.value, ast.Constant) and keyword.value.value is None
            if keyword.arg == "tzinfo" and not is_none:
                found.append("attaches a time zone itself (tzinfo=...)")
    return found


def test_only_the_date_module_words_dates_and_converts_moments() -> None:
    """Month names, user-facing date formats and time-zone handling live in dutch_dates."""
    offenders = {str(p.relative_to(PACKAGE)): _problems(p) for p in _sources()}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_guard_sees_each_way_back(tmp_path: Path) -> None:
    planted = {
        "months.py": 'NAMES = ("januari", "februari")\n',
        "strf.py": 'def f(m):\n    return m.strftime("%d-%m-%Y %H:%M")\n',
        "zone.py": "def f(m):\n    return m.astimezone()\n",
        "attach.py": "import datetime as dt\n\ndef f(m):\n    return m.replace(tzinfo=dt.UTC)\n",
        "fstring.py": 'def f(x):\n    return f"{x.day:02d}-{x.month:02d}-{x.year}"\n',
    }
    for name, text in planted.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert _problems(path), name
    fine = tmp_path / "fine.py"
    fine.write_text('def f(m):\n    return m.replace(tzinfo=None).strftime("%Y%m%d")\n')
    assert _problems(fine) == []
