"""Table models of the cijfers window: one QAbstractTableModel per table, over frozen rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jbn_selfscan.domain.cijfers import (
    NORM_PERCENTAGE,
    SIGNAL_NAMES,
    NormRow,
    Signals,
    StepRow,
    WorkerFigures,
)
from jbn_selfscan.domain.dutch_dates import short_date

_Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
BELOW_NORM = QColor("#F8D7DA")
AT_NORM = QColor("#D4EDDA")


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %".replace(".", ",")


class _RowsModel(QAbstractTableModel, Generic[Row]):
    """Columns are (header, cell text, tooltip or None) over a list of plain rows."""

    columns: Sequence[tuple[str, Callable[[Any], str]]] = ()
    numeric_from = 1  # columns from here on are right-aligned

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[index.column()][1](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.numeric_from:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None

    def background(self, row: Row, column: int) -> QColor | None:
        return None

    def tooltip(self, row: Row, column: int) -> str | None:
        return None


class NormsModel(_RowsModel[NormRow]):
    """Per norm: 'x van n dossiers op orde', aandacht, niet op orde, still to fill in."""

    numeric_from = 2
    columns = (
        ("Norm", lambda r: r.norm),
        ("Omschrijving", lambda r: r.omschrijving),
        ("Op orde", lambda r: f"{r.op_orde} van {r.totaal}"),
        ("Aandacht", lambda r: str(r.aandacht)),
        ("Niet op orde", lambda r: str(r.niet_op_orde)),
        ("Nog niet ingevuld", lambda r: str(r.nog_niet_ingevuld)),
    )

    def tooltip(self, row: NormRow, column: int) -> str | None:
        return (
            f"Norm {row.norm}: {row.op_orde} van de {row.totaal} beoordeelde dossiers op orde. "
            "Per dossier telt het slechtste oordeel over de vragen bij deze norm; "
            "n.v.t. telt niet mee."
        )


class StepsModel(_RowsModel[StepRow]):
    """Per start step: on time, too late, still open, and the share on time against 80 %."""

    columns = (
        ("Stap", lambda r: r.omschrijving),
        ("Op tijd", lambda r: str(r.op_tijd)),
        ("Te laat", lambda r: str(r.te_laat)),
        ("waarvan nog niet gedaan", lambda r: str(r.verlopen)),
        ("Open", lambda r: str(r.open)),
        (f"Op tijd % (norm {NORM_PERCENTAGE} %)", lambda r: percent_text(r.percentage)),
    )

    def background(self, row: StepRow, column: int) -> QColor | None:
        if column != len(self.columns) - 1 or row.norm_gehaald is None:
            return None
        return AT_NORM if row.norm_gehaald else BELOW_NORM

    def tooltip(self, row: StepRow, column: int) -> str | None:
        return (
            "Op tijd % = op tijd / (op tijd + te laat). Te laat: te laat gedaan, of de termijn "
            "is verlopen zonder dat de stap is gedaan. Open: nog binnen de termijn."
        )


class SignalsModel(_RowsModel[tuple[str, int]]):
    columns = (("Signaal", lambda r: r[0]), ("Aantal", lambda r: str(r[1])))

    def set_signals(self, signals: Signals) -> None:
        self.set_rows(
            [
                (SIGNAL_NAMES["open_startstappen"], signals.open_startstappen),
                (SIGNAL_NAMES["alleen_contactpersoon"], signals.alleen_contactpersoon),
                (SIGNAL_NAMES["termijnen_verlopen"], signals.termijnen_verlopen),
                (SIGNAL_NAMES["termijnen_binnenkort"], signals.termijnen_binnenkort),
            ]
        )


def _step_pct(worker: WorkerFigures, stap: str) -> str:
    for row in worker.figures.tijdigheid:
        if row.stap == stap:
            return percent_text(row.percentage)
    return "—"


def _ok_pct(worker: WorkerFigures) -> str:
    judged = sum(r.totaal for r in worker.figures.normen)
    ok = sum(r.op_orde for r in worker.figures.normen)
    return percent_text(None if judged == 0 else round(100 * ok / judged, 1))


class WorkersModel(_RowsModel[WorkerFigures]):
    """The team side by side: one row per worker, from their latest signed gesprek."""

    columns = (
        ("Medewerker", lambda w: w.naam),
        ("Gesprek", lambda w: "" if w.datum is None else short_date(w.datum)),
        ("Dossiers", lambda w: str(w.figures.dossiers)),
        ("Normoordelen op orde", _ok_pct),
        ("1e F2F op tijd", lambda w: _step_pct(w, "eerste_f2f")),
        ("1e PvA op tijd", lambda w: _step_pct(w, "eerste_pva")),
        ("Termijnen verlopen", lambda w: str(w.figures.signalen.termijnen_verlopen)),
        ("Getekende gesprekken", lambda w: str(len(w.trend))),
    )
    numeric_from = 2
