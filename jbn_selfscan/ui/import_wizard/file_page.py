"""Page 1: choose the caseload file (and, if needed, save the template first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from jbn_selfscan.services.caseload_files import save_template
from jbn_selfscan.services.caseload_import import read_caseload_table
from jbn_selfscan.ui.import_wizard.state import ImportState, busy, message_label, show_message
from jbn_selfscan.ui.service_call import service_call

FILE_FILTER = "Caseloadbestanden (*.csv *.xlsx)"
TEMPLATE_FILTER = "Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)"
EXPLANATION = (
    "Het bestand heeft in rij 1 de kolomnamen en daaronder één cliënt per rij. Verplicht zijn "
    "de zaakreferentie, de maatregel (OTS, Voogdij of JR) en de uitspraakdatum (dd-mm-jjjj). "
    "Kolommen met een BSN, naam of geboortedatum worden nooit ingelezen."
)


class FilePage(QWizardPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self._state = state
        self.setTitle("Caseloadbestand kiezen")
        self.setSubTitle("Kies het CSV- of Excel-bestand (.csv of .xlsx) met je caseload.")

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText("Pad naar een .csv- of .xlsx-bestand")
        self.path_edit.setAccessibleName("Caseloadbestand")
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.textChanged.connect(self.on_path_edit_text_changed)
        self.browse_button = QPushButton("&Bladeren…")
        self.browse_button.clicked.connect(self.on_browse_button_clicked)
        self.template_button = QPushButton("&Sjabloon opslaan…")
        self.template_button.setToolTip("Bewaar een leeg caseloadbestand met de juiste kolommen")
        self.template_button.clicked.connect(self.on_template_button_clicked)
        self.explanation = message_label()
        self.explanation.setText(EXPLANATION)
        self.info_label = message_label()
        self.error_label = message_label(error=True)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_button)
        template_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addSpacing(12)
        layout.addWidget(self.explanation)
        layout.addLayout(template_row)
        layout.addWidget(self.info_label)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        """Read the file; on a problem stay here and say why."""
        with service_call(self._show_error, what="reading the caseload file") as call, busy():
            self._state.table = read_caseload_table(Path(self.path_edit.text().strip()))
        if call.failed:
            return False
        show_message(self.error_label, "")
        return True

    def _show_error(self, text: str) -> None:
        show_message(self.error_label, text)

    def on_path_edit_text_changed(self, _text: str) -> None:
        show_message(self.error_label, "")
        self.completeChanged.emit()

    def on_browse_button_clicked(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, "Caseloadbestand kiezen", start, FILE_FILTER
        )
        if chosen:
            self.path_edit.setText(chosen)

    def on_template_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Sjabloon opslaan", "caseload-sjabloon.xlsx", TEMPLATE_FILTER
        )
        if not chosen:
            return
        with service_call(self._show_error, what="saving the template") as call:
            saved = save_template(Path(chosen))
        if call.failed:
            return
        show_message(self.info_label, f"Sjabloon opgeslagen als {saved}.")
