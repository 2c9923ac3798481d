"""Re-confirm a client that did not change since the previous zelfscan, in one action.

Every answer of the previous scan that is still valid is taken over, each recorded as
confirmed now ("ongewijzigd bevestigd", with the user and the moment, as a per-item take-over
would). What cannot be taken over stays open for the worker: a date whose verdict is no longer
"op orde" today (too old, or a deadline that has passed since; also one the client record
holds, which the scan shows but does not confirm), a question without a previous
answer (new in this checklist version, or not answered last time). A follow-up question that a
taken-over answer reveals is handled in the same action.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jbn_selfscan.domain.evaluation import AnswerInput, evaluate_item
from jbn_selfscan.domain.types import ItemStatus
from jbn_selfscan.services.deadlines import deadline_states
from jbn_selfscan.services.scans import (
    ScanSnapshot,
    can_take_over,
    confirm_unchanged,
    get_scan,
)
from jbn_selfscan.services.workspace import Workspace

_STALE = (ItemStatus.AANDACHT, ItemStatus.NIET_OP_ORDE)


@dataclass(frozen=True)
class Reconfirmed:
    snapshot: ScanSnapshot
    taken_over: tuple[str, ...]  # item ids, in checklist order of the rounds
    stale: tuple[str, ...]  # previous answers not taken over because they are no longer valid
    open_ids: tuple[str, ...]  # visible questions left for the worker, in screen order


def _stale(snapshot: ScanSnapshot, item_id: str, today: dt.date) -> bool:
    item = snapshot.checklist.item(item_id)
    if item.answer_type != "datum":
        return False
    previous = snapshot.previous[item_id]
    states = deadline_states(list(snapshot.deadlines))
    verdict = evaluate_item(item, AnswerInput(previous.waarde, previous.toelichting), today, states)
    return verdict.status in _STALE


def _needs_the_worker(snapshot: ScanSnapshot, item_id: str) -> bool:
    """Unanswered, or a date from the client record that is no longer op orde."""
    answer = snapshot.answers.get(item_id)
    if answer is not None and answer.waarde and not answer.from_client_record:
        return False
    verdict = snapshot.evaluation.items.get(item_id)
    return verdict is None or verdict.status in (ItemStatus.NOG_NIET_INGEVULD, *_STALE)


def reconfirm_client(ws: Workspace, scan_id: int, today: dt.date | None = None) -> Reconfirmed:
    """Take over every still-valid previous answer of the scan; see the module docstring."""
    today = today or dt.date.today()
    snapshot = get_scan(ws, scan_id, today=today)
    taken: list[str] = []
    stale: set[str] = set()
    while True:  # each round may reveal follow-up questions; it ends: ids are taken only once
        candidates = []
        for item_id in snapshot.evaluation.visible_item_ids:
            previous, current = snapshot.previous.get(item_id), snapshot.answers.get(item_id)
            if not can_take_over(current, previous):
                continue
            if item_id in stale or item_id in taken:
                continue
            if _stale(snapshot, item_id, today):
                stale.add(item_id)
                continue
            candidates.append(item_id)
        if not candidates:
            break
        snapshot = confirm_unchanged(ws, scan_id, candidates, today=today)
        taken.extend(candidates)
    open_ids = tuple(
        item_id
        for item_id in snapshot.evaluation.visible_item_ids
        if _needs_the_worker(snapshot, item_id) or item_id in stale
    )
    for item_id in open_ids:  # a date the client record holds is shown, but is as old
        answer = snapshot.answers.get(item_id)
        if answer is not None and answer.from_client_record:
            stale.add(item_id)
    return Reconfirmed(snapshot, tuple(taken), tuple(i for i in open_ids if i in stale), open_ids)
