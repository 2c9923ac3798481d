"""Page 4: what the import did, and which rows were skipped (copyable, to fix the file)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWizardPage

from jbn_selfscan.ui.fonts import scale_font
from jbn_selfscan.ui.import_wizard.preview_page import bullet_list
from jbn_selfscan.ui.import_wizard.state import ImportState, message_label, show_message


class ResultPage(QWizardPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self._state = state
        self.setTitle("Import voltooid")
        self.setSubTitle("De caseload is bijgewerkt.")
        self.setFinalPage(True)
        self.summary_label = message_label()
        scale_font(self.summary_label, bold=True)
        self.skipped_title = QLabel(
            "Overgeslagen rijen (verbeter ze in het bestand en importeer opnieuw):"
        )
        self.skipped_text = QPlainTextEdit()
        self.skipped_text.setReadOnly(True)
        self.skipped_text.setAccessibleName("Overgeslagen rijen")
        self.notes_label = message_label()

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.skipped_title)
        layout.addWidget(self.skipped_text, 1)
        layout.addStretch(0)

    def initializePage(self) -> None:
        result, plan = self._state.result, self._state.plan
        assert result is not None and plan is not None
        show_message(self.summary_label, result.summary() + ".")
        show_message(self.notes_label, bullet_list(plan.notes()))
        skipped = [str(error) for error in plan.errors] if result.skipped else []
        self.skipped_text.setPlainText("\n".join(skipped))
        self.skipped_title.setVisible(bool(skipped))
        self.skipped_text.setVisible(bool(skipped))
