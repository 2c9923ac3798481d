"""Add, change and delete afspraken and acties: dialog → one service call → `sig_changed`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from jbn_selfscan.services import gesprekken
from jbn_selfscan.services.gesprek_view import ActieRow, AfspraakRow, GesprekView
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.gesprek.agreement_dialogs import (
    ActieDialog,
    ActieValues,
    AfspraakDialog,
    AfspraakValues,
)
from jbn_selfscan.ui.service_call import service_call


class AgreementEditor(QObject):
    """Knows the gesprek on screen; every change ends in `sig_changed` (the screen reloads)."""

    sig_changed = Signal()
    sig_failed = Signal(str)  # a Dutch message for the banner

    def __init__(self, ws: Workspace, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ws = ws
        self._parent = parent_widget
        self.view: GesprekView | None = None

    def _editable(self) -> GesprekView | None:
        view = self.view
        return None if view is None or view.locked else view

    # ------------------------------------------------------------------ afspraken

    def add_afspraak(self, client_id: int | None = None) -> bool:
        view = self._editable()
        if view is None:
            return False

        def save(values: AfspraakValues) -> None:
            gesprekken.add_afspraak(self._ws, view.id, values.tekst, values.client_id)

        dialog = AfspraakDialog(view.clients, save, self._parent, client_id=client_id)
        return self._done(dialog)

    def edit_afspraak(self, row: AfspraakRow) -> bool:
        afspraak_id = row.id
        if self._editable() is None or afspraak_id is None or self.view is None:
            return False

        def save(values: AfspraakValues) -> None:
            gesprekken.update_afspraak(self._ws, afspraak_id, values.tekst, values.client_id)

        dialog = AfspraakDialog(self.view.clients, save, self._parent, current=row)
        return self._done(dialog)

    def delete_afspraak(self, row: AfspraakRow) -> bool:
        afspraak_id = row.id
        if self._editable() is None or afspraak_id is None:
            return False
        if not self._confirm("Afspraak verwijderen", f"Deze afspraak verwijderen?\n\n{row.tekst}"):
            return False
        return self._run(lambda: gesprekken.delete_afspraak(self._ws, afspraak_id))

    # ------------------------------------------------------------------ acties

    def add_actie(self, client_id: int | None = None) -> bool:
        view = self._editable()
        if view is None:
            return False

        def save(values: ActieValues) -> None:
            gesprekken.add_actie(
                self._ws,
                view.id,
                values.omschrijving,
                values.eigenaar_rol,
                values.eigenaar_naam,
                values.deadline,
                values.client_id,
            )

        dialog = ActieDialog(
            view.clients, save, self._parent, gesprek_datum=view.datum, client_id=client_id
        )
        return self._done(dialog)

    def edit_actie(self, row: ActieRow) -> bool:
        view, actie_id = self._editable(), row.id
        if view is None or actie_id is None or row.from_previous:
            return False

        def save(values: ActieValues) -> None:
            gesprekken.update_actie(
                self._ws,
                actie_id,
                values.omschrijving,
                values.eigenaar_rol,
                values.eigenaar_naam,
                values.deadline,
                values.client_id,
            )

        dialog = ActieDialog(
            view.clients, save, self._parent, gesprek_datum=view.datum, current=row
        )
        return self._done(dialog)

    def delete_actie(self, row: ActieRow) -> bool:
        actie_id = row.id
        if self._editable() is None or actie_id is None or row.from_previous:
            return False
        if not self._confirm("Actie verwijderen", f"Deze actie verwijderen?\n\n{row.omschrijving}"):
            return False
        return self._run(lambda: gesprekken.delete_actie(self._ws, actie_id))

    # ------------------------------------------------------------------ helpers

    def _done(self, dialog: QDialog) -> bool:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self.sig_changed.emit()
        return accepted

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self._parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, action: Callable[[], None]) -> bool:
        with service_call(self.sig_failed.emit, what="changing an afspraak or actie") as call:
            action()
        if call.failed and not call.refused:
            return False
        self.sig_changed.emit()  # a refusal, too, may mean the gesprek changed meanwhile
        return not call.failed
