"""Theme statuses per client and their counts, for the summary table and the chart."""

from __future__ import annotations

from collections import Counter

from jbn_selfscan.domain.merged import Client, MergedGesprek, ThemaTelling
from jbn_selfscan.domain.types import ItemStatus, Theme

# Order of the statuses in the chart, the legend and the counts table.
STATUS_ORDER = (
    ItemStatus.OP_ORDE,
    ItemStatus.AANDACHT,
    ItemStatus.NIET_OP_ORDE,
    ItemStatus.NOG_NIET_INGEVULD,
    ItemStatus.NVT,
)


def theme_statuses(client: Client) -> dict[Theme, ItemStatus]:
    """Status per theme; a theme without a verdict (or a client without scan) is not filled in."""
    found = {} if client.scan is None else {o.thema: o.status for o in client.scan.thema_oordelen}
    return {theme: found.get(theme, ItemStatus.NOG_NIET_INGEVULD) for theme in Theme}


def current_counts(doc: MergedGesprek) -> tuple[ThemaTelling, ...]:
    """How many clients have each status, per theme, in this gesprek."""
    per_theme: dict[Theme, Counter[ItemStatus]] = {theme: Counter() for theme in Theme}
    for client in doc.clients:
        for theme, status in theme_statuses(client).items():
            per_theme[theme][status] += 1
    return tuple(
        ThemaTelling(
            thema=theme,
            op_orde=counts[ItemStatus.OP_ORDE],
            aandacht=counts[ItemStatus.AANDACHT],
            niet_op_orde=counts[ItemStatus.NIET_OP_ORDE],
            nvt=counts[ItemStatus.NVT],
            nog_niet_ingevuld=counts[ItemStatus.NOG_NIET_INGEVULD],
        )
        for theme, counts in per_theme.items()
    )


def count_of(telling: ThemaTelling, status: ItemStatus) -> int:
    return {
        ItemStatus.OP_ORDE: telling.op_orde,
        ItemStatus.AANDACHT: telling.aandacht,
        ItemStatus.NIET_OP_ORDE: telling.niet_op_orde,
        ItemStatus.NOG_NIET_INGEVULD: telling.nog_niet_ingevuld,
        ItemStatus.NVT: telling.nvt,
    }[status]


def counts_by_theme(tellingen: tuple[ThemaTelling, ...]) -> dict[Theme, ThemaTelling]:
    return {telling.thema: telling for telling in tellingen}
