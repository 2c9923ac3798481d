"""The "Caseload in cijfers" window: the worker's own figures, or the team side by side.

"Mijn caseload" shows the live caseload (latest scan of every client, deadlines as on today)
and the trend over all signed gesprekken. "Team" shows one row per worker from their latest
signed gesprek; choosing a row shows that worker's figures below, no choice shows the team's.
The window only calls services and fills models; nothing here touches the database itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.cijfers import CijfersReport, Figures, TrendPoint
from jbn_selfscan.domain.types import Maatregel, Role
from jbn_selfscan.services.cijfers import team_report, worker_report
from jbn_selfscan.services.profile import get_profile
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.cijfers.chart import TrendChart
from jbn_selfscan.ui.cijfers.models import NormsModel, SignalsModel, StepsModel, WorkersModel

WINDOW_TITLE = "Caseload in cijfers"
MODE_OWN, MODE_TEAM = 0, 1
ALL_MAATREGELEN = "Alle maatregelen"
TEAM_BOX_HEIGHT = 220


def _table(model: Any, parent: QWidget, name: str, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class CijfersWindow(QDialog):
    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self._fixed_today = today
        self.report: CijfersReport | None = None
        self.setWindowTitle(WINDOW_TITLE)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1100, 680)

        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("weergave")
        self.mode_combo.addItems(
            ["Mijn caseload (nu)", "Team (laatste getekende gesprek per medewerker)"]
        )
        self.mode_combo.setAccessibleName("Weergave")
        self.refresh_button = QPushButton("&Vernieuwen", self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("samenvatting")
        self.summary_label.setWordWrap(True)
        top = QHBoxLayout()
        mode_label = QLabel("&Weergave:", self)
        mode_label.setBuddy(self.mode_combo)
        top.addWidget(mode_label)
        top.addWidget(self.mode_combo)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.norms_model = NormsModel(self)
        self.steps_model = StepsModel(self)
        self.signals_model = SignalsModel(self)
        self.workers_model = WorkersModel(self)
        self.workers_view = _table(self.workers_model, self, "medewerkers", 0)
        self.workers_view.setMinimumHeight(120)
        self.norms_view = _table(self.norms_model, self, "normen", 1)
        self.steps_view = _table(self.steps_model, self, "tijdigheid", 0)
        self.signals_view = _table(self.signals_model, self, "signalen", 0)
        self.maatregel_combo = QComboBox(self)
        self.maatregel_combo.setObjectName("maatregel")
        self.maatregel_combo.addItem(ALL_MAATREGELEN, None)
        for maatregel in Maatregel:
            self.maatregel_combo.addItem(maatregel.label, maatregel)
        self.chart = TrendChart(self)

        steps_page = QWidget(self)
        steps_layout = QVBoxLayout(steps_page)
        row = QHBoxLayout()
        maatregel_label = QLabel("&Maatregel:", steps_page)
        maatregel_label.setBuddy(self.maatregel_combo)
        row.addWidget(maatregel_label)
        row.addWidget(self.maatregel_combo)
        row.addStretch(1)
        steps_layout.addLayout(row)
        steps_layout.addWidget(self.steps_view, 3)
        steps_layout.addWidget(QLabel("Signalen", steps_page))
        steps_layout.addWidget(self.signals_view, 2)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.norms_view, "&Normen")
        self.tabs.addTab(steps_page, "&Tijdigheid en signalen")
        self.tabs.addTab(self.chart, "Ve&rloop")

        self.team_label = QLabel(
            "Kies een medewerker om diens cijfers te zien; zonder keuze staan hieronder de "
            "cijfers van het hele team.",
            self,
        )
        self.team_label.setWordWrap(True)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        team_box = QWidget(self)
        team_layout = QVBoxLayout(team_box)
        team_layout.setContentsMargins(0, 0, 0, 0)
        team_layout.addWidget(self.team_label)
        team_layout.addWidget(self.workers_view)
        self.team_box = team_box
        self.splitter.addWidget(team_box)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.splitter, 1)

        profile = get_profile(ws)
        if profile is not None and profile.rol is Role.PRAKTIJKBEGELEIDER:
            self.mode_combo.setCurrentIndex(MODE_TEAM)  # before the signal is connected
        self.mode_combo.currentIndexChanged.connect(self.on_mode_combo_changed)
        self.refresh_button.clicked.connect(self.reload)
        self.maatregel_combo.currentIndexChanged.connect(self.on_maatregel_combo_changed)
        self.workers_view.selectionModel().selectionChanged.connect(
            self.on_workers_selection_changed
        )
        self.reload()

    def _today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    @property
    def team_mode(self) -> bool:
        return self.mode_combo.currentIndex() == MODE_TEAM

    def reload(self) -> None:
        service = team_report if self.team_mode else worker_report
        self.report = service(self.ws, self._today())
        self.team_box.setVisible(self.team_mode)
        if self.team_mode:
            room = max(self.splitter.height(), 400)
            self.splitter.setSizes([TEAM_BOX_HEIGHT, room - TEAM_BOX_HEIGHT])
        self.workers_model.set_rows(self.report.medewerkers)
        self._show_selected()

    def _selected_worker(self) -> Any:
        if not self.team_mode or self.report is None:
            return None
        rows = self.workers_view.selectionModel().selectedRows()
        return self.workers_model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        assert self.report is not None
        worker = self._selected_worker()
        if worker is not None:
            self._show(worker.figures, worker.trend, f"{worker.naam}, gesprek van "
                       f"{worker.datum:%d-%m-%Y}" if worker.datum else worker.naam)  # fmt: skip
        elif self.team_mode:
            count = len(self.report.medewerkers)
            people = "medewerker" if count == 1 else "medewerkers"
            self._show(self.report.figures, self.report.trend, f"Hele team ({count} {people})")
        else:
            self._show(self.report.figures, self.report.trend, "Mijn caseload nu")

    def _show(self, figures: Figures, trend: tuple[TrendPoint, ...], who: str) -> None:
        self.current_figures = figures
        self.norms_model.set_rows(figures.normen)
        self._fill_steps()
        self.signals_model.set_signals(figures.signalen)
        mean = figures.gemiddeld_werkdagen_f2f
        mean_text = "—" if mean is None else f"{mean:.1f}".replace(".", ",")
        self.summary_label.setText(
            f"{who}: {figures.dossiers} dossiers · gemiddeld {mean_text} werkdagen tot de 1e F2F "
            f"(over {figures.f2f_gemeten} dossiers) · {len(trend)} getekend"
            + (" gesprek" if len(trend) == 1 else "e gesprekken")
        )
        labels = [f"{p.datum:%m-%Y}" for p in trend]
        self.chart.set_data(
            labels,
            [
                ("% normoordelen op orde", [p.op_orde_percentage for p in trend]),
                ("% 1e F2F op tijd", [p.step_percentage("eerste_f2f") for p in trend]),
            ],
        )

    def _fill_steps(self) -> None:
        figures = self.current_figures
        maatregel = self.maatregel_combo.currentData()
        if maatregel is None:
            self.steps_model.set_rows(figures.tijdigheid)
        else:
            self.steps_model.set_rows(figures.tijdigheid_per_maatregel.get(maatregel, ()))

    # --- slots ----------------------------------------------------------------------------------
    def on_mode_combo_changed(self, _index: int) -> None:
        self.reload()

    def on_maatregel_combo_changed(self, _index: int) -> None:
        self._fill_steps()

    def on_workers_selection_changed(self, *_args: object) -> None:
        self._show_selected()
