"""The caseload overview widget: search field, filters and the sortable table."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QMargins,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.types import ItemStatus, Maatregel
from jbn_selfscan.services.overview import (
    DUE_SOON_WORKDAYS,
    PVA_EVALUATION_DAYS,
    GesprekSignal,
    OverviewRow,
)
from jbn_selfscan.ui.caseload.model import (
    CLIENT_ID_ROLE,
    DEFAULT_SORT_COLUMN,
    HEADERS,
    OPTIONAL_COLUMNS,
    SHORT_HEADERS,
    SHORT_STATUS,
    THEME_COLUMNS,
    CaseloadModel,
    Column,
)
from jbn_selfscan.ui.caseload.proxy import CaseloadProxy
from jbn_selfscan.ui.caseload.status_style import StatusKind, status_color
from jbn_selfscan.ui.flow_layout import FlowLayout

STATUS_FILTER_CHOICES = (
    ItemStatus.NIET_OP_ORDE,
    ItemStatus.AANDACHT,
    ItemStatus.NOG_NIET_INGEVULD,
    ItemStatus.OP_ORDE,
)


class CaseloadView(QWidget):
    """Shows the caseload; emits the client id on selection and on Enter/double-click."""

    sig_client_selected = Signal(int)
    sig_client_activated = Signal(int)
    sig_show_archived_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet_depth = 0
        self.model = CaseloadModel(self)
        self.proxy = CaseloadProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._connect()

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText("Zoek op referentie, initialen, team…")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Zoeken in de caseload")
        search_label = QLabel("&Zoeken:", self)
        search_label.setBuddy(self.search_edit)

        self.maatregel_combo = QComboBox(self)
        self.maatregel_combo.addItem("Alle maatregelen", None)
        for maatregel in Maatregel:
            self.maatregel_combo.addItem(maatregel.label, maatregel.value)
        self.maatregel_combo.setAccessibleName("Filter op maatregel")
        maatregel_label = QLabel("&Maatregel:", self)
        maatregel_label.setBuddy(self.maatregel_combo)

        self.status_combo = QComboBox(self)
        self.status_combo.addItem("Alle statussen", None)
        for status in STATUS_FILTER_CHOICES:
            self.status_combo.addItem(f"een thema {status.label}", status.value)
        self.status_combo.setAccessibleName("Filter op status van een thema")
        status_label = QLabel("&Status:", self)
        status_label.setBuddy(self.status_combo)

        self.expired_check = QCheckBox("&Termijn verlopen", self)
        self.expired_check.setAccessibleName("Alleen cliënten met een verlopen termijn")
        self.unfinished_check = QCheckBox("Scan niet a&f", self)
        self.unfinished_check.setAccessibleName("Alleen cliënten waarvan de zelfscan niet af is")
        self.archived_check = QCheckBox("Gea&rchiveerde tonen", self)
        self.archived_check.setAccessibleName("Ook gearchiveerde cliënten tonen")
        self.due_soon_check = QCheckBox(self)
        self.due_soon_check.setAccessibleName(
            f"Alleen cliënten met een termijn binnen {DUE_SOON_WORKDAYS} werkdagen"
        )
        self.pva_due_check = QCheckBox(self)
        self.pva_due_check.setAccessibleName(
            f"Alleen cliënten met een PvA-evaluatie binnen {PVA_EVALUATION_DAYS} dagen"
        )
        self.gesprek_label = QLabel(self)
        self.gesprek_label.setAccessibleName("Caseloadgesprek")
        self.gesprek_label.setWordWrap(True)
        self.gesprek_label.hide()
        self._set_signal_counts(0, 0)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Caseload")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DEFAULT_SORT_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._default_widths()
        self._full_widths: dict[Column, int] = {}  # theme widths while they show symbols only
        self.table.viewport().installEventFilter(self)
        for column in OPTIONAL_COLUMNS:
            self.table.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.on_header_context_menu)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName("Aantal getoonde cliënten")

        # The filter rows wrap when the list is narrow (a client open on a small screen), so
        # the list can give the scan room; each label stays with its field.
        filters = FlowLayout(h_spacing=10, v_spacing=4)
        for label, combo in (
            (maatregel_label, self.maatregel_combo),
            (status_label, self.status_combo),
        ):
            pair = QWidget(self)
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            label.setParent(pair)
            combo.setParent(pair)
            pair_layout.addWidget(label)
            pair_layout.addWidget(combo)
            filters.addWidget(pair)
        checks = FlowLayout(h_spacing=10, v_spacing=2)
        for check in (self.expired_check, self.unfinished_check, self.archived_check):
            checks.addWidget(check)
        checks.addWidget(self.count_label)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addLayout(checks)
        signals = FlowLayout(h_spacing=10, v_spacing=2)
        signals.addWidget(self.due_soon_check)
        signals.addWidget(self.pva_due_check)
        layout.addLayout(signals)
        layout.addWidget(self.gesprek_label)
        layout.addWidget(self.table, 1)

        order = (
            self.search_edit,
            self.maatregel_combo,
            self.status_combo,
            self.expired_check,
            self.unfinished_check,
            self.archived_check,
            self.table,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.table)
        # From the search field, Down or Enter goes on to the (filtered) list.
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search_edit, self.focus_table)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)  # PySide6 ignores it in the constructor
        self.search_edit.returnPressed.connect(self.focus_table)

    def _default_widths(self) -> None:
        """Widths that fit the header and typical content (until the user changes them)."""
        metrics = self.table.fontMetrics()
        padding = 14  # the cell's margins on both sides
        icon = self.table.iconSize().width() + 18  # the icon and the space after it
        samples = {
            Column.REFERENTIE: "OTS-2026-00000",
            Column.INITIALEN: "A.B.C.",
            Column.MAATREGEL: "Voogdij",
            # Less important for the overview (often the same on every row): kept narrow so
            # the statuses fit; longer texts elide and the tooltip has them in full.
            Column.REGIO_TEAM: "Drenthe / Te…",
            Column.CONTACT: "vaste jeugdbes…",
            Column.TERMIJN: "100 d te laat",
            Column.VOORTGANG: "30/30",
        }
        longest_status = max(SHORT_STATUS.values(), key=len)
        for column in Column:
            sample = samples.get(column, longest_status)
            # The long "Vaste jeugdzorgwerker/contactpersoon" header may elide; the tooltip has it.
            header = "" if column is Column.CONTACT else SHORT_HEADERS.get(column, HEADERS[column])
            with_icon = column in THEME_COLUMNS or column is Column.TERMIJN
            cell = metrics.horizontalAdvance(sample) + padding + (icon if with_icon else 0)
            title = metrics.horizontalAdvance(header) + padding  # may elide under the sort arrow
            self.table.setColumnWidth(column, max(cell, title))

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self.proxy.set_search_text)
        self.maatregel_combo.currentIndexChanged.connect(self.on_maatregel_combo_changed)
        self.status_combo.currentIndexChanged.connect(self.on_status_combo_changed)
        self.expired_check.toggled.connect(self.proxy.set_only_expired)
        self.unfinished_check.toggled.connect(self.proxy.set_only_unfinished)
        self.due_soon_check.toggled.connect(self.proxy.set_only_due_soon)
        self.pva_due_check.toggled.connect(self.proxy.set_only_pva_evaluation_due)
        self.archived_check.toggled.connect(self.sig_show_archived_changed)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)
        self.table.activated.connect(self.on_table_activated)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        self._update_count()

    # --- slots ---------------------------------------------------------------------------------
    def on_header_context_menu(self, position: QPoint) -> None:
        """Show or hide the columns that are not needed to see what needs attention."""
        menu = QMenu(self)
        for column in OPTIONAL_COLUMNS:
            action = menu.addAction(HEADERS[column])
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def on_maatregel_combo_changed(self, _index: int) -> None:
        value = self.maatregel_combo.currentData()
        self.proxy.set_maatregel(Maatregel(value) if value else None)

    def on_status_combo_changed(self, _index: int) -> None:
        value = self.status_combo.currentData()
        self.proxy.set_theme_status(ItemStatus(value) if value else None)

    def on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._quiet_depth:
            return
        selection = self.table.selectionModel()
        if not selection.isRowSelected(current.row(), QModelIndex()):
            # Keyboard focus makes the first row current without selecting it; keep the
            # selection on the current row so what is highlighted is what is shown.
            selection.select(
                current,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.sig_client_selected.emit(int(current.data(CLIENT_ID_ROLE)))

    def on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_client_activated.emit(int(index.data(CLIENT_ID_ROLE)))

    def _set_signal_counts(self, due_soon: int, pva_due: int) -> None:
        self.due_soon_check.setText(f"Termijn binnen {DUE_SOON_WORKDAYS} werkdagen ({due_soon})")
        self.pva_due_check.setText(f"PvA-eval&uatie binnen {PVA_EVALUATION_DAYS} dagen ({pva_due})")

    def set_gesprek_signal(self, signal: GesprekSignal) -> None:
        """Show when the last caseloadgesprek was signed; stands out when one is due."""
        self.gesprek_label.setText(signal.text)
        kind = StatusKind.WARNING if signal.due else StatusKind.NEUTRAL
        self.gesprek_label.setStyleSheet(f"color: {status_color(kind).name()}")
        self.gesprek_label.show()

    def _update_signal_counts(self) -> None:
        """Counts over all rows; only when rows change (the proxy's filter changes often)."""
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        self._set_signal_counts(
            sum(row.due_soon for row in rows), sum(row.pva_evaluation_due for row in rows)
        )

    def _update_count(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        word = "cliënt" if total == 1 else "cliënten"
        text = f"{total} {word}" if shown == total else f"{shown} van {total} {word}"
        self.count_label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.model.refresh_style()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Theme statuses as symbol + short text while every shown column fits; as symbol only
        (tooltip: the whole status) when the list is narrower, so reference and statuses
        stay in view without scrolling sideways (150 % scaling, a larger font, an open scan)."""
        header = self.table.horizontalHeader()
        full = sum(
            self._full_widths.get(column, header.sectionSize(column))
            if column in THEME_COLUMNS
            else header.sectionSize(column)
            for column in Column
            if not self.table.isColumnHidden(column)
        )
        self._set_compact(full > self.table.viewport().width())

    def full_width(self) -> int:
        """The width at which every shown column fits with its whole short text."""
        header = self.table.horizontalHeader()
        columns = sum(
            self._full_widths.get(column, header.sectionSize(column))
            if column in THEME_COLUMNS and self.model.compact
            else header.sectionSize(column)
            for column in Column
            if not self.table.isColumnHidden(column)
        )
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        return (
            columns
            + self.table.verticalScrollBar().sizeHint().width()
            + 2 * self.table.frameWidth()
            + margins.left()
            + margins.right()
        )

    def restore_full_widths(self) -> None:
        self._set_compact(False)

    def _set_compact(self, compact: bool) -> None:
        if compact == self.model.compact:
            return
        header = self.table.horizontalHeader()
        if compact:
            self._full_widths = {c: header.sectionSize(c) for c in THEME_COLUMNS}
            narrow = self.table.iconSize().width() + 24
            for column in THEME_COLUMNS:
                self.table.setColumnWidth(column, narrow)
        else:
            for column, width in self._full_widths.items():
                self.table.setColumnWidth(column, width)
        self.model.set_compact(compact)

    # --- API for the main window and tests ------------------------------------------------------
    def focus_table(self) -> None:
        """Keyboard focus to the list; the current (else the first) row is selected and shown."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self._select_proxy_row(0)

    @property
    def show_archived(self) -> bool:
        return self.archived_check.isChecked()

    def set_rows(self, rows: Sequence[OverviewRow], today: dt.date) -> None:
        """Replace all rows, keeping the selected client selected when it is still there.

        Emits no selection signal: the client shown next to the list stays as it was.
        """
        current = self.current_client_id()
        with self._quiet():
            self.model.set_rows(rows, today)
            self._keep_selection(current)
        self._update_signal_counts()
        self._update_count()

    def update_row(self, client_id: int, row: OverviewRow | None) -> None:
        """Refresh one client's row (None removes it) without moving the selection."""
        current = self.current_client_id()
        with self._quiet():
            self.model.update_row(client_id, row)
            self._keep_selection(current)
        self._update_signal_counts()
        self._update_count()

    def _keep_selection(self, client_id: int | None) -> None:
        if client_id is None or not self.select_client(client_id):
            self.table.selectionModel().clear()

    @contextlib.contextmanager
    def _quiet(self) -> Iterator[None]:
        self._quiet_depth += 1
        try:
            yield
        finally:
            self._quiet_depth -= 1

    def current_client_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return int(index.data(CLIENT_ID_ROLE))

    def select_client(self, client_id: int) -> bool:
        """Select the row of `client_id` if it is shown; True when it is."""
        position = self.model.position_of(client_id)
        if position is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(position, 0))
        if not proxy_index.isValid():
            return False
        self._select_proxy_row(proxy_index.row())
        return True

    def select_next_client(self) -> bool:
        return self._step(+1)

    def select_previous_client(self) -> bool:
        return self._step(-1)

    def _step(self, delta: int) -> bool:
        count = self.proxy.rowCount()
        if count == 0:
            return False
        index = self.table.currentIndex()
        target = (0 if delta > 0 else count - 1) if not index.isValid() else index.row() + delta
        if not 0 <= target < count:
            return False
        self._select_proxy_row(target)
        return True

    def _select_proxy_row(self, proxy_row: int) -> None:
        column = max(self.table.currentIndex().column(), 0)
        index = self.proxy.index(proxy_row, column)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
