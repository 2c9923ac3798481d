"""The main window: caseload left, zelfscan right, menus, navigation, remembered layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jbn_selfscan.domain.caseload import ClientData
from jbn_selfscan.services.clients import get_client, list_clients, update_client
from jbn_selfscan.ui.caseload import client_dialog as client_dialog_module
from jbn_selfscan.ui.caseload.model import Column
from jbn_selfscan.ui.main_window import PLACEHOLDER_TEXT, MainWindow

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def open_window(qtbot, ws, today) -> MainWindow:
    window = MainWindow(ws, today=today)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def shown_scan_client(window: MainWindow) -> int | None:
    if window.stack.currentWidget() is window.general_page:
        return None
    snapshot = window.scan_widget.snapshot
    return None if snapshot is None else snapshot.client_id


def test_empty_caseload_shows_the_placeholder(qtbot, profile_ws, caseload_today) -> None:
    window = open_window(qtbot, profile_ws, caseload_today)
    assert window.caseload.model.rowCount() == 0
    assert window.count_label.text() == "0 cliënten in de caseload"
    assert window.stack.currentWidget() is window.general_page
    assert window.placeholder.text() == PLACEHOLDER_TEXT
    assert not window.edit_action.isEnabled() and not window.archive_action.isEnabled()
    assert window.select_next_client() is False


def test_filled_caseload_lists_every_client(qtbot, filled_ws, caseload_today) -> None:
    window = open_window(qtbot, filled_ws, caseload_today)
    assert window.caseload.model.rowCount() == 15
    assert window.count_label.text() == "15 cliënten in de caseload"
    assert window.focusWidget() is window.caseload.search_edit  # start typing to search
    assert window.stack.currentWidget() is window.general_page  # nothing opened yet


def test_next_and_previous_client_open_their_zelfscan(qtbot, filled_ws, caseload_today) -> None:
    window = open_window(qtbot, filled_ws, caseload_today)
    proxy = window.caseload.proxy
    first, second = (proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in (0, 1))
    assert window.select_next_client()
    assert window.caseload.current_client_id() == first
    assert shown_scan_client(window) == first
    assert window.select_next_client()
    assert shown_scan_client(window) == second
    assert window.select_previous_client()
    assert shown_scan_client(window) == first
    assert window.edit_action.isEnabled()


def test_menus_have_mnemonics_and_navigation_shortcuts(qtbot, profile_ws, caseload_today) -> None:
    window = open_window(qtbot, profile_ws, caseload_today)
    titles = [action.text() for action in window.menuBar().actions()]
    ours = [title for title in titles if title in ("&Bestand", "&Cliënt", "Ga &naar", "&Help")]
    assert ours == ["&Bestand", "&Cliënt", "Ga &naar", "&Help"]  # other features may add menus
    assert all("&" in title for title in titles)
    shortcuts = {
        action.text(): action.shortcut().toString()
        for menu_action in window.menuBar().actions()
        for action in menu_action.menu().actions()
        if not action.isSeparator()
    }
    assert shortcuts["&Volgende cliënt"] == "Ctrl+PgDown"
    assert shortcuts["V&orige cliënt"] == "Ctrl+PgUp"
    mine = (
        "&Caseload importeren…",
        "&Instellingen…",
        "&Afsluiten",
        "&Nieuwe cliënt…",
        "&Bewerken…",
        "&Archiveren",
        "&Over JBN Zelfscan",
    )
    assert set(mine) <= set(shortcuts)


def test_autosave_refreshes_the_row_and_keeps_the_selection(
    qtbot, filled_ws, caseload_today
) -> None:
    window = open_window(qtbot, filled_ws, caseload_today)
    window.caseload.select_client(1)
    position = window.caseload.model.position_of(1)
    before = window.caseload.model.index(position, Column.TERMIJN).data()
    data = get_client(filled_ws, 1).data
    done = ClientData(**{**data.__dict__, "eerste_f2f": data.uitspraakdatum})
    update_client(filled_ws, 1, done, caseload_today)
    with qtbot.assertNotEmitted(window.caseload.sig_client_selected):
        window.scan_widget.sig_client_changed.emit(1)
    after = window.caseload.model.index(position, Column.TERMIJN).data()
    assert after != before
    assert window.caseload.current_client_id() == 1
    assert shown_scan_client(window) == 1


def test_new_client_through_the_dialog_is_listed_and_selected(
    qtbot, profile_ws, caseload_today, monkeypatch
) -> None:
    def fill_and_save(dialog) -> int:
        dialog.referentie_edit.setText("JR-NIEUW")
        dialog.maatregel_combo.setCurrentIndex(dialog.maatregel_combo.findData("JR"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(client_dialog_module.ClientDialog, "exec", fill_and_save)
    window = open_window(qtbot, profile_ws, caseload_today)
    window.on_new_client_triggered()
    assert [c.data.referentie for c in list_clients(profile_ws)] == ["JR-NIEUW"]
    assert window.caseload.model.rowCount() == 1
    assert window.count_label.text() == "1 cliënt in de caseload"
    assert window.caseload.current_client_id() == list_clients(profile_ws)[0].id


def test_archive_hides_the_client_and_it_can_be_brought_back(
    qtbot, filled_ws, caseload_today, monkeypatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    window = open_window(qtbot, filled_ws, caseload_today)
    window.caseload.select_client(3)
    window.archive_action.trigger()
    assert window.caseload.model.position_of(3) is None
    assert window.count_label.text() == "14 cliënten in de caseload"
    assert window.stack.currentWidget() is window.general_page
    assert get_client(filled_ws, 3).gearchiveerd

    window.caseload.archived_check.setChecked(True)
    assert window.caseload.select_client(3)
    assert window.archive_action.text() == "Terugzetten uit &archief"
    window.archive_action.trigger()
    assert not get_client(filled_ws, 3).gearchiveerd
    assert window.count_label.text() == "15 cliënten in de caseload"


def test_archiving_asks_first_and_no_means_no(
    qtbot, filled_ws, caseload_today, monkeypatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No
    )
    window = open_window(qtbot, filled_ws, caseload_today)
    window.caseload.select_client(2)
    window.archive_action.trigger()
    assert not get_client(filled_ws, 2).gearchiveerd


def test_window_size_splitter_and_columns_are_remembered(qtbot, profile_ws, caseload_today) -> None:
    window = open_window(qtbot, profile_ws, caseload_today)
    window.resize(760, 540)
    window.splitter.setSizes([500, 260])
    window.caseload.table.setColumnWidth(Column.TERMIJN, 77)
    sizes = window.splitter.sizes()
    window.close()
    assert (profile_ws.paths.data_dir / "venster.ini").exists()

    again = open_window(qtbot, profile_ws, caseload_today)
    assert (again.width(), again.height()) == (760, 540)
    assert again.splitter.sizes() == sizes
    assert again.caseload.table.columnWidth(Column.TERMIJN) == 77


def test_status_bar_shows_no_file_path(qtbot, profile_ws, caseload_today) -> None:
    window = open_window(qtbot, profile_ws, caseload_today)
    texts = [label.text() for label in window.statusBar().findChildren(type(window.count_label))]
    assert texts and not any(str(profile_ws.paths.data_dir) in text for text in texts)
    assert "Gegevensmap" not in " ".join(texts)
