"""A file in the data directory that keeps the facts of signed gesprekken between app runs.

A signed version of a gesprek never changes, so its `DossierFacts` can be kept once computed:
the team view then reads one small file instead of parsing every frozen document again (120
documents of ~300 kB for a team of 15 over two years). The file holds counts-level facts, dates
of gesprekken and worker names, no client data. It is only a cache: anything unreadable, of
another format or made with another holiday calendar is ignored and rebuilt, and a failed write
is ignored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from jbn_selfscan.domain.calendar import WorkdayCalendar
from jbn_selfscan.domain.cijfers import DossierFacts, StepFact
from jbn_selfscan.domain.types import ItemStatus, Maatregel
from jbn_selfscan.paths import atomic_write

log = logging.getLogger(__name__)

CACHE_FILE_NAME = "cijfers-cache.json"
_FORMAT = "jbn-selfscan-cijfers-cache"
_VERSION = 1
_STATUS = {status.value: status for status in ItemStatus}
_MAATREGEL = {m.value: m for m in Maatregel}

Entry = tuple[dt.date, str, tuple[DossierFacts, ...], frozenset[str]]


def calendar_key(calendar: WorkdayCalendar) -> str:
    days = ",".join(sorted(day.isoformat() for day in calendar.extra_days))
    return f"{calendar.policy.value}|{days}"


def _fact_json(fact: DossierFacts) -> list[Any]:
    return [
        fact.maatregel.value,
        fact.only_contactpersoon,
        {norm: status.value for norm, status in fact.norms.items()},
        {stap: [step.outcome, step.done] for stap, step in fact.steps.items()},
        fact.workdays_to_f2f,
        fact.overdue,
        fact.soon,
    ]


def _fact(data: list[Any]) -> DossierFacts:
    maatregel, only, norms, steps, workdays, overdue, soon = data
    return DossierFacts(
        maatregel=_MAATREGEL[maatregel],
        only_contactpersoon=bool(only),
        norms={str(norm): _STATUS[status] for norm, status in norms.items()},
        steps={
            str(stap): StepFact(str(outcome), bool(done)) for stap, (outcome, done) in steps.items()
        },
        workdays_to_f2f=None if workdays is None else int(workdays),
        overdue=int(overdue),
        soon=int(soon),
    )


def load(path: Path, calendar: WorkdayCalendar) -> dict[tuple[str, int], Entry]:
    """The kept facts per (uid, versie); empty when there is no usable file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != _FORMAT or data.get("versie") != _VERSION:
            return {}
        if data.get("kalender") != calendar_key(calendar):
            return {}
        found: dict[tuple[str, int], Entry] = {}
        for key, entry in data["gesprekken"].items():
            uid, versie = key.rsplit("/", 1)
            found[(uid, int(versie))] = (
                dt.date.fromisoformat(entry["datum"]),
                str(entry["medewerker"]),
                tuple(_fact(fact) for fact in entry["dossiers"]),
                frozenset(str(norm) for norm in entry["normen"]),
            )
        return found
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.info("cijfers cache ignored (%s)", exc)
        return {}


def save(
    path: Path, calendar: WorkdayCalendar, entries: Iterable[tuple[tuple[str, int], Entry]]
) -> None:
    """Write the facts of these signed versions (all of them: the file is replaced)."""
    gesprekken: Mapping[str, Any] = {
        f"{uid}/{versie}": {
            "datum": datum.isoformat(),
            "medewerker": medewerker,
            "normen": sorted(norms),
            "dossiers": [_fact_json(fact) for fact in facts],
        }
        for (uid, versie), (datum, medewerker, facts, norms) in entries
    }
    document = {
        "format": _FORMAT,
        "versie": _VERSION,
        "kalender": calendar_key(calendar),
        "gesprekken": gesprekken,
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    with contextlib.suppress(OSError):
        atomic_write(path, text.encode("utf-8"))
