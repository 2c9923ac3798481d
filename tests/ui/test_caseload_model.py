"""The caseload table model and its proxy: model contracts, texts, sorting, status display."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette

from jbn_selfscan.ui.caseload.model import CLIENT_ID_ROLE, SORT_ROLE, CaseloadModel, Column
from jbn_selfscan.ui.caseload.proxy import CaseloadProxy
from jbn_selfscan.ui.caseload.status_style import StatusKind, status_background, status_icon

pytestmark = pytest.mark.qt_log_level_fail("WARNING")
TODAY = dt.date(2026, 11, 20)  # the same day as the `caseload_today` fixture


@pytest.fixture
def model(qapp, sample_overview_rows, caseload_today) -> CaseloadModel:
    m = CaseloadModel()
    m.set_rows(sample_overview_rows, caseload_today)
    return m


@pytest.fixture
def proxy(model: CaseloadModel) -> CaseloadProxy:
    p = CaseloadProxy()
    p.setSourceModel(model)
    return p


def text(model, client_id: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return model.index(model.position_of(client_id), column).data(role)


def ids_in_order(proxy: CaseloadProxy) -> list[int]:
    return [proxy.index(r, 0).data(CLIENT_ID_ROLE) for r in range(proxy.rowCount())]


def test_model_and_proxy_pass_the_model_tester(qtmodeltester, model, proxy) -> None:
    qtmodeltester.check(model)
    proxy.sort(Column.TERMIJN, Qt.SortOrder.DescendingOrder)
    proxy.set_search_text("ots")
    qtmodeltester.check(proxy)


def test_empty_model_passes_the_model_tester(qtmodeltester, qapp) -> None:
    qtmodeltester.check(CaseloadModel())


def test_columns_show_what_the_worker_reads(model) -> None:
    assert model.headerData(Column.TERMIJN, Qt.Orientation.Horizontal) == "Termijn"
    tip = model.headerData(Column.TERMIJN, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Volgende termijn"
    assert text(model, 1, Column.REFERENTIE) == "OTS-001"
    assert text(model, 2, Column.MAATREGEL) == "Voogdij"
    assert text(model, 2, Column.REGIO_TEAM) == "Drenthe / Team Assen"
    assert text(model, 2, Column.PVA_STATUS) == "niet ok"
    assert text(model, 3, Column.NAVOLGBAARHEID) == "let op"
    assert text(model, 3, Column.VOORTGANG) == "12/30"
    assert text(model, 1, Column.TERMIJN) == "nog 30 d"
    assert text(model, 2, Column.TERMIJN) == "4 d te laat"
    tip = text(model, 2, Column.TERMIJN, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Volgende termijn: 16-11-2026 (verlopen sinds 4 dagen) — 1e PvA gereed")
    assert text(model, 4, Column.TERMIJN) == "geen"


def test_tooltips_and_accessible_text_give_the_reasons(model) -> None:
    tooltip = text(model, 2, Column.PVA_STATUS, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "PvA-status: niet op orde\nPvA is te laat"
    deadline_tip = text(model, 2, Column.TERMIJN, Qt.ItemDataRole.ToolTipRole)
    assert "uitspraak + 6 weken" in deadline_tip and "Norm 1b.3" in deadline_tip
    accessible = text(model, 2, Column.PVA_STATUS, Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == "PvA-status: niet op orde. PvA is te laat"
    progress = text(model, 3, Column.VOORTGANG, Qt.ItemDataRole.ToolTipRole)
    assert progress == "12 van 30 vragen beantwoord; zelfscan nog niet gestart"


def test_sorting_by_deadline_puts_the_most_urgent_first(proxy) -> None:
    proxy.sort(Column.TERMIJN, Qt.SortOrder.AscendingOrder)
    # expired (2) before due in 2 days (3) before due in 30 days (1); no deadline last (4)
    assert ids_in_order(proxy) == [2, 3, 1, 4]


def test_sorting_by_status_orders_by_severity_not_by_text(proxy) -> None:
    proxy.sort(Column.PVA_STATUS, Qt.SortOrder.DescendingOrder)
    # niet op orde, aandacht, nog niet ingevuld, op orde (alphabetical would differ)
    assert ids_in_order(proxy) == [2, 3, 4, 1]


def test_sorting_by_progress_uses_the_ratio(qapp, make_overview_row) -> None:
    model = CaseloadModel()
    model.set_rows(
        [
            make_overview_row(1, "A", answered=9, total=10),
            make_overview_row(2, "B", answered=10, total=40),
            make_overview_row(3, "C", answered=0, total=0),
        ],
        TODAY,
    )
    proxy = CaseloadProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.VOORTGANG, Qt.SortOrder.AscendingOrder)
    assert ids_in_order(proxy) == [3, 2, 1]
    assert model.index(model.position_of(1), Column.VOORTGANG).data(SORT_ROLE) == 0.9


def test_every_status_has_its_own_icon_shape(qapp) -> None:
    images = {kind: status_icon(kind).pixmap(16, 16).toImage() for kind in StatusKind}
    kinds = list(images)
    for i, first in enumerate(kinds):
        for second in kinds[i + 1 :]:
            assert images[first] != images[second], (first, second)


def test_theme_cells_carry_an_icon_and_bad_ones_a_tint(model) -> None:
    icon = text(model, 2, Column.PVA_STATUS, Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert text(model, 2, Column.PVA_STATUS, Qt.ItemDataRole.BackgroundRole) is not None
    assert text(model, 4, Column.NAVOLGBAARHEID, Qt.ItemDataRole.BackgroundRole) is None


@pytest.mark.parametrize("base, dark", [("#ffffff", False), ("#202020", True)])
def test_status_tint_stays_close_to_the_palette_base(qapp, base: str, dark: bool) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    brush = status_background(StatusKind.BAD, palette)
    assert brush is not None
    lightness = brush.color().lightness()
    # a faint tint: dark stays dark (light text readable), light stays light
    assert (lightness < 90) if dark else (lightness > 190)


def test_update_row_changes_one_row_and_keeps_the_others(model, make_overview_row) -> None:
    changed = make_overview_row(3, "JR-003", maatregel=model.row_at(2).maatregel, answered=30)
    model.update_row(3, changed)
    assert text(model, 3, Column.VOORTGANG) == "30/30"
    model.update_row(1, None)
    assert model.rowCount() == 3 and model.position_of(1) is None
    model.update_row(9, make_overview_row(9, "NEW-9"))
    assert model.rowCount() == 4 and text(model, 9, Column.REFERENTIE) == "NEW-9"


def test_days_phrase_counts_calendar_days(qapp, make_overview_row) -> None:
    model = CaseloadModel()
    model.set_rows([make_overview_row(1, "A", deadline=TODAY + dt.timedelta(days=1))], TODAY)
    assert model.index(0, Column.TERMIJN).data() == "nog 1 d"
    tooltip = model.index(0, Column.TERMIJN).data(Qt.ItemDataRole.ToolTipRole)
    assert "(nog 1 dag)" in tooltip
    model.set_rows([make_overview_row(1, "A", deadline=TODAY)], TODAY)
    assert model.index(0, Column.TERMIJN).data() == "vandaag"


def test_no_data_for_invalid_index(model) -> None:
    assert model.data(QModelIndex()) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(0, 0).data(CLIENT_ID_ROLE) == 2  # sorted by urgency: most overdue first


def test_a_changed_row_moves_to_its_sorted_place(proxy, model, make_overview_row) -> None:
    proxy.sort(Column.TERMIJN, Qt.SortOrder.AscendingOrder)
    assert ids_in_order(proxy) == [2, 3, 1, 4]
    model.update_row(4, make_overview_row(4, "OTS-004", deadline=TODAY - dt.timedelta(days=50)))
    assert ids_in_order(proxy) == [4, 2, 3, 1]
