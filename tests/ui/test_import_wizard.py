"""The caseload import wizard, driven page by page as a user would."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QWizard

from jbn_selfscan.services.clients import list_clients
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.import_wizard import ImportWizard, run_import_wizard
from jbn_selfscan.ui.import_wizard.mapping_model import MappingColumn
from jbn_selfscan.ui.import_wizard.preview_model import ERRORS_COLUMN
from jbn_selfscan.ui.import_wizard.wizard import PageId

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # The offscreen platform cannot resize native windows; harmless and unrelated to the wizard.
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

TODAY = dt.date(2026, 6, 1)
CSV = (
    "Zaakreferentie;Initialen;Maatregel;Uitspraakdatum;BSN;Opmerking\r\n"
    "OTS-2025-014;A.B.;OTS;03-03-2025;123456782;Team Stad 1\r\n"
    "VG-2024-101;C.;voogdij;1-9-2024;;Team Assen\r\n"
    "JR-2025-007;D.E.;JR;31-02-2025;;Team Stad 2\r\n"
)


@pytest.fixture
def wizard(qtbot, ws: Workspace) -> ImportWizard:  # type: ignore[no-untyped-def]
    widget = ImportWizard(ws, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(widget.sizeHint())
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where page screenshots go (set JBN_SCREENSHOT_DIR to keep them)."""
    target = Path(os.environ.get("JBN_SCREENSHOT_DIR", tmp_path / "shots"))
    target.mkdir(parents=True, exist_ok=True)
    return target


def write(tmp_path: Path, text: str, name: str = "caseload.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8-sig"))
    return path


def screenshot(wizard: ImportWizard, target: Path, name: str) -> None:
    path = target / f"import-wizard-{name}.png"
    assert wizard.grab().save(str(path))
    assert path.stat().st_size > 5000


def test_import_with_a_bad_row_needs_skip_and_then_imports_the_rest(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, wizard: ImportWizard, ws: Workspace, tmp_path: Path, shots: Path
) -> None:
    wizard.file_page.path_edit.setText(str(write(tmp_path, CSV)))
    screenshot(wizard, shots, "1-bestand")
    wizard.next()

    assert wizard.currentId() == PageId.MAPPING
    mapping = wizard.mapping_page.model
    qtmodeltester.check(mapping)
    assert mapping.mapping() == (
        "referentie",
        "initialen",
        "maatregel",
        "uitspraakdatum",
        None,
        None,
    )
    bsn_row = mapping.index(4, MappingColumn.SAMPLE)
    assert bsn_row.data() == "(niet getoond)"  # privacy: the BSN is not even shown
    assert not mapping.flags(mapping.index(4, MappingColumn.FIELD)) & Qt.ItemFlag.ItemIsEditable
    assert "'BSN'" in wizard.mapping_page.privacy_label.text()
    _choose(wizard, row=5, field="team")  # the user says "Opmerking" holds the team
    screenshot(wizard, shots, "2-kolommen")
    wizard.next()

    assert wizard.currentId() == PageId.PREVIEW
    page = wizard.preview_page
    qtmodeltester.check(page.model)
    assert page.summary_label.text() == (
        "3 rijen gelezen: 2 geldig (2 nieuw, 0 bijgewerkt), 1 met fouten."
    )
    assert page.model.headerData(ERRORS_COLUMN, Qt.Orientation.Horizontal) == "Fouten"
    assert [page.model.index(r, 1).data() for r in range(3)] == ["nieuw", "nieuw", "fout"]
    assert page.model.index(2, ERRORS_COLUMN).data() == (
        "kolom 'Uitspraakdatum': '31-02-2025' bestaat niet als datum"
    )
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Importeren"
    assert not commit.isEnabled()
    assert "Ongeldige rijen overslaan" in page.blocked_label.text()
    screenshot(wizard, shots, "3-controle")
    assert list_clients(ws) == []  # nothing written before "Importeren"

    page.skip_box.setChecked(True)
    assert commit.isEnabled()
    wizard.next()

    assert wizard.currentId() == PageId.RESULT
    assert wizard.result_page.summary_label.text() == (
        "2 cliënten geïmporteerd: 2 nieuw, 0 bijgewerkt, 1 overgeslagen."
    )
    assert "rij 4, kolom 'Uitspraakdatum'" in wizard.result_page.skipped_text.toPlainText()
    screenshot(wizard, shots, "4-resultaat")
    teams = {r.data.referentie: r.data.team for r in list_clients(ws)}
    assert teams == {"OTS-2025-014": "Team Stad 1", "VG-2024-101": "Team Assen"}
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.import_result is not None and wizard.import_result.added == 2


def _choose(wizard: ImportWizard, *, row: int, field: str | None) -> None:
    """Pick a field in the combo box of one mapping row, as a user would."""
    view = wizard.mapping_page.view
    combo = view.indexWidget(wizard.mapping_page.model.index(row, MappingColumn.FIELD))
    assert isinstance(combo, QComboBox)
    position = combo.findData(field or "")
    combo.setCurrentIndex(position)
    combo.activated.emit(position)


def test_choosing_a_field_twice_moves_it_and_a_missing_required_field_blocks(
    wizard: ImportWizard, tmp_path: Path
) -> None:
    wizard.file_page.path_edit.setText(str(write(tmp_path, CSV)))
    wizard.next()
    model = wizard.mapping_page.model
    _choose(wizard, row=5, field="referentie")
    assert model.mapping()[0] is None and model.mapping()[5] == "referentie"
    first_combo = wizard.mapping_page.view.indexWidget(model.index(0, MappingColumn.FIELD))
    assert isinstance(first_combo, QComboBox)
    assert first_combo.currentText() == "niet importeren"
    _choose(wizard, row=3, field=None)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.mapping_page.missing_label.text() == (
        "Koppel nog een kolom aan: uitspraakdatum (verplicht)."
    )


def test_an_unreadable_file_keeps_the_user_on_the_first_page(
    wizard: ImportWizard, tmp_path: Path
) -> None:
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    pdf = tmp_path / "caseload.xlsx"
    pdf.write_bytes(b"%PDF-1.4\n")
    wizard.file_page.path_edit.setText(str(pdf))
    wizard.next()
    assert wizard.currentId() == PageId.FILE
    assert wizard.file_page.error_label.isVisible()
    assert "geen geldig Excel-bestand" in wizard.file_page.error_label.text()


def test_a_clean_file_imports_without_the_skip_box(
    wizard: ImportWizard, ws: Workspace, tmp_path: Path
) -> None:
    clean = "\r\n".join(CSV.split("\r\n")[:3]) + "\r\n"
    wizard.file_page.path_edit.setText(str(write(tmp_path, clean)))
    wizard.next()
    wizard.next()
    assert not wizard.preview_page.skip_box.isVisible()
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.next()
    assert [r.data.referentie for r in list_clients(ws)] == ["OTS-2025-014", "VG-2024-101"]


def test_cancelling_the_wizard_imports_nothing_and_returns_none(  # type: ignore[no-untyped-def]
    qtbot, ws: Workspace
) -> None:
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImportWizard)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert run_import_wizard(None, ws) is None
    assert list_clients(ws) == []
