"""The jeugdbeschermer's main window: caseload overview left, the client's zelfscan right.

With no client chosen the right side shows the "Algemeen" page (last time's general acties).
This module lays out and wires; the features live in their packages (`ui/caseload`,
`ui/scan`, `ui/import_wizard`, `ui/general_page`). The caseloadgesprek plugs in as a
`WindowFeature` (`ui/feature.py`) through the named menus, actions and pages below.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from jbn_selfscan.services.clients import set_archived
from jbn_selfscan.services.overview import gesprek_signal, list_overview, overview_row
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.caseload.view import CaseloadView
from jbn_selfscan.ui.feature import WindowFeature
from jbn_selfscan.ui.general_page import GeneralPage
from jbn_selfscan.ui.window_state import (
    fit_to_screen,
    restore_window_state,
    save_window_state,
    window_settings,
)

if TYPE_CHECKING:
    from jbn_selfscan.ui.cijfers import CijfersWindow
    from jbn_selfscan.ui.scan.widget import ScanWidget

MenuName = Literal["bestand", "cliënt", "ga naar", "help"]
ActionName = Literal["afsluiten", "volgende cliënt", "vorige cliënt"]

PLACEHOLDER_TEXT = "Kies links een cliënt om de zelfscan te openen."
DEFAULT_SIZE = (1400, 860)
SCAN_SHARE = 0.5  # the zelfscan's part of the splitter (683 px at 1366: the list fits too)
GENERAL_PAGE_KEYS = "Ctrl+0"
CIJFERS_KEYS = "Ctrl+Shift+I"
RECONFIRM_KEYS = "Ctrl+Shift+O"


class MainWindow(QMainWindow):
    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self._fixed_today = today
        self._shown_client_id: int | None = None
        self.scan_widget: ScanWidget | None = None
        self.cijfers_window: CijfersWindow | None = None  # made on first use
        self.menus: dict[MenuName, QMenu] = {}
        self.named_actions: dict[ActionName, QAction] = {}
        self.features: list[WindowFeature] = []
        self.setWindowTitle("Caseload")

        self.caseload = CaseloadView(self)
        self.stack = QStackedWidget(self)
        self.general_page = GeneralPage(ws, PLACEHOLDER_TEXT, self.stack, today=today)
        self.placeholder = self.general_page.hint  # the hint above the general acties
        self.stack.addWidget(self.general_page)
        self._page_before: QWidget | None = self.general_page
        self.stack.currentChanged.connect(self.on_stack_current_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("hoofdsplitser")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.caseload)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel(self)
        self.statusBar().addWidget(self.count_label, 1)
        # The data directory is in Help → Over, not on screen all day (it names the user).
        self._build_menus()
        empty = self.general_page.empty_box
        empty.import_button.clicked.connect(self.on_import_triggered)
        empty.add_button.clicked.connect(self.on_new_client_triggered)
        empty.demo_button.clicked.connect(self.on_demo_requested)

        self.caseload.sig_client_selected.connect(self.on_caseload_client_selected)
        self.caseload.sig_client_activated.connect(self.on_caseload_client_activated)
        self.caseload.sig_show_archived_changed.connect(self.reload)
        from jbn_selfscan.ui.gesprek import install_gesprek_actions  # menus + gesprek page

        self.gesprek = install_gesprek_actions(self, ws, today=today)
        self.features.append(self.gesprek)

        self._window_settings = window_settings(ws.paths)
        if restore_window_state(
            self._window_settings, self, self.splitter, self.caseload.table.horizontalHeader()
        ):
            fit_to_screen(self, self.splitter)
        else:
            self.resize(*DEFAULT_SIZE)
            fit_to_screen(self)
            scan_width = round(self.width() * SCAN_SHARE)
            self.splitter.setSizes([self.width() - scan_width, scan_width])
        self.reload()  # also reads the general acties
        self.caseload.search_edit.setFocus()

    # --- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bestand = self.menus["bestand"] = self.menuBar().addMenu("&Bestand")
        self._action(bestand, "&Caseload importeren…", self.on_import_triggered)
        self._action(bestand, "&Instellingen…", self.on_settings_triggered)
        bestand.addSeparator()
        # Ctrl+Q explicitly: the Quit standard key is empty on Windows and without a desktop.
        self.quit_action = self._action(bestand, "&Afsluiten", self.close, "Ctrl+Q")
        self.named_actions["afsluiten"] = self.quit_action
        client = self.menus["cliënt"] = self.menuBar().addMenu("&Cliënt")
        self._action(client, "&Nieuwe cliënt…", self.on_new_client_triggered, "Ctrl+N")
        self.edit_action = self._action(client, "&Bewerken…", self.on_edit_triggered, "Ctrl+E")
        self.archive_action = self._action(client, "&Archiveren", self.on_archive_triggered)
        client.addSeparator()
        self.reconfirm_action = self._action(
            client,
            "Cliënt &ongewijzigd sinds vorige zelfscan",
            self.on_reconfirm_triggered,
            RECONFIRM_KEYS,
        )
        self.reconfirm_action.setToolTip(
            "Neem alle antwoorden van de vorige zelfscan over die nog kloppen; je ziet daarna "
            "alleen wat je nog moet invullen."
        )
        goto = self.menus["ga naar"] = self.menuBar().addMenu("Ga &naar")
        self.named_actions["volgende cliënt"] = self._action(
            goto, "&Volgende cliënt", self.select_next_client, "Ctrl+PgDown"
        )
        self.named_actions["vorige cliënt"] = self._action(
            goto, "V&orige cliënt", self.select_previous_client, "Ctrl+PgUp"
        )
        self._action(goto, "&Zoeken", self.caseload.search_edit.setFocus, "Ctrl+F")
        self._action(goto, "&Caseload", self.focus_caseload, "Ctrl+L")
        self.general_action = self._action(
            goto, "&Algemene acties", self.show_general_page, GENERAL_PAGE_KEYS
        )
        self._action(goto, "Caseload in c&ijfers…", self.show_cijfers, CIJFERS_KEYS)
        help_menu = self.menus["help"] = self.menuBar().addMenu("&Help")
        self._action(help_menu, "&Over JBN Zelfscan", self.on_about_triggered)
        self._update_client_actions()

    # --- the ways in for a feature (ui/feature.py) -----------------------------------------------
    def add_menu(self, menu: QMenu, *, before: MenuName = "help") -> None:
        """A feature's own menu, in the menu bar before `before`."""
        self.menuBar().insertMenu(self.menus[before].menuAction(), menu)

    def add_file_actions(self, actions: Sequence[QAction]) -> None:
        """A group of actions in Bestand, just above the group with Afsluiten."""
        bestand, quit_action = self.menus["bestand"], self.named_actions["afsluiten"]
        present = bestand.actions()
        index = present.index(quit_action)
        before = (
            present[index - 1] if index > 0 and present[index - 1].isSeparator() else quit_action
        )
        separator = QAction(self)
        separator.setSeparator(True)
        bestand.insertActions(before, [separator, *actions])

    def add_page(self, page: QWidget) -> None:
        """A feature's page on the right-hand side (shown with `stack.setCurrentWidget`)."""
        self.stack.addWidget(page)

    def show_cijfers(self) -> None:
        """The "Caseload in cijfers" window (one per main window, made on first use)."""
        from jbn_selfscan.ui.cijfers import CijfersWindow

        window = self.cijfers_window
        if window is None:
            window = self.cijfers_window = CijfersWindow(self.ws, self, today=self._fixed_today)
        else:
            window.reload()
        window.show()
        window.raise_()
        window.activateWindow()

    def _action(
        self, menu: QMenu, text: str, slot: Callable[[], Any], shortcut: Any = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _update_client_actions(self) -> None:
        row = self._current_row()
        self.edit_action.setEnabled(row is not None)
        self.reconfirm_action.setEnabled(row is not None)
        self.archive_action.setEnabled(row is not None)
        archived = row is not None and row.gearchiveerd
        self.archive_action.setText("Terugzetten uit &archief" if archived else "&Archiveren")

    def _today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    # --- caseload ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Reload every row from the service, keeping the selection."""
        rows = list_overview(self.ws, self._today(), include_archived=self.caseload.show_archived)
        self.caseload.set_rows(rows, self._today())
        self.caseload.set_gesprek_signal(gesprek_signal(self.ws, self._today()))
        active = sum(not row.gearchiveerd for row in rows)
        word = "cliënt" if active == 1 else "cliënten"
        self.count_label.setText(f"{active} {word} in de caseload")
        self.general_page.empty_box.setVisible(not rows)
        self.general_page.hint.setVisible(bool(rows))  # "kies links een cliënt" needs one
        if (
            self._shown_client_id is not None
            and self.caseload.model.position_of(self._shown_client_id) is None
        ):
            self._show_placeholder()
        elif self.stack.currentWidget() is self.general_page:
            self.general_page.refresh()
        self._update_client_actions()

    def on_scan_client_changed(self, client_id: int) -> None:
        """After an autosave: refresh that client's row only, keeping the selection."""
        row = overview_row(self.ws, client_id, self._today())
        if row is not None and row.gearchiveerd and not self.caseload.show_archived:
            row = None
        self.caseload.update_row(client_id, row)

    def select_next_client(self) -> bool:
        return self.caseload.select_next_client()

    def select_previous_client(self) -> bool:
        return self.caseload.select_previous_client()

    def focus_caseload(self) -> None:
        """Keyboard focus to the list, also when a page (the gesprek) had it make room."""
        self.caseload.show()
        self.caseload.focus_table()

    def show_general_page(self) -> None:
        """Show the general acties; choosing any client afterwards opens its zelfscan again."""
        self._show_placeholder()
        self.caseload.table.selectionModel().clear()
        self._update_client_actions()
        self.general_page.focus_first_field()

    def on_stack_current_changed(self, _index: int) -> None:
        """Save what was typed on the page left; the general page is read afresh when shown."""
        left, self._page_before = self._page_before, self.stack.currentWidget()
        if left is self.general_page:
            self.general_page.flush()
        elif self.scan_widget is not None and left is self.scan_widget:
            self.scan_widget.flush()
        if self._page_before is self.general_page:
            self.general_page.refresh()

    def on_caseload_client_selected(self, client_id: int) -> None:
        self._update_client_actions()
        if not self._showing_scan_of(client_id):
            self._show_client(client_id)

    def on_caseload_client_activated(self, client_id: int) -> None:
        if not self._showing_scan_of(client_id):
            self._show_client(client_id)
        current = self.stack.currentWidget()
        if self.scan_widget is not None and current is self.scan_widget:
            self.scan_widget.next_item()  # Enter on a client: straight to its first question
        if current is not None and not current.isAncestorOf(self.focusWidget()):
            current.setFocus(Qt.FocusReason.OtherFocusReason)  # e.g. a locked, read-only scan

    def _is_scan_widget(self, widget: QWidget | None) -> bool:
        return widget is not None and widget is self.scan_widget

    def _showing_scan_of(self, client_id: int) -> bool:
        """Choosing a client shows its zelfscan, also over another page (e.g. a gesprek)."""
        return client_id == self._shown_client_id and self._is_scan_widget(
            self.stack.currentWidget()
        )

    def _show_client(self, client_id: int) -> None:
        widget = self._ensure_scan_widget()
        self._shown_client_id = client_id
        widget.load_client(client_id)
        self.stack.setCurrentWidget(widget)
        self._give_scan_room(widget)

    def _give_scan_room(self, widget: ScanWidget) -> None:
        """A narrow window (a laptop at 150 %, a larger font): the list gives way until the
        scan needs no horizontal scroll bar; the list then shows its statuses as symbols."""
        sizes = self.splitter.sizes()
        need = widget.needed_width()
        if len(sizes) != 2:
            return
        total = sum(sizes)
        if sizes[1] < need:
            scan = min(need, total - self.caseload.minimumSizeHint().width())
        else:  # room to spare in the scan: the list gets its whole status texts back
            scan = max(need, min(sizes[1], total - self.caseload.full_width()))
        if scan != sizes[1]:
            self.splitter.setSizes([total - scan, scan])

    def _show_placeholder(self) -> None:
        self._shown_client_id = None
        self.placeholder.setText(PLACEHOLDER_TEXT)
        self.stack.setCurrentWidget(self.general_page)

    def _ensure_scan_widget(self) -> ScanWidget:
        if self.scan_widget is None:
            from jbn_selfscan.ui.scan.widget import ScanWidget  # on first use: not at start-up

            self.scan_widget = ScanWidget(self.ws, self.stack, today=self._fixed_today)
            self.scan_widget.sig_client_changed.connect(self.on_scan_client_changed)
            self.stack.addWidget(self.scan_widget)
        return self.scan_widget

    def _current_row(self) -> Any:
        client_id = self.caseload.current_client_id()
        position = None if client_id is None else self.caseload.model.position_of(client_id)
        return None if position is None else self.caseload.model.row_at(position)

    # --- menu slots (thin: dialog or service, then refresh) -------------------------------------
    def on_new_client_triggered(self) -> None:
        from jbn_selfscan.ui.caseload.client_dialog import ClientDialog  # on first use

        dialog = ClientDialog(self.ws, None, self, today=self._fixed_today)
        if dialog.exec() and dialog.client_id is not None:
            self.reload()
            self.caseload.select_client(dialog.client_id)

    def on_edit_triggered(self) -> None:
        client_id = self.caseload.current_client_id()
        if client_id is None:
            return
        from jbn_selfscan.ui.caseload.client_dialog import ClientDialog

        if ClientDialog(self.ws, client_id, self, today=self._fixed_today).exec():
            self.reload()
            if client_id == self._shown_client_id:
                self._show_client(client_id)

    def on_reconfirm_triggered(self) -> None:
        """From the list or the scan: the selected client's scan, re-confirmed as unchanged."""
        client_id = self.caseload.current_client_id()
        if client_id is None:
            return
        if not self._showing_scan_of(client_id):
            self._show_client(client_id)
        if self.scan_widget is not None and self.stack.currentWidget() is self.scan_widget:
            self.scan_widget.reconfirm_client()

    def on_archive_triggered(self) -> None:
        row = self._current_row()
        if row is None:
            return
        if row.gearchiveerd:
            set_archived(self.ws, row.client_id, archived=False)
        else:
            answer = QMessageBox.question(
                self,
                "Cliënt archiveren",
                f"Cliënt {row.referentie} archiveren? De zelfscans blijven bewaard; met "
                "‘Gearchiveerde tonen’ zie je de cliënt terug en kun je hem terugzetten.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            set_archived(self.ws, row.client_id, archived=True)
        self.reload()

    def on_import_triggered(self) -> None:
        from jbn_selfscan.ui.import_wizard import run_import_wizard  # on first use

        run_import_wizard(self, self.ws)
        self.reload()

    def on_demo_requested(self) -> None:
        """Start the demo as a second app, in its own data directory (never in this one)."""
        from jbn_selfscan.ui.app import start_demo_process

        if not start_demo_process():
            QMessageBox.warning(
                self,
                "Demo",
                "De demo kon niet worden gestart. Start hem zelf met: jbn-selfscan demo",
            )

    def on_settings_triggered(self) -> None:
        from jbn_selfscan.ui.settings_dialog import SettingsDialog

        if SettingsDialog(self.ws, self).exec():
            self.reload()

    def on_about_triggered(self) -> None:
        from jbn_selfscan.services.gesprekken import own_fingerprint
        from jbn_selfscan.ui.about import show_about
        from jbn_selfscan.ui.service_call import service_call

        fingerprint: str | None = None  # a damaged key file: the box says there is none
        with service_call(None, what="reading the akkoord key"):
            fingerprint = own_fingerprint(self.ws)
        show_about(self, self.ws.paths.data_dir, fingerprint)

    # --- window --------------------------------------------------------------------------------
    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        for feature in self.features:
            feature.shutdown()
        if self.scan_widget is not None:
            self.scan_widget.flush()
        self.general_page.flush()
        self.caseload.restore_full_widths()  # the saved widths are those of the whole texts
        save_window_state(
            self._window_settings, self, self.splitter, self.caseload.table.horizontalHeader()
        )
        super().closeEvent(event)
