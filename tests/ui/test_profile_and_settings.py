"""First-run profile dialog and the Instellingen dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from jbn_selfscan.domain.calendar import HolidayPolicy
from jbn_selfscan.domain.types import Role
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.profile import get_profile
from jbn_selfscan.services.workspace import open_workspace
from jbn_selfscan.settings import load_settings
from jbn_selfscan.ui.profile_dialog import ProfileDialog
from jbn_selfscan.ui.settings_dialog import SettingsDialog

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def fresh_ws(tmp_path, caseload_template_db):
    import shutil

    paths = AppPaths(tmp_path / "fresh").ensure()
    shutil.copyfile(caseload_template_db, paths.database)
    ws = open_workspace(paths)
    yield ws
    ws.close()


def test_first_run_dialog_welcomes_and_saves_the_profile(qtbot, fresh_ws) -> None:
    assert get_profile(fresh_ws) is None
    dialog = ProfileDialog(fresh_ws, first_run=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Welkom bij JBN Zelfscan"
    qtbot.keyClicks(dialog.form.naam_edit, "Sanne  de   Vries")
    dialog.form.role_buttons[Role.PRAKTIJKBEGELEIDER].setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = get_profile(fresh_ws)
    assert profile is not None
    assert (profile.naam, profile.rol) == ("Sanne de Vries", Role.PRAKTIJKBEGELEIDER)
    assert fresh_ws.user == "Sanne de Vries"


def test_an_empty_name_is_refused_next_to_the_field(qtbot, fresh_ws) -> None:
    dialog = ProfileDialog(fresh_ws, first_run=True)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.naam_field.error_text() == "Vul je naam in."
    assert get_profile(fresh_ws) is None


def test_settings_dialog_changes_profile_holidays_and_backups(qtbot, profile_ws) -> None:
    dialog = SettingsDialog(profile_ws)
    qtbot.addWidget(dialog)
    assert dialog.profile_form.naam_edit.text() == "Els de Vries"
    assert dialog.holidays_combo.currentData() == HolidayPolicy.ATW.value  # the default
    dialog.holidays_combo.setCurrentIndex(dialog.holidays_combo.findData("publiek"))
    dialog.backups_spin.setValue(30)
    assert dialog.start_phase_spin.value() == 12  # the default
    dialog.start_phase_spin.setValue(18)
    dialog.profile_form.naam_edit.setText("Els van Dijk")
    dialog.accept()
    settings = load_settings(profile_ws.paths.settings_file)
    assert (settings.feestdagen, settings.backups_bewaren) == ("publiek", 30)
    assert settings.startfase_maanden == 18
    assert profile_ws.start_phase_months == 18  # applied at once
    profile = get_profile(profile_ws)
    assert profile is not None and profile.naam == "Els van Dijk"


def test_settings_are_not_written_when_the_profile_is_invalid(qtbot, profile_ws) -> None:
    dialog = SettingsDialog(profile_ws)
    qtbot.addWidget(dialog)
    dialog.backups_spin.setValue(3)
    dialog.profile_form.naam_edit.setText("   ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not profile_ws.paths.settings_file.exists()
