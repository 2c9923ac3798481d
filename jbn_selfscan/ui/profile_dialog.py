"""The user's profile (name and role): asked at first start, changeable in Instellingen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.types import Role
from jbn_selfscan.services.profile import ProfileData, ProfileError, get_profile, save_profile
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.caseload.fields import FieldWithError

WELCOME_TEXT = (
    "<h3>Welkom bij JBN Zelfscan</h3>"
    "<p>Hiermee loop je vóór elk caseloadgesprek per cliënt je dossier na op navolgbaarheid, "
    "zicht op veiligheid, contactfrequentie en PvA-status. Alles wat je invult blijft op deze "
    "computer en wordt direct bewaard.</p>"
    "<p>Vul eerst je naam en je rol in. Je naam komt bij je antwoorden en in het verslag van "
    "het caseloadgesprek.</p>"
)
ROLE_LABELS = {
    Role.JEUGDBESCHERMER: "Vaste &jeugdzorgwerker",
    Role.PRAKTIJKBEGELEIDER: "&Praktijkbegeleider",
}


class ProfileForm(QWidget):
    """Name and role fields; `save(ws)` stores them through the profile service."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.naam_edit = QLineEdit(self)
        self.naam_edit.setMaxLength(200)
        self.naam_edit.setAccessibleName("Je naam")
        self.naam_field = FieldWithError(self.naam_edit, self)
        self.role_group = QButtonGroup(self)
        self.role_buttons: dict[Role, QRadioButton] = {}
        roles = QVBoxLayout()
        roles.setContentsMargins(0, 0, 0, 0)
        for role, label in ROLE_LABELS.items():
            button = QRadioButton(label, self)
            button.setAccessibleName(label.replace("&", ""))
            self.role_group.addButton(button)
            self.role_buttons[role] = button
            roles.addWidget(button)
        self.role_buttons[Role.JEUGDBESCHERMER].setChecked(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.naam_field.add_to_form(form, QLabel("&Naam:", self))
        form.addRow(QLabel("Rol:", self), roles)
        self.naam_edit.textEdited.connect(self.naam_field.clear_error)
        QWidget.setTabOrder(self.naam_edit, self.role_buttons[Role.JEUGDBESCHERMER])
        self.setFocusProxy(self.naam_edit)

    def set_profile(self, profile: ProfileData | None) -> None:
        if profile is not None:
            self.naam_edit.setText(profile.naam)
            self.role_buttons[profile.rol].setChecked(True)

    def role(self) -> Role:
        return next(role for role, button in self.role_buttons.items() if button.isChecked())

    def save(self, ws: Workspace) -> bool:
        """Store the profile; on a problem show it next to the name and return False."""
        try:
            save_profile(ws, self.naam_edit.text(), self.role())
        except ProfileError as exc:
            self.naam_field.show_error(str(exc))
            self.naam_edit.setFocus()
            return False
        return True


class ProfileDialog(QDialog):
    """First-run dialog (with a welcome text) or the plain profile editor."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *, first_run: bool = False):
        super().__init__(parent)
        self._ws = ws
        self.setWindowTitle("Welkom bij JBN Zelfscan" if first_run else "Profiel")
        self.form = ProfileForm(self)
        self.form.set_profile(get_profile(ws))
        layout = QVBoxLayout(self)
        if first_run:
            welcome = QLabel(WELCOME_TEXT, self)
            welcome.setWordWrap(True)
            welcome.setAccessibleName("Welkom")
            layout.addWidget(welcome)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setText("&Beginnen" if first_run else "&Opslaan")
        ok_button.setAccessibleName(ok_button.text().replace("&", ""))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Annuleren")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(buttons)
        layout.addLayout(row)
        self.form.setFocus()
        self.setMinimumWidth(460)

    def accept(self) -> None:
        if self.form.save(self._ws):
            super().accept()
