"""Search-as-you-type, filters and keyboard selection in the caseload overview."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from jbn_selfscan.domain.types import ItemStatus, Maatregel
from jbn_selfscan.ui.caseload.model import CLIENT_ID_ROLE
from jbn_selfscan.ui.caseload.view import CaseloadView

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def view(qtbot, sample_overview_rows, caseload_today) -> CaseloadView:
    widget = CaseloadView()
    qtbot.addWidget(widget)
    widget.set_rows(sample_overview_rows, caseload_today)
    widget.resize(1000, 500)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def shown_refs(view: CaseloadView) -> list[str]:
    proxy = view.proxy
    refs = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    return sorted(refs)


def test_typing_in_the_search_field_filters_as_you_type(qtbot, view) -> None:
    qtbot.keyClicks(view.search_edit, "assen")
    assert shown_refs(view) == ["VG-002"]
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "m.n")
    assert shown_refs(view) == ["JR-003"]
    assert view.count_label.text() == "1 van 4 cliënten"


def test_search_terms_all_have_to_match_in_any_column(qtbot, view) -> None:
    qtbot.keyClicks(view.search_edit, "groningen ccp")
    assert shown_refs(view) == ["JR-003"]
    view.search_edit.setText("OTS- team noord")
    assert shown_refs(view) == ["OTS-001"]
    view.search_edit.setText("bestaat-niet")
    assert shown_refs(view) == []
    assert view.count_label.text() == "0 van 4 cliënten"


def test_filter_on_maatregel(view) -> None:
    view.maatregel_combo.setCurrentIndex(view.maatregel_combo.findData(Maatregel.VOOGDIJ))
    assert shown_refs(view) == ["VG-002"]
    view.maatregel_combo.setCurrentIndex(0)
    assert len(shown_refs(view)) == 4


def test_filter_on_any_theme_with_a_status(view) -> None:
    view.status_combo.setCurrentIndex(view.status_combo.findData(ItemStatus.NIET_OP_ORDE))
    assert shown_refs(view) == ["VG-002"]
    view.status_combo.setCurrentIndex(view.status_combo.findData(ItemStatus.OP_ORDE))
    assert shown_refs(view) == ["OTS-001", "VG-002"]


def test_filter_expired_deadlines_and_unfinished_scans(view) -> None:
    view.expired_check.setChecked(True)
    assert shown_refs(view) == ["VG-002"]
    view.expired_check.setChecked(False)
    view.unfinished_check.setChecked(True)
    assert shown_refs(view) == ["JR-003", "OTS-001", "OTS-004"]


def test_filters_combine_with_search(view) -> None:
    view.unfinished_check.setChecked(True)
    view.maatregel_combo.setCurrentIndex(view.maatregel_combo.findData(Maatregel.OTS))
    view.search_edit.setText("004")
    assert shown_refs(view) == ["OTS-004"]


def test_every_column_header_sorts(view) -> None:
    header = view.table.horizontalHeader()
    assert view.table.isSortingEnabled()
    for column in range(view.model.columnCount()):
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
        assert view.model.sort_column == column


def test_selection_emits_the_client_id(qtbot, view) -> None:
    with qtbot.waitSignal(view.sig_client_selected) as blocker:
        assert view.select_client(3)
    assert blocker.args == [3]
    assert view.current_client_id() == 3


def test_enter_opens_the_selected_client(qtbot, view) -> None:
    view.select_client(2)
    with qtbot.waitSignal(view.sig_client_activated) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [2]


def test_next_and_previous_follow_the_visible_order(view) -> None:
    ids = []
    while view.select_next_client():
        ids.append(view.current_client_id())
    assert ids == [view.proxy.index(r, 0).data(CLIENT_ID_ROLE) for r in range(4)]
    assert view.select_previous_client()
    assert view.current_client_id() == ids[-2]


def test_keyboard_focus_on_the_table_selects_the_row_it_highlights(qtbot, view) -> None:
    view.search_edit.setFocus()
    with qtbot.waitSignal(view.sig_client_selected) as blocker:
        qtbot.keyClick(view.search_edit, Qt.Key.Key_Tab)  # to the maatregel filter
        for _ in range(5):
            qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
    assert view.table.hasFocus()
    assert view.current_client_id() == blocker.args[0]


def test_refreshing_a_row_keeps_the_selection(
    qtbot, view, make_overview_row, caseload_today
) -> None:
    view.select_client(3)
    with qtbot.assertNotEmitted(view.sig_client_selected):
        view.update_row(3, make_overview_row(3, "JR-003", answered=30))
        view.set_rows(view.model.rows(), caseload_today)
    assert view.current_client_id() == 3


def test_a_row_that_leaves_the_filter_clears_the_selection_without_switching(
    qtbot, view, make_overview_row
) -> None:
    view.unfinished_check.setChecked(True)
    view.select_client(3)
    finished = make_overview_row(3, "JR-003", answered=30)
    with qtbot.assertNotEmitted(view.sig_client_selected):
        view.update_row(3, finished)
    assert view.current_client_id() is None


def test_controls_have_accessible_names(view) -> None:
    controls = (
        view.search_edit,
        view.maatregel_combo,
        view.status_combo,
        view.expired_check,
        view.unfinished_check,
        view.archived_check,
        view.table,
    )
    assert all(control.accessibleName() for control in controls)
    assert view.search_edit.placeholderText() == "Zoek op referentie, initialen, team…"


def test_signal_filters_show_their_count_and_filter(
    qtbot, sample_overview_rows, caseload_today
) -> None:
    rows = list(sample_overview_rows)
    rows[0] = replace(rows[0], due_soon=True)
    rows[2] = replace(rows[2], due_soon=True, pva_evaluation_due=True)
    widget = CaseloadView()
    qtbot.addWidget(widget)
    widget.set_rows(rows, caseload_today)
    assert widget.due_soon_check.text() == "Termijn binnen 10 werkdagen (2)"
    assert widget.pva_due_check.text() == "PvA-eval&uatie binnen 30 dagen (1)"
    assert widget.due_soon_check.accessibleName()
    widget.due_soon_check.setChecked(True)
    assert shown_refs(widget) == sorted([rows[0].referentie, rows[2].referentie])
    widget.pva_due_check.setChecked(True)
    assert shown_refs(widget) == [rows[2].referentie]
