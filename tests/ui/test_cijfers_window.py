"""The "Caseload in cijfers" window shows what the service computes, own and team view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from jbn_selfscan.domain.types import Maatregel
from jbn_selfscan.services.cijfers import team_report, worker_report
from jbn_selfscan.services.demo import DemoSummary
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.cijfers import CijfersWindow
from jbn_selfscan.ui.main_window import MainWindow

from .conftest import TODAY


def _cell(view: object, row: int, column: int) -> str:
    model = view.model()  # type: ignore[attr-defined]
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


def test_own_view_shows_the_norm_table_steps_and_trend(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary], tmp_path: Path
) -> None:
    ws, summary = demo
    window = CijfersWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    expected = worker_report(ws, TODAY).figures
    first = expected.normen[0]
    assert window.norms_model.rowCount() == len(expected.normen)
    assert _cell(window.norms_view, 0, 0) == first.norm
    assert _cell(window.norms_view, 0, 2) == f"{first.op_orde} van {first.totaal}"
    f2f = expected.tijdigheid[0]
    assert _cell(window.steps_view, 0, 1) == str(f2f.op_tijd)
    assert f"{expected.dossiers} dossiers" in window.summary_label.text()
    assert window.chart.labels == [f"{summary.signed_datum:%m-%Y}"]
    assert not window.team_box.isVisibleTo(window)

    jr_index = window.maatregel_combo.findData(Maatregel.JR)
    window.maatregel_combo.setCurrentIndex(jr_index)
    jr = expected.tijdigheid_per_maatregel[Maatregel.JR][0]
    assert _cell(window.steps_view, 0, 1) == str(jr.op_tijd)
    assert _cell(window.steps_view, 0, 2) == str(jr.te_laat)
    window.grab().save(str(tmp_path / "cijfers.png"))


def test_team_view_lists_workers_and_shows_the_chosen_one(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary]
) -> None:
    ws, _summary = demo
    window = CijfersWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    window.mode_combo.setCurrentIndex(1)
    team = team_report(ws, TODAY)
    assert window.workers_model.rowCount() == len(team.medewerkers) == 1
    assert window.team_box.isVisibleTo(window)
    assert "Hele team" in window.summary_label.text()
    window.workers_view.selectionModel().select(
        window.workers_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    worker = team.medewerkers[0]
    assert worker.naam in window.summary_label.text()
    assert _cell(window.norms_view, 0, 2) == (
        f"{worker.figures.normen[0].op_orde} van {worker.figures.normen[0].totaal}"
    )


def test_the_main_window_opens_it_from_the_menu(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary]
) -> None:
    ws, _summary = demo
    main = MainWindow(ws, today=TODAY)
    qtbot.addWidget(main)
    main.show_cijfers()
    assert main.cijfers_window.isVisible()
    assert main.cijfers_window.windowTitle() == "Caseload in cijfers"
    main.cijfers_window.close()


def test_screenshot_pages_at_1366x768(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary], tmp_path: Path
) -> None:
    ws, _summary = demo
    window = CijfersWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert window.grab().save(str(tmp_path / f"cijfers-{index}.png"))
    window.mode_combo.setCurrentIndex(1)
    assert window.grab().save(str(tmp_path / "cijfers-team.png"))


def test_a_praktijkbegeleider_starts_in_the_team_view(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary]
) -> None:
    from jbn_selfscan.domain.types import Role
    from jbn_selfscan.services.profile import save_profile

    ws, _summary = demo
    save_profile(ws, "Piet Begeleider", Role.PRAKTIJKBEGELEIDER)
    window = CijfersWindow(ws, today=TODAY)
    qtbot.addWidget(window)
    assert window.team_mode and window.workers_model.rowCount() == 1
