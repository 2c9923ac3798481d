"""Search and filters over the caseload model, on the rows' plain data (fast for 1,000 rows)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from jbn_selfscan.domain.types import ItemStatus, Maatregel, ScanStatus
from jbn_selfscan.services.overview import OverviewRow
from jbn_selfscan.ui.caseload.model import SORT_ROLE, CaseloadModel


@dataclass(frozen=True)
class CaseloadFilter:
    """What the user filters on; an empty filter shows every row."""

    search_terms: tuple[str, ...] = ()
    maatregel: Maatregel | None = None
    theme_status: ItemStatus | None = None
    only_expired: bool = False
    only_unfinished: bool = False
    only_due_soon: bool = False
    only_pva_evaluation_due: bool = False

    def accepts(self, row: OverviewRow, haystack: str) -> bool:
        if self.maatregel is not None and row.maatregel is not self.maatregel:
            return False
        if self.only_expired and not row.any_expired:
            return False
        if self.only_due_soon and not row.due_soon:
            return False
        if self.only_pva_evaluation_due and not row.pva_evaluation_due:
            return False
        if self.only_unfinished and scan_finished(row):
            return False
        if self.theme_status is not None and not any(
            status is self.theme_status for status, _reason in row.themes.values()
        ):
            return False
        return all(term in haystack for term in self.search_terms)


def scan_finished(row: OverviewRow) -> bool:
    """A scan is finished when it is marked afgerond or every question has an answer."""
    return row.scan_status is ScanStatus.AFGEROND or row.scan_complete


class CaseloadProxy(QSortFilterProxyModel):
    """Sorts on the model's sort keys and filters with a `CaseloadFilter`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = CaseloadFilter()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)  # re-filter a row when its data changes

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the source model (fast, in Python); the proxy keeps its order."""
        model = self.sourceModel()
        if isinstance(model, CaseloadModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    @property
    def current_filter(self) -> CaseloadFilter:
        return self._filter

    def set_filter(self, new_filter: CaseloadFilter) -> None:
        if new_filter == self._filter:
            return
        self.beginFilterChange()
        self._filter = new_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search_text(self, text: str) -> None:
        self.set_filter(replace(self._filter, search_terms=tuple(text.casefold().split())))

    def set_maatregel(self, maatregel: Maatregel | None) -> None:
        self.set_filter(replace(self._filter, maatregel=maatregel))

    def set_theme_status(self, status: ItemStatus | None) -> None:
        self.set_filter(replace(self._filter, theme_status=status))

    def set_only_expired(self, only: bool) -> None:
        self.set_filter(replace(self._filter, only_expired=only))

    def set_only_unfinished(self, only: bool) -> None:
        self.set_filter(replace(self._filter, only_unfinished=only))

    def set_only_due_soon(self, only: bool) -> None:
        self.set_filter(replace(self._filter, only_due_soon=only))

    def set_only_pva_evaluation_due(self, only: bool) -> None:
        self.set_filter(replace(self._filter, only_pva_evaluation_due=only))

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CaseloadModel) or source_parent.isValid():
            return True
        return self._filter.accepts(model.row_at(source_row), model.search_text_at(source_row))
