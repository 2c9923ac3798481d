"""Page 3: preview with per-row errors; the "Importeren" button writes (all or nothing)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from jbn_selfscan.services.caseload_import import ImportPlan, apply_import
from jbn_selfscan.ui.import_wizard.preview_model import ERRORS_COLUMN, FIRST_ROWS, PreviewModel
from jbn_selfscan.ui.import_wizard.state import ImportState, busy, message_label, show_message
from jbn_selfscan.ui.service_call import service_call

SKIP_TEXT = "Ongeldige rijen overslaan"
ERRORS_WIDTH = 340
MAX_NOTES = 5


def bullet_list(notes: list[str]) -> str:
    """At most MAX_NOTES notes as bullets, then how many more there are."""
    lines = [f"• {note}" for note in notes[:MAX_NOTES]]
    if len(notes) > MAX_NOTES:
        lines.append(f"• … en nog {len(notes) - MAX_NOTES} opmerkingen")
    return "\n".join(lines)


class PreviewPage(QWizardPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self._state = state
        self.setTitle("Controleren en importeren")
        self.setSubTitle("Zo wordt de caseload ingelezen. Er is nog niets opgeslagen.")
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "Importeren")

        self.summary_label = message_label()
        self.notes_label = message_label()
        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.scope_label = message_label()
        self.skip_box = QCheckBox(SKIP_TEXT)
        self.skip_box.toggled.connect(self.on_skip_box_toggled)
        self.blocked_label = message_label(error=True)
        self.error_label = message_label(error=True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.blocked_label)
        layout.addWidget(self.error_label)

    def _plan(self) -> ImportPlan:
        assert self._state.plan is not None
        return self._state.plan

    def initializePage(self) -> None:
        plan = self._plan()
        self.model.set_plan(plan)
        self.view.resizeColumnsToContents()
        if plan.has_errors:
            self.view.setColumnWidth(ERRORS_COLUMN, ERRORS_WIDTH)
        else:
            self.view.hideColumn(ERRORS_COLUMN)
        self.view.resizeRowsToContents()
        show_message(self.summary_label, plan.summary() + ".")
        show_message(self.notes_label, bullet_list(plan.notes()))
        show_message(
            self.scope_label,
            f"De tabel toont de eerste {FIRST_ROWS} rijen en alle rijen met fouten."
            if len(plan.rows) > FIRST_ROWS
            else "",
        )
        self.skip_box.setChecked(False)
        self.skip_box.setVisible(plan.has_errors)
        show_message(self.error_label, "")
        self._update_blocked()

    def isComplete(self) -> bool:
        plan = self._plan()
        return bool(plan.valid) and (not plan.has_errors or self.skip_box.isChecked())

    def validatePage(self) -> bool:
        """Write the valid clients in one transaction; on a refusal nothing was written."""
        with service_call(self._show_error, what="importing the caseload") as call, busy():
            self._state.result = apply_import(
                self._state.ws, self._plan(), skip_invalid=self.skip_box.isChecked()
            )
        return not call.failed

    def _show_error(self, text: str) -> None:
        show_message(self.error_label, text)

    def on_skip_box_toggled(self, _checked: bool) -> None:
        self._update_blocked()
        self.completeChanged.emit()

    def _update_blocked(self) -> None:
        plan = self._plan()
        if not plan.valid:
            text = "Geen enkele rij is geldig. Verbeter het bestand en kies het opnieuw."
        elif plan.has_errors and not self.skip_box.isChecked():
            rows = (
                "1 rij bevat" if plan.invalid_count == 1 else f"{plan.invalid_count} rijen bevatten"
            )
            text = (
                f"{rows} fouten, daarom kan er nog niet geïmporteerd worden. Verbeter het bestand "
                f"en kies het opnieuw (Vorige), of vink '{SKIP_TEXT}' aan om alleen de "
                f"{len(plan.valid)} geldige rijen te importeren."
            )
        else:
            text = ""
        show_message(self.blocked_label, text)
