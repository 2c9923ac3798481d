"""The caseload import wizard: file → column mapping → preview → result.

The pages only read widgets and call the import services (`read_caseload_table`,
`plan_table`, `apply_import`); the file format and the rules live in `services/`.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWizard

from jbn_selfscan.services.caseload_import import ImportResult
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.import_wizard.file_page import FilePage
from jbn_selfscan.ui.import_wizard.mapping_page import MappingPage
from jbn_selfscan.ui.import_wizard.preview_page import PreviewPage
from jbn_selfscan.ui.import_wizard.result_page import ResultPage
from jbn_selfscan.ui.import_wizard.state import ImportState

BUTTON_TEXTS = {
    QWizard.WizardButton.BackButton: "< Vorige",
    QWizard.WizardButton.NextButton: "Volgende >",
    QWizard.WizardButton.CommitButton: "Importeren",
    QWizard.WizardButton.FinishButton: "Sluiten",
    QWizard.WizardButton.CancelButton: "Annuleren",
}


class PageId(IntEnum):
    FILE = 0
    MAPPING = 1
    PREVIEW = 2
    RESULT = 3


class ImportWizard(QWizard):
    """Import a caseload file; `import_result` is set once the import has been written."""

    def __init__(self, ws: Workspace, parent: Any = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.state = ImportState(ws=ws, today=today or dt.date.today())
        self.setWindowTitle("Caseload importeren")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in BUTTON_TEXTS.items():
            self.setButtonText(button, text)
        self.file_page = FilePage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.preview_page = PreviewPage(self.state)
        self.result_page = ResultPage(self.state)
        self.setPage(PageId.FILE, self.file_page)
        self.setPage(PageId.MAPPING, self.mapping_page)
        self.setPage(PageId.PREVIEW, self.preview_page)
        self.setPage(PageId.RESULT, self.result_page)
        self.setStartId(PageId.FILE)

    def sizeHint(self) -> QSize:
        return QSize(860, 620)

    @property
    def import_result(self) -> ImportResult | None:
        return self.state.result


def run_import_wizard(parent: Any, ws: Workspace) -> ImportResult | None:
    """Show the wizard modally; the result when clients were imported, else None."""
    wizard = ImportWizard(ws, parent)
    wizard.exec()
    return wizard.import_result
