"""Instellingen: profile, which holidays do not count as working days, the start-phase cut-off,
backups to keep."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.calendar import HolidayPolicy
from jbn_selfscan.services.profile import get_profile
from jbn_selfscan.services.settings import current_settings, save_user_settings
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.settings import (
    MAX_BACKUPS,
    MAX_START_PHASE_MONTHS,
    MIN_BACKUPS,
    MIN_START_PHASE_MONTHS,
    Settings,
)
from jbn_selfscan.ui.profile_dialog import ProfileForm

HOLIDAY_EXPLANATION = (
    "Termijnen in werkdagen (zoals de 1e F2F binnen 5 werkdagen) slaan zaterdag, zondag en "
    "deze feestdagen over. Standaard is de Algemene termijnenwet: Nieuwjaarsdag, Goede Vrijdag, "
    "2e Paasdag, Koningsdag, 5 mei (elk jaar), Hemelvaartsdag, 2e Pinksterdag en beide "
    "Kerstdagen. Kies alleen iets anders als jullie organisatie dat zo heeft afgesproken. "
    "Bij elke termijn laat de app zien welke dagen zijn overgeslagen."
)

START_PHASE_EXPLANATION = (
    "Bij een maatregel waarvan de uitspraak langer geleden is dan dit aantal maanden, is de "
    "startfase voorbij: ontbreekt de datum van de 1e F2F, het 1e PvA, de 1e risicotaxatie of "
    "de start van de hulp, dan toont de app 'onbekend (startfase voorbij)' in plaats van "
    "'verlopen'. De termijnen van nu (risicotaxatie actueel, PvA-evaluatie, contact bij "
    "voogdij) tellen altijd."
)


class SettingsDialog(QDialog):
    """Edits the profile (via the service) and the settings file of the data directory."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._settings = current_settings(ws)
        self.setWindowTitle("Instellingen")

        profile_box = QGroupBox("Profiel", self)
        self.profile_form = ProfileForm(profile_box)
        self.profile_form.set_profile(get_profile(ws))
        QVBoxLayout(profile_box).addWidget(self.profile_form)

        holidays_box = QGroupBox("Feestdagen", self)
        self.holidays_combo = QComboBox(holidays_box)
        for policy in HolidayPolicy:
            self.holidays_combo.addItem(policy.label, policy.value)
        found = self.holidays_combo.findData(self._settings.feestdagen)
        self.holidays_combo.setCurrentIndex(max(found, 0))
        self.holidays_combo.setAccessibleName("Welke feestdagen tellen niet als werkdag")
        explanation = QLabel(HOLIDAY_EXPLANATION, holidays_box)
        explanation.setWordWrap(True)
        self.holidays_combo.setAccessibleDescription(HOLIDAY_EXPLANATION)
        holidays_label = QLabel("&Feestdagen:", holidays_box)
        holidays_label.setBuddy(self.holidays_combo)
        holidays_form = QFormLayout(holidays_box)
        holidays_form.addRow(holidays_label, self.holidays_combo)
        holidays_form.addRow(explanation)

        start_box = QGroupBox("Startfase", self)
        self.start_phase_spin = QSpinBox(start_box)
        self.start_phase_spin.setRange(MIN_START_PHASE_MONTHS, MAX_START_PHASE_MONTHS)
        self.start_phase_spin.setSuffix(" maanden")
        self.start_phase_spin.setValue(self._settings.startfase_maanden)
        self.start_phase_spin.setAccessibleName("Startfase voorbij na dit aantal maanden")
        self.start_phase_spin.setAccessibleDescription(START_PHASE_EXPLANATION)
        start_label = QLabel("Startfase &voorbij na:", start_box)
        start_label.setBuddy(self.start_phase_spin)
        start_note = QLabel(START_PHASE_EXPLANATION, start_box)
        start_note.setWordWrap(True)
        start_form = QFormLayout(start_box)
        start_form.addRow(start_label, self.start_phase_spin)
        start_form.addRow(start_note)

        backups_box = QGroupBox("Reservekopieën", self)
        self.backups_spin = QSpinBox(backups_box)
        self.backups_spin.setRange(MIN_BACKUPS, MAX_BACKUPS)
        self.backups_spin.setValue(self._settings.backups_bewaren)
        self.backups_spin.setAccessibleName("Aantal reservekopieën dat bewaard blijft")
        backups_label = QLabel("&Aantal bewaren:", backups_box)
        backups_label.setBuddy(self.backups_spin)
        backups_form = QFormLayout(backups_box)
        backups_form.addRow(backups_label, self.backups_spin)
        backups_note = QLabel(
            "De app maakt een reservekopie vóór elke bijwerking van de database; de oudste "
            "vervallen als er meer zijn dan dit aantal.",
            backups_box,
        )
        backups_note.setWordWrap(True)
        backups_form.addRow(backups_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setText("&Opslaan")
        ok_button.setAccessibleName("Opslaan")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Annuleren")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (profile_box, holidays_box, start_box, backups_box, buttons):
            layout.addWidget(widget)
        last_role_button = list(self.profile_form.role_buttons.values())[-1]
        QWidget.setTabOrder(last_role_button, self.holidays_combo)
        QWidget.setTabOrder(self.holidays_combo, self.start_phase_spin)
        QWidget.setTabOrder(self.start_phase_spin, self.backups_spin)
        self.setMinimumWidth(520)

    def new_settings(self) -> Settings:
        return self._settings.replace(
            feestdagen=self.holidays_combo.currentData(),
            backups_bewaren=self.backups_spin.value(),
            startfase_maanden=self.start_phase_spin.value(),
        )

    def accept(self) -> None:
        if not self.profile_form.save(self._ws):
            return
        try:
            save_user_settings(self._ws, self.new_settings())
        except OSError as exc:
            QMessageBox.warning(
                self,
                "Instellingen niet bewaard",
                f"De instellingen konden niet worden bewaard: {exc.strerror or exc}.",
            )
            return
        super().accept()
